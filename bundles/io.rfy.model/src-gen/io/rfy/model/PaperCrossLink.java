/**
 */
package io.rfy.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Paper Cross Link</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.rfy.model.PaperCrossLink#getTitle <em>Title</em>}</li>
 * </ul>
 *
 * @see io.rfy.model.RfyPackage#getPaperCrossLink()
 * @model
 * @generated
 */
public interface PaperCrossLink extends CrossLink {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see io.rfy.model.RfyPackage#getPaperCrossLink_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link io.rfy.model.PaperCrossLink#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

} // PaperCrossLink
