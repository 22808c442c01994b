/**
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.voorbeeldstad.klantreis.voorbeeldstad.impl;

import nl.klantreis.model.KlantreisPackage;

import nl.voorbeeldstad.klantreis.voorbeeldstad.LanguageCafe;
import nl.voorbeeldstad.klantreis.voorbeeldstad.LearnerPersona;
import nl.voorbeeldstad.klantreis.voorbeeldstad.LearningRoute;
import nl.voorbeeldstad.klantreis.voorbeeldstad.VoorbeeldstadFactory;
import nl.voorbeeldstad.klantreis.voorbeeldstad.VoorbeeldstadPackage;

import nl.voorbeeldstad.klantreis.voorbeeldstad.util.VoorbeeldstadValidator;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class VoorbeeldstadPackageImpl extends EPackageImpl implements VoorbeeldstadPackage
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass learnerPersonaEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass languageCafeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum learningRouteEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType groupSizeEDataType = null;

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
	 * @see nl.voorbeeldstad.klantreis.voorbeeldstad.VoorbeeldstadPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private VoorbeeldstadPackageImpl()
	{
		super(eNS_URI, VoorbeeldstadFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link VoorbeeldstadPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static VoorbeeldstadPackage init()
	{
		if (isInited) return (VoorbeeldstadPackage)EPackage.Registry.INSTANCE.getEPackage(VoorbeeldstadPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredVoorbeeldstadPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		VoorbeeldstadPackageImpl theVoorbeeldstadPackage = registeredVoorbeeldstadPackage instanceof VoorbeeldstadPackageImpl ? (VoorbeeldstadPackageImpl)registeredVoorbeeldstadPackage : new VoorbeeldstadPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		KlantreisPackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theVoorbeeldstadPackage.createPackageContents();

		// Initialize created meta-data
		theVoorbeeldstadPackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(theVoorbeeldstadPackage,
			 new EValidator.Descriptor()
			 {
				 @Override
				 public EValidator getEValidator()
				 {
					 return VoorbeeldstadValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		theVoorbeeldstadPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(VoorbeeldstadPackage.eNS_URI, theVoorbeeldstadPackage);
		return theVoorbeeldstadPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLearnerPersona()
	{
		return learnerPersonaEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearnerPersona_LearningRoute()
	{
		return (EAttribute)learnerPersonaEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLanguageCafe()
	{
		return languageCafeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLanguageCafe_GroupSize()
	{
		return (EAttribute)languageCafeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLearningRoute()
	{
		return learningRouteEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getGroupSize()
	{
		return groupSizeEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VoorbeeldstadFactory getVoorbeeldstadFactory()
	{
		return (VoorbeeldstadFactory)getEFactoryInstance();
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
		learnerPersonaEClass = createEClass(LEARNER_PERSONA);
		createEAttribute(learnerPersonaEClass, LEARNER_PERSONA__LEARNING_ROUTE);

		languageCafeEClass = createEClass(LANGUAGE_CAFE);
		createEAttribute(languageCafeEClass, LANGUAGE_CAFE__GROUP_SIZE);

		// Create enums
		learningRouteEEnum = createEEnum(LEARNING_ROUTE);

		// Create data types
		groupSizeEDataType = createEDataType(GROUP_SIZE);
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

		// Obtain other dependent packages
		KlantreisPackage theKlantreisPackage = (KlantreisPackage)EPackage.Registry.INSTANCE.getEPackage(KlantreisPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		learnerPersonaEClass.getESuperTypes().add(theKlantreisPackage.getPersona());
		languageCafeEClass.getESuperTypes().add(theKlantreisPackage.getTouchpoint());

		// Initialize classes, features, and operations; add parameters
		initEClass(learnerPersonaEClass, LearnerPersona.class, "LearnerPersona", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLearnerPersona_LearningRoute(), this.getLearningRoute(), "learningRoute", null, 0, 1, LearnerPersona.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(languageCafeEClass, LanguageCafe.class, "LanguageCafe", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLanguageCafe_GroupSize(), this.getGroupSize(), "groupSize", null, 0, 1, LanguageCafe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(learningRouteEEnum, LearningRoute.class, "LearningRoute");
		addEEnumLiteral(learningRouteEEnum, LearningRoute.B1);
		addEEnumLiteral(learningRouteEEnum, LearningRoute.EDUCATION);
		addEEnumLiteral(learningRouteEEnum, LearningRoute.SELF_RELIANCE);

		// Initialize data types
		initEDataType(groupSizeEDataType, int.class, "GroupSize", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

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
		  (groupSizeEDataType,
		   source,
		   new String[]
		   {
			   "baseType", "http://www.eclipse.org/emf/2003/XMLType#int",
			   "minInclusive", "1"
		   });
	}

} //VoorbeeldstadPackageImpl
