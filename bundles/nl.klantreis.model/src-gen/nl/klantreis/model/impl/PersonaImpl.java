/**
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.model.impl;

import java.util.Collection;

import nl.klantreis.model.DutchLevel;
import nl.klantreis.model.Gender;
import nl.klantreis.model.Household;
import nl.klantreis.model.KlantreisPackage;
import nl.klantreis.model.Persona;
import nl.klantreis.model.SkillLevel;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Persona</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.klantreis.model.impl.PersonaImpl#getCountryOfOrigin <em>Country Of Origin</em>}</li>
 *   <li>{@link nl.klantreis.model.impl.PersonaImpl#getLanguages <em>Languages</em>}</li>
 *   <li>{@link nl.klantreis.model.impl.PersonaImpl#getDutchLevel <em>Dutch Level</em>}</li>
 *   <li>{@link nl.klantreis.model.impl.PersonaImpl#getLiteracy <em>Literacy</em>}</li>
 *   <li>{@link nl.klantreis.model.impl.PersonaImpl#getHealthLiteracy <em>Health Literacy</em>}</li>
 *   <li>{@link nl.klantreis.model.impl.PersonaImpl#getDigitalSkills <em>Digital Skills</em>}</li>
 *   <li>{@link nl.klantreis.model.impl.PersonaImpl#getHousehold <em>Household</em>}</li>
 *   <li>{@link nl.klantreis.model.impl.PersonaImpl#getGender <em>Gender</em>}</li>
 *   <li>{@link nl.klantreis.model.impl.PersonaImpl#getConcerns <em>Concerns</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PersonaImpl extends NamedElementImpl implements Persona
{
	/**
	 * The default value of the '{@link #getCountryOfOrigin() <em>Country Of Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountryOfOrigin()
	 * @generated
	 * @ordered
	 */
	protected static final String COUNTRY_OF_ORIGIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCountryOfOrigin() <em>Country Of Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountryOfOrigin()
	 * @generated
	 * @ordered
	 */
	protected String countryOfOrigin = COUNTRY_OF_ORIGIN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLanguages() <em>Languages</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguages()
	 * @generated
	 * @ordered
	 */
	protected EList<String> languages;

	/**
	 * The default value of the '{@link #getDutchLevel() <em>Dutch Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDutchLevel()
	 * @generated
	 * @ordered
	 */
	protected static final DutchLevel DUTCH_LEVEL_EDEFAULT = DutchLevel.NONE;

	/**
	 * The cached value of the '{@link #getDutchLevel() <em>Dutch Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDutchLevel()
	 * @generated
	 * @ordered
	 */
	protected DutchLevel dutchLevel = DUTCH_LEVEL_EDEFAULT;

	/**
	 * This is true if the Dutch Level attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean dutchLevelESet;

	/**
	 * The default value of the '{@link #getLiteracy() <em>Literacy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLiteracy()
	 * @generated
	 * @ordered
	 */
	protected static final SkillLevel LITERACY_EDEFAULT = SkillLevel.UNKNOWN;

	/**
	 * The cached value of the '{@link #getLiteracy() <em>Literacy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLiteracy()
	 * @generated
	 * @ordered
	 */
	protected SkillLevel literacy = LITERACY_EDEFAULT;

	/**
	 * This is true if the Literacy attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean literacyESet;

	/**
	 * The default value of the '{@link #getHealthLiteracy() <em>Health Literacy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHealthLiteracy()
	 * @generated
	 * @ordered
	 */
	protected static final SkillLevel HEALTH_LITERACY_EDEFAULT = SkillLevel.UNKNOWN;

	/**
	 * The cached value of the '{@link #getHealthLiteracy() <em>Health Literacy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHealthLiteracy()
	 * @generated
	 * @ordered
	 */
	protected SkillLevel healthLiteracy = HEALTH_LITERACY_EDEFAULT;

	/**
	 * This is true if the Health Literacy attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean healthLiteracyESet;

	/**
	 * The default value of the '{@link #getDigitalSkills() <em>Digital Skills</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDigitalSkills()
	 * @generated
	 * @ordered
	 */
	protected static final SkillLevel DIGITAL_SKILLS_EDEFAULT = SkillLevel.UNKNOWN;

	/**
	 * The cached value of the '{@link #getDigitalSkills() <em>Digital Skills</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDigitalSkills()
	 * @generated
	 * @ordered
	 */
	protected SkillLevel digitalSkills = DIGITAL_SKILLS_EDEFAULT;

	/**
	 * This is true if the Digital Skills attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean digitalSkillsESet;

	/**
	 * The default value of the '{@link #getHousehold() <em>Household</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHousehold()
	 * @generated
	 * @ordered
	 */
	protected static final Household HOUSEHOLD_EDEFAULT = Household.SINGLE;

	/**
	 * The cached value of the '{@link #getHousehold() <em>Household</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHousehold()
	 * @generated
	 * @ordered
	 */
	protected Household household = HOUSEHOLD_EDEFAULT;

	/**
	 * This is true if the Household attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean householdESet;

	/**
	 * The default value of the '{@link #getGender() <em>Gender</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGender()
	 * @generated
	 * @ordered
	 */
	protected static final Gender GENDER_EDEFAULT = Gender.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getGender() <em>Gender</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGender()
	 * @generated
	 * @ordered
	 */
	protected Gender gender = GENDER_EDEFAULT;

	/**
	 * This is true if the Gender attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean genderESet;

	/**
	 * The cached value of the '{@link #getConcerns() <em>Concerns</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConcerns()
	 * @generated
	 * @ordered
	 */
	protected EList<String> concerns;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PersonaImpl()
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
		return KlantreisPackage.Literals.PERSONA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCountryOfOrigin()
	{
		return countryOfOrigin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCountryOfOrigin(String newCountryOfOrigin)
	{
		String oldCountryOfOrigin = countryOfOrigin;
		countryOfOrigin = newCountryOfOrigin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KlantreisPackage.PERSONA__COUNTRY_OF_ORIGIN, oldCountryOfOrigin, countryOfOrigin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getLanguages()
	{
		if (languages == null)
		{
			languages = new EDataTypeUniqueEList<String>(String.class, this, KlantreisPackage.PERSONA__LANGUAGES);
		}
		return languages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DutchLevel getDutchLevel()
	{
		return dutchLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDutchLevel(DutchLevel newDutchLevel)
	{
		DutchLevel oldDutchLevel = dutchLevel;
		dutchLevel = newDutchLevel == null ? DUTCH_LEVEL_EDEFAULT : newDutchLevel;
		boolean oldDutchLevelESet = dutchLevelESet;
		dutchLevelESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KlantreisPackage.PERSONA__DUTCH_LEVEL, oldDutchLevel, dutchLevel, !oldDutchLevelESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetDutchLevel()
	{
		DutchLevel oldDutchLevel = dutchLevel;
		boolean oldDutchLevelESet = dutchLevelESet;
		dutchLevel = DUTCH_LEVEL_EDEFAULT;
		dutchLevelESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, KlantreisPackage.PERSONA__DUTCH_LEVEL, oldDutchLevel, DUTCH_LEVEL_EDEFAULT, oldDutchLevelESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetDutchLevel()
	{
		return dutchLevelESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SkillLevel getLiteracy()
	{
		return literacy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLiteracy(SkillLevel newLiteracy)
	{
		SkillLevel oldLiteracy = literacy;
		literacy = newLiteracy == null ? LITERACY_EDEFAULT : newLiteracy;
		boolean oldLiteracyESet = literacyESet;
		literacyESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KlantreisPackage.PERSONA__LITERACY, oldLiteracy, literacy, !oldLiteracyESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetLiteracy()
	{
		SkillLevel oldLiteracy = literacy;
		boolean oldLiteracyESet = literacyESet;
		literacy = LITERACY_EDEFAULT;
		literacyESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, KlantreisPackage.PERSONA__LITERACY, oldLiteracy, LITERACY_EDEFAULT, oldLiteracyESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetLiteracy()
	{
		return literacyESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SkillLevel getHealthLiteracy()
	{
		return healthLiteracy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHealthLiteracy(SkillLevel newHealthLiteracy)
	{
		SkillLevel oldHealthLiteracy = healthLiteracy;
		healthLiteracy = newHealthLiteracy == null ? HEALTH_LITERACY_EDEFAULT : newHealthLiteracy;
		boolean oldHealthLiteracyESet = healthLiteracyESet;
		healthLiteracyESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KlantreisPackage.PERSONA__HEALTH_LITERACY, oldHealthLiteracy, healthLiteracy, !oldHealthLiteracyESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetHealthLiteracy()
	{
		SkillLevel oldHealthLiteracy = healthLiteracy;
		boolean oldHealthLiteracyESet = healthLiteracyESet;
		healthLiteracy = HEALTH_LITERACY_EDEFAULT;
		healthLiteracyESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, KlantreisPackage.PERSONA__HEALTH_LITERACY, oldHealthLiteracy, HEALTH_LITERACY_EDEFAULT, oldHealthLiteracyESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetHealthLiteracy()
	{
		return healthLiteracyESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SkillLevel getDigitalSkills()
	{
		return digitalSkills;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDigitalSkills(SkillLevel newDigitalSkills)
	{
		SkillLevel oldDigitalSkills = digitalSkills;
		digitalSkills = newDigitalSkills == null ? DIGITAL_SKILLS_EDEFAULT : newDigitalSkills;
		boolean oldDigitalSkillsESet = digitalSkillsESet;
		digitalSkillsESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KlantreisPackage.PERSONA__DIGITAL_SKILLS, oldDigitalSkills, digitalSkills, !oldDigitalSkillsESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetDigitalSkills()
	{
		SkillLevel oldDigitalSkills = digitalSkills;
		boolean oldDigitalSkillsESet = digitalSkillsESet;
		digitalSkills = DIGITAL_SKILLS_EDEFAULT;
		digitalSkillsESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, KlantreisPackage.PERSONA__DIGITAL_SKILLS, oldDigitalSkills, DIGITAL_SKILLS_EDEFAULT, oldDigitalSkillsESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetDigitalSkills()
	{
		return digitalSkillsESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Household getHousehold()
	{
		return household;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHousehold(Household newHousehold)
	{
		Household oldHousehold = household;
		household = newHousehold == null ? HOUSEHOLD_EDEFAULT : newHousehold;
		boolean oldHouseholdESet = householdESet;
		householdESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KlantreisPackage.PERSONA__HOUSEHOLD, oldHousehold, household, !oldHouseholdESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetHousehold()
	{
		Household oldHousehold = household;
		boolean oldHouseholdESet = householdESet;
		household = HOUSEHOLD_EDEFAULT;
		householdESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, KlantreisPackage.PERSONA__HOUSEHOLD, oldHousehold, HOUSEHOLD_EDEFAULT, oldHouseholdESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetHousehold()
	{
		return householdESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Gender getGender()
	{
		return gender;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGender(Gender newGender)
	{
		Gender oldGender = gender;
		gender = newGender == null ? GENDER_EDEFAULT : newGender;
		boolean oldGenderESet = genderESet;
		genderESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KlantreisPackage.PERSONA__GENDER, oldGender, gender, !oldGenderESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetGender()
	{
		Gender oldGender = gender;
		boolean oldGenderESet = genderESet;
		gender = GENDER_EDEFAULT;
		genderESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, KlantreisPackage.PERSONA__GENDER, oldGender, GENDER_EDEFAULT, oldGenderESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetGender()
	{
		return genderESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getConcerns()
	{
		if (concerns == null)
		{
			concerns = new EDataTypeUniqueEList<String>(String.class, this, KlantreisPackage.PERSONA__CONCERNS);
		}
		return concerns;
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
			case KlantreisPackage.PERSONA__COUNTRY_OF_ORIGIN:
				return getCountryOfOrigin();
			case KlantreisPackage.PERSONA__LANGUAGES:
				return getLanguages();
			case KlantreisPackage.PERSONA__DUTCH_LEVEL:
				return getDutchLevel();
			case KlantreisPackage.PERSONA__LITERACY:
				return getLiteracy();
			case KlantreisPackage.PERSONA__HEALTH_LITERACY:
				return getHealthLiteracy();
			case KlantreisPackage.PERSONA__DIGITAL_SKILLS:
				return getDigitalSkills();
			case KlantreisPackage.PERSONA__HOUSEHOLD:
				return getHousehold();
			case KlantreisPackage.PERSONA__GENDER:
				return getGender();
			case KlantreisPackage.PERSONA__CONCERNS:
				return getConcerns();
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
			case KlantreisPackage.PERSONA__COUNTRY_OF_ORIGIN:
				setCountryOfOrigin((String)newValue);
				return;
			case KlantreisPackage.PERSONA__LANGUAGES:
				getLanguages().clear();
				getLanguages().addAll((Collection<? extends String>)newValue);
				return;
			case KlantreisPackage.PERSONA__DUTCH_LEVEL:
				setDutchLevel((DutchLevel)newValue);
				return;
			case KlantreisPackage.PERSONA__LITERACY:
				setLiteracy((SkillLevel)newValue);
				return;
			case KlantreisPackage.PERSONA__HEALTH_LITERACY:
				setHealthLiteracy((SkillLevel)newValue);
				return;
			case KlantreisPackage.PERSONA__DIGITAL_SKILLS:
				setDigitalSkills((SkillLevel)newValue);
				return;
			case KlantreisPackage.PERSONA__HOUSEHOLD:
				setHousehold((Household)newValue);
				return;
			case KlantreisPackage.PERSONA__GENDER:
				setGender((Gender)newValue);
				return;
			case KlantreisPackage.PERSONA__CONCERNS:
				getConcerns().clear();
				getConcerns().addAll((Collection<? extends String>)newValue);
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
			case KlantreisPackage.PERSONA__COUNTRY_OF_ORIGIN:
				setCountryOfOrigin(COUNTRY_OF_ORIGIN_EDEFAULT);
				return;
			case KlantreisPackage.PERSONA__LANGUAGES:
				getLanguages().clear();
				return;
			case KlantreisPackage.PERSONA__DUTCH_LEVEL:
				unsetDutchLevel();
				return;
			case KlantreisPackage.PERSONA__LITERACY:
				unsetLiteracy();
				return;
			case KlantreisPackage.PERSONA__HEALTH_LITERACY:
				unsetHealthLiteracy();
				return;
			case KlantreisPackage.PERSONA__DIGITAL_SKILLS:
				unsetDigitalSkills();
				return;
			case KlantreisPackage.PERSONA__HOUSEHOLD:
				unsetHousehold();
				return;
			case KlantreisPackage.PERSONA__GENDER:
				unsetGender();
				return;
			case KlantreisPackage.PERSONA__CONCERNS:
				getConcerns().clear();
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
			case KlantreisPackage.PERSONA__COUNTRY_OF_ORIGIN:
				return COUNTRY_OF_ORIGIN_EDEFAULT == null ? countryOfOrigin != null : !COUNTRY_OF_ORIGIN_EDEFAULT.equals(countryOfOrigin);
			case KlantreisPackage.PERSONA__LANGUAGES:
				return languages != null && !languages.isEmpty();
			case KlantreisPackage.PERSONA__DUTCH_LEVEL:
				return isSetDutchLevel();
			case KlantreisPackage.PERSONA__LITERACY:
				return isSetLiteracy();
			case KlantreisPackage.PERSONA__HEALTH_LITERACY:
				return isSetHealthLiteracy();
			case KlantreisPackage.PERSONA__DIGITAL_SKILLS:
				return isSetDigitalSkills();
			case KlantreisPackage.PERSONA__HOUSEHOLD:
				return isSetHousehold();
			case KlantreisPackage.PERSONA__GENDER:
				return isSetGender();
			case KlantreisPackage.PERSONA__CONCERNS:
				return concerns != null && !concerns.isEmpty();
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
		result.append(" (countryOfOrigin: ");
		result.append(countryOfOrigin);
		result.append(", languages: ");
		result.append(languages);
		result.append(", dutchLevel: ");
		if (dutchLevelESet) result.append(dutchLevel); else result.append("<unset>");
		result.append(", literacy: ");
		if (literacyESet) result.append(literacy); else result.append("<unset>");
		result.append(", healthLiteracy: ");
		if (healthLiteracyESet) result.append(healthLiteracy); else result.append("<unset>");
		result.append(", digitalSkills: ");
		if (digitalSkillsESet) result.append(digitalSkills); else result.append("<unset>");
		result.append(", household: ");
		if (householdESet) result.append(household); else result.append("<unset>");
		result.append(", gender: ");
		if (genderESet) result.append(gender); else result.append("<unset>");
		result.append(", concerns: ");
		result.append(concerns);
		result.append(')');
		return result.toString();
	}

} //PersonaImpl
