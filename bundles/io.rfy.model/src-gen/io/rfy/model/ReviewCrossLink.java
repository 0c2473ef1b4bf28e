/**
 */
package io.rfy.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Review Cross Link</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.rfy.model.ReviewCrossLink#getReview <em>Review</em>}</li>
 * </ul>
 *
 * @see io.rfy.model.RfyPackage#getReviewCrossLink()
 * @model
 * @generated
 */
public interface ReviewCrossLink extends CrossLink {
	/**
	 * Returns the value of the '<em><b>Review</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Review</em>' reference.
	 * @see #setReview(Review)
	 * @see io.rfy.model.RfyPackage#getReviewCrossLink_Review()
	 * @model
	 * @generated
	 */
	Review getReview();

	/**
	 * Sets the value of the '{@link io.rfy.model.ReviewCrossLink#getReview <em>Review</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Review</em>' reference.
	 * @see #getReview()
	 * @generated
	 */
	void setReview(Review value);

} // ReviewCrossLink
