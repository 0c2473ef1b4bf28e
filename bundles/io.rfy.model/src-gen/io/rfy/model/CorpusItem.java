/**
 */
package io.rfy.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Corpus Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A digest section or a channel post.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.rfy.model.CorpusItem#getTitle <em>Title</em>}</li>
 *   <li>{@link io.rfy.model.CorpusItem#getText <em>Text</em>}</li>
 *   <li>{@link io.rfy.model.CorpusItem#getUrls <em>Urls</em>}</li>
 *   <li>{@link io.rfy.model.CorpusItem#getHashtags <em>Hashtags</em>}</li>
 *   <li>{@link io.rfy.model.CorpusItem#getDate <em>Date</em>}</li>
 *   <li>{@link io.rfy.model.CorpusItem#getStart <em>Start</em>}</li>
 *   <li>{@link io.rfy.model.CorpusItem#getEnd <em>End</em>}</li>
 *   <li>{@link io.rfy.model.CorpusItem#getMentions <em>Mentions</em>}</li>
 * </ul>
 *
 * @see io.rfy.model.RfyPackage#getCorpusItem()
 * @model
 * @generated
 */
public interface CorpusItem extends EObject {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see io.rfy.model.RfyPackage#getCorpusItem_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link io.rfy.model.CorpusItem#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see io.rfy.model.RfyPackage#getCorpusItem_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link io.rfy.model.CorpusItem#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Urls</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Urls</em>' attribute list.
	 * @see io.rfy.model.RfyPackage#getCorpusItem_Urls()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getUrls();

	/**
	 * Returns the value of the '<em><b>Hashtags</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hashtags</em>' attribute list.
	 * @see io.rfy.model.RfyPackage#getCorpusItem_Hashtags()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getHashtags();

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(String)
	 * @see io.rfy.model.RfyPackage#getCorpusItem_Date()
	 * @model
	 * @generated
	 */
	String getDate();

	/**
	 * Sets the value of the '{@link io.rfy.model.CorpusItem#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(String value);

	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(int)
	 * @see io.rfy.model.RfyPackage#getCorpusItem_Start()
	 * @model
	 * @generated
	 */
	int getStart();

	/**
	 * Sets the value of the '{@link io.rfy.model.CorpusItem#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(int value);

	/**
	 * Returns the value of the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End</em>' attribute.
	 * @see #setEnd(int)
	 * @see io.rfy.model.RfyPackage#getCorpusItem_End()
	 * @model
	 * @generated
	 */
	int getEnd();

	/**
	 * Sets the value of the '{@link io.rfy.model.CorpusItem#getEnd <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' attribute.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(int value);

	/**
	 * Returns the value of the '<em><b>Mentions</b></em>' containment reference list.
	 * The list contents are of type {@link io.rfy.model.Mention}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mentions</em>' containment reference list.
	 * @see io.rfy.model.RfyPackage#getCorpusItem_Mentions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Mention> getMentions();

} // CorpusItem
