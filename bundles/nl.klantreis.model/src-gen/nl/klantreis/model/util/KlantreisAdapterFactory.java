/**
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.model.util;

import nl.klantreis.model.*;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see nl.klantreis.model.KlantreisPackage
 * @generated
 */
public class KlantreisAdapterFactory extends AdapterFactoryImpl
{
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static KlantreisPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public KlantreisAdapterFactory()
	{
		if (modelPackage == null)
		{
			modelPackage = KlantreisPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object)
	{
		if (object == modelPackage)
		{
			return true;
		}
		if (object instanceof EObject)
		{
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected KlantreisSwitch<Adapter> modelSwitch =
		new KlantreisSwitch<Adapter>()
		{
			@Override
			public Adapter caseNamedElement(NamedElement object)
			{
				return createNamedElementAdapter();
			}
			@Override
			public Adapter caseJourneyModel(JourneyModel object)
			{
				return createJourneyModelAdapter();
			}
			@Override
			public Adapter caseJourney(Journey object)
			{
				return createJourneyAdapter();
			}
			@Override
			public Adapter caseLifeEvent(LifeEvent object)
			{
				return createLifeEventAdapter();
			}
			@Override
			public Adapter casePhase(Phase object)
			{
				return createPhaseAdapter();
			}
			@Override
			public Adapter caseTouchpoint(Touchpoint object)
			{
				return createTouchpointAdapter();
			}
			@Override
			public Adapter caseHandover(Handover object)
			{
				return createHandoverAdapter();
			}
			@Override
			public Adapter caseOrganisation(Organisation object)
			{
				return createOrganisationAdapter();
			}
			@Override
			public Adapter caseStaffGroup(StaffGroup object)
			{
				return createStaffGroupAdapter();
			}
			@Override
			public Adapter casePersona(Persona object)
			{
				return createPersonaAdapter();
			}
			@Override
			public Adapter caseKeyPerson(KeyPerson object)
			{
				return createKeyPersonAdapter();
			}
			@Override
			public Adapter casePainPoint(PainPoint object)
			{
				return createPainPointAdapter();
			}
			@Override
			public Adapter caseImprovement(Improvement object)
			{
				return createImprovementAdapter();
			}
			@Override
			public Adapter caseRuleSetting(RuleSetting object)
			{
				return createRuleSettingAdapter();
			}
			@Override
			public Adapter caseRuleParameter(RuleParameter object)
			{
				return createRuleParameterAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object)
			{
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target)
	{
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link nl.klantreis.model.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.klantreis.model.NamedElement
	 * @generated
	 */
	public Adapter createNamedElementAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.klantreis.model.JourneyModel <em>Journey Model</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.klantreis.model.JourneyModel
	 * @generated
	 */
	public Adapter createJourneyModelAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.klantreis.model.Journey <em>Journey</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.klantreis.model.Journey
	 * @generated
	 */
	public Adapter createJourneyAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.klantreis.model.LifeEvent <em>Life Event</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.klantreis.model.LifeEvent
	 * @generated
	 */
	public Adapter createLifeEventAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.klantreis.model.Phase <em>Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.klantreis.model.Phase
	 * @generated
	 */
	public Adapter createPhaseAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.klantreis.model.Touchpoint <em>Touchpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.klantreis.model.Touchpoint
	 * @generated
	 */
	public Adapter createTouchpointAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.klantreis.model.Handover <em>Handover</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.klantreis.model.Handover
	 * @generated
	 */
	public Adapter createHandoverAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.klantreis.model.Organisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.klantreis.model.Organisation
	 * @generated
	 */
	public Adapter createOrganisationAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.klantreis.model.StaffGroup <em>Staff Group</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.klantreis.model.StaffGroup
	 * @generated
	 */
	public Adapter createStaffGroupAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.klantreis.model.Persona <em>Persona</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.klantreis.model.Persona
	 * @generated
	 */
	public Adapter createPersonaAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.klantreis.model.KeyPerson <em>Key Person</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.klantreis.model.KeyPerson
	 * @generated
	 */
	public Adapter createKeyPersonAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.klantreis.model.PainPoint <em>Pain Point</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.klantreis.model.PainPoint
	 * @generated
	 */
	public Adapter createPainPointAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.klantreis.model.Improvement <em>Improvement</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.klantreis.model.Improvement
	 * @generated
	 */
	public Adapter createImprovementAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.klantreis.model.RuleSetting <em>Rule Setting</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.klantreis.model.RuleSetting
	 * @generated
	 */
	public Adapter createRuleSettingAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.klantreis.model.RuleParameter <em>Rule Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.klantreis.model.RuleParameter
	 * @generated
	 */
	public Adapter createRuleParameterAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter()
	{
		return null;
	}

} //KlantreisAdapterFactory
