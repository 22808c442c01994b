/**
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.voorbeeldstad.klantreis.voorbeeldstad;

import nl.klantreis.model.KlantreisPackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;

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
 * Voorbeeldstad's extension of the klantreis metamodel (a worked example for docs/extending.md): the inburgering's learning route of a persona, and the language café as a kind of touchpoint.
 * <!-- end-model-doc -->
 * @see nl.voorbeeldstad.klantreis.voorbeeldstad.VoorbeeldstadFactory
 * @model kind="package"
 * @generated
 */
public interface VoorbeeldstadPackage extends EPackage
{
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "voorbeeldstad";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "https://voorbeeldstad.example/klantreis/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "voorbeeldstad";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	VoorbeeldstadPackage eINSTANCE = nl.voorbeeldstad.klantreis.voorbeeldstad.impl.VoorbeeldstadPackageImpl.init();

	/**
	 * The meta object id for the '{@link nl.voorbeeldstad.klantreis.voorbeeldstad.impl.LearnerPersonaImpl <em>Learner Persona</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.voorbeeldstad.klantreis.voorbeeldstad.impl.LearnerPersonaImpl
	 * @see nl.voorbeeldstad.klantreis.voorbeeldstad.impl.VoorbeeldstadPackageImpl#getLearnerPersona()
	 * @generated
	 */
	int LEARNER_PERSONA = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNER_PERSONA__ID = KlantreisPackage.PERSONA__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNER_PERSONA__NAME = KlantreisPackage.PERSONA__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNER_PERSONA__DESCRIPTION = KlantreisPackage.PERSONA__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Country Of Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNER_PERSONA__COUNTRY_OF_ORIGIN = KlantreisPackage.PERSONA__COUNTRY_OF_ORIGIN;

	/**
	 * The feature id for the '<em><b>Languages</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNER_PERSONA__LANGUAGES = KlantreisPackage.PERSONA__LANGUAGES;

	/**
	 * The feature id for the '<em><b>Dutch Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNER_PERSONA__DUTCH_LEVEL = KlantreisPackage.PERSONA__DUTCH_LEVEL;

	/**
	 * The feature id for the '<em><b>Literacy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNER_PERSONA__LITERACY = KlantreisPackage.PERSONA__LITERACY;

	/**
	 * The feature id for the '<em><b>Health Literacy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNER_PERSONA__HEALTH_LITERACY = KlantreisPackage.PERSONA__HEALTH_LITERACY;

	/**
	 * The feature id for the '<em><b>Digital Skills</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNER_PERSONA__DIGITAL_SKILLS = KlantreisPackage.PERSONA__DIGITAL_SKILLS;

	/**
	 * The feature id for the '<em><b>Household</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNER_PERSONA__HOUSEHOLD = KlantreisPackage.PERSONA__HOUSEHOLD;

	/**
	 * The feature id for the '<em><b>Gender</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNER_PERSONA__GENDER = KlantreisPackage.PERSONA__GENDER;

	/**
	 * The feature id for the '<em><b>Concerns</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNER_PERSONA__CONCERNS = KlantreisPackage.PERSONA__CONCERNS;

	/**
	 * The feature id for the '<em><b>Learning Route</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNER_PERSONA__LEARNING_ROUTE = KlantreisPackage.PERSONA_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Learner Persona</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNER_PERSONA_FEATURE_COUNT = KlantreisPackage.PERSONA_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Learner Persona</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNER_PERSONA_OPERATION_COUNT = KlantreisPackage.PERSONA_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.voorbeeldstad.klantreis.voorbeeldstad.impl.LanguageCafeImpl <em>Language Cafe</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.voorbeeldstad.klantreis.voorbeeldstad.impl.LanguageCafeImpl
	 * @see nl.voorbeeldstad.klantreis.voorbeeldstad.impl.VoorbeeldstadPackageImpl#getLanguageCafe()
	 * @generated
	 */
	int LANGUAGE_CAFE = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANGUAGE_CAFE__ID = KlantreisPackage.TOUCHPOINT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANGUAGE_CAFE__NAME = KlantreisPackage.TOUCHPOINT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANGUAGE_CAFE__DESCRIPTION = KlantreisPackage.TOUCHPOINT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Organisation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANGUAGE_CAFE__ORGANISATION = KlantreisPackage.TOUCHPOINT__ORGANISATION;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANGUAGE_CAFE__ROLE = KlantreisPackage.TOUCHPOINT__ROLE;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANGUAGE_CAFE__CHANNEL = KlantreisPackage.TOUCHPOINT__CHANNEL;

