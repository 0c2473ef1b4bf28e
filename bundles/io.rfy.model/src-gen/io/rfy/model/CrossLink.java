/**
 */
package io.rfy.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cross Link</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A link from a review to another review, a paper or a passage of the corpus.
 * <!-- end-model-doc -->
 *
 *
 * @see io.rfy.model.RfyPackage#getCrossLink()
 * @model abstract="true"
 * @generated
 */
public interface CrossLink extends EObject {
} // CrossLink
