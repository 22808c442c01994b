/**
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Organisation Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Kinds of chain partners (handreiking 2.1, 'Zicht krijgen op het bereik').
 * <!-- end-model-doc -->
 * @see nl.klantreis.model.KlantreisPackage#getOrganisationKind()
 * @model
 * @generated
 */
public enum OrganisationKind implements Enumerator
{
	/**
	 * The '<em><b>CUSTOMER CONTACT CENTRE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The municipality's customer contact centre and counters (KCC, balie).
	 * <!-- end-model-doc -->
	 * @see #CUSTOMER_CONTACT_CENTRE_VALUE
	 * @generated
	 * @ordered
	 */
	CUSTOMER_CONTACT_CENTRE(0, "CUSTOMER_CONTACT_CENTRE", "CUSTOMER_CONTACT_CENTRE"),

	/**
	 * The '<em><b>WORK AND INCOME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The municipality's department for work and income (Werk en Inkomen, klantmanagers).
	 * <!-- end-model-doc -->
	 * @see #WORK_AND_INCOME_VALUE
	 * @generated
	 * @ordered
	 */
	WORK_AND_INCOME(1, "WORK_AND_INCOME", "WORK_AND_INCOME"),

	/**
	 * The '<em><b>SOCIAL SUPPORT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Access to social support (Wmo) and the neighbourhood team (wijkteam).
	 * <!-- end-model-doc -->
	 * @see #SOCIAL_SUPPORT_VALUE
	 * @generated
	 * @ordered
	 */
	SOCIAL_SUPPORT(2, "SOCIAL_SUPPORT", "SOCIAL_SUPPORT"),

	/**
	 * The '<em><b>INTEGRATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Civic integration and guidance of status holders (consulent statushouders, inburgering).
	 * <!-- end-model-doc -->
	 * @see #INTEGRATION_VALUE
	 * @generated
	 * @ordered
	 */
	INTEGRATION(3, "INTEGRATION", "INTEGRATION"),

	/**
	 * The '<em><b>PUBLIC HEALTH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The municipal public health service (GGD).
	 * <!-- end-model-doc -->
	 * @see #PUBLIC_HEALTH_VALUE
	 * @generated
	 * @ordered
	 */
	PUBLIC_HEALTH(4, "PUBLIC_HEALTH", "PUBLIC_HEALTH"),

	/**
	 * The '<em><b>GENERAL PRACTITIONER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A general practitioner (huisarts).
	 * <!-- end-model-doc -->
	 * @see #GENERAL_PRACTITIONER_VALUE
	 * @generated
	 * @ordered
	 */
	GENERAL_PRACTITIONER(5, "GENERAL_PRACTITIONER", "GENERAL_PRACTITIONER"),

	/**
	 * The '<em><b>MENTAL HEALTH CARE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mental health care (GGZ).
	 * <!-- end-model-doc -->
	 * @see #MENTAL_HEALTH_CARE_VALUE
	 * @generated
	 * @ordered
	 */
	MENTAL_HEALTH_CARE(6, "MENTAL_HEALTH_CARE", "MENTAL_HEALTH_CARE"),

	/**
	 * The '<em><b>DISTRICT NURSING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * District nursing (wijkverpleging).
	 * <!-- end-model-doc -->
	 * @see #DISTRICT_NURSING_VALUE
	 * @generated
	 * @ordered
	 */
	DISTRICT_NURSING(7, "DISTRICT_NURSING", "DISTRICT_NURSING"),

	/**
	 * The '<em><b>YOUTH AND FAMILY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The youth and family centre (Centrum voor Jeugd en Gezin).
	 * <!-- end-model-doc -->
	 * @see #YOUTH_AND_FAMILY_VALUE
	 * @generated
	 * @ordered
	 */
	YOUTH_AND_FAMILY(8, "YOUTH_AND_FAMILY", "YOUTH_AND_FAMILY"),

	/**
	 * The '<em><b>REFUGEE SUPPORT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Refugee support (VluchtelingenWerk).
	 * <!-- end-model-doc -->
	 * @see #REFUGEE_SUPPORT_VALUE
	 * @generated
	 * @ordered
	 */
	REFUGEE_SUPPORT(9, "REFUGEE_SUPPORT", "REFUGEE_SUPPORT"),