	/**
	 * The feature id for the '<em><b>Initiator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANGUAGE_CAFE__INITIATOR = KlantreisPackage.TOUCHPOINT__INITIATOR;

	/**
	 * The feature id for the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANGUAGE_CAFE__PURPOSE = KlantreisPackage.TOUCHPOINT__PURPOSE;

	/**
	 * The feature id for the '<em><b>Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANGUAGE_CAFE__DURATION = KlantreisPackage.TOUCHPOINT__DURATION;

	/**
	 * The feature id for the '<em><b>Interpreter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANGUAGE_CAFE__INTERPRETER = KlantreisPackage.TOUCHPOINT__INTERPRETER;

	/**
	 * The feature id for the '<em><b>Communication Forms</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANGUAGE_CAFE__COMMUNICATION_FORMS = KlantreisPackage.TOUCHPOINT__COMMUNICATION_FORMS;

	/**
	 * The feature id for the '<em><b>Understanding Checked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANGUAGE_CAFE__UNDERSTANDING_CHECKED = KlantreisPackage.TOUCHPOINT__UNDERSTANDING_CHECKED;

	/**
	 * The feature id for the '<em><b>Emotion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANGUAGE_CAFE__EMOTION = KlantreisPackage.TOUCHPOINT__EMOTION;

	/**
	 * The feature id for the '<em><b>Life Domains</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANGUAGE_CAFE__LIFE_DOMAINS = KlantreisPackage.TOUCHPOINT__LIFE_DOMAINS;

	/**
	 * The feature id for the '<em><b>Health Signal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANGUAGE_CAFE__HEALTH_SIGNAL = KlantreisPackage.TOUCHPOINT__HEALTH_SIGNAL;

	/**
	 * The feature id for the '<em><b>Key Persons</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANGUAGE_CAFE__KEY_PERSONS = KlantreisPackage.TOUCHPOINT__KEY_PERSONS;

	/**
	 * The feature id for the '<em><b>Group Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANGUAGE_CAFE__GROUP_SIZE = KlantreisPackage.TOUCHPOINT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Language Cafe</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANGUAGE_CAFE_FEATURE_COUNT = KlantreisPackage.TOUCHPOINT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Language Cafe</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANGUAGE_CAFE_OPERATION_COUNT = KlantreisPackage.TOUCHPOINT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.voorbeeldstad.klantreis.voorbeeldstad.LearningRoute <em>Learning Route</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.voorbeeldstad.klantreis.voorbeeldstad.LearningRoute
	 * @see nl.voorbeeldstad.klantreis.voorbeeldstad.impl.VoorbeeldstadPackageImpl#getLearningRoute()
	 * @generated
	 */
	int LEARNING_ROUTE = 2;

	/**
	 * The meta object id for the '<em>Group Size</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.voorbeeldstad.klantreis.voorbeeldstad.impl.VoorbeeldstadPackageImpl#getGroupSize()
	 * @generated
	 */
	int GROUP_SIZE = 3;


	/**
	 * Returns the meta object for class '{@link nl.voorbeeldstad.klantreis.voorbeeldstad.LearnerPersona <em>Learner Persona</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Learner Persona</em>'.
	 * @see nl.voorbeeldstad.klantreis.voorbeeldstad.LearnerPersona
	 * @generated
	 */
	EClass getLearnerPersona();

