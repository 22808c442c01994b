/**
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Journey Model</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of a klantreis model: the organisations of a municipality's chain, the personas and key persons, the journeys mapped with them, and the settings of the culture-sensitivity rules.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.klantreis.model.JourneyModel#getOrganisations <em>Organisations</em>}</li>
 *   <li>{@link nl.klantreis.model.JourneyModel#getPersonas <em>Personas</em>}</li>
 *   <li>{@link nl.klantreis.model.JourneyModel#getKeyPersons <em>Key Persons</em>}</li>
 *   <li>{@link nl.klantreis.model.JourneyModel#getJourneys <em>Journeys</em>}</li>
 *   <li>{@link nl.klantreis.model.JourneyModel#getRuleSettings <em>Rule Settings</em>}</li>
 * </ul>
 *
 * @see nl.klantreis.model.KlantreisPackage#getJourneyModel()
 * @model
 * @generated
 */
public interface JourneyModel extends NamedElement
{
	/**
	 * Returns the value of the '<em><b>Organisations</b></em>' containment reference list.
	 * The list contents are of type {@link nl.klantreis.model.Organisation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The chain partners (ketenpartners) that status holders meet: municipal departments, health care, education, employers, migrant organisations.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Organisations</em>' containment reference list.
	 * @see nl.klantreis.model.KlantreisPackage#getJourneyModel_Organisations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Organisation> getOrganisations();

	/**
	 * Returns the value of the '<em><b>Personas</b></em>' containment reference list.
	 * The list contents are of type {@link nl.klantreis.model.Persona}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The personas whose journeys are mapped. Personas are composite characters, not real residents.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Personas</em>' containment reference list.
	 * @see nl.klantreis.model.KlantreisPackage#getJourneyModel_Personas()
	 * @model containment="true"
	 * @generated
	 */
	EList<Persona> getPersonas();

	/**
	 * Returns the value of the '<em><b>Key Persons</b></em>' containment reference list.
	 * The list contents are of type {@link nl.klantreis.model.KeyPerson}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The key persons (sleutelpersonen, ervaringsdeskundigen) who work with the organisations.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Key Persons</em>' containment reference list.
	 * @see nl.klantreis.model.KlantreisPackage#getJourneyModel_KeyPersons()
	 * @model containment="true"
	 * @generated
	 */
	EList<KeyPerson> getKeyPersons();

	/**
	 * Returns the value of the '<em><b>Journeys</b></em>' containment reference list.
	 * The list contents are of type {@link nl.klantreis.model.Journey}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The journeys (klantreizen) mapped in this model.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Journeys</em>' containment reference list.
	 * @see nl.klantreis.model.KlantreisPackage#getJourneyModel_Journeys()
	 * @model containment="true"
	 * @generated
	 */
	EList<Journey> getJourneys();

	/**
	 * Returns the value of the '<em><b>Rule Settings</b></em>' containment reference list.
	 * The list contents are of type {@link nl.klantreis.model.RuleSetting}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Per-model settings of the culture-sensitivity rules: switched off, another severity, other thresholds. A rule without a setting runs with its defaults.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rule Settings</em>' containment reference list.
	 * @see nl.klantreis.model.KlantreisPackage#getJourneyModel_RuleSettings()
	 * @model containment="true"
	 * @generated
	 */
	EList<RuleSetting> getRuleSettings();

} // JourneyModel
