/**
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.model.impl;

import nl.klantreis.model.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.eclipse.emf.ecore.xml.type.XMLTypeFactory;
import org.eclipse.emf.ecore.xml.type.XMLTypePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class KlantreisFactoryImpl extends EFactoryImpl implements KlantreisFactory
{
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static KlantreisFactory init()
	{
		try
		{
			KlantreisFactory theKlantreisFactory = (KlantreisFactory)EPackage.Registry.INSTANCE.getEFactory(KlantreisPackage.eNS_URI);
			if (theKlantreisFactory != null)
			{
				return theKlantreisFactory;
			}
		}
		catch (Exception exception)
		{
			EcorePlugin.INSTANCE.log(exception);
		}
		return new KlantreisFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public KlantreisFactoryImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass)
	{
		switch (eClass.getClassifierID())
		{
			case KlantreisPackage.JOURNEY_MODEL: return createJourneyModel();
			case KlantreisPackage.JOURNEY: return createJourney();
			case KlantreisPackage.LIFE_EVENT: return createLifeEvent();
			case KlantreisPackage.PHASE: return createPhase();
			case KlantreisPackage.TOUCHPOINT: return createTouchpoint();
			case KlantreisPackage.HANDOVER: return createHandover();
			case KlantreisPackage.ORGANISATION: return createOrganisation();
			case KlantreisPackage.STAFF_GROUP: return createStaffGroup();
			case KlantreisPackage.PERSONA: return createPersona();
			case KlantreisPackage.KEY_PERSON: return createKeyPerson();
			case KlantreisPackage.PAIN_POINT: return createPainPoint();
			case KlantreisPackage.IMPROVEMENT: return createImprovement();
			case KlantreisPackage.RULE_SETTING: return createRuleSetting();
			case KlantreisPackage.RULE_PARAMETER: return createRuleParameter();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue)
	{
		switch (eDataType.getClassifierID())
		{
			case KlantreisPackage.JOURNEY_KIND:
				return createJourneyKindFromString(eDataType, initialValue);
			case KlantreisPackage.JOURNEY_STATUS:
				return createJourneyStatusFromString(eDataType, initialValue);
			case KlantreisPackage.LIFE_EVENT_KIND:
				return createLifeEventKindFromString(eDataType, initialValue);
			case KlantreisPackage.CHANNEL:
				return createChannelFromString(eDataType, initialValue);
			case KlantreisPackage.INITIATOR:
				return createInitiatorFromString(eDataType, initialValue);
			case KlantreisPackage.PURPOSE:
				return createPurposeFromString(eDataType, initialValue);
			case KlantreisPackage.INTERPRETER_ARRANGEMENT:
				return createInterpreterArrangementFromString(eDataType, initialValue);
			case KlantreisPackage.COMMUNICATION_FORM:
				return createCommunicationFormFromString(eDataType, initialValue);
			case KlantreisPackage.LIFE_DOMAIN:
				return createLifeDomainFromString(eDataType, initialValue);
			case KlantreisPackage.HANDOVER_KIND:
				return createHandoverKindFromString(eDataType, initialValue);
			case KlantreisPackage.ORGANISATION_KIND:
				return createOrganisationKindFromString(eDataType, initialValue);
			case KlantreisPackage.DUTCH_LEVEL:
				return createDutchLevelFromString(eDataType, initialValue);
			case KlantreisPackage.SKILL_LEVEL:
				return createSkillLevelFromString(eDataType, initialValue);
			case KlantreisPackage.HOUSEHOLD:
				return createHouseholdFromString(eDataType, initialValue);
			case KlantreisPackage.GENDER:
				return createGenderFromString(eDataType, initialValue);
			case KlantreisPackage.KEY_PERSON_ROLE:
				return createKeyPersonRoleFromString(eDataType, initialValue);
			case KlantreisPackage.CONTRACT_KIND:
				return createContractKindFromString(eDataType, initialValue);
			case KlantreisPackage.IMPROVEMENT_STATUS:
				return createImprovementStatusFromString(eDataType, initialValue);
			case KlantreisPackage.DIRECTION:
				return createDirectionFromString(eDataType, initialValue);
			case KlantreisPackage.SEVERITY:
				return createSeverityFromString(eDataType, initialValue);
			case KlantreisPackage.EMOTION:
				return createEmotionFromString(eDataType, initialValue);
			case KlantreisPackage.MINUTES:
				return createMinutesFromString(eDataType, initialValue);
			case KlantreisPackage.COUNT:
				return createCountFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue)
	{
		switch (eDataType.getClassifierID())
		{
			case KlantreisPackage.JOURNEY_KIND:
				return convertJourneyKindToString(eDataType, instanceValue);
			case KlantreisPackage.JOURNEY_STATUS:
				return convertJourneyStatusToString(eDataType, instanceValue);
			case KlantreisPackage.LIFE_EVENT_KIND:
				return convertLifeEventKindToString(eDataType, instanceValue);
			case KlantreisPackage.CHANNEL:
				return convertChannelToString(eDataType, instanceValue);
			case KlantreisPackage.INITIATOR:
				return convertInitiatorToString(eDataType, instanceValue);
			case KlantreisPackage.PURPOSE:
				return convertPurposeToString(eDataType, instanceValue);
			case KlantreisPackage.INTERPRETER_ARRANGEMENT:
				return convertInterpreterArrangementToString(eDataType, instanceValue);
			case KlantreisPackage.COMMUNICATION_FORM:
				return convertCommunicationFormToString(eDataType, instanceValue);
			case KlantreisPackage.LIFE_DOMAIN:
				return convertLifeDomainToString(eDataType, instanceValue);
			case KlantreisPackage.HANDOVER_KIND:
				return convertHandoverKindToString(eDataType, instanceValue);
			case KlantreisPackage.ORGANISATION_KIND:
				return convertOrganisationKindToString(eDataType, instanceValue);
			case KlantreisPackage.DUTCH_LEVEL:
				return convertDutchLevelToString(eDataType, instanceValue);
			case KlantreisPackage.SKILL_LEVEL:
				return convertSkillLevelToString(eDataType, instanceValue);
			case KlantreisPackage.HOUSEHOLD:
				return convertHouseholdToString(eDataType, instanceValue);
			case KlantreisPackage.GENDER:
				return convertGenderToString(eDataType, instanceValue);
			case KlantreisPackage.KEY_PERSON_ROLE:
				return convertKeyPersonRoleToString(eDataType, instanceValue);
			case KlantreisPackage.CONTRACT_KIND:
				return convertContractKindToString(eDataType, instanceValue);
			case KlantreisPackage.IMPROVEMENT_STATUS:
				return convertImprovementStatusToString(eDataType, instanceValue);
			case KlantreisPackage.DIRECTION:
				return convertDirectionToString(eDataType, instanceValue);
			case KlantreisPackage.SEVERITY:
				return convertSeverityToString(eDataType, instanceValue);
			case KlantreisPackage.EMOTION:
				return convertEmotionToString(eDataType, instanceValue);
			case KlantreisPackage.MINUTES:
				return convertMinutesToString(eDataType, instanceValue);
			case KlantreisPackage.COUNT:
				return convertCountToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public JourneyModel createJourneyModel()
	{
		JourneyModelImpl journeyModel = new JourneyModelImpl();
		return journeyModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Journey createJourney()
	{
		JourneyImpl journey = new JourneyImpl();
		return journey;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LifeEvent createLifeEvent()
	{
		LifeEventImpl lifeEvent = new LifeEventImpl();
		return lifeEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Phase createPhase()
	{
		PhaseImpl phase = new PhaseImpl();
		return phase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Touchpoint createTouchpoint()
	{
		TouchpointImpl touchpoint = new TouchpointImpl();
		return touchpoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Handover createHandover()
	{
		HandoverImpl handover = new HandoverImpl();
		return handover;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation createOrganisation()
	{
		OrganisationImpl organisation = new OrganisationImpl();
		return organisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StaffGroup createStaffGroup()
	{
		StaffGroupImpl staffGroup = new StaffGroupImpl();
		return staffGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Persona createPersona()
	{
		PersonaImpl persona = new PersonaImpl();
		return persona;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KeyPerson createKeyPerson()
	{
		KeyPersonImpl keyPerson = new KeyPersonImpl();
		return keyPerson;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PainPoint createPainPoint()
	{
		PainPointImpl painPoint = new PainPointImpl();
		return painPoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Improvement createImprovement()
	{
		ImprovementImpl improvement = new ImprovementImpl();
		return improvement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RuleSetting createRuleSetting()
	{
		RuleSettingImpl ruleSetting = new RuleSettingImpl();
		return ruleSetting;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RuleParameter createRuleParameter()
	{
		RuleParameterImpl ruleParameter = new RuleParameterImpl();
		return ruleParameter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public JourneyKind createJourneyKindFromString(EDataType eDataType, String initialValue)
	{
		JourneyKind result = JourneyKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertJourneyKindToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public JourneyStatus createJourneyStatusFromString(EDataType eDataType, String initialValue)
	{
		JourneyStatus result = JourneyStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertJourneyStatusToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LifeEventKind createLifeEventKindFromString(EDataType eDataType, String initialValue)
	{
		LifeEventKind result = LifeEventKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLifeEventKindToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Channel createChannelFromString(EDataType eDataType, String initialValue)
	{
		Channel result = Channel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertChannelToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Initiator createInitiatorFromString(EDataType eDataType, String initialValue)
	{
		Initiator result = Initiator.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInitiatorToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Purpose createPurposeFromString(EDataType eDataType, String initialValue)
	{
		Purpose result = Purpose.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPurposeToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InterpreterArrangement createInterpreterArrangementFromString(EDataType eDataType, String initialValue)
	{
		InterpreterArrangement result = InterpreterArrangement.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInterpreterArrangementToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CommunicationForm createCommunicationFormFromString(EDataType eDataType, String initialValue)
	{
		CommunicationForm result = CommunicationForm.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCommunicationFormToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LifeDomain createLifeDomainFromString(EDataType eDataType, String initialValue)
	{
		LifeDomain result = LifeDomain.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLifeDomainToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HandoverKind createHandoverKindFromString(EDataType eDataType, String initialValue)
	{
		HandoverKind result = HandoverKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertHandoverKindToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OrganisationKind createOrganisationKindFromString(EDataType eDataType, String initialValue)
	{
		OrganisationKind result = OrganisationKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOrganisationKindToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DutchLevel createDutchLevelFromString(EDataType eDataType, String initialValue)
	{
		DutchLevel result = DutchLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDutchLevelToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SkillLevel createSkillLevelFromString(EDataType eDataType, String initialValue)
	{
		SkillLevel result = SkillLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSkillLevelToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Household createHouseholdFromString(EDataType eDataType, String initialValue)
	{
		Household result = Household.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertHouseholdToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Gender createGenderFromString(EDataType eDataType, String initialValue)
	{
		Gender result = Gender.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertGenderToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public KeyPersonRole createKeyPersonRoleFromString(EDataType eDataType, String initialValue)
	{
		KeyPersonRole result = KeyPersonRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertKeyPersonRoleToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ContractKind createContractKindFromString(EDataType eDataType, String initialValue)
	{
		ContractKind result = ContractKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertContractKindToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ImprovementStatus createImprovementStatusFromString(EDataType eDataType, String initialValue)
	{
		ImprovementStatus result = ImprovementStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertImprovementStatusToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Direction createDirectionFromString(EDataType eDataType, String initialValue)
	{
		Direction result = Direction.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDirectionToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Severity createSeverityFromString(EDataType eDataType, String initialValue)
	{
		Severity result = Severity.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSeverityToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Integer createEmotionFromString(EDataType eDataType, String initialValue)
	{
		return (Integer)XMLTypeFactory.eINSTANCE.createFromString(XMLTypePackage.Literals.INT, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEmotionToString(EDataType eDataType, Object instanceValue)
	{
		return XMLTypeFactory.eINSTANCE.convertToString(XMLTypePackage.Literals.INT, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Integer createMinutesFromString(EDataType eDataType, String initialValue)
	{
		return (Integer)XMLTypeFactory.eINSTANCE.createFromString(XMLTypePackage.Literals.INT, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMinutesToString(EDataType eDataType, Object instanceValue)
	{
		return XMLTypeFactory.eINSTANCE.convertToString(XMLTypePackage.Literals.INT, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Integer createCountFromString(EDataType eDataType, String initialValue)
	{
		return (Integer)XMLTypeFactory.eINSTANCE.createFromString(XMLTypePackage.Literals.INT, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCountToString(EDataType eDataType, Object instanceValue)
	{
		return XMLTypeFactory.eINSTANCE.convertToString(XMLTypePackage.Literals.INT, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KlantreisPackage getKlantreisPackage()
	{
		return (KlantreisPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static KlantreisPackage getPackage()
	{
		return KlantreisPackage.eINSTANCE;
	}

} //KlantreisFactoryImpl
