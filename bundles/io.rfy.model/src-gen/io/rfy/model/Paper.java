/**
 */
package io.rfy.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Paper</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.rfy.model.Paper#getTitle <em>Title</em>}</li>
 *   <li>{@link io.rfy.model.Paper#getAuthors <em>Authors</em>}</li>
 *   <li>{@link io.rfy.model.Paper#getAffiliations <em>Affiliations</em>}</li>
 *   <li>{@link io.rfy.model.Paper#getYear <em>Year</em>}</li>
 *   <li>{@link io.rfy.model.Paper#getAliases <em>Aliases</em>}</li>
 *   <li>{@link io.rfy.model.Paper#getArxiv <em>Arxiv</em>}</li>
 *   <li>{@link io.rfy.model.Paper#getDoi <em>Doi</em>}</li>
 *   <li>{@link io.rfy.model.Paper#getLinks <em>Links</em>}</li>
 * </ul>
 *
 * @see io.rfy.model.RfyPackage#getPaper()
 * @model
 * @generated
 */
public interface Paper extends EObject {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see io.rfy.model.RfyPackage#getPaper_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link io.rfy.model.Paper#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Authors</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Authors</em>' attribute list.
	 * @see io.rfy.model.RfyPackage#getPaper_Authors()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getAuthors();

	/**
	 * Returns the value of the '<em><b>Affiliations</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Affiliations</em>' attribute list.
	 * @see io.rfy.model.RfyPackage#getPaper_Affiliations()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getAffiliations();

	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(Integer)
	 * @see io.rfy.model.RfyPackage#getPaper_Year()
	 * @model
	 * @generated
	 */
	Integer getYear();

	/**
	 * Sets the value of the '{@link io.rfy.model.Paper#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(Integer value);

	/**
	 * Returns the value of the '<em><b>Aliases</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Aliases</em>' attribute list.
	 * @see io.rfy.model.RfyPackage#getPaper_Aliases()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getAliases();

	/**
	 * Returns the value of the '<em><b>Arxiv</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The arXiv identifier as written (e.g. '2005.00341' or '2005.00341v2'); canonicalised by validation, never rewritten on load.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Arxiv</em>' attribute.
	 * @see #setArxiv(String)
	 * @see io.rfy.model.RfyPackage#getPaper_Arxiv()
	 * @model
	 * @generated
	 */
	String getArxiv();

	/**
	 * Sets the value of the '{@link io.rfy.model.Paper#getArxiv <em>Arxiv</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Arxiv</em>' attribute.
	 * @see #getArxiv()
	 * @generated
	 */
	void setArxiv(String value);

	/**
	 * Returns the value of the '<em><b>Doi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Doi</em>' attribute.
	 * @see #setDoi(String)
	 * @see io.rfy.model.RfyPackage#getPaper_Doi()
	 * @model
	 * @generated
	 */
	String getDoi();

	/**
	 * Sets the value of the '{@link io.rfy.model.Paper#getDoi <em>Doi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Doi</em>' attribute.
	 * @see #getDoi()
	 * @generated
	 */
	void setDoi(String value);

	/**
	 * Returns the value of the '<em><b>Links</b></em>' containment reference list.
	 * The list contents are of type {@link io.rfy.model.Link}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Links</em>' containment reference list.
	 * @see io.rfy.model.RfyPackage#getPaper_Links()
	 * @model containment="true"
	 * @generated
	 */
	EList<Link> getLinks();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The part of the title before the first ':' (e.g. 'Jukebox'), or the whole title when it has none.
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	String getShortName();

} // Paper
