/**
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Handover</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A handover or referral from one touchpoint to the next, possibly between chain partners. Warm when the professional introduces the persona personally, cold when the persona is only told where to go (handreiking 2.2, 2.4).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.klantreis.model.Handover#getSource <em>Source</em>}</li>
 *   <li>{@link nl.klantreis.model.Handover#getTarget <em>Target</em>}</li>
 *   <li>{@link nl.klantreis.model.Handover#getKind <em>Kind</em>}</li>
 *   <li>{@link nl.klantreis.model.Handover#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see nl.klantreis.model.KlantreisPackage#getHandover()
 * @model
 * @generated
 */
public interface Handover extends EObject
{
	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The touchpoint the persona is referred from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(Touchpoint)
	 * @see nl.klantreis.model.KlantreisPackage#getHandover_Source()
	 * @model required="true"
	 * @generated
	 */
	Touchpoint getSource();

	/**
	 * Sets the value of the '{@link nl.klantreis.model.Handover#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Touchpoint value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The touchpoint the persona is referred to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(Touchpoint)
	 * @see nl.klantreis.model.KlantreisPackage#getHandover_Target()
	 * @model required="true"
	 * @generated
	 */
	Touchpoint getTarget();

	/**
	 * Sets the value of the '{@link nl.klantreis.model.Handover#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Touchpoint value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.klantreis.model.HandoverKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the handover is warm or cold. Unset when not recorded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see nl.klantreis.model.HandoverKind
	 * @see #isSetKind()
	 * @see #unsetKind()
	 * @see #setKind(HandoverKind)
	 * @see nl.klantreis.model.KlantreisPackage#getHandover_Kind()
	 * @model unsettable="true"
	 * @generated
	 */
	HandoverKind getKind();

	/**
	 * Sets the value of the '{@link nl.klantreis.model.Handover#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see nl.klantreis.model.HandoverKind
	 * @see #isSetKind()
	 * @see #unsetKind()
	 * @see #getKind()
	 * @generated
	 */
	void setKind(HandoverKind value);

	/**
	 * Unsets the value of the '{@link nl.klantreis.model.Handover#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetKind()
	 * @see #getKind()
	 * @see #setKind(HandoverKind)
	 * @generated
	 */
	void unsetKind();

	/**
	 * Returns whether the value of the '{@link nl.klantreis.model.Handover#getKind <em>Kind</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Kind</em>' attribute is set.
	 * @see #unsetKind()
	 * @see #getKind()
	 * @see #setKind(HandoverKind)
	 * @generated
	 */
	boolean isSetKind();

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the handover takes place.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see nl.klantreis.model.KlantreisPackage#getHandover_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link nl.klantreis.model.Handover#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

} // Handover
