/**
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The klantreis metamodel: customer journeys of status holders along the organisations of a municipality, to be checked against the handreiking 'Cultuursensitief werken'. A model says only what was recorded: every attribute a facilitator may leave out is unsettable, and unset means 'not recorded', which no rule, map or report reads as a value. Unsettable features rather than an extra 'unknown' literal: the enumerations keep their values in XMI, and every value, the first literal and 0 included, can be recorded and survives a round trip. Where an enumeration has its own UNKNOWN or UNSPECIFIED literal, that literal is a recorded answer ('asked, not known'), unlike unset.
 * <!-- end-model-doc -->
 * @see nl.klantreis.model.KlantreisFactory
 * @model kind="package"
 * @generated
 */
public interface KlantreisPackage extends EPackage
{
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "https://klantreis.nl/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "klantreis";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	KlantreisPackage eINSTANCE = nl.klantreis.model.impl.KlantreisPackageImpl.init();

	/**
	 * The meta object id for the '{@link nl.klantreis.model.impl.NamedElementImpl <em>Named Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.klantreis.model.impl.NamedElementImpl
	 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getNamedElement()
	 * @generated
	 */
	int NAMED_ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__NAME = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__DESCRIPTION = 2;

	/**
	 * The number of structural features of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link nl.klantreis.model.impl.JourneyModelImpl <em>Journey Model</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.klantreis.model.impl.JourneyModelImpl
	 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getJourneyModel()
	 * @generated
	 */
	int JOURNEY_MODEL = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_MODEL__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_MODEL__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_MODEL__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Organisations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_MODEL__ORGANISATIONS = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Personas</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_MODEL__PERSONAS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Key Persons</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_MODEL__KEY_PERSONS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Journeys</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_MODEL__JOURNEYS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Rule Settings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_MODEL__RULE_SETTINGS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Journey Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_MODEL_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Journey Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_MODEL_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.klantreis.model.impl.JourneyImpl <em>Journey</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.klantreis.model.impl.JourneyImpl
	 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getJourney()
	 * @generated
	 */
	int JOURNEY = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY__KIND = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY__STATUS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Persona</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY__PERSONA = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Trigger</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY__TRIGGER = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Phases</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY__PHASES = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Handovers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY__HANDOVERS = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Pain Points</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY__PAIN_POINTS = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Improvements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY__IMPROVEMENTS = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY__OWNER = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Baseline</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY__BASELINE = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Journey</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Journey</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.klantreis.model.impl.LifeEventImpl <em>Life Event</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.klantreis.model.impl.LifeEventImpl
	 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getLifeEvent()
	 * @generated
	 */
	int LIFE_EVENT = 3;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFE_EVENT__KIND = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFE_EVENT__DESCRIPTION = 1;

	/**
	 * The number of structural features of the '<em>Life Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFE_EVENT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Life Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFE_EVENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link nl.klantreis.model.impl.PhaseImpl <em>Phase</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.klantreis.model.impl.PhaseImpl
	 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getPhase()
	 * @generated
	 */
	int PHASE = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Touchpoints</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE__TOUCHPOINTS = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Phase</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Phase</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.klantreis.model.impl.TouchpointImpl <em>Touchpoint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.klantreis.model.impl.TouchpointImpl
	 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getTouchpoint()
	 * @generated
	 */
	int TOUCHPOINT = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Organisation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__ORGANISATION = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__ROLE = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__CHANNEL = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Initiator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__INITIATOR = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__PURPOSE = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__DURATION = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Interpreter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__INTERPRETER = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Communication Forms</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__COMMUNICATION_FORMS = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Understanding Checked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__UNDERSTANDING_CHECKED = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Emotion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__EMOTION = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Life Domains</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__LIFE_DOMAINS = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Health Signal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__HEALTH_SIGNAL = NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Key Persons</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__KEY_PERSONS = NAMED_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Touchpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The number of operations of the '<em>Touchpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.klantreis.model.impl.HandoverImpl <em>Handover</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.klantreis.model.impl.HandoverImpl
	 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getHandover()
	 * @generated
	 */
	int HANDOVER = 6;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HANDOVER__SOURCE = 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HANDOVER__TARGET = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HANDOVER__KIND = 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HANDOVER__DESCRIPTION = 3;

	/**
	 * The number of structural features of the '<em>Handover</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HANDOVER_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Handover</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HANDOVER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link nl.klantreis.model.impl.OrganisationImpl <em>Organisation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.klantreis.model.impl.OrganisationImpl
	 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getOrganisation()
	 * @generated
	 */
	int ORGANISATION = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__KIND = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Trained Staff</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__TRAINED_STAFF = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Interpreter Budget</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__INTERPRETER_BUDGET = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Status Holder Caseload</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__STATUS_HOLDER_CASELOAD = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Staff Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__STAFF_GROUPS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Organisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Organisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.klantreis.model.impl.StaffGroupImpl <em>Staff Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.klantreis.model.impl.StaffGroupImpl
	 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getStaffGroup()
	 * @generated
	 */
	int STAFF_GROUP = 8;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_GROUP__NAME = 0;

	/**
	 * The feature id for the '<em><b>Refugee Background</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_GROUP__REFUGEE_BACKGROUND = 1;

	/**
	 * The feature id for the '<em><b>Members</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_GROUP__MEMBERS = 2;

	/**
	 * The feature id for the '<em><b>Status Holder Clients</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_GROUP__STATUS_HOLDER_CLIENTS = 3;

	/**
	 * The number of structural features of the '<em>Staff Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_GROUP_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Staff Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_GROUP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link nl.klantreis.model.impl.PersonaImpl <em>Persona</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.klantreis.model.impl.PersonaImpl
	 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getPersona()
	 * @generated
	 */
	int PERSONA = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Country Of Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__COUNTRY_OF_ORIGIN = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Languages</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__LANGUAGES = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Dutch Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__DUTCH_LEVEL = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Literacy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__LITERACY = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Health Literacy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__HEALTH_LITERACY = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Digital Skills</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__DIGITAL_SKILLS = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Household</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__HOUSEHOLD = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Gender</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__GENDER = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Concerns</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__CONCERNS = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Persona</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Persona</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.klantreis.model.impl.KeyPersonImpl <em>Key Person</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.klantreis.model.impl.KeyPersonImpl
	 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getKeyPerson()
	 * @generated
	 */
	int KEY_PERSON = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_PERSON__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_PERSON__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_PERSON__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Roles</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_PERSON__ROLES = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Contract</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_PERSON__CONTRACT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Supervisor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_PERSON__SUPERVISOR = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Languages</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_PERSON__LANGUAGES = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Key Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_PERSON_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Key Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_PERSON_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.klantreis.model.impl.PainPointImpl <em>Pain Point</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.klantreis.model.impl.PainPointImpl
	 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getPainPoint()
	 * @generated
	 */
	int PAIN_POINT = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAIN_POINT__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAIN_POINT__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAIN_POINT__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Touchpoints</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAIN_POINT__TOUCHPOINTS = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Pain Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAIN_POINT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Pain Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAIN_POINT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.klantreis.model.impl.ImprovementImpl <em>Improvement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.klantreis.model.impl.ImprovementImpl
	 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getImprovement()
	 * @generated
	 */
	int IMPROVEMENT = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPROVEMENT__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPROVEMENT__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPROVEMENT__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPROVEMENT__OWNER = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPROVEMENT__STATUS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPROVEMENT__DIRECTION = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Addresses</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPROVEMENT__ADDRESSES = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Improvement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPROVEMENT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Improvement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPROVEMENT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.klantreis.model.impl.RuleSettingImpl <em>Rule Setting</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.klantreis.model.impl.RuleSettingImpl
	 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getRuleSetting()
	 * @generated
	 */
	int RULE_SETTING = 13;

