/**
 */
package io.rfy.model.impl;

import io.rfy.model.Link;
import io.rfy.model.Paper;
import io.rfy.model.RfyPackage;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Paper</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.rfy.model.impl.PaperImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link io.rfy.model.impl.PaperImpl#getAuthors <em>Authors</em>}</li>
 *   <li>{@link io.rfy.model.impl.PaperImpl#getAffiliations <em>Affiliations</em>}</li>
 *   <li>{@link io.rfy.model.impl.PaperImpl#getYear <em>Year</em>}</li>
 *   <li>{@link io.rfy.model.impl.PaperImpl#getAliases <em>Aliases</em>}</li>
 *   <li>{@link io.rfy.model.impl.PaperImpl#getArxiv <em>Arxiv</em>}</li>
 *   <li>{@link io.rfy.model.impl.PaperImpl#getDoi <em>Doi</em>}</li>
 *   <li>{@link io.rfy.model.impl.PaperImpl#getLinks <em>Links</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PaperImpl extends MinimalEObjectImpl.Container implements Paper {
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAuthors() <em>Authors</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthors()
	 * @generated
	 * @ordered
	 */
	protected EList<String> authors;

	/**
	 * The cached value of the '{@link #getAffiliations() <em>Affiliations</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAffiliations()
	 * @generated
	 * @ordered
	 */
	protected EList<String> affiliations;

	/**
	 * The default value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected static final Integer YEAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected Integer year = YEAR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAliases() <em>Aliases</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAliases()
	 * @generated
	 * @ordered
	 */
	protected EList<String> aliases;

	/**
	 * The default value of the '{@link #getArxiv() <em>Arxiv</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArxiv()
	 * @generated
	 * @ordered
	 */
	protected static final String ARXIV_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getArxiv() <em>Arxiv</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArxiv()
	 * @generated
	 * @ordered
	 */
	protected String arxiv = ARXIV_EDEFAULT;

	/**
	 * The default value of the '{@link #getDoi() <em>Doi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoi()
	 * @generated
	 * @ordered
	 */
	protected static final String DOI_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDoi() <em>Doi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoi()
	 * @generated
	 * @ordered
	 */
	protected String doi = DOI_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLinks() <em>Links</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLinks()
	 * @generated
	 * @ordered
	 */
	protected EList<Link> links;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PaperImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RfyPackage.Literals.PAPER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RfyPackage.PAPER__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAuthors() {
		if (authors == null) {
			authors = new EDataTypeEList<String>(String.class, this, RfyPackage.PAPER__AUTHORS);
		}
		return authors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAffiliations() {
		if (affiliations == null) {
			affiliations = new EDataTypeEList<String>(String.class, this, RfyPackage.PAPER__AFFILIATIONS);
		}
		return affiliations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getYear() {
		return year;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYear(Integer newYear) {
		Integer oldYear = year;
		year = newYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RfyPackage.PAPER__YEAR, oldYear, year));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAliases() {
		if (aliases == null) {
			aliases = new EDataTypeEList<String>(String.class, this, RfyPackage.PAPER__ALIASES);
		}
		return aliases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getArxiv() {
		return arxiv;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArxiv(String newArxiv) {
		String oldArxiv = arxiv;
		arxiv = newArxiv;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RfyPackage.PAPER__ARXIV, oldArxiv, arxiv));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDoi() {
		return doi;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDoi(String newDoi) {
		String oldDoi = doi;
		doi = newDoi;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RfyPackage.PAPER__DOI, oldDoi, doi));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Link> getLinks() {
		if (links == null) {
			links = new EObjectContainmentEList<Link>(Link.class, this, RfyPackage.PAPER__LINKS);
		}
		return links;
	}

	/**
	 * <!-- begin-user-doc -->
	 * The rubric names a paper by its title's head: "Jukebox" for "Jukebox: A Generative Model for Music".
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public String getShortName() {
		if (title == null) {
			return null;
		}
		int colon = title.indexOf(':');
		return (colon < 0 ? title : title.substring(0, colon)).trim();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RfyPackage.PAPER__LINKS:
				return ((InternalEList<?>)getLinks()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RfyPackage.PAPER__TITLE:
				return getTitle();
			case RfyPackage.PAPER__AUTHORS:
				return getAuthors();
			case RfyPackage.PAPER__AFFILIATIONS:
				return getAffiliations();
			case RfyPackage.PAPER__YEAR:
				return getYear();
			case RfyPackage.PAPER__ALIASES:
				return getAliases();
			case RfyPackage.PAPER__ARXIV:
				return getArxiv();
			case RfyPackage.PAPER__DOI:
				return getDoi();
			case RfyPackage.PAPER__LINKS:
				return getLinks();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case RfyPackage.PAPER__TITLE:
				setTitle((String)newValue);
				return;
			case RfyPackage.PAPER__AUTHORS:
				getAuthors().clear();
				getAuthors().addAll((Collection<? extends String>)newValue);
				return;
			case RfyPackage.PAPER__AFFILIATIONS:
				getAffiliations().clear();
				getAffiliations().addAll((Collection<? extends String>)newValue);
				return;
			case RfyPackage.PAPER__YEAR:
				setYear((Integer)newValue);
				return;
			case RfyPackage.PAPER__ALIASES:
				getAliases().clear();
				getAliases().addAll((Collection<? extends String>)newValue);
				return;
			case RfyPackage.PAPER__ARXIV:
				setArxiv((String)newValue);
				return;
			case RfyPackage.PAPER__DOI:
				setDoi((String)newValue);
				return;
			case RfyPackage.PAPER__LINKS:
				getLinks().clear();
				getLinks().addAll((Collection<? extends Link>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case RfyPackage.PAPER__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case RfyPackage.PAPER__AUTHORS:
				getAuthors().clear();
				return;
			case RfyPackage.PAPER__AFFILIATIONS:
				getAffiliations().clear();
				return;
			case RfyPackage.PAPER__YEAR:
				setYear(YEAR_EDEFAULT);
				return;
			case RfyPackage.PAPER__ALIASES:
				getAliases().clear();
				return;
			case RfyPackage.PAPER__ARXIV:
				setArxiv(ARXIV_EDEFAULT);
				return;
			case RfyPackage.PAPER__DOI:
				setDoi(DOI_EDEFAULT);
				return;
			case RfyPackage.PAPER__LINKS:
				getLinks().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case RfyPackage.PAPER__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case RfyPackage.PAPER__AUTHORS:
				return authors != null && !authors.isEmpty();
			case RfyPackage.PAPER__AFFILIATIONS:
				return affiliations != null && !affiliations.isEmpty();
			case RfyPackage.PAPER__YEAR:
				return YEAR_EDEFAULT == null ? year != null : !YEAR_EDEFAULT.equals(year);
			case RfyPackage.PAPER__ALIASES:
				return aliases != null && !aliases.isEmpty();
			case RfyPackage.PAPER__ARXIV:
				return ARXIV_EDEFAULT == null ? arxiv != null : !ARXIV_EDEFAULT.equals(arxiv);
			case RfyPackage.PAPER__DOI:
				return DOI_EDEFAULT == null ? doi != null : !DOI_EDEFAULT.equals(doi);
			case RfyPackage.PAPER__LINKS:
				return links != null && !links.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case RfyPackage.PAPER___GET_SHORT_NAME:
				return getShortName();
		}
		return super.eInvoke(operationID, arguments);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (title: ");
		result.append(title);
		result.append(", authors: ");
		result.append(authors);
		result.append(", affiliations: ");
		result.append(affiliations);
		result.append(", year: ");
		result.append(year);
		result.append(", aliases: ");
		result.append(aliases);
		result.append(", arxiv: ");
		result.append(arxiv);
		result.append(", doi: ");
		result.append(doi);
		result.append(')');
		return result.toString();
	}

} //PaperImpl
