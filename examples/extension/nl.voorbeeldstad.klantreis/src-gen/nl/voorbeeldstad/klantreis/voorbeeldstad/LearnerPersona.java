/**
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.voorbeeldstad.klantreis.voorbeeldstad;

import nl.klantreis.model.Persona;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Learner Persona</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A persona who takes part in the inburgering (Wet inburgering 2021), with the learning route the municipality agreed with them.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.voorbeeldstad.klantreis.voorbeeldstad.LearnerPersona#getLearningRoute <em>Learning Route</em>}</li>
 * </ul>
 *
 * @see nl.voorbeeldstad.klantreis.voorbeeldstad.VoorbeeldstadPackage#getLearnerPersona()
 * @model
 * @generated
 */
public interface LearnerPersona extends Persona
{
	/**
	 * Returns the value of the '<em><b>Learning Route</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.voorbeeldstad.klantreis.voorbeeldstad.LearningRoute}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The learning route of the persona's inburgering; unset when not recorded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Learning Route</em>' attribute.
	 * @see nl.voorbeeldstad.klantreis.voorbeeldstad.LearningRoute
	 * @see #isSetLearningRoute()
	 * @see #unsetLearningRoute()
	 * @see #setLearningRoute(LearningRoute)
	 * @see nl.voorbeeldstad.klantreis.voorbeeldstad.VoorbeeldstadPackage#getLearnerPersona_LearningRoute()
	 * @model unsettable="true"
	 * @generated
	 */
	LearningRoute getLearningRoute();

	/**
	 * Sets the value of the '{@link nl.voorbeeldstad.klantreis.voorbeeldstad.LearnerPersona#getLearningRoute <em>Learning Route</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Learning Route</em>' attribute.
	 * @see nl.voorbeeldstad.klantreis.voorbeeldstad.LearningRoute
	 * @see #isSetLearningRoute()
	 * @see #unsetLearningRoute()
	 * @see #getLearningRoute()
	 * @generated
	 */
	void setLearningRoute(LearningRoute value);

	/**
	 * Unsets the value of the '{@link nl.voorbeeldstad.klantreis.voorbeeldstad.LearnerPersona#getLearningRoute <em>Learning Route</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetLearningRoute()
	 * @see #getLearningRoute()
	 * @see #setLearningRoute(LearningRoute)
	 * @generated
	 */
	void unsetLearningRoute();

	/**
	 * Returns whether the value of the '{@link nl.voorbeeldstad.klantreis.voorbeeldstad.LearnerPersona#getLearningRoute <em>Learning Route</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Learning Route</em>' attribute is set.
	 * @see #unsetLearningRoute()
	 * @see #getLearningRoute()
	 * @see #setLearningRoute(LearningRoute)
	 * @generated
	 */
	boolean isSetLearningRoute();

} // LearnerPersona