	/**
	 * The feature id for the '<em><b>Rule Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_SETTING__RULE_ID = 0;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_SETTING__ENABLED = 1;

	/**
	 * The feature id for the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_SETTING__SEVERITY = 2;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_SETTING__PARAMETERS = 3;

	/**
	 * The number of structural features of the '<em>Rule Setting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_SETTING_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Rule Setting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_SETTING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link nl.klantreis.model.impl.RuleParameterImpl <em>Rule Parameter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.klantreis.model.impl.RuleParameterImpl
	 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getRuleParameter()
	 * @generated
	 */
	int RULE_PARAMETER = 14;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_PARAMETER__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_PARAMETER__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Rule Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_PARAMETER_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Rule Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_PARAMETER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link nl.klantreis.model.JourneyKind <em>Journey Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.klantreis.model.JourneyKind
	 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getJourneyKind()
	 * @generated
	 */
	int JOURNEY_KIND = 15;

	/**
	 * The meta object id for the '{@link nl.klantreis.model.JourneyStatus <em>Journey Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.klantreis.model.JourneyStatus
	 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getJourneyStatus()
	 * @generated
	 */
	int JOURNEY_STATUS = 16;

	/**
	 * The meta object id for the '{@link nl.klantreis.model.LifeEventKind <em>Life Event Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.klantreis.model.LifeEventKind
	 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getLifeEventKind()
	 * @generated
	 */
	int LIFE_EVENT_KIND = 17;

	/**
	 * The meta object id for the '{@link nl.klantreis.model.Channel <em>Channel</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.klantreis.model.Channel
	 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getChannel()
	 * @generated
	 */
	int CHANNEL = 18;

	/**
	 * The meta object id for the '{@link nl.klantreis.model.Initiator <em>Initiator</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.klantreis.model.Initiator
	 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getInitiator()
	 * @generated
	 */
	int INITIATOR = 19;

	/**
	 * The meta object id for the '{@link nl.klantreis.model.Purpose <em>Purpose</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.klantreis.model.Purpose
	 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getPurpose()
	 * @generated
	 */
	int PURPOSE = 20;

	/**
	 * The meta object id for the '{@link nl.klantreis.model.InterpreterArrangement <em>Interpreter Arrangement</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.klantreis.model.InterpreterArrangement
	 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getInterpreterArrangement()
	 * @generated
	 */
	int INTERPRETER_ARRANGEMENT = 21;

	/**
	 * The meta object id for the '{@link nl.klantreis.model.CommunicationForm <em>Communication Form</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.klantreis.model.CommunicationForm
	 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getCommunicationForm()
	 * @generated
	 */
	int COMMUNICATION_FORM = 22;

	/**
	 * The meta object id for the '{@link nl.klantreis.model.LifeDomain <em>Life Domain</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.klantreis.model.LifeDomain
	 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getLifeDomain()
	 * @generated
	 */
	int LIFE_DOMAIN = 23;

	/**
	 * The meta object id for the '{@link nl.klantreis.model.HandoverKind <em>Handover Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.klantreis.model.HandoverKind
	 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getHandoverKind()
	 * @generated
	 */
	int HANDOVER_KIND = 24;

	/**
	 * The meta object id for the '{@link nl.klantreis.model.OrganisationKind <em>Organisation Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.klantreis.model.OrganisationKind
	 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getOrganisationKind()
	 * @generated
	 */
	int ORGANISATION_KIND = 25;

	/**
	 * The meta object id for the '{@link nl.klantreis.model.DutchLevel <em>Dutch Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.klantreis.model.DutchLevel
	 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getDutchLevel()
	 * @generated
	 */
	int DUTCH_LEVEL = 26;

	/**
	 * The meta object id for the '{@link nl.klantreis.model.SkillLevel <em>Skill Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.klantreis.model.SkillLevel
	 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getSkillLevel()
	 * @generated
	 */
	int SKILL_LEVEL = 27;

	/**
	 * The meta object id for the '{@link nl.klantreis.model.Household <em>Household</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.klantreis.model.Household
	 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getHousehold()
	 * @generated
	 */
	int HOUSEHOLD = 28;

	/**
	 * The meta object id for the '{@link nl.klantreis.model.Gender <em>Gender</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.klantreis.model.Gender
	 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getGender()
	 * @generated
	 */
	int GENDER = 29;

	/**
	 * The meta object id for the '{@link nl.klantreis.model.KeyPersonRole <em>Key Person Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.klantreis.model.KeyPersonRole
	 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getKeyPersonRole()
	 * @generated
	 */
	int KEY_PERSON_ROLE = 30;

	/**
	 * The meta object id for the '{@link nl.klantreis.model.ContractKind <em>Contract Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.klantreis.model.ContractKind
	 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getContractKind()
	 * @generated
	 */
	int CONTRACT_KIND = 31;

	/**
	 * The meta object id for the '{@link nl.klantreis.model.ImprovementStatus <em>Improvement Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.klantreis.model.ImprovementStatus
	 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getImprovementStatus()
	 * @generated
	 */
	int IMPROVEMENT_STATUS = 32;

	/**
	 * The meta object id for the '{@link nl.klantreis.model.Direction <em>Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.klantreis.model.Direction
	 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getDirection()
	 * @generated
	 */
	int DIRECTION = 33;

	/**
	 * The meta object id for the '{@link nl.klantreis.model.Severity <em>Severity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.klantreis.model.Severity
	 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getSeverity()
	 * @generated
	 */
	int SEVERITY = 34;

	/**
	 * The meta object id for the '<em>Emotion</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getEmotion()
	 * @generated
	 */
	int EMOTION = 35;

	/**
	 * The meta object id for the '<em>Minutes</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getMinutes()
	 * @generated
	 */
	int MINUTES = 36;

	/**
	 * The meta object id for the '<em>Count</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getCount()
	 * @generated
	 */
	int COUNT = 37;


	/**
	 * Returns the meta object for class '{@link nl.klantreis.model.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named Element</em>'.
	 * @see nl.klantreis.model.NamedElement
	 * @generated
	 */
	EClass getNamedElement();

	/**
	 * Returns the meta object for the attribute '{@link nl.klantreis.model.NamedElement#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see nl.klantreis.model.NamedElement#getId()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Id();

	/**
	 * Returns the meta object for the attribute '{@link nl.klantreis.model.NamedElement#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see nl.klantreis.model.NamedElement#getName()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Name();

	/**
	 * Returns the meta object for the attribute '{@link nl.klantreis.model.NamedElement#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see nl.klantreis.model.NamedElement#getDescription()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Description();

	/**
	 * Returns the meta object for class '{@link nl.klantreis.model.JourneyModel <em>Journey Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Journey Model</em>'.
	 * @see nl.klantreis.model.JourneyModel
	 * @generated
	 */
	EClass getJourneyModel();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.klantreis.model.JourneyModel#getOrganisations <em>Organisations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Organisations</em>'.
	 * @see nl.klantreis.model.JourneyModel#getOrganisations()
	 * @see #getJourneyModel()
	 * @generated
	 */
	EReference getJourneyModel_Organisations();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.klantreis.model.JourneyModel#getPersonas <em>Personas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Personas</em>'.
	 * @see nl.klantreis.model.JourneyModel#getPersonas()
	 * @see #getJourneyModel()
	 * @generated
	 */
	EReference getJourneyModel_Personas();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.klantreis.model.JourneyModel#getKeyPersons <em>Key Persons</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Key Persons</em>'.
	 * @see nl.klantreis.model.JourneyModel#getKeyPersons()
	 * @see #getJourneyModel()
	 * @generated
	 */
	EReference getJourneyModel_KeyPersons();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.klantreis.model.JourneyModel#getJourneys <em>Journeys</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Journeys</em>'.
	 * @see nl.klantreis.model.JourneyModel#getJourneys()
	 * @see #getJourneyModel()
	 * @generated
	 */
	EReference getJourneyModel_Journeys();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.klantreis.model.JourneyModel#getRuleSettings <em>Rule Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rule Settings</em>'.
	 * @see nl.klantreis.model.JourneyModel#getRuleSettings()
	 * @see #getJourneyModel()
	 * @generated
	 */
	EReference getJourneyModel_RuleSettings();

