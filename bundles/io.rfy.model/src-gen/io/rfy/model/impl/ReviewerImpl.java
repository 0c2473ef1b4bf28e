/**
 */
package io.rfy.model.impl;

import io.rfy.model.Reviewer;
import io.rfy.model.RfyPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Reviewer</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.rfy.model.impl.ReviewerImpl#getId <em>Id</em>}</li>
 *   <li>{@link io.rfy.model.impl.ReviewerImpl#getSlack <em>Slack</em>}</li>
 *   <li>{@link io.rfy.model.impl.ReviewerImpl#getHabr <em>Habr</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReviewerImpl extends PersonImpl implements Reviewer {
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
	 * The default value of the '{@link #getSlack() <em>Slack</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlack()
	 * @generated
	 * @ordered
	 */
	protected static final String SLACK_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSlack() <em>Slack</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlack()
	 * @generated
	 * @ordered
	 */
	protected String slack = SLACK_EDEFAULT;

	/**
	 * The default value of the '{@link #getHabr() <em>Habr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHabr()
	 * @generated
	 * @ordered
	 */
	protected static final String HABR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHabr() <em>Habr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHabr()
	 * @generated
	 * @ordered
	 */
	protected String habr = HABR_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReviewerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RfyPackage.Literals.REVIEWER;
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
			eNotify(new ENotificationImpl(this, Notification.SET, RfyPackage.REVIEWER__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSlack() {
		return slack;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlack(String newSlack) {
		String oldSlack = slack;
		slack = newSlack;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RfyPackage.REVIEWER__SLACK, oldSlack, slack));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHabr() {
		return habr;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHabr(String newHabr) {
		String oldHabr = habr;
		habr = newHabr;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RfyPackage.REVIEWER__HABR, oldHabr, habr));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RfyPackage.REVIEWER__ID:
				return getId();
			case RfyPackage.REVIEWER__SLACK:
				return getSlack();
			case RfyPackage.REVIEWER__HABR:
				return getHabr();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case RfyPackage.REVIEWER__ID:
				setId((String)newValue);
				return;
			case RfyPackage.REVIEWER__SLACK:
				setSlack((String)newValue);
				return;
			case RfyPackage.REVIEWER__HABR:
				setHabr((String)newValue);
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
			case RfyPackage.REVIEWER__ID:
				setId(ID_EDEFAULT);
				return;
			case RfyPackage.REVIEWER__SLACK:
				setSlack(SLACK_EDEFAULT);
				return;
			case RfyPackage.REVIEWER__HABR:
				setHabr(HABR_EDEFAULT);
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
			case RfyPackage.REVIEWER__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case RfyPackage.REVIEWER__SLACK:
				return SLACK_EDEFAULT == null ? slack != null : !SLACK_EDEFAULT.equals(slack);
			case RfyPackage.REVIEWER__HABR:
				return HABR_EDEFAULT == null ? habr != null : !HABR_EDEFAULT.equals(habr);
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
		result.append(", slack: ");
		result.append(slack);
		result.append(", habr: ");
		result.append(habr);
		result.append(')');
		return result.toString();
	}

} //ReviewerImpl
