/**
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Phase</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A stage of a journey (for example 'Aankomst in de gemeente'), holding the touchpoints that happen in it, in order.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.klantreis.model.Phase#getTouchpoints <em>Touchpoints</em>}</li>
 * </ul>
 *
 * @see nl.klantreis.model.KlantreisPackage#getPhase()
 * @model
 * @generated
 */
public interface Phase extends NamedElement
{
	/**
	 * Returns the value of the '<em><b>Touchpoints</b></em>' containment reference list.
	 * The list contents are of type {@link nl.klantreis.model.Touchpoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The touchpoints of this phase, in the order they happen.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Touchpoints</em>' containment reference list.
	 * @see nl.klantreis.model.KlantreisPackage#getPhase_Touchpoints()
	 * @model containment="true"
	 * @generated
	 */
	EList<Touchpoint> getTouchpoints();

} // Phase
