/**
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.model.impl;

import nl.klantreis.model.Channel;
import nl.klantreis.model.CommunicationForm;
import nl.klantreis.model.ContractKind;
import nl.klantreis.model.Direction;
import nl.klantreis.model.DutchLevel;
import nl.klantreis.model.Gender;
import nl.klantreis.model.Handover;
import nl.klantreis.model.HandoverKind;
import nl.klantreis.model.Household;
import nl.klantreis.model.Improvement;
import nl.klantreis.model.ImprovementStatus;
import nl.klantreis.model.Initiator;
import nl.klantreis.model.InterpreterArrangement;
import nl.klantreis.model.Journey;
import nl.klantreis.model.JourneyKind;
import nl.klantreis.model.JourneyModel;
import nl.klantreis.model.JourneyStatus;
import nl.klantreis.model.KeyPerson;
import nl.klantreis.model.KeyPersonRole;
import nl.klantreis.model.KlantreisFactory;
import nl.klantreis.model.KlantreisPackage;
import nl.klantreis.model.LifeDomain;
import nl.klantreis.model.LifeEvent;
import nl.klantreis.model.LifeEventKind;
import nl.klantreis.model.NamedElement;
import nl.klantreis.model.Organisation;
import nl.klantreis.model.OrganisationKind;
import nl.klantreis.model.PainPoint;
import nl.klantreis.model.Persona;
import nl.klantreis.model.Phase;
import nl.klantreis.model.Purpose;
import nl.klantreis.model.RuleParameter;
import nl.klantreis.model.RuleSetting;
import nl.klantreis.model.Severity;
import nl.klantreis.model.SkillLevel;
import nl.klantreis.model.StaffGroup;
import nl.klantreis.model.Touchpoint;

import nl.klantreis.model.util.KlantreisValidator;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EValidator;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class KlantreisPackageImpl extends EPackageImpl implements KlantreisPackage
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass namedElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass journeyModelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass journeyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass lifeEventEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass phaseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass touchpointEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass handoverEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass organisationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass staffGroupEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass personaEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass keyPersonEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass painPointEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass improvementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ruleSettingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ruleParameterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum journeyKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum journeyStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum lifeEventKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum channelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum initiatorEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum purposeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum interpreterArrangementEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum communicationFormEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum lifeDomainEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum handoverKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum organisationKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum dutchLevelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum skillLevelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum householdEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum genderEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum keyPersonRoleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum contractKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum improvementStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum directionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum severityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType emotionEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType minutesEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType countEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see nl.klantreis.model.KlantreisPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private KlantreisPackageImpl()
	{
		super(eNS_URI, KlantreisFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link KlantreisPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static KlantreisPackage init()
	{
		if (isInited) return (KlantreisPackage)EPackage.Registry.INSTANCE.getEPackage(KlantreisPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredKlantreisPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		KlantreisPackageImpl theKlantreisPackage = registeredKlantreisPackage instanceof KlantreisPackageImpl ? (KlantreisPackageImpl)registeredKlantreisPackage : new KlantreisPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theKlantreisPackage.createPackageContents();

		// Initialize created meta-data
		theKlantreisPackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(theKlantreisPackage,
			 new EValidator.Descriptor()
			 {
				 @Override
				 public EValidator getEValidator()
				 {
					 return KlantreisValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		theKlantreisPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(KlantreisPackage.eNS_URI, theKlantreisPackage);
		return theKlantreisPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNamedElement()
	{
		return namedElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamedElement_Id()
	{
		return (EAttribute)namedElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamedElement_Name()
	{
		return (EAttribute)namedElementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamedElement_Description()
	{
		return (EAttribute)namedElementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getJourneyModel()
	{
		return journeyModelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getJourneyModel_Organisations()
	{
		return (EReference)journeyModelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getJourneyModel_Personas()
	{
		return (EReference)journeyModelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getJourneyModel_KeyPersons()
	{
		return (EReference)journeyModelEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getJourneyModel_Journeys()
	{
		return (EReference)journeyModelEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getJourneyModel_RuleSettings()
	{
		return (EReference)journeyModelEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getJourney()
	{
		return journeyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJourney_Kind()
	{
		return (EAttribute)journeyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJourney_Status()
	{
		return (EAttribute)journeyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getJourney_Persona()
	{
		return (EReference)journeyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getJourney_Trigger()
	{
		return (EReference)journeyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getJourney_Phases()
	{
		return (EReference)journeyEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getJourney_Handovers()
	{
		return (EReference)journeyEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getJourney_PainPoints()
	{
		return (EReference)journeyEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getJourney_Improvements()
	{
		return (EReference)journeyEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getJourney_Owner()
	{
		return (EReference)journeyEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getJourney_Baseline()
	{
		return (EReference)journeyEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLifeEvent()
	{
		return lifeEventEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifeEvent_Kind()
	{
		return (EAttribute)lifeEventEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifeEvent_Description()
	{
		return (EAttribute)lifeEventEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPhase()
	{
		return phaseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPhase_Touchpoints()
	{
		return (EReference)phaseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTouchpoint()
	{
		return touchpointEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTouchpoint_Organisation()
	{
		return (EReference)touchpointEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTouchpoint_Role()
	{
		return (EAttribute)touchpointEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTouchpoint_Channel()
	{
		return (EAttribute)touchpointEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTouchpoint_Initiator()
	{
		return (EAttribute)touchpointEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTouchpoint_Purpose()
	{
		return (EAttribute)touchpointEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTouchpoint_Duration()
	{
		return (EAttribute)touchpointEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTouchpoint_Interpreter()
	{
		return (EAttribute)touchpointEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTouchpoint_CommunicationForms()
	{
		return (EAttribute)touchpointEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTouchpoint_UnderstandingChecked()
	{
		return (EAttribute)touchpointEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTouchpoint_Emotion()
	{
		return (EAttribute)touchpointEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTouchpoint_LifeDomains()
	{
		return (EAttribute)touchpointEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTouchpoint_HealthSignal()
	{
		return (EAttribute)touchpointEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTouchpoint_KeyPersons()
	{
		return (EReference)touchpointEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHandover()
	{
		return handoverEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHandover_Source()
	{
		return (EReference)handoverEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHandover_Target()
	{
		return (EReference)handoverEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHandover_Kind()
	{
		return (EAttribute)handoverEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHandover_Description()
	{
		return (EAttribute)handoverEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOrganisation()
	{
		return organisationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_Kind()
	{
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_TrainedStaff()
	{
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_InterpreterBudget()
	{
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_StatusHolderCaseload()
	{
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOrganisation_StaffGroups()
	{
		return (EReference)organisationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStaffGroup()
	{
		return staffGroupEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaffGroup_Name()
	{
		return (EAttribute)staffGroupEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaffGroup_RefugeeBackground()
	{
		return (EAttribute)staffGroupEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaffGroup_Members()
	{
		return (EAttribute)staffGroupEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaffGroup_StatusHolderClients()
	{
		return (EAttribute)staffGroupEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPersona()
	{
		return personaEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersona_CountryOfOrigin()
	{
		return (EAttribute)personaEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersona_Languages()
	{
		return (EAttribute)personaEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersona_DutchLevel()
	{
		return (EAttribute)personaEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersona_Literacy()
	{
		return (EAttribute)personaEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersona_HealthLiteracy()
	{
		return (EAttribute)personaEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersona_DigitalSkills()
	{
		return (EAttribute)personaEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersona_Household()
	{
		return (EAttribute)personaEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersona_Gender()
	{
		return (EAttribute)personaEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersona_Concerns()
	{
		return (EAttribute)personaEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKeyPerson()
	{
		return keyPersonEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKeyPerson_Roles()
	{
		return (EAttribute)keyPersonEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKeyPerson_Contract()
	{
		return (EAttribute)keyPersonEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKeyPerson_Supervisor()
	{
		return (EReference)keyPersonEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKeyPerson_Languages()
	{
		return (EAttribute)keyPersonEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPainPoint()
	{
		return painPointEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPainPoint_Touchpoints()
	{
		return (EReference)painPointEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getImprovement()
	{
		return improvementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getImprovement_Owner()
	{
		return (EReference)improvementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImprovement_Status()
	{
		return (EAttribute)improvementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImprovement_Direction()
	{
		return (EAttribute)improvementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getImprovement_Addresses()
	{
		return (EReference)improvementEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRuleSetting()
	{
		return ruleSettingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRuleSetting_RuleId()
	{
		return (EAttribute)ruleSettingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRuleSetting_Enabled()
	{
		return (EAttribute)ruleSettingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRuleSetting_Severity()
	{
		return (EAttribute)ruleSettingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRuleSetting_Parameters()
	{
		return (EReference)ruleSettingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRuleParameter()
	{
		return ruleParameterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRuleParameter_Key()
	{
		return (EAttribute)ruleParameterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRuleParameter_Value()
	{
		return (EAttribute)ruleParameterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getJourneyKind()
	{
		return journeyKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getJourneyStatus()
	{
		return journeyStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLifeEventKind()
	{
		return lifeEventKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getChannel()
	{
		return channelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInitiator()
	{
		return initiatorEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPurpose()
	{
		return purposeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInterpreterArrangement()
	{
		return interpreterArrangementEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCommunicationForm()
	{
		return communicationFormEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLifeDomain()
	{
		return lifeDomainEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getHandoverKind()
	{
		return handoverKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOrganisationKind()
	{
		return organisationKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDutchLevel()
	{
		return dutchLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSkillLevel()
	{
		return skillLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getHousehold()
	{
		return householdEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getGender()
	{
		return genderEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getKeyPersonRole()
	{
		return keyPersonRoleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getContractKind()
	{
		return contractKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getImprovementStatus()
	{
		return improvementStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDirection()
	{
		return directionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSeverity()
	{
		return severityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getEmotion()
	{
		return emotionEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getMinutes()
	{
		return minutesEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getCount()
	{
		return countEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KlantreisFactory getKlantreisFactory()
	{
		return (KlantreisFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents()
	{
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		namedElementEClass = createEClass(NAMED_ELEMENT);
		createEAttribute(namedElementEClass, NAMED_ELEMENT__ID);
		createEAttribute(namedElementEClass, NAMED_ELEMENT__NAME);
		createEAttribute(namedElementEClass, NAMED_ELEMENT__DESCRIPTION);

		journeyModelEClass = createEClass(JOURNEY_MODEL);
		createEReference(journeyModelEClass, JOURNEY_MODEL__ORGANISATIONS);
		createEReference(journeyModelEClass, JOURNEY_MODEL__PERSONAS);
		createEReference(journeyModelEClass, JOURNEY_MODEL__KEY_PERSONS);
		createEReference(journeyModelEClass, JOURNEY_MODEL__JOURNEYS);
		createEReference(journeyModelEClass, JOURNEY_MODEL__RULE_SETTINGS);

		journeyEClass = createEClass(JOURNEY);
		createEAttribute(journeyEClass, JOURNEY__KIND);
		createEAttribute(journeyEClass, JOURNEY__STATUS);
		createEReference(journeyEClass, JOURNEY__PERSONA);
		createEReference(journeyEClass, JOURNEY__TRIGGER);
		createEReference(journeyEClass, JOURNEY__PHASES);
		createEReference(journeyEClass, JOURNEY__HANDOVERS);
		createEReference(journeyEClass, JOURNEY__PAIN_POINTS);
		createEReference(journeyEClass, JOURNEY__IMPROVEMENTS);
		createEReference(journeyEClass, JOURNEY__OWNER);
		createEReference(journeyEClass, JOURNEY__BASELINE);

		lifeEventEClass = createEClass(LIFE_EVENT);
		createEAttribute(lifeEventEClass, LIFE_EVENT__KIND);
		createEAttribute(lifeEventEClass, LIFE_EVENT__DESCRIPTION);

		phaseEClass = createEClass(PHASE);
		createEReference(phaseEClass, PHASE__TOUCHPOINTS);

		touchpointEClass = createEClass(TOUCHPOINT);
		createEReference(touchpointEClass, TOUCHPOINT__ORGANISATION);
		createEAttribute(touchpointEClass, TOUCHPOINT__ROLE);
		createEAttribute(touchpointEClass, TOUCHPOINT__CHANNEL);
		createEAttribute(touchpointEClass, TOUCHPOINT__INITIATOR);
		createEAttribute(touchpointEClass, TOUCHPOINT__PURPOSE);
		createEAttribute(touchpointEClass, TOUCHPOINT__DURATION);
		createEAttribute(touchpointEClass, TOUCHPOINT__INTERPRETER);
		createEAttribute(touchpointEClass, TOUCHPOINT__COMMUNICATION_FORMS);
		createEAttribute(touchpointEClass, TOUCHPOINT__UNDERSTANDING_CHECKED);
		createEAttribute(touchpointEClass, TOUCHPOINT__EMOTION);
		createEAttribute(touchpointEClass, TOUCHPOINT__LIFE_DOMAINS);
		createEAttribute(touchpointEClass, TOUCHPOINT__HEALTH_SIGNAL);
		createEReference(touchpointEClass, TOUCHPOINT__KEY_PERSONS);

		handoverEClass = createEClass(HANDOVER);
		createEReference(handoverEClass, HANDOVER__SOURCE);
		createEReference(handoverEClass, HANDOVER__TARGET);
		createEAttribute(handoverEClass, HANDOVER__KIND);
		createEAttribute(handoverEClass, HANDOVER__DESCRIPTION);

		organisationEClass = createEClass(ORGANISATION);
		createEAttribute(organisationEClass, ORGANISATION__KIND);
		createEAttribute(organisationEClass, ORGANISATION__TRAINED_STAFF);
		createEAttribute(organisationEClass, ORGANISATION__INTERPRETER_BUDGET);
		createEAttribute(organisationEClass, ORGANISATION__STATUS_HOLDER_CASELOAD);
		createEReference(organisationEClass, ORGANISATION__STAFF_GROUPS);

		staffGroupEClass = createEClass(STAFF_GROUP);
		createEAttribute(staffGroupEClass, STAFF_GROUP__NAME);
		createEAttribute(staffGroupEClass, STAFF_GROUP__REFUGEE_BACKGROUND);
		createEAttribute(staffGroupEClass, STAFF_GROUP__MEMBERS);
		createEAttribute(staffGroupEClass, STAFF_GROUP__STATUS_HOLDER_CLIENTS);

		personaEClass = createEClass(PERSONA);
		createEAttribute(personaEClass, PERSONA__COUNTRY_OF_ORIGIN);
		createEAttribute(personaEClass, PERSONA__LANGUAGES);
		createEAttribute(personaEClass, PERSONA__DUTCH_LEVEL);
		createEAttribute(personaEClass, PERSONA__LITERACY);
		createEAttribute(personaEClass, PERSONA__HEALTH_LITERACY);
		createEAttribute(personaEClass, PERSONA__DIGITAL_SKILLS);
		createEAttribute(personaEClass, PERSONA__HOUSEHOLD);
		createEAttribute(personaEClass, PERSONA__GENDER);
		createEAttribute(personaEClass, PERSONA__CONCERNS);

		keyPersonEClass = createEClass(KEY_PERSON);
		createEAttribute(keyPersonEClass, KEY_PERSON__ROLES);
		createEAttribute(keyPersonEClass, KEY_PERSON__CONTRACT);
		createEReference(keyPersonEClass, KEY_PERSON__SUPERVISOR);
		createEAttribute(keyPersonEClass, KEY_PERSON__LANGUAGES);

		painPointEClass = createEClass(PAIN_POINT);
		createEReference(painPointEClass, PAIN_POINT__TOUCHPOINTS);

		improvementEClass = createEClass(IMPROVEMENT);
		createEReference(improvementEClass, IMPROVEMENT__OWNER);
		createEAttribute(improvementEClass, IMPROVEMENT__STATUS);
		createEAttribute(improvementEClass, IMPROVEMENT__DIRECTION);
		createEReference(improvementEClass, IMPROVEMENT__ADDRESSES);

		ruleSettingEClass = createEClass(RULE_SETTING);
		createEAttribute(ruleSettingEClass, RULE_SETTING__RULE_ID);
		createEAttribute(ruleSettingEClass, RULE_SETTING__ENABLED);
		createEAttribute(ruleSettingEClass, RULE_SETTING__SEVERITY);
		createEReference(ruleSettingEClass, RULE_SETTING__PARAMETERS);

		ruleParameterEClass = createEClass(RULE_PARAMETER);
		createEAttribute(ruleParameterEClass, RULE_PARAMETER__KEY);
		createEAttribute(ruleParameterEClass, RULE_PARAMETER__VALUE);

		// Create enums
		journeyKindEEnum = createEEnum(JOURNEY_KIND);
		journeyStatusEEnum = createEEnum(JOURNEY_STATUS);
		lifeEventKindEEnum = createEEnum(LIFE_EVENT_KIND);
		channelEEnum = createEEnum(CHANNEL);
		initiatorEEnum = createEEnum(INITIATOR);
		purposeEEnum = createEEnum(PURPOSE);
		interpreterArrangementEEnum = createEEnum(INTERPRETER_ARRANGEMENT);
		communicationFormEEnum = createEEnum(COMMUNICATION_FORM);
		lifeDomainEEnum = createEEnum(LIFE_DOMAIN);
		handoverKindEEnum = createEEnum(HANDOVER_KIND);
		organisationKindEEnum = createEEnum(ORGANISATION_KIND);
		dutchLevelEEnum = createEEnum(DUTCH_LEVEL);
		skillLevelEEnum = createEEnum(SKILL_LEVEL);
		householdEEnum = createEEnum(HOUSEHOLD);
		genderEEnum = createEEnum(GENDER);
		keyPersonRoleEEnum = createEEnum(KEY_PERSON_ROLE);
		contractKindEEnum = createEEnum(CONTRACT_KIND);
		improvementStatusEEnum = createEEnum(IMPROVEMENT_STATUS);
		directionEEnum = createEEnum(DIRECTION);
		severityEEnum = createEEnum(SEVERITY);

		// Create data types
		emotionEDataType = createEDataType(EMOTION);
		minutesEDataType = createEDataType(MINUTES);
		countEDataType = createEDataType(COUNT);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents()
	{
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		journeyModelEClass.getESuperTypes().add(this.getNamedElement());
		journeyEClass.getESuperTypes().add(this.getNamedElement());
		phaseEClass.getESuperTypes().add(this.getNamedElement());
		touchpointEClass.getESuperTypes().add(this.getNamedElement());
		organisationEClass.getESuperTypes().add(this.getNamedElement());
		personaEClass.getESuperTypes().add(this.getNamedElement());
		keyPersonEClass.getESuperTypes().add(this.getNamedElement());
		painPointEClass.getESuperTypes().add(this.getNamedElement());
		improvementEClass.getESuperTypes().add(this.getNamedElement());

		// Initialize classes, features, and operations; add parameters
		initEClass(namedElementEClass, NamedElement.class, "NamedElement", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNamedElement_Id(), ecorePackage.getEString(), "id", null, 1, 1, NamedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNamedElement_Name(), ecorePackage.getEString(), "name", null, 0, 1, NamedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNamedElement_Description(), ecorePackage.getEString(), "description", null, 0, 1, NamedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(journeyModelEClass, JourneyModel.class, "JourneyModel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getJourneyModel_Organisations(), this.getOrganisation(), null, "organisations", null, 0, -1, JourneyModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getJourneyModel_Personas(), this.getPersona(), null, "personas", null, 0, -1, JourneyModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getJourneyModel_KeyPersons(), this.getKeyPerson(), null, "keyPersons", null, 0, -1, JourneyModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getJourneyModel_Journeys(), this.getJourney(), null, "journeys", null, 0, -1, JourneyModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getJourneyModel_RuleSettings(), this.getRuleSetting(), null, "ruleSettings", null, 0, -1, JourneyModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(journeyEClass, Journey.class, "Journey", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getJourney_Kind(), this.getJourneyKind(), "kind", null, 0, 1, Journey.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getJourney_Status(), this.getJourneyStatus(), "status", null, 0, 1, Journey.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getJourney_Persona(), this.getPersona(), null, "persona", null, 1, 1, Journey.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getJourney_Trigger(), this.getLifeEvent(), null, "trigger", null, 1, 1, Journey.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getJourney_Phases(), this.getPhase(), null, "phases", null, 0, -1, Journey.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getJourney_Handovers(), this.getHandover(), null, "handovers", null, 0, -1, Journey.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getJourney_PainPoints(), this.getPainPoint(), null, "painPoints", null, 0, -1, Journey.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getJourney_Improvements(), this.getImprovement(), null, "improvements", null, 0, -1, Journey.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getJourney_Owner(), this.getOrganisation(), null, "owner", null, 0, 1, Journey.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getJourney_Baseline(), this.getJourney(), null, "baseline", null, 0, 1, Journey.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(lifeEventEClass, LifeEvent.class, "LifeEvent", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLifeEvent_Kind(), this.getLifeEventKind(), "kind", null, 0, 1, LifeEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLifeEvent_Description(), ecorePackage.getEString(), "description", null, 0, 1, LifeEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(phaseEClass, Phase.class, "Phase", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getPhase_Touchpoints(), this.getTouchpoint(), null, "touchpoints", null, 0, -1, Phase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(touchpointEClass, Touchpoint.class, "Touchpoint", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getTouchpoint_Organisation(), this.getOrganisation(), null, "organisation", null, 1, 1, Touchpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTouchpoint_Role(), ecorePackage.getEString(), "role", null, 0, 1, Touchpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTouchpoint_Channel(), this.getChannel(), "channel", null, 0, 1, Touchpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTouchpoint_Initiator(), this.getInitiator(), "initiator", null, 0, 1, Touchpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTouchpoint_Purpose(), this.getPurpose(), "purpose", null, 0, 1, Touchpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTouchpoint_Duration(), this.getMinutes(), "duration", null, 0, 1, Touchpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTouchpoint_Interpreter(), this.getInterpreterArrangement(), "interpreter", null, 0, 1, Touchpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTouchpoint_CommunicationForms(), this.getCommunicationForm(), "communicationForms", null, 0, -1, Touchpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, !IS_ORDERED);
		initEAttribute(getTouchpoint_UnderstandingChecked(), ecorePackage.getEBoolean(), "understandingChecked", null, 0, 1, Touchpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTouchpoint_Emotion(), this.getEmotion(), "emotion", null, 0, 1, Touchpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTouchpoint_LifeDomains(), this.getLifeDomain(), "lifeDomains", null, 0, -1, Touchpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, !IS_ORDERED);
		initEAttribute(getTouchpoint_HealthSignal(), ecorePackage.getEBoolean(), "healthSignal", null, 0, 1, Touchpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTouchpoint_KeyPersons(), this.getKeyPerson(), null, "keyPersons", null, 0, -1, Touchpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, !IS_ORDERED);

		initEClass(handoverEClass, Handover.class, "Handover", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getHandover_Source(), this.getTouchpoint(), null, "source", null, 1, 1, Handover.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHandover_Target(), this.getTouchpoint(), null, "target", null, 1, 1, Handover.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHandover_Kind(), this.getHandoverKind(), "kind", null, 0, 1, Handover.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHandover_Description(), ecorePackage.getEString(), "description", null, 0, 1, Handover.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(organisationEClass, Organisation.class, "Organisation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOrganisation_Kind(), this.getOrganisationKind(), "kind", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganisation_TrainedStaff(), ecorePackage.getEBoolean(), "trainedStaff", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganisation_InterpreterBudget(), ecorePackage.getEBoolean(), "interpreterBudget", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganisation_StatusHolderCaseload(), this.getCount(), "statusHolderCaseload", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOrganisation_StaffGroups(), this.getStaffGroup(), null, "staffGroups", null, 0, -1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(staffGroupEClass, StaffGroup.class, "StaffGroup", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStaffGroup_Name(), ecorePackage.getEString(), "name", null, 0, 1, StaffGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStaffGroup_RefugeeBackground(), ecorePackage.getEBoolean(), "refugeeBackground", null, 0, 1, StaffGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStaffGroup_Members(), this.getCount(), "members", null, 0, 1, StaffGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStaffGroup_StatusHolderClients(), this.getCount(), "statusHolderClients", null, 0, 1, StaffGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(personaEClass, Persona.class, "Persona", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPersona_CountryOfOrigin(), ecorePackage.getEString(), "countryOfOrigin", null, 0, 1, Persona.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPersona_Languages(), ecorePackage.getEString(), "languages", null, 0, -1, Persona.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPersona_DutchLevel(), this.getDutchLevel(), "dutchLevel", null, 0, 1, Persona.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPersona_Literacy(), this.getSkillLevel(), "literacy", null, 0, 1, Persona.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPersona_HealthLiteracy(), this.getSkillLevel(), "healthLiteracy", null, 0, 1, Persona.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPersona_DigitalSkills(), this.getSkillLevel(), "digitalSkills", null, 0, 1, Persona.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPersona_Household(), this.getHousehold(), "household", null, 0, 1, Persona.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPersona_Gender(), this.getGender(), "gender", null, 0, 1, Persona.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPersona_Concerns(), ecorePackage.getEString(), "concerns", null, 0, -1, Persona.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(keyPersonEClass, KeyPerson.class, "KeyPerson", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getKeyPerson_Roles(), this.getKeyPersonRole(), "roles", null, 0, -1, KeyPerson.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, !IS_ORDERED);
		initEAttribute(getKeyPerson_Contract(), this.getContractKind(), "contract", null, 0, 1, KeyPerson.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getKeyPerson_Supervisor(), this.getOrganisation(), null, "supervisor", null, 0, 1, KeyPerson.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKeyPerson_Languages(), ecorePackage.getEString(), "languages", null, 0, -1, KeyPerson.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(painPointEClass, PainPoint.class, "PainPoint", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getPainPoint_Touchpoints(), this.getTouchpoint(), null, "touchpoints", null, 0, -1, PainPoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, !IS_ORDERED);

		initEClass(improvementEClass, Improvement.class, "Improvement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getImprovement_Owner(), this.getOrganisation(), null, "owner", null, 0, 1, Improvement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImprovement_Status(), this.getImprovementStatus(), "status", null, 0, 1, Improvement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImprovement_Direction(), this.getDirection(), "direction", null, 0, 1, Improvement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getImprovement_Addresses(), this.getPainPoint(), null, "addresses", null, 0, -1, Improvement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, !IS_ORDERED);

		initEClass(ruleSettingEClass, RuleSetting.class, "RuleSetting", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRuleSetting_RuleId(), ecorePackage.getEString(), "ruleId", null, 1, 1, RuleSetting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRuleSetting_Enabled(), ecorePackage.getEBoolean(), "enabled", "true", 0, 1, RuleSetting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRuleSetting_Severity(), this.getSeverity(), "severity", null, 0, 1, RuleSetting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRuleSetting_Parameters(), this.getRuleParameter(), null, "parameters", null, 0, -1, RuleSetting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(ruleParameterEClass, RuleParameter.class, "RuleParameter", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRuleParameter_Key(), ecorePackage.getEString(), "key", null, 1, 1, RuleParameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRuleParameter_Value(), ecorePackage.getEString(), "value", null, 1, 1, RuleParameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(journeyKindEEnum, JourneyKind.class, "JourneyKind");
		addEEnumLiteral(journeyKindEEnum, JourneyKind.ACTUAL);
		addEEnumLiteral(journeyKindEEnum, JourneyKind.PLANNED);

		initEEnum(journeyStatusEEnum, JourneyStatus.class, "JourneyStatus");
		addEEnumLiteral(journeyStatusEEnum, JourneyStatus.DRAFT);
		addEEnumLiteral(journeyStatusEEnum, JourneyStatus.REVIEWED);
		addEEnumLiteral(journeyStatusEEnum, JourneyStatus.ADOPTED);

		initEEnum(lifeEventKindEEnum, LifeEventKind.class, "LifeEventKind");
		addEEnumLiteral(lifeEventKindEEnum, LifeEventKind.ARRIVAL);
		addEEnumLiteral(lifeEventKindEEnum, LifeEventKind.INBURGERING);
		addEEnumLiteral(lifeEventKindEEnum, LifeEventKind.FAMILY_REUNIFICATION);
		addEEnumLiteral(lifeEventKindEEnum, LifeEventKind.BIRTH);
		addEEnumLiteral(lifeEventKindEEnum, LifeEventKind.SCHOOL);
		addEEnumLiteral(lifeEventKindEEnum, LifeEventKind.JOB_SEARCH);
		addEEnumLiteral(lifeEventKindEEnum, LifeEventKind.JOB_LOSS);
		addEEnumLiteral(lifeEventKindEEnum, LifeEventKind.ILLNESS);
		addEEnumLiteral(lifeEventKindEEnum, LifeEventKind.MOVING);
		addEEnumLiteral(lifeEventKindEEnum, LifeEventKind.DEBT);
		addEEnumLiteral(lifeEventKindEEnum, LifeEventKind.OTHER);

		initEEnum(channelEEnum, Channel.class, "Channel");
		addEEnumLiteral(channelEEnum, Channel.COUNTER);
		addEEnumLiteral(channelEEnum, Channel.PHONE);
		addEEnumLiteral(channelEEnum, Channel.LETTER);
		addEEnumLiteral(channelEEnum, Channel.EMAIL);
		addEEnumLiteral(channelEEnum, Channel.PORTAL);
		addEEnumLiteral(channelEEnum, Channel.HOME_VISIT);
		addEEnumLiteral(channelEEnum, Channel.GROUP_SESSION);
		addEEnumLiteral(channelEEnum, Channel.CONSULTATION_HOUR);
		addEEnumLiteral(channelEEnum, Channel.SOCIAL_MEDIA);
		addEEnumLiteral(channelEEnum, Channel.VIDEO_CALL);
		addEEnumLiteral(channelEEnum, Channel.MEETING);

		initEEnum(initiatorEEnum, Initiator.class, "Initiator");
		addEEnumLiteral(initiatorEEnum, Initiator.RESIDENT);
		addEEnumLiteral(initiatorEEnum, Initiator.ORGANISATION);

		initEEnum(purposeEEnum, Purpose.class, "Purpose");
		addEEnumLiteral(purposeEEnum, Purpose.INFORMATION);
		addEEnumLiteral(purposeEEnum, Purpose.INTAKE);
		addEEnumLiteral(purposeEEnum, Purpose.ADVICE);
		addEEnumLiteral(purposeEEnum, Purpose.DECISION);
		addEEnumLiteral(purposeEEnum, Purpose.REFERRAL);
		addEEnumLiteral(purposeEEnum, Purpose.FOLLOW_UP);
		addEEnumLiteral(purposeEEnum, Purpose.SUPPORT);

		initEEnum(interpreterArrangementEEnum, InterpreterArrangement.class, "InterpreterArrangement");
		addEEnumLiteral(interpreterArrangementEEnum, InterpreterArrangement.NONE);
		addEEnumLiteral(interpreterArrangementEEnum, InterpreterArrangement.PROFESSIONAL);
		addEEnumLiteral(interpreterArrangementEEnum, InterpreterArrangement.BILINGUAL_STAFF);
		addEEnumLiteral(interpreterArrangementEEnum, InterpreterArrangement.KEY_PERSON);
		addEEnumLiteral(interpreterArrangementEEnum, InterpreterArrangement.FAMILY);
		addEEnumLiteral(interpreterArrangementEEnum, InterpreterArrangement.CHILD);

		initEEnum(communicationFormEEnum, CommunicationForm.class, "CommunicationForm");
		addEEnumLiteral(communicationFormEEnum, CommunicationForm.SPOKEN);
		addEEnumLiteral(communicationFormEEnum, CommunicationForm.WRITTEN);
		addEEnumLiteral(communicationFormEEnum, CommunicationForm.PLAIN_LANGUAGE);
		addEEnumLiteral(communicationFormEEnum, CommunicationForm.TRANSLATED);
		addEEnumLiteral(communicationFormEEnum, CommunicationForm.VISUAL);

		initEEnum(lifeDomainEEnum, LifeDomain.class, "LifeDomain");
		addEEnumLiteral(lifeDomainEEnum, LifeDomain.INCOME);
		addEEnumLiteral(lifeDomainEEnum, LifeDomain.WORK);
		addEEnumLiteral(lifeDomainEEnum, LifeDomain.EDUCATION);
		addEEnumLiteral(lifeDomainEEnum, LifeDomain.HOUSING);
		addEEnumLiteral(lifeDomainEEnum, LifeDomain.PHYSICAL_HEALTH);
		addEEnumLiteral(lifeDomainEEnum, LifeDomain.MENTAL_HEALTH);
		addEEnumLiteral(lifeDomainEEnum, LifeDomain.FAMILY);
		addEEnumLiteral(lifeDomainEEnum, LifeDomain.SOCIAL_NETWORK);

		initEEnum(handoverKindEEnum, HandoverKind.class, "HandoverKind");
		addEEnumLiteral(handoverKindEEnum, HandoverKind.WARM);
		addEEnumLiteral(handoverKindEEnum, HandoverKind.COLD);

		initEEnum(organisationKindEEnum, OrganisationKind.class, "OrganisationKind");
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.CUSTOMER_CONTACT_CENTRE);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.WORK_AND_INCOME);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.SOCIAL_SUPPORT);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.INTEGRATION);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.PUBLIC_HEALTH);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.GENERAL_PRACTITIONER);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.MENTAL_HEALTH_CARE);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.DISTRICT_NURSING);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.YOUTH_AND_FAMILY);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.REFUGEE_SUPPORT);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.SCHOOL);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.EMPLOYER);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.WELFARE);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.MIGRANT_ORGANISATION);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.HOUSING_CORPORATION);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.RECEPTION_CENTRE);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.OTHER);

		initEEnum(dutchLevelEEnum, DutchLevel.class, "DutchLevel");
		addEEnumLiteral(dutchLevelEEnum, DutchLevel.NONE);
		addEEnumLiteral(dutchLevelEEnum, DutchLevel.A1);
		addEEnumLiteral(dutchLevelEEnum, DutchLevel.A2);
		addEEnumLiteral(dutchLevelEEnum, DutchLevel.B1);
		addEEnumLiteral(dutchLevelEEnum, DutchLevel.B2);
		addEEnumLiteral(dutchLevelEEnum, DutchLevel.C1);
		addEEnumLiteral(dutchLevelEEnum, DutchLevel.C2);

		initEEnum(skillLevelEEnum, SkillLevel.class, "SkillLevel");
		addEEnumLiteral(skillLevelEEnum, SkillLevel.UNKNOWN);
		addEEnumLiteral(skillLevelEEnum, SkillLevel.NONE);
		addEEnumLiteral(skillLevelEEnum, SkillLevel.LIMITED);
		addEEnumLiteral(skillLevelEEnum, SkillLevel.ADEQUATE);

		initEEnum(householdEEnum, Household.class, "Household");
		addEEnumLiteral(householdEEnum, Household.SINGLE);
		addEEnumLiteral(householdEEnum, Household.COUPLE);
		addEEnumLiteral(householdEEnum, Household.FAMILY);
		addEEnumLiteral(householdEEnum, Household.SINGLE_PARENT);
		addEEnumLiteral(householdEEnum, Household.AWAITING_REUNIFICATION);

		initEEnum(genderEEnum, Gender.class, "Gender");
		addEEnumLiteral(genderEEnum, Gender.UNSPECIFIED);
		addEEnumLiteral(genderEEnum, Gender.FEMALE);
		addEEnumLiteral(genderEEnum, Gender.MALE);
		addEEnumLiteral(genderEEnum, Gender.OTHER);

		initEEnum(keyPersonRoleEEnum, KeyPersonRole.class, "KeyPersonRole");
		addEEnumLiteral(keyPersonRoleEEnum, KeyPersonRole.EDUCATOR);
		addEEnumLiteral(keyPersonRoleEEnum, KeyPersonRole.ADVISOR);
		addEEnumLiteral(keyPersonRoleEEnum, KeyPersonRole.MEDIATOR);
		addEEnumLiteral(keyPersonRoleEEnum, KeyPersonRole.SCOUT);
		addEEnumLiteral(keyPersonRoleEEnum, KeyPersonRole.ACTIVATOR);

		initEEnum(contractKindEEnum, ContractKind.class, "ContractKind");
		addEEnumLiteral(contractKindEEnum, ContractKind.NONE);
		addEEnumLiteral(contractKindEEnum, ContractKind.VOLUNTEER);
		addEEnumLiteral(contractKindEEnum, ContractKind.EMPLOYMENT);

		initEEnum(improvementStatusEEnum, ImprovementStatus.class, "ImprovementStatus");
		addEEnumLiteral(improvementStatusEEnum, ImprovementStatus.PROPOSED);
		addEEnumLiteral(improvementStatusEEnum, ImprovementStatus.AGREED);
		addEEnumLiteral(improvementStatusEEnum, ImprovementStatus.IN_PROGRESS);
		addEEnumLiteral(improvementStatusEEnum, ImprovementStatus.DONE);
		addEEnumLiteral(improvementStatusEEnum, ImprovementStatus.DROPPED);

		initEEnum(directionEEnum, Direction.class, "Direction");
		addEEnumLiteral(directionEEnum, Direction.LIFEWORLD_KNOWLEDGE);
		addEEnumLiteral(directionEEnum, Direction.TAILORED_SUPPORT);
		addEEnumLiteral(directionEEnum, Direction.OUTREACH);
		addEEnumLiteral(directionEEnum, Direction.EXPERIENCE_EXPERTS);
		addEEnumLiteral(directionEEnum, Direction.STAFF_DIVERSITY);

		initEEnum(severityEEnum, Severity.class, "Severity");
		addEEnumLiteral(severityEEnum, Severity.INFO);
		addEEnumLiteral(severityEEnum, Severity.WARNING);
		addEEnumLiteral(severityEEnum, Severity.ERROR);

		// Initialize data types
		initEDataType(emotionEDataType, int.class, "Emotion", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(minutesEDataType, int.class, "Minutes", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(countEDataType, int.class, "Count", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http:///org/eclipse/emf/ecore/util/ExtendedMetaData
		createExtendedMetaDataAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http:///org/eclipse/emf/ecore/util/ExtendedMetaData</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createExtendedMetaDataAnnotations()
	{
		String source = "http:///org/eclipse/emf/ecore/util/ExtendedMetaData";
		addAnnotation
		  (emotionEDataType,
		   source,
		   new String[]
		   {
			   "baseType", "http://www.eclipse.org/emf/2003/XMLType#int",
			   "minInclusive", "-2",
			   "maxInclusive", "2"
		   });
		addAnnotation
		  (minutesEDataType,
		   source,
		   new String[]
		   {
			   "baseType", "http://www.eclipse.org/emf/2003/XMLType#int",
			   "minInclusive", "0"
		   });
		addAnnotation
		  (countEDataType,
		   source,
		   new String[]
		   {
			   "baseType", "http://www.eclipse.org/emf/2003/XMLType#int",
			   "minInclusive", "0"
		   });
	}

} //KlantreisPackageImpl
