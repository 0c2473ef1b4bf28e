/**
 */
package io.rfy.model.impl;

import io.rfy.model.CrossLink;
import io.rfy.model.RfyPackage;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cross Link</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public abstract class CrossLinkImpl extends MinimalEObjectImpl.Container implements CrossLink {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CrossLinkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RfyPackage.Literals.CROSS_LINK;
	}

} //CrossLinkImpl