	/**
	 * The '<em><b>SCHOOL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A school or language school.
	 * <!-- end-model-doc -->
	 * @see #SCHOOL_VALUE
	 * @generated
	 * @ordered
	 */
	SCHOOL(10, "SCHOOL", "SCHOOL"),

	/**
	 * The '<em><b>EMPLOYER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An employer or work placement.
	 * <!-- end-model-doc -->
	 * @see #EMPLOYER_VALUE
	 * @generated
	 * @ordered
	 */
	EMPLOYER(11, "EMPLOYER", "EMPLOYER"),

	/**
	 * The '<em><b>WELFARE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A welfare or volunteer organisation.
	 * <!-- end-model-doc -->
	 * @see #WELFARE_VALUE
	 * @generated
	 * @ordered
	 */
	WELFARE(12, "WELFARE", "WELFARE"),

	/**
	 * The '<em><b>MIGRANT ORGANISATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A migrant or religious organisation, such as a mosque.
	 * <!-- end-model-doc -->
	 * @see #MIGRANT_ORGANISATION_VALUE
	 * @generated
	 * @ordered
	 */
	MIGRANT_ORGANISATION(13, "MIGRANT_ORGANISATION", "MIGRANT_ORGANISATION"),

	/**
	 * The '<em><b>HOUSING CORPORATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A housing corporation.
	 * <!-- end-model-doc -->
	 * @see #HOUSING_CORPORATION_VALUE
	 * @generated
	 * @ordered
	 */
	HOUSING_CORPORATION(14, "HOUSING_CORPORATION", "HOUSING_CORPORATION"),

