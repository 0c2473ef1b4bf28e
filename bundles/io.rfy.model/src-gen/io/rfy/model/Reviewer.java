/**
 */
package io.rfy.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Reviewer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A member of the community who writes reviews; one entry of reviewers.yaml.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.rfy.model.Reviewer#getId <em>Id</em>}</li>
 *   <li>{@link io.rfy.model.Reviewer#getSlack <em>Slack</em>}</li>
 *   <li>{@link io.rfy.model.Reviewer#getHabr <em>Habr</em>}</li>
 * </ul>
 *
 * @see io.rfy.model.RfyPackage#getReviewer()
 * @model
 * @generated
 */
public interface Reviewer extends Person {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see io.rfy.model.RfyPackage#getReviewer_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link io.rfy.model.Reviewer#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Slack</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Slack</em>' attribute.
	 * @see #setSlack(String)
	 * @see io.rfy.model.RfyPackage#getReviewer_Slack()
	 * @model
	 * @generated
	 */
	String getSlack();

	/**
	 * Sets the value of the '{@link io.rfy.model.Reviewer#getSlack <em>Slack</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slack</em>' attribute.
	 * @see #getSlack()
	 * @generated
	 */
	void setSlack(String value);

	/**
	 * Returns the value of the '<em><b>Habr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Habr</em>' attribute.
	 * @see #setHabr(String)
	 * @see io.rfy.model.RfyPackage#getReviewer_Habr()
	 * @model
	 * @generated
	 */
	String getHabr();

	/**
	 * Sets the value of the '{@link io.rfy.model.Reviewer#getHabr <em>Habr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Habr</em>' attribute.
	 * @see #getHabr()
	 * @generated
	 */
	void setHabr(String value);

} // Reviewer