	/**
	 * Returns the meta object for class '{@link nl.klantreis.model.Journey <em>Journey</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Journey</em>'.
	 * @see nl.klantreis.model.Journey
	 * @generated
	 */
	EClass getJourney();

	/**
	 * Returns the meta object for the attribute '{@link nl.klantreis.model.Journey#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see nl.klantreis.model.Journey#getKind()
	 * @see #getJourney()
	 * @generated
	 */
	EAttribute getJourney_Kind();

	/**
	 * Returns the meta object for the attribute '{@link nl.klantreis.model.Journey#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see nl.klantreis.model.Journey#getStatus()
	 * @see #getJourney()
	 * @generated
	 */
	EAttribute getJourney_Status();

	/**
	 * Returns the meta object for the reference '{@link nl.klantreis.model.Journey#getPersona <em>Persona</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Persona</em>'.
	 * @see nl.klantreis.model.Journey#getPersona()
	 * @see #getJourney()
	 * @generated
	 */
	EReference getJourney_Persona();

	/**
	 * Returns the meta object for the containment reference '{@link nl.klantreis.model.Journey#getTrigger <em>Trigger</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Trigger</em>'.
	 * @see nl.klantreis.model.Journey#getTrigger()
	 * @see #getJourney()
	 * @generated
	 */
	EReference getJourney_Trigger();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.klantreis.model.Journey#getPhases <em>Phases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Phases</em>'.
	 * @see nl.klantreis.model.Journey#getPhases()
	 * @see #getJourney()
	 * @generated
	 */
	EReference getJourney_Phases();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.klantreis.model.Journey#getHandovers <em>Handovers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Handovers</em>'.
	 * @see nl.klantreis.model.Journey#getHandovers()
	 * @see #getJourney()
	 * @generated
	 */
	EReference getJourney_Handovers();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.klantreis.model.Journey#getPainPoints <em>Pain Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Pain Points</em>'.
	 * @see nl.klantreis.model.Journey#getPainPoints()
	 * @see #getJourney()
	 * @generated
	 */
	EReference getJourney_PainPoints();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.klantreis.model.Journey#getImprovements <em>Improvements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Improvements</em>'.
	 * @see nl.klantreis.model.Journey#getImprovements()
	 * @see #getJourney()
	 * @generated
	 */
	EReference getJourney_Improvements();

	/**
	 * Returns the meta object for the reference '{@link nl.klantreis.model.Journey#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see nl.klantreis.model.Journey#getOwner()
	 * @see #getJourney()
	 * @generated
	 */
	EReference getJourney_Owner();

	/**
	 * Returns the meta object for the reference '{@link nl.klantreis.model.Journey#getBaseline <em>Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Baseline</em>'.
	 * @see nl.klantreis.model.Journey#getBaseline()
	 * @see #getJourney()
	 * @generated
	 */
	EReference getJourney_Baseline();

	/**
	 * Returns the meta object for class '{@link nl.klantreis.model.LifeEvent <em>Life Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Life Event</em>'.
	 * @see nl.klantreis.model.LifeEvent
	 * @generated
	 */
	EClass getLifeEvent();

	/**
	 * Returns the meta object for the attribute '{@link nl.klantreis.model.LifeEvent#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see nl.klantreis.model.LifeEvent#getKind()
	 * @see #getLifeEvent()
	 * @generated
	 */
	EAttribute getLifeEvent_Kind();

	/**
	 * Returns the meta object for the attribute '{@link nl.klantreis.model.LifeEvent#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see nl.klantreis.model.LifeEvent#getDescription()
	 * @see #getLifeEvent()
	 * @generated
	 */
	EAttribute getLifeEvent_Description();

	/**
	 * Returns the meta object for class '{@link nl.klantreis.model.Phase <em>Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Phase</em>'.
	 * @see nl.klantreis.model.Phase
	 * @generated
	 */
	EClass getPhase();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.klantreis.model.Phase#getTouchpoints <em>Touchpoints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Touchpoints</em>'.
	 * @see nl.klantreis.model.Phase#getTouchpoints()
	 * @see #getPhase()
	 * @generated
	 */
	EReference getPhase_Touchpoints();

	/**
	 * Returns the meta object for class '{@link nl.klantreis.model.Touchpoint <em>Touchpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Touchpoint</em>'.
	 * @see nl.klantreis.model.Touchpoint
	 * @generated
	 */
	EClass getTouchpoint();

	/**
	 * Returns the meta object for the reference '{@link nl.klantreis.model.Touchpoint#getOrganisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Organisation</em>'.
	 * @see nl.klantreis.model.Touchpoint#getOrganisation()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EReference getTouchpoint_Organisation();

	/**
	 * Returns the meta object for the attribute '{@link nl.klantreis.model.Touchpoint#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see nl.klantreis.model.Touchpoint#getRole()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EAttribute getTouchpoint_Role();

	/**
	 * Returns the meta object for the attribute '{@link nl.klantreis.model.Touchpoint#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Channel</em>'.
	 * @see nl.klantreis.model.Touchpoint#getChannel()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EAttribute getTouchpoint_Channel();

	/**
	 * Returns the meta object for the attribute '{@link nl.klantreis.model.Touchpoint#getInitiator <em>Initiator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Initiator</em>'.
	 * @see nl.klantreis.model.Touchpoint#getInitiator()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EAttribute getTouchpoint_Initiator();

	/**
	 * Returns the meta object for the attribute '{@link nl.klantreis.model.Touchpoint#getPurpose <em>Purpose</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Purpose</em>'.
	 * @see nl.klantreis.model.Touchpoint#getPurpose()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EAttribute getTouchpoint_Purpose();

	/**
	 * Returns the meta object for the attribute '{@link nl.klantreis.model.Touchpoint#getDuration <em>Duration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration</em>'.
	 * @see nl.klantreis.model.Touchpoint#getDuration()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EAttribute getTouchpoint_Duration();

	/**
	 * Returns the meta object for the attribute '{@link nl.klantreis.model.Touchpoint#getInterpreter <em>Interpreter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Interpreter</em>'.
	 * @see nl.klantreis.model.Touchpoint#getInterpreter()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EAttribute getTouchpoint_Interpreter();

	/**
	 * Returns the meta object for the attribute list '{@link nl.klantreis.model.Touchpoint#getCommunicationForms <em>Communication Forms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Communication Forms</em>'.
	 * @see nl.klantreis.model.Touchpoint#getCommunicationForms()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EAttribute getTouchpoint_CommunicationForms();

	/**
	 * Returns the meta object for the attribute '{@link nl.klantreis.model.Touchpoint#isUnderstandingChecked <em>Understanding Checked</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Understanding Checked</em>'.
	 * @see nl.klantreis.model.Touchpoint#isUnderstandingChecked()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EAttribute getTouchpoint_UnderstandingChecked();

	/**
	 * Returns the meta object for the attribute '{@link nl.klantreis.model.Touchpoint#getEmotion <em>Emotion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Emotion</em>'.
	 * @see nl.klantreis.model.Touchpoint#getEmotion()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EAttribute getTouchpoint_Emotion();

	/**
	 * Returns the meta object for the attribute list '{@link nl.klantreis.model.Touchpoint#getLifeDomains <em>Life Domains</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Life Domains</em>'.
	 * @see nl.klantreis.model.Touchpoint#getLifeDomains()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EAttribute getTouchpoint_LifeDomains();

	/**
	 * Returns the meta object for the attribute '{@link nl.klantreis.model.Touchpoint#isHealthSignal <em>Health Signal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Health Signal</em>'.
	 * @see nl.klantreis.model.Touchpoint#isHealthSignal()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EAttribute getTouchpoint_HealthSignal();

	/**
	 * Returns the meta object for the reference list '{@link nl.klantreis.model.Touchpoint#getKeyPersons <em>Key Persons</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Key Persons</em>'.
	 * @see nl.klantreis.model.Touchpoint#getKeyPersons()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EReference getTouchpoint_KeyPersons();

	/**
	 * Returns the meta object for class '{@link nl.klantreis.model.Handover <em>Handover</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Handover</em>'.
	 * @see nl.klantreis.model.Handover
	 * @generated
	 */
	EClass getHandover();

