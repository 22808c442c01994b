/**
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.voorbeeldstad.klantreis.voorbeeldstad.impl;

import nl.voorbeeldstad.klantreis.voorbeeldstad.*;

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
public class VoorbeeldstadFactoryImpl extends EFactoryImpl implements VoorbeeldstadFactory
{
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static VoorbeeldstadFactory init()
	{
		try
		{
			VoorbeeldstadFactory theVoorbeeldstadFactory = (VoorbeeldstadFactory)EPackage.Registry.INSTANCE.getEFactory(VoorbeeldstadPackage.eNS_URI);
			if (theVoorbeeldstadFactory != null)
			{
				return theVoorbeeldstadFactory;
			}
		}
		catch (Exception exception)
		{
			EcorePlugin.INSTANCE.log(exception);
		}
		return new VoorbeeldstadFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VoorbeeldstadFactoryImpl()
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
			case VoorbeeldstadPackage.LEARNER_PERSONA: return createLearnerPersona();
			case VoorbeeldstadPackage.LANGUAGE_CAFE: return createLanguageCafe();
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
			case VoorbeeldstadPackage.LEARNING_ROUTE:
				return createLearningRouteFromString(eDataType, initialValue);
			case VoorbeeldstadPackage.GROUP_SIZE:
				return createGroupSizeFromString(eDataType, initialValue);
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
			case VoorbeeldstadPackage.LEARNING_ROUTE:
				return convertLearningRouteToString(eDataType, instanceValue);
			case VoorbeeldstadPackage.GROUP_SIZE:
				return convertGroupSizeToString(eDataType, instanceValue);
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
	public LearnerPersona createLearnerPersona()
	{
		LearnerPersonaImpl learnerPersona = new LearnerPersonaImpl();
		return learnerPersona;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LanguageCafe createLanguageCafe()
	{
		LanguageCafeImpl languageCafe = new LanguageCafeImpl();
		return languageCafe;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LearningRoute createLearningRouteFromString(EDataType eDataType, String initialValue)
	{
		LearningRoute result = LearningRoute.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLearningRouteToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Integer createGroupSizeFromString(EDataType eDataType, String initialValue)
	{
		return (Integer)XMLTypeFactory.eINSTANCE.createFromString(XMLTypePackage.Literals.INT, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertGroupSizeToString(EDataType eDataType, Object instanceValue)
	{
		return XMLTypeFactory.eINSTANCE.convertToString(XMLTypePackage.Literals.INT, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VoorbeeldstadPackage getVoorbeeldstadPackage()
	{
		return (VoorbeeldstadPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static VoorbeeldstadPackage getPackage()
	{
		return VoorbeeldstadPackage.eINSTANCE;
	}

} //VoorbeeldstadFactoryImpl
