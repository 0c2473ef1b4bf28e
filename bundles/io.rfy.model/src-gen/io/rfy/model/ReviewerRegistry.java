/**
 */
package io.rfy.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Reviewer Registry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The content of reviewers.yaml.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.rfy.model.ReviewerRegistry#getReviewers <em>Reviewers</em>}</li>
 * </ul>
 *
 * @see io.rfy.model.RfyPackage#getReviewerRegistry()
 * @model
 * @generated
 */
public interface ReviewerRegistry extends EObject {
	/**
	 * Returns the value of the '<em><b>Reviewers</b></em>' containment reference list.
	 * The list contents are of type {@link io.rfy.model.Reviewer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reviewers</em>' containment reference list.
	 * @see io.rfy.model.RfyPackage#getReviewerRegistry_Reviewers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Reviewer> getReviewers();

} // ReviewerRegistry
