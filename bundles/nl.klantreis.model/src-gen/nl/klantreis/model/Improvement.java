/**
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Improvement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An improvement (verbeterpunt) agreed for a journey: an action with one responsible owner (handreiking 2.4: 'een verantwoordelijke per actie').
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.klantreis.model.Improvement#getOwner <em>Owner</em>}</li>
 *   <li>{@link nl.klantreis.model.Improvement#getStatus <em>Status</em>}</li>
 *   <li>{@link nl.klantreis.model.Improvement#getDirection <em>Direction</em>}</li>
 *   <li>{@link nl.klantreis.model.Improvement#getAddresses <em>Addresses</em>}</li>
 * </ul>
 *
 * @see nl.klantreis.model.KlantreisPackage#getImprovement()
 * @model
 * @generated
 */
public interface Improvement extends NamedElement
{
	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The organisation responsible for the action.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Organisation)
	 * @see nl.klantreis.model.KlantreisPackage#getImprovement_Owner()
	 * @model
	 * @generated
	 */
	Organisation getOwner();

	/**
	 * Sets the value of the '{@link nl.klantreis.model.Improvement#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Organisation value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.klantreis.model.ImprovementStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How far the action has come. Unset when not recorded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see nl.klantreis.model.ImprovementStatus
	 * @see #isSetStatus()
	 * @see #unsetStatus()
	 * @see #setStatus(ImprovementStatus)
	 * @see nl.klantreis.model.KlantreisPackage#getImprovement_Status()
	 * @model unsettable="true"
	 * @generated
	 */
	ImprovementStatus getStatus();

	/**
	 * Sets the value of the '{@link nl.klantreis.model.Improvement#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see nl.klantreis.model.ImprovementStatus
	 * @see #isSetStatus()
	 * @see #unsetStatus()
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ImprovementStatus value);

	/**
	 * Unsets the value of the '{@link nl.klantreis.model.Improvement#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetStatus()
	 * @see #getStatus()
	 * @see #setStatus(ImprovementStatus)
	 * @generated
	 */
	void unsetStatus();

	/**
	 * Returns whether the value of the '{@link nl.klantreis.model.Improvement#getStatus <em>Status</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Status</em>' attribute is set.
	 * @see #unsetStatus()
	 * @see #getStatus()
	 * @see #setStatus(ImprovementStatus)
	 * @generated
	 */
	boolean isSetStatus();

	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.klantreis.model.Direction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which of the handreiking's five directions the action serves. Unset when not recorded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see nl.klantreis.model.Direction
	 * @see #isSetDirection()
	 * @see #unsetDirection()
	 * @see #setDirection(Direction)
	 * @see nl.klantreis.model.KlantreisPackage#getImprovement_Direction()
	 * @model unsettable="true"
	 * @generated
	 */
	Direction getDirection();

	/**
	 * Sets the value of the '{@link nl.klantreis.model.Improvement#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see nl.klantreis.model.Direction
	 * @see #isSetDirection()
	 * @see #unsetDirection()
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(Direction value);

	/**
	 * Unsets the value of the '{@link nl.klantreis.model.Improvement#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetDirection()
	 * @see #getDirection()
	 * @see #setDirection(Direction)
	 * @generated
	 */
	void unsetDirection();

	/**
	 * Returns whether the value of the '{@link nl.klantreis.model.Improvement#getDirection <em>Direction</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Direction</em>' attribute is set.
	 * @see #unsetDirection()
	 * @see #getDirection()
	 * @see #setDirection(Direction)
	 * @generated
	 */
	boolean isSetDirection();

	/**
	 * Returns the value of the '<em><b>Addresses</b></em>' reference list.
	 * The list contents are of type {@link nl.klantreis.model.PainPoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The pain points the action addresses.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Addresses</em>' reference list.
	 * @see nl.klantreis.model.KlantreisPackage#getImprovement_Addresses()
	 * @model ordered="false"
	 * @generated
	 */
	EList<PainPoint> getAddresses();

} // Improvement
