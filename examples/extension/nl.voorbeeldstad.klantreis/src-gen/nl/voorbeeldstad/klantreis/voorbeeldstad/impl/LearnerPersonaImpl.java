/**
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.voorbeeldstad.klantreis.voorbeeldstad.impl;

import nl.klantreis.model.impl.PersonaImpl;

import nl.voorbeeldstad.klantreis.voorbeeldstad.LearnerPersona;
import nl.voorbeeldstad.klantreis.voorbeeldstad.LearningRoute;
import nl.voorbeeldstad.klantreis.voorbeeldstad.VoorbeeldstadPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Learner Persona</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.voorbeeldstad.klantreis.voorbeeldstad.impl.LearnerPersonaImpl#getLearningRoute <em>Learning Route</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LearnerPersonaImpl extends PersonaImpl implements LearnerPersona
{
	/**
	 * The default value of the '{@link #getLearningRoute() <em>Learning Route</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLearningRoute()
	 * @generated
	 * @ordered
	 */
	protected static final LearningRoute LEARNING_ROUTE_EDEFAULT = LearningRoute.B1;

	/**
	 * The cached value of the '{@link #getLearningRoute() <em>Learning Route</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLearningRoute()
	 * @generated
	 * @ordered
	 */
	protected LearningRoute learningRoute = LEARNING_ROUTE_EDEFAULT;

	/**
	 * This is true if the Learning Route attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean learningRouteESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LearnerPersonaImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass()
	{
		return VoorbeeldstadPackage.Literals.LEARNER_PERSONA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LearningRoute getLearningRoute()
	{
		return learningRoute;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLearningRoute(LearningRoute newLearningRoute)
	{
		LearningRoute oldLearningRoute = learningRoute;
		learningRoute = newLearningRoute == null ? LEARNING_ROUTE_EDEFAULT : newLearningRoute;
		boolean oldLearningRouteESet = learningRouteESet;
		learningRouteESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VoorbeeldstadPackage.LEARNER_PERSONA__LEARNING_ROUTE, oldLearningRoute, learningRoute, !oldLearningRouteESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetLearningRoute()
	{
		LearningRoute oldLearningRoute = learningRoute;
		boolean oldLearningRouteESet = learningRouteESet;
		learningRoute = LEARNING_ROUTE_EDEFAULT;
		learningRouteESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, VoorbeeldstadPackage.LEARNER_PERSONA__LEARNING_ROUTE, oldLearningRoute, LEARNING_ROUTE_EDEFAULT, oldLearningRouteESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetLearningRoute()
	{
		return learningRouteESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType)
	{
		switch (featureID)
		{
			case VoorbeeldstadPackage.LEARNER_PERSONA__LEARNING_ROUTE:
				return getLearningRoute();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case VoorbeeldstadPackage.LEARNER_PERSONA__LEARNING_ROUTE:
				setLearningRoute((LearningRoute)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID)
	{
		switch (featureID)
		{
			case VoorbeeldstadPackage.LEARNER_PERSONA__LEARNING_ROUTE:
				unsetLearningRoute();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID)
	{
		switch (featureID)
		{
			case VoorbeeldstadPackage.LEARNER_PERSONA__LEARNING_ROUTE:
				return isSetLearningRoute();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (learningRoute: ");
		if (learningRouteESet) result.append(learningRoute); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //LearnerPersonaImpl
