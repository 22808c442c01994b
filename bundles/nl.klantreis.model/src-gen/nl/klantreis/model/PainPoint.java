/**
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pain Point</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A pain point (knelpunt) in a journey: where the persona gets stuck, is not reached or does not understand.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.klantreis.model.PainPoint#getTouchpoints <em>Touchpoints</em>}</li>
 * </ul>
 *
 * @see nl.klantreis.model.KlantreisPackage#getPainPoint()
 * @model
 * @generated
 */
public interface PainPoint extends NamedElement
{
	/**
	 * Returns the value of the '<em><b>Touchpoints</b></em>' reference list.
	 * The list contents are of type {@link nl.klantreis.model.Touchpoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The touchpoints the pain point concerns.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Touchpoints</em>' reference list.
	 * @see nl.klantreis.model.KlantreisPackage#getPainPoint_Touchpoints()
	 * @model ordered="false"
	 * @generated
	 */
	EList<Touchpoint> getTouchpoints();

} // PainPoint
