/**
 */
package io.rfy.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Review</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One review (summary) of one or more papers: reviews/<yyyy-mm>/<id>.md.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.rfy.model.Review#getId <em>Id</em>}</li>
 *   <li>{@link io.rfy.model.Review#getPeriod <em>Period</em>}</li>
 *   <li>{@link io.rfy.model.Review#getReviewer <em>Reviewer</em>}</li>
 *   <li>{@link io.rfy.model.Review#getStatus <em>Status</em>}</li>
 *   <li>{@link io.rfy.model.Review#getPapers <em>Papers</em>}</li>
 *   <li>{@link io.rfy.model.Review#getTags <em>Tags</em>}</li>
 *   <li>{@link io.rfy.model.Review#getCrossLinks <em>Cross Links</em>}</li>
 *   <li>{@link io.rfy.model.Review#getBody <em>Body</em>}</li>
 * </ul>
 *
 * @see io.rfy.model.RfyPackage#getReview()
 * @model
 * @generated
 */
public interface Review extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see io.rfy.model.RfyPackage#getReview_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link io.rfy.model.Review#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The yyyy-mm folder the review file lives in.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Period</em>' attribute.
	 * @see #setPeriod(String)
	 * @see io.rfy.model.RfyPackage#getReview_Period()
	 * @model transient="true"
	 * @generated
	 */
	String getPeriod();

	/**
	 * Sets the value of the '{@link io.rfy.model.Review#getPeriod <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period</em>' attribute.
	 * @see #getPeriod()
	 * @generated
	 */
	void setPeriod(String value);

	/**
	 * Returns the value of the '<em><b>Reviewer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reviewer</em>' reference.
	 * @see #setReviewer(Reviewer)
	 * @see io.rfy.model.RfyPackage#getReview_Reviewer()
	 * @model
	 * @generated
	 */
	Reviewer getReviewer();

	/**
	 * Sets the value of the '{@link io.rfy.model.Review#getReviewer <em>Reviewer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reviewer</em>' reference.
	 * @see #getReviewer()
	 * @generated
	 */
	void setReviewer(Reviewer value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link io.rfy.model.ReviewStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see io.rfy.model.ReviewStatus
	 * @see #setStatus(ReviewStatus)
	 * @see io.rfy.model.RfyPackage#getReview_Status()
	 * @model
	 * @generated
	 */
	ReviewStatus getStatus();

	/**
	 * Sets the value of the '{@link io.rfy.model.Review#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see io.rfy.model.ReviewStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ReviewStatus value);

	/**
	 * Returns the value of the '<em><b>Papers</b></em>' containment reference list.
	 * The list contents are of type {@link io.rfy.model.Paper}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Papers</em>' containment reference list.
	 * @see io.rfy.model.RfyPackage#getReview_Papers()
	 * @model containment="true" required="true"
	 * @generated
	 */
	EList<Paper> getPapers();

	/**
	 * Returns the value of the '<em><b>Tags</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tags</em>' attribute list.
	 * @see io.rfy.model.RfyPackage#getReview_Tags()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getTags();

	/**
	 * Returns the value of the '<em><b>Cross Links</b></em>' containment reference list.
	 * The list contents are of type {@link io.rfy.model.CrossLink}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cross Links</em>' containment reference list.
	 * @see io.rfy.model.RfyPackage#getReview_CrossLinks()
	 * @model containment="true"
	 * @generated
	 */
	EList<CrossLink> getCrossLinks();

	/**
	 * Returns the value of the '<em><b>Body</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Body</em>' attribute.
	 * @see #setBody(String)
	 * @see io.rfy.model.RfyPackage#getReview_Body()
	 * @model
	 * @generated
	 */
	String getBody();

	/**
	 * Sets the value of the '{@link io.rfy.model.Review#getBody <em>Body</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Body</em>' attribute.
	 * @see #getBody()
	 * @generated
	 */
	void setBody(String value);

} // Review
