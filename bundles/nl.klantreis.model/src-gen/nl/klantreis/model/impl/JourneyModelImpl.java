/**
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.model.impl;

import java.util.Collection;

import nl.klantreis.model.Journey;
import nl.klantreis.model.JourneyModel;
import nl.klantreis.model.KeyPerson;
import nl.klantreis.model.KlantreisPackage;
import nl.klantreis.model.Organisation;
import nl.klantreis.model.Persona;
import nl.klantreis.model.RuleSetting;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Journey Model</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.klantreis.model.impl.JourneyModelImpl#getOrganisations <em>Organisations</em>}</li>
 *   <li>{@link nl.klantreis.model.impl.JourneyModelImpl#getPersonas <em>Personas</em>}</li>
 *   <li>{@link nl.klantreis.model.impl.JourneyModelImpl#getKeyPersons <em>Key Persons</em>}</li>
 *   <li>{@link nl.klantreis.model.impl.JourneyModelImpl#getJourneys <em>Journeys</em>}</li>
 *   <li>{@link nl.klantreis.model.impl.JourneyModelImpl#getRuleSettings <em>Rule Settings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class JourneyModelImpl extends NamedElementImpl implements JourneyModel
{
	/**
	 * The cached value of the '{@link #getOrganisations() <em>Organisations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganisations()
	 * @generated
	 * @ordered
	 */
	protected EList<Organisation> organisations;

	/**
	 * The cached value of the '{@link #getPersonas() <em>Personas</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersonas()
	 * @generated
	 * @ordered
	 */
	protected EList<Persona> personas;

	/**
	 * The cached value of the '{@link #getKeyPersons() <em>Key Persons</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeyPersons()
	 * @generated
	 * @ordered
	 */
	protected EList<KeyPerson> keyPersons;

	/**
	 * The cached value of the '{@link #getJourneys() <em>Journeys</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJourneys()
	 * @generated
	 * @ordered
	 */
	protected EList<Journey> journeys;

	/**
	 * The cached value of the '{@link #getRuleSettings() <em>Rule Settings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuleSettings()
	 * @generated
	 * @ordered
	 */
	protected EList<RuleSetting> ruleSettings;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected JourneyModelImpl()
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
		return KlantreisPackage.Literals.JOURNEY_MODEL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Organisation> getOrganisations()
	{
		if (organisations == null)
		{
			organisations = new EObjectContainmentEList<Organisation>(Organisation.class, this, KlantreisPackage.JOURNEY_MODEL__ORGANISATIONS);
		}
		return organisations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Persona> getPersonas()
	{
		if (personas == null)
		{
			personas = new EObjectContainmentEList<Persona>(Persona.class, this, KlantreisPackage.JOURNEY_MODEL__PERSONAS);
		}
		return personas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<KeyPerson> getKeyPersons()
	{
		if (keyPersons == null)
		{
			keyPersons = new EObjectContainmentEList<KeyPerson>(KeyPerson.class, this, KlantreisPackage.JOURNEY_MODEL__KEY_PERSONS);
		}
		return keyPersons;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Journey> getJourneys()
	{
		if (journeys == null)
		{
			journeys = new EObjectContainmentEList<Journey>(Journey.class, this, KlantreisPackage.JOURNEY_MODEL__JOURNEYS);
		}
		return journeys;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RuleSetting> getRuleSettings()
	{
		if (ruleSettings == null)
		{
			ruleSettings = new EObjectContainmentEList<RuleSetting>(RuleSetting.class, this, KlantreisPackage.JOURNEY_MODEL__RULE_SETTINGS);
		}
		return ruleSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case KlantreisPackage.JOURNEY_MODEL__ORGANISATIONS:
				return ((InternalEList<?>)getOrganisations()).basicRemove(otherEnd, msgs);
			case KlantreisPackage.JOURNEY_MODEL__PERSONAS:
				return ((InternalEList<?>)getPersonas()).basicRemove(otherEnd, msgs);
			case KlantreisPackage.JOURNEY_MODEL__KEY_PERSONS:
				return ((InternalEList<?>)getKeyPersons()).basicRemove(otherEnd, msgs);
			case KlantreisPackage.JOURNEY_MODEL__JOURNEYS:
				return ((InternalEList<?>)getJourneys()).basicRemove(otherEnd, msgs);
			case KlantreisPackage.JOURNEY_MODEL__RULE_SETTINGS:
				return ((InternalEList<?>)getRuleSettings()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
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
			case KlantreisPackage.JOURNEY_MODEL__ORGANISATIONS:
				return getOrganisations();
			case KlantreisPackage.JOURNEY_MODEL__PERSONAS:
				return getPersonas();
			case KlantreisPackage.JOURNEY_MODEL__KEY_PERSONS:
				return getKeyPersons();
			case KlantreisPackage.JOURNEY_MODEL__JOURNEYS:
				return getJourneys();
			case KlantreisPackage.JOURNEY_MODEL__RULE_SETTINGS:
				return getRuleSettings();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case KlantreisPackage.JOURNEY_MODEL__ORGANISATIONS:
				getOrganisations().clear();
				getOrganisations().addAll((Collection<? extends Organisation>)newValue);
				return;
			case KlantreisPackage.JOURNEY_MODEL__PERSONAS:
				getPersonas().clear();
				getPersonas().addAll((Collection<? extends Persona>)newValue);
				return;
			case KlantreisPackage.JOURNEY_MODEL__KEY_PERSONS:
				getKeyPersons().clear();
				getKeyPersons().addAll((Collection<? extends KeyPerson>)newValue);
				return;
			case KlantreisPackage.JOURNEY_MODEL__JOURNEYS:
				getJourneys().clear();
				getJourneys().addAll((Collection<? extends Journey>)newValue);
				return;
			case KlantreisPackage.JOURNEY_MODEL__RULE_SETTINGS:
				getRuleSettings().clear();
				getRuleSettings().addAll((Collection<? extends RuleSetting>)newValue);
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
			case KlantreisPackage.JOURNEY_MODEL__ORGANISATIONS:
				getOrganisations().clear();
				return;
			case KlantreisPackage.JOURNEY_MODEL__PERSONAS:
				getPersonas().clear();
				return;
			case KlantreisPackage.JOURNEY_MODEL__KEY_PERSONS:
				getKeyPersons().clear();
				return;
			case KlantreisPackage.JOURNEY_MODEL__JOURNEYS:
				getJourneys().clear();
				return;
			case KlantreisPackage.JOURNEY_MODEL__RULE_SETTINGS:
				getRuleSettings().clear();
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
			case KlantreisPackage.JOURNEY_MODEL__ORGANISATIONS:
				return organisations != null && !organisations.isEmpty();
			case KlantreisPackage.JOURNEY_MODEL__PERSONAS:
				return personas != null && !personas.isEmpty();
			case KlantreisPackage.JOURNEY_MODEL__KEY_PERSONS:
				return keyPersons != null && !keyPersons.isEmpty();
			case KlantreisPackage.JOURNEY_MODEL__JOURNEYS:
				return journeys != null && !journeys.isEmpty();
			case KlantreisPackage.JOURNEY_MODEL__RULE_SETTINGS:
				return ruleSettings != null && !ruleSettings.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //JourneyModelImpl
