/**
 */
package io.rfy.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Corpus</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.rfy.model.Corpus#getDocuments <em>Documents</em>}</li>
 * </ul>
 *
 * @see io.rfy.model.RfyPackage#getCorpus()
 * @model
 * @generated
 */
public interface Corpus extends EObject {
	/**
	 * Returns the value of the '<em><b>Documents</b></em>' containment reference list.
	 * The list contents are of type {@link io.rfy.model.CorpusDocument}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Documents</em>' containment reference list.
	 * @see io.rfy.model.RfyPackage#getCorpus_Documents()
	 * @model containment="true"
	 * @generated
	 */
	EList<CorpusDocument> getDocuments();

} // Corpus