	/**
	 * Returns the meta object for the attribute '{@link nl.voorbeeldstad.klantreis.voorbeeldstad.LearnerPersona#getLearningRoute <em>Learning Route</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Learning Route</em>'.
	 * @see nl.voorbeeldstad.klantreis.voorbeeldstad.LearnerPersona#getLearningRoute()
	 * @see #getLearnerPersona()
	 * @generated
	 */
	EAttribute getLearnerPersona_LearningRoute();

	/**
	 * Returns the meta object for class '{@link nl.voorbeeldstad.klantreis.voorbeeldstad.LanguageCafe <em>Language Cafe</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Language Cafe</em>'.
	 * @see nl.voorbeeldstad.klantreis.voorbeeldstad.LanguageCafe
	 * @generated
	 */
	EClass getLanguageCafe();

	/**
	 * Returns the meta object for the attribute '{@link nl.voorbeeldstad.klantreis.voorbeeldstad.LanguageCafe#getGroupSize <em>Group Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group Size</em>'.
	 * @see nl.voorbeeldstad.klantreis.voorbeeldstad.LanguageCafe#getGroupSize()
	 * @see #getLanguageCafe()
	 * @generated
	 */
	EAttribute getLanguageCafe_GroupSize();

	/**
	 * Returns the meta object for enum '{@link nl.voorbeeldstad.klantreis.voorbeeldstad.LearningRoute <em>Learning Route</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Learning Route</em>'.
	 * @see nl.voorbeeldstad.klantreis.voorbeeldstad.LearningRoute
	 * @generated
	 */
	EEnum getLearningRoute();

	/**
	 * Returns the meta object for data type '<em>Group Size</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A number of people in a group: 1 or more.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Group Size</em>'.
	 * @model instanceClass="int"
	 *        extendedMetaData="baseType='http://www.eclipse.org/emf/2003/XMLType#int' minInclusive='1'"
	 * @generated
	 */
	EDataType getGroupSize();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	VoorbeeldstadFactory getVoorbeeldstadFactory();

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
		 * The meta object literal for the '{@link nl.voorbeeldstad.klantreis.voorbeeldstad.impl.LearnerPersonaImpl <em>Learner Persona</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.voorbeeldstad.klantreis.voorbeeldstad.impl.LearnerPersonaImpl
		 * @see nl.voorbeeldstad.klantreis.voorbeeldstad.impl.VoorbeeldstadPackageImpl#getLearnerPersona()
		 * @generated
		 */
		EClass LEARNER_PERSONA = eINSTANCE.getLearnerPersona();

		/**
		 * The meta object literal for the '<em><b>Learning Route</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNER_PERSONA__LEARNING_ROUTE = eINSTANCE.getLearnerPersona_LearningRoute();

		/**
		 * The meta object literal for the '{@link nl.voorbeeldstad.klantreis.voorbeeldstad.impl.LanguageCafeImpl <em>Language Cafe</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.voorbeeldstad.klantreis.voorbeeldstad.impl.LanguageCafeImpl
		 * @see nl.voorbeeldstad.klantreis.voorbeeldstad.impl.VoorbeeldstadPackageImpl#getLanguageCafe()
		 * @generated
		 */
		EClass LANGUAGE_CAFE = eINSTANCE.getLanguageCafe();

		/**
		 * The meta object literal for the '<em><b>Group Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LANGUAGE_CAFE__GROUP_SIZE = eINSTANCE.getLanguageCafe_GroupSize();

		/**
		 * The meta object literal for the '{@link nl.voorbeeldstad.klantreis.voorbeeldstad.LearningRoute <em>Learning Route</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.voorbeeldstad.klantreis.voorbeeldstad.LearningRoute
		 * @see nl.voorbeeldstad.klantreis.voorbeeldstad.impl.VoorbeeldstadPackageImpl#getLearningRoute()
		 * @generated
		 */
		EEnum LEARNING_ROUTE = eINSTANCE.getLearningRoute();

		/**
		 * The meta object literal for the '<em>Group Size</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.voorbeeldstad.klantreis.voorbeeldstad.impl.VoorbeeldstadPackageImpl#getGroupSize()
		 * @generated
		 */
		EDataType GROUP_SIZE = eINSTANCE.getGroupSize();

	}

} //VoorbeeldstadPackage