	/**
	 * The '<em><b>RECEPTION CENTRE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An asylum seekers' centre (AZC, COA).
	 * <!-- end-model-doc -->
	 * @see #RECEPTION_CENTRE_VALUE
	 * @generated
	 * @ordered
	 */
	RECEPTION_CENTRE(15, "RECEPTION_CENTRE", "RECEPTION_CENTRE"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Another kind of organisation.
	 * <!-- end-model-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(16, "OTHER", "OTHER");

	/**
	 * The '<em><b>CUSTOMER CONTACT CENTRE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The municipality's customer contact centre and counters (KCC, balie).
	 * <!-- end-model-doc -->
	 * @see #CUSTOMER_CONTACT_CENTRE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CUSTOMER_CONTACT_CENTRE_VALUE = 0;

	/**
	 * The '<em><b>WORK AND INCOME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The municipality's department for work and income (Werk en Inkomen, klantmanagers).
	 * <!-- end-model-doc -->
	 * @see #WORK_AND_INCOME
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WORK_AND_INCOME_VALUE = 1;

	/**
	 * The '<em><b>SOCIAL SUPPORT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Access to social support (Wmo) and the neighbourhood team (wijkteam).
	 * <!-- end-model-doc -->
	 * @see #SOCIAL_SUPPORT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SOCIAL_SUPPORT_VALUE = 2;

	/**
	 * The '<em><b>INTEGRATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Civic integration and guidance of status holders (consulent statushouders, inburgering).
	 * <!-- end-model-doc -->
	 * @see #INTEGRATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INTEGRATION_VALUE = 3;

	/**
	 * The '<em><b>PUBLIC HEALTH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The municipal public health service (GGD).
	 * <!-- end-model-doc -->
	 * @see #PUBLIC_HEALTH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PUBLIC_HEALTH_VALUE = 4;

	/**
	 * The '<em><b>GENERAL PRACTITIONER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A general practitioner (huisarts).
	 * <!-- end-model-doc -->
	 * @see #GENERAL_PRACTITIONER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GENERAL_PRACTITIONER_VALUE = 5;

	/**
	 * The '<em><b>MENTAL HEALTH CARE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mental health care (GGZ).
	 * <!-- end-model-doc -->
	 * @see #MENTAL_HEALTH_CARE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MENTAL_HEALTH_CARE_VALUE = 6;

	/**
	 * The '<em><b>DISTRICT NURSING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * District nursing (wijkverpleging).
	 * <!-- end-model-doc -->
	 * @see #DISTRICT_NURSING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DISTRICT_NURSING_VALUE = 7;

	/**
	 * The '<em><b>YOUTH AND FAMILY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The youth and family centre (Centrum voor Jeugd en Gezin).
	 * <!-- end-model-doc -->
	 * @see #YOUTH_AND_FAMILY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int YOUTH_AND_FAMILY_VALUE = 8;

	/**
	 * The '<em><b>REFUGEE SUPPORT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Refugee support (VluchtelingenWerk).
	 * <!-- end-model-doc -->
	 * @see #REFUGEE_SUPPORT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REFUGEE_SUPPORT_VALUE = 9;

	/**
	 * The '<em><b>SCHOOL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A school or language school.
	 * <!-- end-model-doc -->
	 * @see #SCHOOL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SCHOOL_VALUE = 10;

	/**
	 * The '<em><b>EMPLOYER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An employer or work placement.
	 * <!-- end-model-doc -->
	 * @see #EMPLOYER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EMPLOYER_VALUE = 11;

	/**
	 * The '<em><b>WELFARE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A welfare or volunteer organisation.
	 * <!-- end-model-doc -->
	 * @see #WELFARE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WELFARE_VALUE = 12;

	/**
	 * The '<em><b>MIGRANT ORGANISATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A migrant or religious organisation, such as a mosque.
	 * <!-- end-model-doc -->
	 * @see #MIGRANT_ORGANISATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MIGRANT_ORGANISATION_VALUE = 13;

	/**
	 * The '<em><b>HOUSING CORPORATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A housing corporation.
	 * <!-- end-model-doc -->
	 * @see #HOUSING_CORPORATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HOUSING_CORPORATION_VALUE = 14;

	/**
	 * The '<em><b>RECEPTION CENTRE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An asylum seekers' centre (AZC, COA).
	 * <!-- end-model-doc -->
	 * @see #RECEPTION_CENTRE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RECEPTION_CENTRE_VALUE = 15;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Another kind of organisation.
	 * <!-- end-model-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 16;

	/**
	 * An array of all the '<em><b>Organisation Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final OrganisationKind[] VALUES_ARRAY =
		new OrganisationKind[]
		{
			CUSTOMER_CONTACT_CENTRE,
			WORK_AND_INCOME,
			SOCIAL_SUPPORT,
			INTEGRATION,
			PUBLIC_HEALTH,
			GENERAL_PRACTITIONER,
			MENTAL_HEALTH_CARE,
			DISTRICT_NURSING,
			YOUTH_AND_FAMILY,
			REFUGEE_SUPPORT,
			SCHOOL,
			EMPLOYER,
			WELFARE,
			MIGRANT_ORGANISATION,
			HOUSING_CORPORATION,
			RECEPTION_CENTRE,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Organisation Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<OrganisationKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Organisation Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OrganisationKind get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			OrganisationKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Organisation Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OrganisationKind getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			OrganisationKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Organisation Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OrganisationKind get(int value)
	{
		switch (value)
		{
			case CUSTOMER_CONTACT_CENTRE_VALUE: return CUSTOMER_CONTACT_CENTRE;
			case WORK_AND_INCOME_VALUE: return WORK_AND_INCOME;
			case SOCIAL_SUPPORT_VALUE: return SOCIAL_SUPPORT;
			case INTEGRATION_VALUE: return INTEGRATION;
			case PUBLIC_HEALTH_VALUE: return PUBLIC_HEALTH;
			case GENERAL_PRACTITIONER_VALUE: return GENERAL_PRACTITIONER;
			case MENTAL_HEALTH_CARE_VALUE: return MENTAL_HEALTH_CARE;
			case DISTRICT_NURSING_VALUE: return DISTRICT_NURSING;
			case YOUTH_AND_FAMILY_VALUE: return YOUTH_AND_FAMILY;
			case REFUGEE_SUPPORT_VALUE: return REFUGEE_SUPPORT;
			case SCHOOL_VALUE: return SCHOOL;
			case EMPLOYER_VALUE: return EMPLOYER;
			case WELFARE_VALUE: return WELFARE;
			case MIGRANT_ORGANISATION_VALUE: return MIGRANT_ORGANISATION;
			case HOUSING_CORPORATION_VALUE: return HOUSING_CORPORATION;
			case RECEPTION_CENTRE_VALUE: return RECEPTION_CENTRE;
			case OTHER_VALUE: return OTHER;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private OrganisationKind(int value, String name, String literal)
	{
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue()
	{
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName()
	{
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral()
	{
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		return literal;
	}
	
} //OrganisationKind
