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
 * A representation of the literals of the enumeration '<em><b>Life Domain</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Life domains (levensgebieden) a touchpoint can cover.
 * <!-- end-model-doc -->
 * @see nl.klantreis.model.KlantreisPackage#getLifeDomain()
 * @model
 * @generated
 */
public enum LifeDomain implements Enumerator
{
	/**
	 * The '<em><b>INCOME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Income and finances.
	 * <!-- end-model-doc -->
	 * @see #INCOME_VALUE
	 * @generated
	 * @ordered
	 */
	INCOME(0, "INCOME", "INCOME"),

	/**
	 * The '<em><b>WORK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Work and daytime activities.
	 * <!-- end-model-doc -->
	 * @see #WORK_VALUE
	 * @generated
	 * @ordered
	 */
	WORK(1, "WORK", "WORK"),

	/**
	 * The '<em><b>EDUCATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Education, language and civic integration.
	 * <!-- end-model-doc -->
	 * @see #EDUCATION_VALUE
	 * @generated
	 * @ordered
	 */
	EDUCATION(2, "EDUCATION", "EDUCATION"),

	/**
	 * The '<em><b>HOUSING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Housing.
	 * <!-- end-model-doc -->
	 * @see #HOUSING_VALUE
	 * @generated
	 * @ordered
	 */
	HOUSING(3, "HOUSING", "HOUSING"),

	/**
	 * The '<em><b>PHYSICAL HEALTH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Physical health.
	 * <!-- end-model-doc -->
	 * @see #PHYSICAL_HEALTH_VALUE
	 * @generated
	 * @ordered
	 */
	PHYSICAL_HEALTH(4, "PHYSICAL_HEALTH", "PHYSICAL_HEALTH"),

	/**
	 * The '<em><b>MENTAL HEALTH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mental health.
	 * <!-- end-model-doc -->
	 * @see #MENTAL_HEALTH_VALUE
	 * @generated
	 * @ordered
	 */
	MENTAL_HEALTH(5, "MENTAL_HEALTH", "MENTAL_HEALTH"),

	/**
	 * The '<em><b>FAMILY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Family, children and family reunification.
	 * <!-- end-model-doc -->
	 * @see #FAMILY_VALUE
	 * @generated
	 * @ordered
	 */
	FAMILY(6, "FAMILY", "FAMILY"),

	/**
	 * The '<em><b>SOCIAL NETWORK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Social network and participation.
	 * <!-- end-model-doc -->
	 * @see #SOCIAL_NETWORK_VALUE
	 * @generated
	 * @ordered
	 */
	SOCIAL_NETWORK(7, "SOCIAL_NETWORK", "SOCIAL_NETWORK");

	/**
	 * The '<em><b>INCOME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Income and finances.
	 * <!-- end-model-doc -->
	 * @see #INCOME
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INCOME_VALUE = 0;

	/**
	 * The '<em><b>WORK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Work and daytime activities.
	 * <!-- end-model-doc -->
	 * @see #WORK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WORK_VALUE = 1;

	/**
	 * The '<em><b>EDUCATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Education, language and civic integration.
	 * <!-- end-model-doc -->
	 * @see #EDUCATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EDUCATION_VALUE = 2;

	/**
	 * The '<em><b>HOUSING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Housing.
	 * <!-- end-model-doc -->
	 * @see #HOUSING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HOUSING_VALUE = 3;

	/**
	 * The '<em><b>PHYSICAL HEALTH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Physical health.
	 * <!-- end-model-doc -->
	 * @see #PHYSICAL_HEALTH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PHYSICAL_HEALTH_VALUE = 4;

	/**
	 * The '<em><b>MENTAL HEALTH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mental health.
	 * <!-- end-model-doc -->
	 * @see #MENTAL_HEALTH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MENTAL_HEALTH_VALUE = 5;

	/**
	 * The '<em><b>FAMILY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Family, children and family reunification.
	 * <!-- end-model-doc -->
	 * @see #FAMILY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FAMILY_VALUE = 6;

	/**
	 * The '<em><b>SOCIAL NETWORK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Social network and participation.
	 * <!-- end-model-doc -->
	 * @see #SOCIAL_NETWORK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SOCIAL_NETWORK_VALUE = 7;

	/**
	 * An array of all the '<em><b>Life Domain</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final LifeDomain[] VALUES_ARRAY =
		new LifeDomain[]
		{
			INCOME,
			WORK,
			EDUCATION,
			HOUSING,
			PHYSICAL_HEALTH,
			MENTAL_HEALTH,
			FAMILY,
			SOCIAL_NETWORK,
		};

	/**
	 * A public read-only list of all the '<em><b>Life Domain</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<LifeDomain> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Life Domain</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LifeDomain get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			LifeDomain result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Life Domain</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LifeDomain getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			LifeDomain result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Life Domain</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LifeDomain get(int value)
	{
		switch (value)
		{
			case INCOME_VALUE: return INCOME;
			case WORK_VALUE: return WORK;
			case EDUCATION_VALUE: return EDUCATION;
			case HOUSING_VALUE: return HOUSING;
			case PHYSICAL_HEALTH_VALUE: return PHYSICAL_HEALTH;
			case MENTAL_HEALTH_VALUE: return MENTAL_HEALTH;
			case FAMILY_VALUE: return FAMILY;
			case SOCIAL_NETWORK_VALUE: return SOCIAL_NETWORK;
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
	private LifeDomain(int value, String name, String literal)
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
	
} //LifeDomain
