/**
 */
package io.rfy.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Batch</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One Habr post of the rubric: batches/<yyyy-mm>-part-<n>.md.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.rfy.model.Batch#getId <em>Id</em>}</li>
 *   <li>{@link io.rfy.model.Batch#getTitle <em>Title</em>}</li>
 *   <li>{@link io.rfy.model.Batch#getPeriod <em>Period</em>}</li>
 *   <li>{@link io.rfy.model.Batch#getPart <em>Part</em>}</li>
 *   <li>{@link io.rfy.model.Batch#getHubs <em>Hubs</em>}</li>
 *   <li>{@link io.rfy.model.Batch#getTags <em>Tags</em>}</li>
 *   <li>{@link io.rfy.model.Batch#getPublishedDate <em>Published Date</em>}</li>
 *   <li>{@link io.rfy.model.Batch#getPublishedUrl <em>Published Url</em>}</li>
 *   <li>{@link io.rfy.model.Batch#getReviews <em>Reviews</em>}</li>
 *   <li>{@link io.rfy.model.Batch#getIntro <em>Intro</em>}</li>
 * </ul>
 *
 * @see io.rfy.model.RfyPackage#getBatch()
 * @model
 * @generated
 */
public interface Batch extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see io.rfy.model.RfyPackage#getBatch_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link io.rfy.model.Batch#getId <em>Id</em>}' attribute.
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
	 * @see io.rfy.model.RfyPackage#getBatch_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link io.rfy.model.Batch#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Period</em>' attribute.
	 * @see #setPeriod(String)
	 * @see io.rfy.model.RfyPackage#getBatch_Period()
	 * @model
	 * @generated
	 */
	String getPeriod();

	/**
	 * Sets the value of the '{@link io.rfy.model.Batch#getPeriod <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period</em>' attribute.
	 * @see #getPeriod()
	 * @generated
	 */
	void setPeriod(String value);

	/**
	 * Returns the value of the '<em><b>Part</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Part</em>' attribute.
	 * @see #setPart(Integer)
	 * @see io.rfy.model.RfyPackage#getBatch_Part()
	 * @model
	 * @generated
	 */
	Integer getPart();

	/**
	 * Sets the value of the '{@link io.rfy.model.Batch#getPart <em>Part</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Part</em>' attribute.
	 * @see #getPart()
	 * @generated
	 */
	void setPart(Integer value);

	/**
	 * Returns the value of the '<em><b>Hubs</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hubs</em>' attribute list.
	 * @see io.rfy.model.RfyPackage#getBatch_Hubs()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getHubs();

	/**
	 * Returns the value of the '<em><b>Tags</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tags</em>' attribute list.
	 * @see io.rfy.model.RfyPackage#getBatch_Tags()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getTags();

	/**
	 * Returns the value of the '<em><b>Published Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Published Date</em>' attribute.
	 * @see #setPublishedDate(String)
	 * @see io.rfy.model.RfyPackage#getBatch_PublishedDate()
	 * @model
	 * @generated
	 */
	String getPublishedDate();

	/**
	 * Sets the value of the '{@link io.rfy.model.Batch#getPublishedDate <em>Published Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Published Date</em>' attribute.
	 * @see #getPublishedDate()
	 * @generated
	 */
	void setPublishedDate(String value);

	/**
	 * Returns the value of the '<em><b>Published Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Published Url</em>' attribute.
	 * @see #setPublishedUrl(String)
	 * @see io.rfy.model.RfyPackage#getBatch_PublishedUrl()
	 * @model
	 * @generated
	 */
	String getPublishedUrl();

	/**
	 * Sets the value of the '{@link io.rfy.model.Batch#getPublishedUrl <em>Published Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Published Url</em>' attribute.
	 * @see #getPublishedUrl()
	 * @generated
	 */
	void setPublishedUrl(String value);

	/**
	 * Returns the value of the '<em><b>Reviews</b></em>' reference list.
	 * The list contents are of type {@link io.rfy.model.Review}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reviews</em>' reference list.
	 * @see io.rfy.model.RfyPackage#getBatch_Reviews()
	 * @model
	 * @generated
	 */
	EList<Review> getReviews();

	/**
	 * Returns the value of the '<em><b>Intro</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Intro</em>' attribute.
	 * @see #setIntro(String)
	 * @see io.rfy.model.RfyPackage#getBatch_Intro()
	 * @model
	 * @generated
	 */
	String getIntro();

	/**
	 * Sets the value of the '{@link io.rfy.model.Batch#getIntro <em>Intro</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Intro</em>' attribute.
	 * @see #getIntro()
	 * @generated
	 */
	void setIntro(String value);

} // Batch
