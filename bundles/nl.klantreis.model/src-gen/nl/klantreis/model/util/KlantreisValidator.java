/**
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.model.util;

import java.util.Map;

import nl.klantreis.model.*;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

import org.eclipse.emf.ecore.xml.type.util.XMLTypeValidator;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see nl.klantreis.model.KlantreisPackage
 * @generated
 */
public class KlantreisValidator extends EObjectValidator
{
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final KlantreisValidator INSTANCE = new KlantreisValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "nl.klantreis.model";

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 0;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * The cached base package validator.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected XMLTypeValidator xmlTypeValidator;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public KlantreisValidator()
	{
		super();
		xmlTypeValidator = XMLTypeValidator.INSTANCE;
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage()
	{
	  return KlantreisPackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		switch (classifierID)
		{
			case KlantreisPackage.NAMED_ELEMENT:
				return validateNamedElement((NamedElement)value, diagnostics, context);
			case KlantreisPackage.JOURNEY_MODEL:
				return validateJourneyModel((JourneyModel)value, diagnostics, context);
			case KlantreisPackage.JOURNEY:
				return validateJourney((Journey)value, diagnostics, context);
			case KlantreisPackage.LIFE_EVENT:
				return validateLifeEvent((LifeEvent)value, diagnostics, context);
			case KlantreisPackage.PHASE:
				return validatePhase((Phase)value, diagnostics, context);
			case KlantreisPackage.TOUCHPOINT:
				return validateTouchpoint((Touchpoint)value, diagnostics, context);
			case KlantreisPackage.HANDOVER:
				return validateHandover((Handover)value, diagnostics, context);
			case KlantreisPackage.ORGANISATION:
				return validateOrganisation((Organisation)value, diagnostics, context);
			case KlantreisPackage.STAFF_GROUP:
				return validateStaffGroup((StaffGroup)value, diagnostics, context);
			case KlantreisPackage.PERSONA:
				return validatePersona((Persona)value, diagnostics, context);
			case KlantreisPackage.KEY_PERSON:
				return validateKeyPerson((KeyPerson)value, diagnostics, context);
			case KlantreisPackage.PAIN_POINT:
				return validatePainPoint((PainPoint)value, diagnostics, context);
			case KlantreisPackage.IMPROVEMENT:
				return validateImprovement((Improvement)value, diagnostics, context);
			case KlantreisPackage.RULE_SETTING:
				return validateRuleSetting((RuleSetting)value, diagnostics, context);
			case KlantreisPackage.RULE_PARAMETER:
				return validateRuleParameter((RuleParameter)value, diagnostics, context);
			case KlantreisPackage.JOURNEY_KIND:
				return validateJourneyKind((JourneyKind)value, diagnostics, context);
			case KlantreisPackage.JOURNEY_STATUS:
				return validateJourneyStatus((JourneyStatus)value, diagnostics, context);
			case KlantreisPackage.LIFE_EVENT_KIND:
				return validateLifeEventKind((LifeEventKind)value, diagnostics, context);
			case KlantreisPackage.CHANNEL:
				return validateChannel((Channel)value, diagnostics, context);
			case KlantreisPackage.INITIATOR:
				return validateInitiator((Initiator)value, diagnostics, context);
			case KlantreisPackage.PURPOSE:
				return validatePurpose((Purpose)value, diagnostics, context);
			case KlantreisPackage.INTERPRETER_ARRANGEMENT:
				return validateInterpreterArrangement((InterpreterArrangement)value, diagnostics, context);
			case KlantreisPackage.COMMUNICATION_FORM:
				return validateCommunicationForm((CommunicationForm)value, diagnostics, context);
			case KlantreisPackage.LIFE_DOMAIN:
				return validateLifeDomain((LifeDomain)value, diagnostics, context);
			case KlantreisPackage.HANDOVER_KIND:
				return validateHandoverKind((HandoverKind)value, diagnostics, context);
			case KlantreisPackage.ORGANISATION_KIND:
				return validateOrganisationKind((OrganisationKind)value, diagnostics, context);
			case KlantreisPackage.DUTCH_LEVEL:
				return validateDutchLevel((DutchLevel)value, diagnostics, context);
			case KlantreisPackage.SKILL_LEVEL:
				return validateSkillLevel((SkillLevel)value, diagnostics, context);
			case KlantreisPackage.HOUSEHOLD:
				return validateHousehold((Household)value, diagnostics, context);
			case KlantreisPackage.GENDER:
				return validateGender((Gender)value, diagnostics, context);
			case KlantreisPackage.KEY_PERSON_ROLE:
				return validateKeyPersonRole((KeyPersonRole)value, diagnostics, context);
			case KlantreisPackage.CONTRACT_KIND:
				return validateContractKind((ContractKind)value, diagnostics, context);
			case KlantreisPackage.IMPROVEMENT_STATUS:
				return validateImprovementStatus((ImprovementStatus)value, diagnostics, context);
			case KlantreisPackage.DIRECTION:
				return validateDirection((Direction)value, diagnostics, context);
			case KlantreisPackage.SEVERITY:
				return validateSeverity((Severity)value, diagnostics, context);
			case KlantreisPackage.EMOTION:
				return validateEmotion((Integer)value, diagnostics, context);
			case KlantreisPackage.MINUTES:
				return validateMinutes((Integer)value, diagnostics, context);
			case KlantreisPackage.COUNT:
				return validateCount((Integer)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateNamedElement(NamedElement namedElement, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(namedElement, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateJourneyModel(JourneyModel journeyModel, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(journeyModel, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateJourney(Journey journey, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(journey, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLifeEvent(LifeEvent lifeEvent, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(lifeEvent, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePhase(Phase phase, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(phase, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTouchpoint(Touchpoint touchpoint, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(touchpoint, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHandover(Handover handover, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(handover, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOrganisation(Organisation organisation, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(organisation, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStaffGroup(StaffGroup staffGroup, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(staffGroup, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePersona(Persona persona, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(persona, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateKeyPerson(KeyPerson keyPerson, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(keyPerson, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePainPoint(PainPoint painPoint, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(painPoint, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateImprovement(Improvement improvement, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(improvement, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRuleSetting(RuleSetting ruleSetting, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(ruleSetting, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRuleParameter(RuleParameter ruleParameter, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(ruleParameter, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateJourneyKind(JourneyKind journeyKind, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateJourneyStatus(JourneyStatus journeyStatus, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLifeEventKind(LifeEventKind lifeEventKind, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateChannel(Channel channel, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInitiator(Initiator initiator, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePurpose(Purpose purpose, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterpreterArrangement(InterpreterArrangement interpreterArrangement, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCommunicationForm(CommunicationForm communicationForm, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLifeDomain(LifeDomain lifeDomain, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHandoverKind(HandoverKind handoverKind, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOrganisationKind(OrganisationKind organisationKind, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDutchLevel(DutchLevel dutchLevel, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSkillLevel(SkillLevel skillLevel, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHousehold(Household household, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGender(Gender gender, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateKeyPersonRole(KeyPersonRole keyPersonRole, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateContractKind(ContractKind contractKind, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateImprovementStatus(ImprovementStatus improvementStatus, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDirection(Direction direction, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSeverity(Severity severity, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEmotion(int emotion, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		boolean result = validateEmotion_Min(emotion, diagnostics, context);
		if (result || diagnostics != null) result &= validateEmotion_Max(emotion, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateEmotion_Min
	 */
	public static final int EMOTION__MIN__VALUE = -2;

	/**
	 * Validates the Min constraint of '<em>Emotion</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEmotion_Min(int emotion, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		boolean result = emotion >= EMOTION__MIN__VALUE;
		if (!result && diagnostics != null)
			reportMinViolation(KlantreisPackage.Literals.EMOTION, emotion, EMOTION__MIN__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateEmotion_Max
	 */
	public static final int EMOTION__MAX__VALUE = 2;

	/**
	 * Validates the Max constraint of '<em>Emotion</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEmotion_Max(int emotion, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		boolean result = emotion <= EMOTION__MAX__VALUE;
		if (!result && diagnostics != null)
			reportMaxViolation(KlantreisPackage.Literals.EMOTION, emotion, EMOTION__MAX__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMinutes(int minutes, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		boolean result = validateMinutes_Min(minutes, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateMinutes_Min
	 */
	public static final int MINUTES__MIN__VALUE = 0;

	/**
	 * Validates the Min constraint of '<em>Minutes</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMinutes_Min(int minutes, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		boolean result = minutes >= MINUTES__MIN__VALUE;
		if (!result && diagnostics != null)
			reportMinViolation(KlantreisPackage.Literals.MINUTES, minutes, MINUTES__MIN__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCount(int count, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		boolean result = validateCount_Min(count, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateCount_Min
	 */
	public static final int COUNT__MIN__VALUE = 0;

	/**
	 * Validates the Min constraint of '<em>Count</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCount_Min(int count, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		boolean result = count >= COUNT__MIN__VALUE;
		if (!result && diagnostics != null)
			reportMinViolation(KlantreisPackage.Literals.COUNT, count, COUNT__MIN__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator()
	{
		// TODO
		// Specialize this to return a resource locator for messages specific to this validator.
		// Ensure that you remove @generated or mark it @generated NOT
		return super.getResourceLocator();
	}

} //KlantreisValidator
