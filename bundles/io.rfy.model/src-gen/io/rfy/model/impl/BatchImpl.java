/**
 */
package io.rfy.model.impl;

import io.rfy.model.Batch;
import io.rfy.model.Review;
import io.rfy.model.RfyPackage;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Batch</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.rfy.model.impl.BatchImpl#getId <em>Id</em>}</li>
 *   <li>{@link io.rfy.model.impl.BatchImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link io.rfy.model.impl.BatchImpl#getPeriod <em>Period</em>}</li>
 *   <li>{@link io.rfy.model.impl.BatchImpl#getPart <em>Part</em>}</li>
 *   <li>{@link io.rfy.model.impl.BatchImpl#getHubs <em>Hubs</em>}</li>
 *   <li>{@link io.rfy.model.impl.BatchImpl#getTags <em>Tags</em>}</li>
 *   <li>{@link io.rfy.model.impl.BatchImpl#getPublishedDate <em>Published Date</em>}</li>
 *   <li>{@link io.rfy.model.impl.BatchImpl#getPublishedUrl <em>Published Url</em>}</li>
 *   <li>{@link io.rfy.model.impl.BatchImpl#getReviews <em>Reviews</em>}</li>
 *   <li>{@link io.rfy.model.impl.BatchImpl#getIntro <em>Intro</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BatchImpl extends MinimalEObjectImpl.Container implements Batch {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

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
	 * The default value of the '{@link #getPeriod() <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriod()
	 * @generated
	 * @ordered
	 */
	protected static final String PERIOD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPeriod() <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriod()
	 * @generated
	 * @ordered
	 */
	protected String period = PERIOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getPart() <em>Part</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPart()
	 * @generated
	 * @ordered
	 */
	protected static final Integer PART_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPart() <em>Part</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPart()
	 * @generated
	 * @ordered
	 */
	protected Integer part = PART_EDEFAULT;

	/**
	 * The cached value of the '{@link #getHubs() <em>Hubs</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHubs()
	 * @generated
	 * @ordered
	 */
	protected EList<String> hubs;

	/**
	 * The cached value of the '{@link #getTags() <em>Tags</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTags()
	 * @generated
	 * @ordered
	 */
	protected EList<String> tags;

	/**
	 * The default value of the '{@link #getPublishedDate() <em>Published Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublishedDate()
	 * @generated
	 * @ordered
	 */
	protected static final String PUBLISHED_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPublishedDate() <em>Published Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublishedDate()
	 * @generated
	 * @ordered
	 */
	protected String publishedDate = PUBLISHED_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPublishedUrl() <em>Published Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublishedUrl()
	 * @generated
	 * @ordered
	 */
	protected static final String PUBLISHED_URL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPublishedUrl() <em>Published Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublishedUrl()
	 * @generated
	 * @ordered
	 */
	protected String publishedUrl = PUBLISHED_URL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getReviews() <em>Reviews</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviews()
	 * @generated
	 * @ordered
	 */
	protected EList<Review> reviews;

	/**
	 * The default value of the '{@link #getIntro() <em>Intro</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntro()
	 * @generated
	 * @ordered
	 */
	protected static final String INTRO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIntro() <em>Intro</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntro()
	 * @generated
	 * @ordered
	 */
	protected String intro = INTRO_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BatchImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RfyPackage.Literals.BATCH;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RfyPackage.BATCH__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RfyPackage.BATCH__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPeriod() {
		return period;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriod(String newPeriod) {
		String oldPeriod = period;
		period = newPeriod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RfyPackage.BATCH__PERIOD, oldPeriod, period));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getPart() {
		return part;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPart(Integer newPart) {
		Integer oldPart = part;
		part = newPart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RfyPackage.BATCH__PART, oldPart, part));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getHubs() {
		if (hubs == null) {
			hubs = new EDataTypeEList<String>(String.class, this, RfyPackage.BATCH__HUBS);
		}
		return hubs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTags() {
		if (tags == null) {
			tags = new EDataTypeEList<String>(String.class, this, RfyPackage.BATCH__TAGS);
		}
		return tags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPublishedDate() {
		return publishedDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublishedDate(String newPublishedDate) {
		String oldPublishedDate = publishedDate;
		publishedDate = newPublishedDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RfyPackage.BATCH__PUBLISHED_DATE, oldPublishedDate, publishedDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPublishedUrl() {
		return publishedUrl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublishedUrl(String newPublishedUrl) {
		String oldPublishedUrl = publishedUrl;
		publishedUrl = newPublishedUrl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RfyPackage.BATCH__PUBLISHED_URL, oldPublishedUrl, publishedUrl));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Review> getReviews() {
		if (reviews == null) {
			reviews = new EObjectResolvingEList<Review>(Review.class, this, RfyPackage.BATCH__REVIEWS);
		}
		return reviews;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIntro() {
		return intro;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIntro(String newIntro) {
		String oldIntro = intro;
		intro = newIntro;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RfyPackage.BATCH__INTRO, oldIntro, intro));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RfyPackage.BATCH__ID:
				return getId();
			case RfyPackage.BATCH__TITLE:
				return getTitle();
			case RfyPackage.BATCH__PERIOD:
				return getPeriod();
			case RfyPackage.BATCH__PART:
				return getPart();
			case RfyPackage.BATCH__HUBS:
				return getHubs();
			case RfyPackage.BATCH__TAGS:
				return getTags();
			case RfyPackage.BATCH__PUBLISHED_DATE:
				return getPublishedDate();
			case RfyPackage.BATCH__PUBLISHED_URL:
				return getPublishedUrl();
			case RfyPackage.BATCH__REVIEWS:
				return getReviews();
			case RfyPackage.BATCH__INTRO:
				return getIntro();
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
			case RfyPackage.BATCH__ID:
				setId((String)newValue);
				return;
			case RfyPackage.BATCH__TITLE:
				setTitle((String)newValue);
				return;
			case RfyPackage.BATCH__PERIOD:
				setPeriod((String)newValue);
				return;
			case RfyPackage.BATCH__PART:
				setPart((Integer)newValue);
				return;
			case RfyPackage.BATCH__HUBS:
				getHubs().clear();
				getHubs().addAll((Collection<? extends String>)newValue);
				return;
			case RfyPackage.BATCH__TAGS:
				getTags().clear();
				getTags().addAll((Collection<? extends String>)newValue);
				return;
			case RfyPackage.BATCH__PUBLISHED_DATE:
				setPublishedDate((String)newValue);
				return;
			case RfyPackage.BATCH__PUBLISHED_URL:
				setPublishedUrl((String)newValue);
				return;
			case RfyPackage.BATCH__REVIEWS:
				getReviews().clear();
				getReviews().addAll((Collection<? extends Review>)newValue);
				return;
			case RfyPackage.BATCH__INTRO:
				setIntro((String)newValue);
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
			case RfyPackage.BATCH__ID:
				setId(ID_EDEFAULT);
				return;
			case RfyPackage.BATCH__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case RfyPackage.BATCH__PERIOD:
				setPeriod(PERIOD_EDEFAULT);
				return;
			case RfyPackage.BATCH__PART:
				setPart(PART_EDEFAULT);
				return;
			case RfyPackage.BATCH__HUBS:
				getHubs().clear();
				return;
			case RfyPackage.BATCH__TAGS:
				getTags().clear();
				return;
			case RfyPackage.BATCH__PUBLISHED_DATE:
				setPublishedDate(PUBLISHED_DATE_EDEFAULT);
				return;
			case RfyPackage.BATCH__PUBLISHED_URL:
				setPublishedUrl(PUBLISHED_URL_EDEFAULT);
				return;
			case RfyPackage.BATCH__REVIEWS:
				getReviews().clear();
				return;
			case RfyPackage.BATCH__INTRO:
				setIntro(INTRO_EDEFAULT);
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
			case RfyPackage.BATCH__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case RfyPackage.BATCH__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case RfyPackage.BATCH__PERIOD:
				return PERIOD_EDEFAULT == null ? period != null : !PERIOD_EDEFAULT.equals(period);
			case RfyPackage.BATCH__PART:
				return PART_EDEFAULT == null ? part != null : !PART_EDEFAULT.equals(part);
			case RfyPackage.BATCH__HUBS:
				return hubs != null && !hubs.isEmpty();
			case RfyPackage.BATCH__TAGS:
				return tags != null && !tags.isEmpty();
			case RfyPackage.BATCH__PUBLISHED_DATE:
				return PUBLISHED_DATE_EDEFAULT == null ? publishedDate != null : !PUBLISHED_DATE_EDEFAULT.equals(publishedDate);
			case RfyPackage.BATCH__PUBLISHED_URL:
				return PUBLISHED_URL_EDEFAULT == null ? publishedUrl != null : !PUBLISHED_URL_EDEFAULT.equals(publishedUrl);
			case RfyPackage.BATCH__REVIEWS:
				return reviews != null && !reviews.isEmpty();
			case RfyPackage.BATCH__INTRO:
				return INTRO_EDEFAULT == null ? intro != null : !INTRO_EDEFAULT.equals(intro);
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
		result.append(" (id: ");
		result.append(id);
		result.append(", title: ");
		result.append(title);
		result.append(", period: ");
		result.append(period);
		result.append(", part: ");
		result.append(part);
		result.append(", hubs: ");
		result.append(hubs);
		result.append(", tags: ");
		result.append(tags);
		result.append(", publishedDate: ");
		result.append(publishedDate);
		result.append(", publishedUrl: ");
		result.append(publishedUrl);
		result.append(", intro: ");
		result.append(intro);
		result.append(')');
		return result.toString();
	}

} //BatchImpl