	/**
	 * Returns the meta object for the reference '{@link nl.klantreis.model.Handover#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see nl.klantreis.model.Handover#getSource()
	 * @see #getHandover()
	 * @generated
	 */
	EReference getHandover_Source();

	/**
	 * Returns the meta object for the reference '{@link nl.klantreis.model.Handover#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see nl.klantreis.model.Handover#getTarget()
	 * @see #getHandover()
	 * @generated
	 */
	EReference getHandover_Target();

	/**
	 * Returns the meta object for the attribute '{@link nl.klantreis.model.Handover#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see nl.klantreis.model.Handover#getKind()
	 * @see #getHandover()
	 * @generated
	 */
	EAttribute getHandover_Kind();

	/**
	 * Returns the meta object for the attribute '{@link nl.klantreis.model.Handover#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see nl.klantreis.model.Handover#getDescription()
	 * @see #getHandover()
	 * @generated
	 */
	EAttribute getHandover_Description();

	/**
	 * Returns the meta object for class '{@link nl.klantreis.model.Organisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Organisation</em>'.
	 * @see nl.klantreis.model.Organisation
	 * @generated
	 */
	EClass getOrganisation();

	/**
	 * Returns the meta object for the attribute '{@link nl.klantreis.model.Organisation#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see nl.klantreis.model.Organisation#getKind()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_Kind();

	/**
	 * Returns the meta object for the attribute '{@link nl.klantreis.model.Organisation#isTrainedStaff <em>Trained Staff</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trained Staff</em>'.
	 * @see nl.klantreis.model.Organisation#isTrainedStaff()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_TrainedStaff();

	/**
	 * Returns the meta object for the attribute '{@link nl.klantreis.model.Organisation#isInterpreterBudget <em>Interpreter Budget</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Interpreter Budget</em>'.
	 * @see nl.klantreis.model.Organisation#isInterpreterBudget()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_InterpreterBudget();

	/**
	 * Returns the meta object for the attribute '{@link nl.klantreis.model.Organisation#getStatusHolderCaseload <em>Status Holder Caseload</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status Holder Caseload</em>'.
	 * @see nl.klantreis.model.Organisation#getStatusHolderCaseload()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_StatusHolderCaseload();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.klantreis.model.Organisation#getStaffGroups <em>Staff Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Staff Groups</em>'.
	 * @see nl.klantreis.model.Organisation#getStaffGroups()
	 * @see #getOrganisation()
	 * @generated
	 */
	EReference getOrganisation_StaffGroups();

	/**
	 * Returns the meta object for class '{@link nl.klantreis.model.StaffGroup <em>Staff Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Staff Group</em>'.
	 * @see nl.klantreis.model.StaffGroup
	 * @generated
	 */
	EClass getStaffGroup();

	/**
	 * Returns the meta object for the attribute '{@link nl.klantreis.model.StaffGroup#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see nl.klantreis.model.StaffGroup#getName()
	 * @see #getStaffGroup()
	 * @generated
	 */
	EAttribute getStaffGroup_Name();

	/**
	 * Returns the meta object for the attribute '{@link nl.klantreis.model.StaffGroup#isRefugeeBackground <em>Refugee Background</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Refugee Background</em>'.
	 * @see nl.klantreis.model.StaffGroup#isRefugeeBackground()
	 * @see #getStaffGroup()
	 * @generated
	 */
	EAttribute getStaffGroup_RefugeeBackground();

	/**
	 * Returns the meta object for the attribute '{@link nl.klantreis.model.StaffGroup#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Members</em>'.
	 * @see nl.klantreis.model.StaffGroup#getMembers()
	 * @see #getStaffGroup()
	 * @generated
	 */
	EAttribute getStaffGroup_Members();

	/**
	 * Returns the meta object for the attribute '{@link nl.klantreis.model.StaffGroup#getStatusHolderClients <em>Status Holder Clients</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status Holder Clients</em>'.
	 * @see nl.klantreis.model.StaffGroup#getStatusHolderClients()
	 * @see #getStaffGroup()
	 * @generated
	 */
	EAttribute getStaffGroup_StatusHolderClients();

	/**
	 * Returns the meta object for class '{@link nl.klantreis.model.Persona <em>Persona</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Persona</em>'.
	 * @see nl.klantreis.model.Persona
	 * @generated
	 */
	EClass getPersona();

	/**
	 * Returns the meta object for the attribute '{@link nl.klantreis.model.Persona#getCountryOfOrigin <em>Country Of Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Country Of Origin</em>'.
	 * @see nl.klantreis.model.Persona#getCountryOfOrigin()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_CountryOfOrigin();

	/**
	 * Returns the meta object for the attribute list '{@link nl.klantreis.model.Persona#getLanguages <em>Languages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Languages</em>'.
	 * @see nl.klantreis.model.Persona#getLanguages()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_Languages();

	/**
	 * Returns the meta object for the attribute '{@link nl.klantreis.model.Persona#getDutchLevel <em>Dutch Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dutch Level</em>'.
	 * @see nl.klantreis.model.Persona#getDutchLevel()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_DutchLevel();

	/**
	 * Returns the meta object for the attribute '{@link nl.klantreis.model.Persona#getLiteracy <em>Literacy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Literacy</em>'.
	 * @see nl.klantreis.model.Persona#getLiteracy()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_Literacy();

	/**
	 * Returns the meta object for the attribute '{@link nl.klantreis.model.Persona#getHealthLiteracy <em>Health Literacy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Health Literacy</em>'.
	 * @see nl.klantreis.model.Persona#getHealthLiteracy()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_HealthLiteracy();

	/**
	 * Returns the meta object for the attribute '{@link nl.klantreis.model.Persona#getDigitalSkills <em>Digital Skills</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Digital Skills</em>'.
	 * @see nl.klantreis.model.Persona#getDigitalSkills()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_DigitalSkills();

	/**
	 * Returns the meta object for the attribute '{@link nl.klantreis.model.Persona#getHousehold <em>Household</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Household</em>'.
	 * @see nl.klantreis.model.Persona#getHousehold()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_Household();

	/**
	 * Returns the meta object for the attribute '{@link nl.klantreis.model.Persona#getGender <em>Gender</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gender</em>'.
	 * @see nl.klantreis.model.Persona#getGender()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_Gender();

	/**
	 * Returns the meta object for the attribute list '{@link nl.klantreis.model.Persona#getConcerns <em>Concerns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Concerns</em>'.
	 * @see nl.klantreis.model.Persona#getConcerns()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_Concerns();

	/**
	 * Returns the meta object for class '{@link nl.klantreis.model.KeyPerson <em>Key Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Key Person</em>'.
	 * @see nl.klantreis.model.KeyPerson
	 * @generated
	 */
	EClass getKeyPerson();

	/**
	 * Returns the meta object for the attribute list '{@link nl.klantreis.model.KeyPerson#getRoles <em>Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Roles</em>'.
	 * @see nl.klantreis.model.KeyPerson#getRoles()
	 * @see #getKeyPerson()
	 * @generated
	 */
	EAttribute getKeyPerson_Roles();

