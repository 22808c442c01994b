/**
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Life Event</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The event in a persona's life that starts a journey (handreiking 2.1: 'een (levens)gebeurtenis, zoals een geboorte, verlies van baan of verhuizing').
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.klantreis.model.LifeEvent#getKind <em>Kind</em>}</li>
 *   <li>{@link nl.klantreis.model.LifeEvent#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see nl.klantreis.model.KlantreisPackage#getLifeEvent()
 * @model
 * @generated
 */
public interface LifeEvent extends EObject
{
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.klantreis.model.LifeEventKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kind of life event. Unset when not recorded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see nl.klantreis.model.LifeEventKind
	 * @see #isSetKind()
	 * @see #unsetKind()
	 * @see #setKind(LifeEventKind)
	 * @see nl.klantreis.model.KlantreisPackage#getLifeEvent_Kind()
	 * @model unsettable="true"
	 * @generated
	 */
	LifeEventKind getKind();

	/**
	 * Sets the value of the '{@link nl.klantreis.model.LifeEvent#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see nl.klantreis.model.LifeEventKind
	 * @see #isSetKind()
	 * @see #unsetKind()
	 * @see #getKind()
	 * @generated
	 */
	void setKind(LifeEventKind value);

	/**
	 * Unsets the value of the '{@link nl.klantreis.model.LifeEvent#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetKind()
	 * @see #getKind()
	 * @see #setKind(LifeEventKind)
	 * @generated
	 */
	void unsetKind();

	/**
	 * Returns whether the value of the '{@link nl.klantreis.model.LifeEvent#getKind <em>Kind</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Kind</em>' attribute is set.
	 * @see #unsetKind()
	 * @see #getKind()
	 * @see #setKind(LifeEventKind)
	 * @generated
	 */
	boolean isSetKind();

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What happened, in the persona's situation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see nl.klantreis.model.KlantreisPackage#getLifeEvent_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link nl.klantreis.model.LifeEvent#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

} // LifeEvent
