/**
 */
package io.rfy.model.impl;

import io.rfy.model.CorpusItem;
import io.rfy.model.Mention;
import io.rfy.model.RfyPackage;

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
 * An implementation of the model object '<em><b>Corpus Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.rfy.model.impl.CorpusItemImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link io.rfy.model.impl.CorpusItemImpl#getText <em>Text</em>}</li>
 *   <li>{@link io.rfy.model.impl.CorpusItemImpl#getUrls <em>Urls</em>}</li>
 *   <li>{@link io.rfy.model.impl.CorpusItemImpl#getHashtags <em>Hashtags</em>}</li>
 *   <li>{@link io.rfy.model.impl.CorpusItemImpl#getDate <em>Date</em>}</li>
 *   <li>{@link io.rfy.model.impl.CorpusItemImpl#getStart <em>Start</em>}</li>
 *   <li>{@link io.rfy.model.impl.CorpusItemImpl#getEnd <em>End</em>}</li>
 *   <li>{@link io.rfy.model.impl.CorpusItemImpl#getMentions <em>Mentions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CorpusItemImpl extends MinimalEObjectImpl.Container implements CorpusItem {
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
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getUrls() <em>Urls</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrls()
	 * @generated
	 * @ordered
	 */
	protected EList<String> urls;

	/**
	 * The cached value of the '{@link #getHashtags() <em>Hashtags</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHashtags()
	 * @generated
	 * @ordered
	 */
	protected EList<String> hashtags;

	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final String DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected String date = DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected static final int START_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected int start = START_EDEFAULT;

	/**
	 * The default value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected static final int END_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected int end = END_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMentions() <em>Mentions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMentions()
	 * @generated
	 * @ordered
	 */
	protected EList<Mention> mentions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CorpusItemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RfyPackage.Literals.CORPUS_ITEM;
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
			eNotify(new ENotificationImpl(this, Notification.SET, RfyPackage.CORPUS_ITEM__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RfyPackage.CORPUS_ITEM__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getUrls() {
		if (urls == null) {
			urls = new EDataTypeEList<String>(String.class, this, RfyPackage.CORPUS_ITEM__URLS);
		}
		return urls;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getHashtags() {
		if (hashtags == null) {
			hashtags = new EDataTypeEList<String>(String.class, this, RfyPackage.CORPUS_ITEM__HASHTAGS);
		}
		return hashtags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(String newDate) {
		String oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RfyPackage.CORPUS_ITEM__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStart() {
		return start;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStart(int newStart) {
		int oldStart = start;
		start = newStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RfyPackage.CORPUS_ITEM__START, oldStart, start));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEnd() {
		return end;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnd(int newEnd) {
		int oldEnd = end;
		end = newEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RfyPackage.CORPUS_ITEM__END, oldEnd, end));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Mention> getMentions() {
		if (mentions == null) {
			mentions = new EObjectContainmentEList<Mention>(Mention.class, this, RfyPackage.CORPUS_ITEM__MENTIONS);
		}
		return mentions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RfyPackage.CORPUS_ITEM__MENTIONS:
				return ((InternalEList<?>)getMentions()).basicRemove(otherEnd, msgs);
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
			case RfyPackage.CORPUS_ITEM__TITLE:
				return getTitle();
			case RfyPackage.CORPUS_ITEM__TEXT:
				return getText();
			case RfyPackage.CORPUS_ITEM__URLS:
				return getUrls();
			case RfyPackage.CORPUS_ITEM__HASHTAGS:
				return getHashtags();
			case RfyPackage.CORPUS_ITEM__DATE:
				return getDate();
			case RfyPackage.CORPUS_ITEM__START:
				return getStart();
			case RfyPackage.CORPUS_ITEM__END:
				return getEnd();
			case RfyPackage.CORPUS_ITEM__MENTIONS:
				return getMentions();
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
			case RfyPackage.CORPUS_ITEM__TITLE:
				setTitle((String)newValue);
				return;
			case RfyPackage.CORPUS_ITEM__TEXT:
				setText((String)newValue);
				return;
			case RfyPackage.CORPUS_ITEM__URLS:
				getUrls().clear();
				getUrls().addAll((Collection<? extends String>)newValue);
				return;
			case RfyPackage.CORPUS_ITEM__HASHTAGS:
				getHashtags().clear();
				getHashtags().addAll((Collection<? extends String>)newValue);
				return;
			case RfyPackage.CORPUS_ITEM__DATE:
				setDate((String)newValue);
				return;
			case RfyPackage.CORPUS_ITEM__START:
				setStart((Integer)newValue);
				return;
			case RfyPackage.CORPUS_ITEM__END:
				setEnd((Integer)newValue);
				return;
			case RfyPackage.CORPUS_ITEM__MENTIONS:
				getMentions().clear();
				getMentions().addAll((Collection<? extends Mention>)newValue);
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
			case RfyPackage.CORPUS_ITEM__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case RfyPackage.CORPUS_ITEM__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case RfyPackage.CORPUS_ITEM__URLS:
				getUrls().clear();
				return;
			case RfyPackage.CORPUS_ITEM__HASHTAGS:
				getHashtags().clear();
				return;
			case RfyPackage.CORPUS_ITEM__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case RfyPackage.CORPUS_ITEM__START:
				setStart(START_EDEFAULT);
				return;
			case RfyPackage.CORPUS_ITEM__END:
				setEnd(END_EDEFAULT);
				return;
			case RfyPackage.CORPUS_ITEM__MENTIONS:
				getMentions().clear();
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
			case RfyPackage.CORPUS_ITEM__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case RfyPackage.CORPUS_ITEM__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case RfyPackage.CORPUS_ITEM__URLS:
				return urls != null && !urls.isEmpty();
			case RfyPackage.CORPUS_ITEM__HASHTAGS:
				return hashtags != null && !hashtags.isEmpty();
			case RfyPackage.CORPUS_ITEM__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case RfyPackage.CORPUS_ITEM__START:
				return start != START_EDEFAULT;
			case RfyPackage.CORPUS_ITEM__END:
				return end != END_EDEFAULT;
			case RfyPackage.CORPUS_ITEM__MENTIONS:
				return mentions != null && !mentions.isEmpty();
		}
		return super.eIsSet(featureID);
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
		result.append(", text: ");
		result.append(text);
		result.append(", urls: ");
		result.append(urls);
		result.append(", hashtags: ");
		result.append(hashtags);
		result.append(", date: ");
		result.append(date);
		result.append(", start: ");
		result.append(start);
		result.append(", end: ");
		result.append(end);
		result.append(')');
		return result.toString();
	}

} //CorpusItemImpl