	/**
	 * Returns the meta object for the attribute '{@link nl.klantreis.model.KeyPerson#getContract <em>Contract</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Contract</em>'.
	 * @see nl.klantreis.model.KeyPerson#getContract()
	 * @see #getKeyPerson()
	 * @generated
	 */
	EAttribute getKeyPerson_Contract();

	/**
	 * Returns the meta object for the reference '{@link nl.klantreis.model.KeyPerson#getSupervisor <em>Supervisor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Supervisor</em>'.
	 * @see nl.klantreis.model.KeyPerson#getSupervisor()
	 * @see #getKeyPerson()
	 * @generated
	 */
	EReference getKeyPerson_Supervisor();

	/**
	 * Returns the meta object for the attribute list '{@link nl.klantreis.model.KeyPerson#getLanguages <em>Languages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Languages</em>'.
	 * @see nl.klantreis.model.KeyPerson#getLanguages()
	 * @see #getKeyPerson()
	 * @generated
	 */
	EAttribute getKeyPerson_Languages();

	/**
	 * Returns the meta object for class '{@link nl.klantreis.model.PainPoint <em>Pain Point</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pain Point</em>'.
	 * @see nl.klantreis.model.PainPoint
	 * @generated
	 */
	EClass getPainPoint();

	/**
	 * Returns the meta object for the reference list '{@link nl.klantreis.model.PainPoint#getTouchpoints <em>Touchpoints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Touchpoints</em>'.
	 * @see nl.klantreis.model.PainPoint#getTouchpoints()
	 * @see #getPainPoint()
	 * @generated
	 */
	EReference getPainPoint_Touchpoints();

	/**
	 * Returns the meta object for class '{@link nl.klantreis.model.Improvement <em>Improvement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Improvement</em>'.
	 * @see nl.klantreis.model.Improvement
	 * @generated
	 */
	EClass getImprovement();

	/**
	 * Returns the meta object for the reference '{@link nl.klantreis.model.Improvement#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see nl.klantreis.model.Improvement#getOwner()
	 * @see #getImprovement()
	 * @generated
	 */
	EReference getImprovement_Owner();

	/**
	 * Returns the meta object for the attribute '{@link nl.klantreis.model.Improvement#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see nl.klantreis.model.Improvement#getStatus()
	 * @see #getImprovement()
	 * @generated
	 */
	EAttribute getImprovement_Status();

	/**
	 * Returns the meta object for the attribute '{@link nl.klantreis.model.Improvement#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see nl.klantreis.model.Improvement#getDirection()
	 * @see #getImprovement()
	 * @generated
	 */
	EAttribute getImprovement_Direction();

	/**
	 * Returns the meta object for the reference list '{@link nl.klantreis.model.Improvement#getAddresses <em>Addresses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Addresses</em>'.
	 * @see nl.klantreis.model.Improvement#getAddresses()
	 * @see #getImprovement()
	 * @generated
	 */
	EReference getImprovement_Addresses();

	/**
	 * Returns the meta object for class '{@link nl.klantreis.model.RuleSetting <em>Rule Setting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rule Setting</em>'.
	 * @see nl.klantreis.model.RuleSetting
	 * @generated
	 */
	EClass getRuleSetting();

	/**
	 * Returns the meta object for the attribute '{@link nl.klantreis.model.RuleSetting#getRuleId <em>Rule Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rule Id</em>'.
	 * @see nl.klantreis.model.RuleSetting#getRuleId()
	 * @see #getRuleSetting()
	 * @generated
	 */
	EAttribute getRuleSetting_RuleId();

	/**
	 * Returns the meta object for the attribute '{@link nl.klantreis.model.RuleSetting#isEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see nl.klantreis.model.RuleSetting#isEnabled()
	 * @see #getRuleSetting()
	 * @generated
	 */
	EAttribute getRuleSetting_Enabled();

	/**
	 * Returns the meta object for the attribute '{@link nl.klantreis.model.RuleSetting#getSeverity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Severity</em>'.
	 * @see nl.klantreis.model.RuleSetting#getSeverity()
	 * @see #getRuleSetting()
	 * @generated
	 */
	EAttribute getRuleSetting_Severity();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.klantreis.model.RuleSetting#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parameters</em>'.
	 * @see nl.klantreis.model.RuleSetting#getParameters()
	 * @see #getRuleSetting()
	 * @generated
	 */
	EReference getRuleSetting_Parameters();

	/**
	 * Returns the meta object for class '{@link nl.klantreis.model.RuleParameter <em>Rule Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rule Parameter</em>'.
	 * @see nl.klantreis.model.RuleParameter
	 * @generated
	 */
	EClass getRuleParameter();

	/**
	 * Returns the meta object for the attribute '{@link nl.klantreis.model.RuleParameter#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see nl.klantreis.model.RuleParameter#getKey()
	 * @see #getRuleParameter()
	 * @generated
	 */
	EAttribute getRuleParameter_Key();

	/**
	 * Returns the meta object for the attribute '{@link nl.klantreis.model.RuleParameter#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see nl.klantreis.model.RuleParameter#getValue()
	 * @see #getRuleParameter()
	 * @generated
	 */
	EAttribute getRuleParameter_Value();

	/**
	 * Returns the meta object for enum '{@link nl.klantreis.model.JourneyKind <em>Journey Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Journey Kind</em>'.
	 * @see nl.klantreis.model.JourneyKind
	 * @generated
	 */
	EEnum getJourneyKind();

	/**
	 * Returns the meta object for enum '{@link nl.klantreis.model.JourneyStatus <em>Journey Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Journey Status</em>'.
	 * @see nl.klantreis.model.JourneyStatus
	 * @generated
	 */
	EEnum getJourneyStatus();

	/**
	 * Returns the meta object for enum '{@link nl.klantreis.model.LifeEventKind <em>Life Event Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Life Event Kind</em>'.
	 * @see nl.klantreis.model.LifeEventKind
	 * @generated
	 */
	EEnum getLifeEventKind();

	/**
	 * Returns the meta object for enum '{@link nl.klantreis.model.Channel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Channel</em>'.
	 * @see nl.klantreis.model.Channel
	 * @generated
	 */
	EEnum getChannel();

	/**
	 * Returns the meta object for enum '{@link nl.klantreis.model.Initiator <em>Initiator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Initiator</em>'.
	 * @see nl.klantreis.model.Initiator
	 * @generated
	 */
	EEnum getInitiator();

	/**
	 * Returns the meta object for enum '{@link nl.klantreis.model.Purpose <em>Purpose</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Purpose</em>'.
	 * @see nl.klantreis.model.Purpose
	 * @generated
	 */
	EEnum getPurpose();

	/**
	 * Returns the meta object for enum '{@link nl.klantreis.model.InterpreterArrangement <em>Interpreter Arrangement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Interpreter Arrangement</em>'.
	 * @see nl.klantreis.model.InterpreterArrangement
	 * @generated
	 */
	EEnum getInterpreterArrangement();

	/**
	 * Returns the meta object for enum '{@link nl.klantreis.model.CommunicationForm <em>Communication Form</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Communication Form</em>'.
	 * @see nl.klantreis.model.CommunicationForm
	 * @generated
	 */
	EEnum getCommunicationForm();

	/**
	 * Returns the meta object for enum '{@link nl.klantreis.model.LifeDomain <em>Life Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Life Domain</em>'.
	 * @see nl.klantreis.model.LifeDomain
	 * @generated
	 */
	EEnum getLifeDomain();

	/**
	 * Returns the meta object for enum '{@link nl.klantreis.model.HandoverKind <em>Handover Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Handover Kind</em>'.
	 * @see nl.klantreis.model.HandoverKind
	 * @generated
	 */
	EEnum getHandoverKind();

	/**
	 * Returns the meta object for enum '{@link nl.klantreis.model.OrganisationKind <em>Organisation Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Organisation Kind</em>'.
	 * @see nl.klantreis.model.OrganisationKind
	 * @generated
	 */
	EEnum getOrganisationKind();

