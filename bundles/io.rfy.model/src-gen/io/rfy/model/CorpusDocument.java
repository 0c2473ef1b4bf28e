/**
 */
package io.rfy.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Corpus Document</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A document of corpus/, kept as given; its id is the file name without extension.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.rfy.model.CorpusDocument#getId <em>Id</em>}</li>
 *   <li>{@link io.rfy.model.CorpusDocument#getTitle <em>Title</em>}</li>
 *   <li>{@link io.rfy.model.CorpusDocument#getFormat <em>Format</em>}</li>
 *   <li>{@link io.rfy.model.CorpusDocument#getText <em>Text</em>}</li>
 *   <li>{@link io.rfy.model.CorpusDocument#getItems <em>Items</em>}</li>
 * </ul>
 *
 * @see io.rfy.model.RfyPackage#getCorpusDocument()
 * @model
 * @generated
 */
public interface CorpusDocument extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see io.rfy.model.RfyPackage#getCorpusDocument_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link io.rfy.model.CorpusDocument#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see io.rfy.model.RfyPackage#getCorpusDocument_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link io.rfy.model.CorpusDocument#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Format</b></em>' attribute.
	 * The literals are from the enumeration {@link io.rfy.model.CorpusFormat}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Format</em>' attribute.
	 * @see io.rfy.model.CorpusFormat
	 * @see #setFormat(CorpusFormat)
	 * @see io.rfy.model.RfyPackage#getCorpusDocument_Format()
	 * @model
	 * @generated
	 */
	CorpusFormat getFormat();

	/**
	 * Sets the value of the '{@link io.rfy.model.CorpusDocument#getFormat <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format</em>' attribute.
	 * @see io.rfy.model.CorpusFormat
	 * @see #getFormat()
	 * @generated
	 */
	void setFormat(CorpusFormat value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The document's text: the file itself for plain text, the extracted text for HTML and JSON. Mention offsets count Unicode code points into it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see io.rfy.model.RfyPackage#getCorpusDocument_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link io.rfy.model.CorpusDocument#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Items</b></em>' containment reference list.
	 * The list contents are of type {@link io.rfy.model.CorpusItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Items</em>' containment reference list.
	 * @see io.rfy.model.RfyPackage#getCorpusDocument_Items()
	 * @model containment="true"
	 * @generated
	 */
	EList<CorpusItem> getItems();

} // CorpusDocument
