/**
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Journey</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A klantreis: the route a persona takes along organisations and services after a life event, as a sequence of phases with touchpoints (handreiking 2.1, 'Voorbeeld werkvorm').
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.klantreis.model.Journey#getKind <em>Kind</em>}</li>
 *   <li>{@link nl.klantreis.model.Journey#getStatus <em>Status</em>}</li>
 *   <li>{@link nl.klantreis.model.Journey#getPersona <em>Persona</em>}</li>
 *   <li>{@link nl.klantreis.model.Journey#getTrigger <em>Trigger</em>}</li>
 *   <li>{@link nl.klantreis.model.Journey#getPhases <em>Phases</em>}</li>
 *   <li>{@link nl.klantreis.model.Journey#getHandovers <em>Handovers</em>}</li>
 *   <li>{@link nl.klantreis.model.Journey#getPainPoints <em>Pain Points</em>}</li>
 *   <li>{@link nl.klantreis.model.Journey#getImprovements <em>Improvements</em>}</li>
 *   <li>{@link nl.klantreis.model.Journey#getOwner <em>Owner</em>}</li>
 *   <li>{@link nl.klantreis.model.Journey#getBaseline <em>Baseline</em>}</li>
 * </ul>
 *
 * @see nl.klantreis.model.KlantreisPackage#getJourney()
 * @model
 * @generated
 */
public interface Journey extends NamedElement
{
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.klantreis.model.JourneyKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the journey describes the situation as it is (actual) or as it is planned to be (planned). Unset when not recorded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see nl.klantreis.model.JourneyKind
	 * @see #isSetKind()
	 * @see #unsetKind()
	 * @see #setKind(JourneyKind)
	 * @see nl.klantreis.model.KlantreisPackage#getJourney_Kind()
	 * @model unsettable="true"
	 * @generated
	 */
	JourneyKind getKind();

	/**
	 * Sets the value of the '{@link nl.klantreis.model.Journey#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see nl.klantreis.model.JourneyKind
	 * @see #isSetKind()
	 * @see #unsetKind()
	 * @see #getKind()
	 * @generated
	 */
	void setKind(JourneyKind value);

	/**
	 * Unsets the value of the '{@link nl.klantreis.model.Journey#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetKind()
	 * @see #getKind()
	 * @see #setKind(JourneyKind)
	 * @generated
	 */
	void unsetKind();

	/**
	 * Returns whether the value of the '{@link nl.klantreis.model.Journey#getKind <em>Kind</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Kind</em>' attribute is set.
	 * @see #unsetKind()
	 * @see #getKind()
	 * @see #setKind(JourneyKind)
	 * @generated
	 */
	boolean isSetKind();

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.klantreis.model.JourneyStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How far the journey map has been worked out and reviewed. Unset when not recorded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see nl.klantreis.model.JourneyStatus
	 * @see #isSetStatus()
	 * @see #unsetStatus()
	 * @see #setStatus(JourneyStatus)
	 * @see nl.klantreis.model.KlantreisPackage#getJourney_Status()
	 * @model unsettable="true"
	 * @generated
	 */
	JourneyStatus getStatus();

	/**
	 * Sets the value of the '{@link nl.klantreis.model.Journey#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see nl.klantreis.model.JourneyStatus
	 * @see #isSetStatus()
	 * @see #unsetStatus()
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(JourneyStatus value);

	/**
	 * Unsets the value of the '{@link nl.klantreis.model.Journey#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetStatus()
	 * @see #getStatus()
	 * @see #setStatus(JourneyStatus)
	 * @generated
	 */
	void unsetStatus();

	/**
	 * Returns whether the value of the '{@link nl.klantreis.model.Journey#getStatus <em>Status</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Status</em>' attribute is set.
	 * @see #unsetStatus()
	 * @see #getStatus()
	 * @see #setStatus(JourneyStatus)
	 * @generated
	 */
	boolean isSetStatus();

	/**
	 * Returns the value of the '<em><b>Persona</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The persona who travels this journey.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Persona</em>' reference.
	 * @see #setPersona(Persona)
	 * @see nl.klantreis.model.KlantreisPackage#getJourney_Persona()
	 * @model required="true"
	 * @generated
	 */
	Persona getPersona();

	/**
	 * Sets the value of the '{@link nl.klantreis.model.Journey#getPersona <em>Persona</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Persona</em>' reference.
	 * @see #getPersona()
	 * @generated
	 */
	void setPersona(Persona value);

	/**
	 * Returns the value of the '<em><b>Trigger</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The life event (levensgebeurtenis) that starts the journey.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Trigger</em>' containment reference.
	 * @see #setTrigger(LifeEvent)
	 * @see nl.klantreis.model.KlantreisPackage#getJourney_Trigger()
	 * @model containment="true" required="true"
	 * @generated
	 */
	LifeEvent getTrigger();

	/**
	 * Sets the value of the '{@link nl.klantreis.model.Journey#getTrigger <em>Trigger</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trigger</em>' containment reference.
	 * @see #getTrigger()
	 * @generated
	 */
	void setTrigger(LifeEvent value);

	/**
	 * Returns the value of the '<em><b>Phases</b></em>' containment reference list.
	 * The list contents are of type {@link nl.klantreis.model.Phase}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The phases of the journey, in the order the persona goes through them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Phases</em>' containment reference list.
	 * @see nl.klantreis.model.KlantreisPackage#getJourney_Phases()
	 * @model containment="true"
	 * @generated
	 */
	EList<Phase> getPhases();

	/**
	 * Returns the value of the '<em><b>Handovers</b></em>' containment reference list.
	 * The list contents are of type {@link nl.klantreis.model.Handover}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The handovers and referrals between touchpoints of this journey.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Handovers</em>' containment reference list.
	 * @see nl.klantreis.model.KlantreisPackage#getJourney_Handovers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Handover> getHandovers();

	/**
	 * Returns the value of the '<em><b>Pain Points</b></em>' containment reference list.
	 * The list contents are of type {@link nl.klantreis.model.PainPoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The pain points (knelpunten) found in this journey.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pain Points</em>' containment reference list.
	 * @see nl.klantreis.model.KlantreisPackage#getJourney_PainPoints()
	 * @model containment="true"
	 * @generated
	 */
	EList<PainPoint> getPainPoints();

	/**
	 * Returns the value of the '<em><b>Improvements</b></em>' containment reference list.
	 * The list contents are of type {@link nl.klantreis.model.Improvement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The improvements (verbeterpunten) agreed for this journey.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Improvements</em>' containment reference list.
	 * @see nl.klantreis.model.KlantreisPackage#getJourney_Improvements()
	 * @model containment="true"
	 * @generated
	 */
	EList<Improvement> getImprovements();

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The organisation that owns this journey map and its follow-up.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Organisation)
	 * @see nl.klantreis.model.KlantreisPackage#getJourney_Owner()
	 * @model
	 * @generated
	 */
	Organisation getOwner();

	/**
	 * Sets the value of the '{@link nl.klantreis.model.Journey#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Organisation value);

	/**
	 * Returns the value of the '<em><b>Baseline</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a planned journey: the actual journey it redesigns, so before and after can be compared.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Baseline</em>' reference.
	 * @see #setBaseline(Journey)
	 * @see nl.klantreis.model.KlantreisPackage#getJourney_Baseline()
	 * @model
	 * @generated
	 */
	Journey getBaseline();

	/**
	 * Sets the value of the '{@link nl.klantreis.model.Journey#getBaseline <em>Baseline</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline</em>' reference.
	 * @see #getBaseline()
	 * @generated
	 */
	void setBaseline(Journey value);

} // Journey