	/**
	 * Returns the meta object for enum '{@link nl.klantreis.model.DutchLevel <em>Dutch Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Dutch Level</em>'.
	 * @see nl.klantreis.model.DutchLevel
	 * @generated
	 */
	EEnum getDutchLevel();

	/**
	 * Returns the meta object for enum '{@link nl.klantreis.model.SkillLevel <em>Skill Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Skill Level</em>'.
	 * @see nl.klantreis.model.SkillLevel
	 * @generated
	 */
	EEnum getSkillLevel();

	/**
	 * Returns the meta object for enum '{@link nl.klantreis.model.Household <em>Household</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Household</em>'.
	 * @see nl.klantreis.model.Household
	 * @generated
	 */
	EEnum getHousehold();

	/**
	 * Returns the meta object for enum '{@link nl.klantreis.model.Gender <em>Gender</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Gender</em>'.
	 * @see nl.klantreis.model.Gender
	 * @generated
	 */
	EEnum getGender();

	/**
	 * Returns the meta object for enum '{@link nl.klantreis.model.KeyPersonRole <em>Key Person Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Key Person Role</em>'.
	 * @see nl.klantreis.model.KeyPersonRole
	 * @generated
	 */
	EEnum getKeyPersonRole();

	/**
	 * Returns the meta object for enum '{@link nl.klantreis.model.ContractKind <em>Contract Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Contract Kind</em>'.
	 * @see nl.klantreis.model.ContractKind
	 * @generated
	 */
	EEnum getContractKind();

	/**
	 * Returns the meta object for enum '{@link nl.klantreis.model.ImprovementStatus <em>Improvement Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Improvement Status</em>'.
	 * @see nl.klantreis.model.ImprovementStatus
	 * @generated
	 */
	EEnum getImprovementStatus();

	/**
	 * Returns the meta object for enum '{@link nl.klantreis.model.Direction <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Direction</em>'.
	 * @see nl.klantreis.model.Direction
	 * @generated
	 */
	EEnum getDirection();

	/**
	 * Returns the meta object for enum '{@link nl.klantreis.model.Severity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Severity</em>'.
	 * @see nl.klantreis.model.Severity
	 * @generated
	 */
	EEnum getSeverity();

	/**
	 * Returns the meta object for data type '<em>Emotion</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * An emotion score from -2 (very negative) through 0 (neutral) to +2 (very positive).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Emotion</em>'.
	 * @model instanceClass="int"
	 *        extendedMetaData="baseType='http://www.eclipse.org/emf/2003/XMLType#int' minInclusive='-2' maxInclusive='2'"
	 * @generated
	 */
	EDataType getEmotion();

	/**
	 * Returns the meta object for data type '<em>Minutes</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A length of time in whole minutes: 0 or more.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Minutes</em>'.
	 * @model instanceClass="int"
	 *        extendedMetaData="baseType='http://www.eclipse.org/emf/2003/XMLType#int' minInclusive='0'"
	 * @generated
	 */
	EDataType getMinutes();

	/**
	 * Returns the meta object for data type '<em>Count</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A number of people: 0 or more.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Count</em>'.
	 * @model instanceClass="int"
	 *        extendedMetaData="baseType='http://www.eclipse.org/emf/2003/XMLType#int' minInclusive='0'"
	 * @generated
	 */
	EDataType getCount();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	KlantreisFactory getKlantreisFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals
	{
		/**
		 * The meta object literal for the '{@link nl.klantreis.model.impl.NamedElementImpl <em>Named Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.klantreis.model.impl.NamedElementImpl
		 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getNamedElement()
		 * @generated
		 */
		EClass NAMED_ELEMENT = eINSTANCE.getNamedElement();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__ID = eINSTANCE.getNamedElement_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__NAME = eINSTANCE.getNamedElement_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__DESCRIPTION = eINSTANCE.getNamedElement_Description();

		/**
		 * The meta object literal for the '{@link nl.klantreis.model.impl.JourneyModelImpl <em>Journey Model</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.klantreis.model.impl.JourneyModelImpl
		 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getJourneyModel()
		 * @generated
		 */
		EClass JOURNEY_MODEL = eINSTANCE.getJourneyModel();

		/**
		 * The meta object literal for the '<em><b>Organisations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOURNEY_MODEL__ORGANISATIONS = eINSTANCE.getJourneyModel_Organisations();

		/**
		 * The meta object literal for the '<em><b>Personas</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOURNEY_MODEL__PERSONAS = eINSTANCE.getJourneyModel_Personas();

		/**
		 * The meta object literal for the '<em><b>Key Persons</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOURNEY_MODEL__KEY_PERSONS = eINSTANCE.getJourneyModel_KeyPersons();

		/**
		 * The meta object literal for the '<em><b>Journeys</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOURNEY_MODEL__JOURNEYS = eINSTANCE.getJourneyModel_Journeys();

		/**
		 * The meta object literal for the '<em><b>Rule Settings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOURNEY_MODEL__RULE_SETTINGS = eINSTANCE.getJourneyModel_RuleSettings();

		/**
		 * The meta object literal for the '{@link nl.klantreis.model.impl.JourneyImpl <em>Journey</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.klantreis.model.impl.JourneyImpl
		 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getJourney()
		 * @generated
		 */
		EClass JOURNEY = eINSTANCE.getJourney();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOURNEY__KIND = eINSTANCE.getJourney_Kind();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOURNEY__STATUS = eINSTANCE.getJourney_Status();

		/**
		 * The meta object literal for the '<em><b>Persona</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOURNEY__PERSONA = eINSTANCE.getJourney_Persona();

		/**
		 * The meta object literal for the '<em><b>Trigger</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOURNEY__TRIGGER = eINSTANCE.getJourney_Trigger();

		/**
		 * The meta object literal for the '<em><b>Phases</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOURNEY__PHASES = eINSTANCE.getJourney_Phases();

		/**
		 * The meta object literal for the '<em><b>Handovers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOURNEY__HANDOVERS = eINSTANCE.getJourney_Handovers();

		/**
		 * The meta object literal for the '<em><b>Pain Points</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOURNEY__PAIN_POINTS = eINSTANCE.getJourney_PainPoints();

		/**
		 * The meta object literal for the '<em><b>Improvements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOURNEY__IMPROVEMENTS = eINSTANCE.getJourney_Improvements();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOURNEY__OWNER = eINSTANCE.getJourney_Owner();

		/**
		 * The meta object literal for the '<em><b>Baseline</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOURNEY__BASELINE = eINSTANCE.getJourney_Baseline();

		/**
		 * The meta object literal for the '{@link nl.klantreis.model.impl.LifeEventImpl <em>Life Event</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.klantreis.model.impl.LifeEventImpl
		 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getLifeEvent()
		 * @generated
		 */
		EClass LIFE_EVENT = eINSTANCE.getLifeEvent();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIFE_EVENT__KIND = eINSTANCE.getLifeEvent_Kind();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIFE_EVENT__DESCRIPTION = eINSTANCE.getLifeEvent_Description();

		/**
		 * The meta object literal for the '{@link nl.klantreis.model.impl.PhaseImpl <em>Phase</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.klantreis.model.impl.PhaseImpl
		 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getPhase()
		 * @generated
		 */
		EClass PHASE = eINSTANCE.getPhase();

		/**
		 * The meta object literal for the '<em><b>Touchpoints</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PHASE__TOUCHPOINTS = eINSTANCE.getPhase_Touchpoints();

		/**
		 * The meta object literal for the '{@link nl.klantreis.model.impl.TouchpointImpl <em>Touchpoint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.klantreis.model.impl.TouchpointImpl
		 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getTouchpoint()
		 * @generated
		 */
		EClass TOUCHPOINT = eINSTANCE.getTouchpoint();

		/**
		 * The meta object literal for the '<em><b>Organisation</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOUCHPOINT__ORGANISATION = eINSTANCE.getTouchpoint_Organisation();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOUCHPOINT__ROLE = eINSTANCE.getTouchpoint_Role();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOUCHPOINT__CHANNEL = eINSTANCE.getTouchpoint_Channel();

		/**
		 * The meta object literal for the '<em><b>Initiator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOUCHPOINT__INITIATOR = eINSTANCE.getTouchpoint_Initiator();

		/**
		 * The meta object literal for the '<em><b>Purpose</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOUCHPOINT__PURPOSE = eINSTANCE.getTouchpoint_Purpose();

		/**
		 * The meta object literal for the '<em><b>Duration</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOUCHPOINT__DURATION = eINSTANCE.getTouchpoint_Duration();

		/**
		 * The meta object literal for the '<em><b>Interpreter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOUCHPOINT__INTERPRETER = eINSTANCE.getTouchpoint_Interpreter();

		/**
		 * The meta object literal for the '<em><b>Communication Forms</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOUCHPOINT__COMMUNICATION_FORMS = eINSTANCE.getTouchpoint_CommunicationForms();

		/**
		 * The meta object literal for the '<em><b>Understanding Checked</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOUCHPOINT__UNDERSTANDING_CHECKED = eINSTANCE.getTouchpoint_UnderstandingChecked();

		/**
		 * The meta object literal for the '<em><b>Emotion</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOUCHPOINT__EMOTION = eINSTANCE.getTouchpoint_Emotion();

		/**
		 * The meta object literal for the '<em><b>Life Domains</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOUCHPOINT__LIFE_DOMAINS = eINSTANCE.getTouchpoint_LifeDomains();

		/**
		 * The meta object literal for the '<em><b>Health Signal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOUCHPOINT__HEALTH_SIGNAL = eINSTANCE.getTouchpoint_HealthSignal();

		/**
		 * The meta object literal for the '<em><b>Key Persons</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOUCHPOINT__KEY_PERSONS = eINSTANCE.getTouchpoint_KeyPersons();

		/**
		 * The meta object literal for the '{@link nl.klantreis.model.impl.HandoverImpl <em>Handover</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.klantreis.model.impl.HandoverImpl
		 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getHandover()
		 * @generated
		 */
		EClass HANDOVER = eINSTANCE.getHandover();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HANDOVER__SOURCE = eINSTANCE.getHandover_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HANDOVER__TARGET = eINSTANCE.getHandover_Target();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HANDOVER__KIND = eINSTANCE.getHandover_Kind();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HANDOVER__DESCRIPTION = eINSTANCE.getHandover_Description();

		/**
		 * The meta object literal for the '{@link nl.klantreis.model.impl.OrganisationImpl <em>Organisation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.klantreis.model.impl.OrganisationImpl
		 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getOrganisation()
		 * @generated
		 */
		EClass ORGANISATION = eINSTANCE.getOrganisation();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__KIND = eINSTANCE.getOrganisation_Kind();

		/**
		 * The meta object literal for the '<em><b>Trained Staff</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__TRAINED_STAFF = eINSTANCE.getOrganisation_TrainedStaff();

		/**
		 * The meta object literal for the '<em><b>Interpreter Budget</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__INTERPRETER_BUDGET = eINSTANCE.getOrganisation_InterpreterBudget();

		/**
		 * The meta object literal for the '<em><b>Status Holder Caseload</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__STATUS_HOLDER_CASELOAD = eINSTANCE.getOrganisation_StatusHolderCaseload();

		/**
		 * The meta object literal for the '<em><b>Staff Groups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANISATION__STAFF_GROUPS = eINSTANCE.getOrganisation_StaffGroups();

		/**
		 * The meta object literal for the '{@link nl.klantreis.model.impl.StaffGroupImpl <em>Staff Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.klantreis.model.impl.StaffGroupImpl
		 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getStaffGroup()
		 * @generated
		 */
		EClass STAFF_GROUP = eINSTANCE.getStaffGroup();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF_GROUP__NAME = eINSTANCE.getStaffGroup_Name();

		/**
		 * The meta object literal for the '<em><b>Refugee Background</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF_GROUP__REFUGEE_BACKGROUND = eINSTANCE.getStaffGroup_RefugeeBackground();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF_GROUP__MEMBERS = eINSTANCE.getStaffGroup_Members();

		/**
		 * The meta object literal for the '<em><b>Status Holder Clients</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF_GROUP__STATUS_HOLDER_CLIENTS = eINSTANCE.getStaffGroup_StatusHolderClients();

		/**
		 * The meta object literal for the '{@link nl.klantreis.model.impl.PersonaImpl <em>Persona</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.klantreis.model.impl.PersonaImpl
		 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getPersona()
		 * @generated
		 */
		EClass PERSONA = eINSTANCE.getPersona();

		/**
		 * The meta object literal for the '<em><b>Country Of Origin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__COUNTRY_OF_ORIGIN = eINSTANCE.getPersona_CountryOfOrigin();

		/**
		 * The meta object literal for the '<em><b>Languages</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__LANGUAGES = eINSTANCE.getPersona_Languages();

		/**
		 * The meta object literal for the '<em><b>Dutch Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__DUTCH_LEVEL = eINSTANCE.getPersona_DutchLevel();

		/**
		 * The meta object literal for the '<em><b>Literacy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__LITERACY = eINSTANCE.getPersona_Literacy();

		/**
		 * The meta object literal for the '<em><b>Health Literacy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__HEALTH_LITERACY = eINSTANCE.getPersona_HealthLiteracy();

		/**
		 * The meta object literal for the '<em><b>Digital Skills</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__DIGITAL_SKILLS = eINSTANCE.getPersona_DigitalSkills();

		/**
		 * The meta object literal for the '<em><b>Household</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__HOUSEHOLD = eINSTANCE.getPersona_Household();

		/**
		 * The meta object literal for the '<em><b>Gender</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__GENDER = eINSTANCE.getPersona_Gender();

		/**
		 * The meta object literal for the '<em><b>Concerns</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__CONCERNS = eINSTANCE.getPersona_Concerns();

		/**
		 * The meta object literal for the '{@link nl.klantreis.model.impl.KeyPersonImpl <em>Key Person</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.klantreis.model.impl.KeyPersonImpl
		 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getKeyPerson()
		 * @generated
		 */
		EClass KEY_PERSON = eINSTANCE.getKeyPerson();

		/**
		 * The meta object literal for the '<em><b>Roles</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KEY_PERSON__ROLES = eINSTANCE.getKeyPerson_Roles();

		/**
		 * The meta object literal for the '<em><b>Contract</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KEY_PERSON__CONTRACT = eINSTANCE.getKeyPerson_Contract();

		/**
		 * The meta object literal for the '<em><b>Supervisor</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KEY_PERSON__SUPERVISOR = eINSTANCE.getKeyPerson_Supervisor();

		/**
		 * The meta object literal for the '<em><b>Languages</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KEY_PERSON__LANGUAGES = eINSTANCE.getKeyPerson_Languages();

		/**
		 * The meta object literal for the '{@link nl.klantreis.model.impl.PainPointImpl <em>Pain Point</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.klantreis.model.impl.PainPointImpl
		 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getPainPoint()
		 * @generated
		 */
		EClass PAIN_POINT = eINSTANCE.getPainPoint();

		/**
		 * The meta object literal for the '<em><b>Touchpoints</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PAIN_POINT__TOUCHPOINTS = eINSTANCE.getPainPoint_Touchpoints();

		/**
		 * The meta object literal for the '{@link nl.klantreis.model.impl.ImprovementImpl <em>Improvement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.klantreis.model.impl.ImprovementImpl
		 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getImprovement()
		 * @generated
		 */
		EClass IMPROVEMENT = eINSTANCE.getImprovement();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMPROVEMENT__OWNER = eINSTANCE.getImprovement_Owner();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPROVEMENT__STATUS = eINSTANCE.getImprovement_Status();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPROVEMENT__DIRECTION = eINSTANCE.getImprovement_Direction();

		/**
		 * The meta object literal for the '<em><b>Addresses</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMPROVEMENT__ADDRESSES = eINSTANCE.getImprovement_Addresses();

		/**
		 * The meta object literal for the '{@link nl.klantreis.model.impl.RuleSettingImpl <em>Rule Setting</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.klantreis.model.impl.RuleSettingImpl
		 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getRuleSetting()
		 * @generated
		 */
		EClass RULE_SETTING = eINSTANCE.getRuleSetting();

		/**
		 * The meta object literal for the '<em><b>Rule Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE_SETTING__RULE_ID = eINSTANCE.getRuleSetting_RuleId();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE_SETTING__ENABLED = eINSTANCE.getRuleSetting_Enabled();

		/**
		 * The meta object literal for the '<em><b>Severity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE_SETTING__SEVERITY = eINSTANCE.getRuleSetting_Severity();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RULE_SETTING__PARAMETERS = eINSTANCE.getRuleSetting_Parameters();

		/**
		 * The meta object literal for the '{@link nl.klantreis.model.impl.RuleParameterImpl <em>Rule Parameter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.klantreis.model.impl.RuleParameterImpl
		 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getRuleParameter()
		 * @generated
		 */
		EClass RULE_PARAMETER = eINSTANCE.getRuleParameter();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE_PARAMETER__KEY = eINSTANCE.getRuleParameter_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE_PARAMETER__VALUE = eINSTANCE.getRuleParameter_Value();

		/**
		 * The meta object literal for the '{@link nl.klantreis.model.JourneyKind <em>Journey Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.klantreis.model.JourneyKind
		 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getJourneyKind()
		 * @generated
		 */
		EEnum JOURNEY_KIND = eINSTANCE.getJourneyKind();

		/**
		 * The meta object literal for the '{@link nl.klantreis.model.JourneyStatus <em>Journey Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.klantreis.model.JourneyStatus
		 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getJourneyStatus()
		 * @generated
		 */
		EEnum JOURNEY_STATUS = eINSTANCE.getJourneyStatus();

		/**
		 * The meta object literal for the '{@link nl.klantreis.model.LifeEventKind <em>Life Event Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.klantreis.model.LifeEventKind
		 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getLifeEventKind()
		 * @generated
		 */
		EEnum LIFE_EVENT_KIND = eINSTANCE.getLifeEventKind();

		/**
		 * The meta object literal for the '{@link nl.klantreis.model.Channel <em>Channel</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.klantreis.model.Channel
		 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getChannel()
		 * @generated
		 */
		EEnum CHANNEL = eINSTANCE.getChannel();

		/**
		 * The meta object literal for the '{@link nl.klantreis.model.Initiator <em>Initiator</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.klantreis.model.Initiator
		 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getInitiator()
		 * @generated
		 */
		EEnum INITIATOR = eINSTANCE.getInitiator();

		/**
		 * The meta object literal for the '{@link nl.klantreis.model.Purpose <em>Purpose</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.klantreis.model.Purpose
		 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getPurpose()
		 * @generated
		 */
		EEnum PURPOSE = eINSTANCE.getPurpose();

		/**
		 * The meta object literal for the '{@link nl.klantreis.model.InterpreterArrangement <em>Interpreter Arrangement</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.klantreis.model.InterpreterArrangement
		 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getInterpreterArrangement()
		 * @generated
		 */
		EEnum INTERPRETER_ARRANGEMENT = eINSTANCE.getInterpreterArrangement();

		/**
		 * The meta object literal for the '{@link nl.klantreis.model.CommunicationForm <em>Communication Form</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.klantreis.model.CommunicationForm
		 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getCommunicationForm()
		 * @generated
		 */
		EEnum COMMUNICATION_FORM = eINSTANCE.getCommunicationForm();

		/**
		 * The meta object literal for the '{@link nl.klantreis.model.LifeDomain <em>Life Domain</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.klantreis.model.LifeDomain
		 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getLifeDomain()
		 * @generated
		 */
		EEnum LIFE_DOMAIN = eINSTANCE.getLifeDomain();

		/**
		 * The meta object literal for the '{@link nl.klantreis.model.HandoverKind <em>Handover Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.klantreis.model.HandoverKind
		 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getHandoverKind()
		 * @generated
		 */
		EEnum HANDOVER_KIND = eINSTANCE.getHandoverKind();

		/**
		 * The meta object literal for the '{@link nl.klantreis.model.OrganisationKind <em>Organisation Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.klantreis.model.OrganisationKind
		 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getOrganisationKind()
		 * @generated
		 */
		EEnum ORGANISATION_KIND = eINSTANCE.getOrganisationKind();

		/**
		 * The meta object literal for the '{@link nl.klantreis.model.DutchLevel <em>Dutch Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.klantreis.model.DutchLevel
		 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getDutchLevel()
		 * @generated
		 */
		EEnum DUTCH_LEVEL = eINSTANCE.getDutchLevel();

		/**
		 * The meta object literal for the '{@link nl.klantreis.model.SkillLevel <em>Skill Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.klantreis.model.SkillLevel
		 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getSkillLevel()
		 * @generated
		 */
		EEnum SKILL_LEVEL = eINSTANCE.getSkillLevel();

		/**
		 * The meta object literal for the '{@link nl.klantreis.model.Household <em>Household</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.klantreis.model.Household
		 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getHousehold()
		 * @generated
		 */
		EEnum HOUSEHOLD = eINSTANCE.getHousehold();

		/**
		 * The meta object literal for the '{@link nl.klantreis.model.Gender <em>Gender</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.klantreis.model.Gender
		 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getGender()
		 * @generated
		 */
		EEnum GENDER = eINSTANCE.getGender();

		/**
		 * The meta object literal for the '{@link nl.klantreis.model.KeyPersonRole <em>Key Person Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.klantreis.model.KeyPersonRole
		 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getKeyPersonRole()
		 * @generated
		 */
		EEnum KEY_PERSON_ROLE = eINSTANCE.getKeyPersonRole();

		/**
		 * The meta object literal for the '{@link nl.klantreis.model.ContractKind <em>Contract Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.klantreis.model.ContractKind
		 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getContractKind()
		 * @generated
		 */
		EEnum CONTRACT_KIND = eINSTANCE.getContractKind();

		/**
		 * The meta object literal for the '{@link nl.klantreis.model.ImprovementStatus <em>Improvement Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.klantreis.model.ImprovementStatus
		 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getImprovementStatus()
		 * @generated
		 */
		EEnum IMPROVEMENT_STATUS = eINSTANCE.getImprovementStatus();

		/**
		 * The meta object literal for the '{@link nl.klantreis.model.Direction <em>Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.klantreis.model.Direction
		 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getDirection()
		 * @generated
		 */
		EEnum DIRECTION = eINSTANCE.getDirection();

		/**
		 * The meta object literal for the '{@link nl.klantreis.model.Severity <em>Severity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.klantreis.model.Severity
		 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getSeverity()
		 * @generated
		 */
		EEnum SEVERITY = eINSTANCE.getSeverity();

		/**
		 * The meta object literal for the '<em>Emotion</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getEmotion()
		 * @generated
		 */
		EDataType EMOTION = eINSTANCE.getEmotion();

		/**
		 * The meta object literal for the '<em>Minutes</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getMinutes()
		 * @generated
		 */
		EDataType MINUTES = eINSTANCE.getMinutes();

		/**
		 * The meta object literal for the '<em>Count</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.klantreis.model.impl.KlantreisPackageImpl#getCount()
		 * @generated
		 */
		EDataType COUNT = eINSTANCE.getCount();

	}

} //KlantreisPackage
