/**
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.voorbeeldstad.klantreis.voorbeeldstad;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Learning Route</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The learning routes of the Wet inburgering 2021.
 * <!-- end-model-doc -->
 * @see nl.voorbeeldstad.klantreis.voorbeeldstad.VoorbeeldstadPackage#getLearningRoute()
 * @model
 * @generated
 */
public enum LearningRoute implements Enumerator
{
	/**
	 * The '<em><b>B1</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * B1-route: Dutch at level B1 alongside work.
	 * <!-- end-model-doc -->
	 * @see #B1_VALUE
	 * @generated
	 * @ordered
	 */
	B1(0, "B1", "B1"),

	/**
	 * The '<em><b>EDUCATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Onderwijsroute: towards Dutch education, mostly for young newcomers.
	 * <!-- end-model-doc -->
	 * @see #EDUCATION_VALUE
	 * @generated
	 * @ordered
	 */
	EDUCATION(1, "EDUCATION", "EDUCATION"),

	/**
	 * The '<em><b>SELF RELIANCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Zelfredzaamheidsroute (Z-route): for newcomers for whom B1 is out of reach; Dutch as far as it goes, taking part close to home.
	 * <!-- end-model-doc -->
	 * @see #SELF_RELIANCE_VALUE
	 * @generated
	 * @ordered
	 */
	SELF_RELIANCE(2, "SELF_RELIANCE", "SELF_RELIANCE");

	/**
	 * The '<em><b>B1</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * B1-route: Dutch at level B1 alongside work.
	 * <!-- end-model-doc -->
	 * @see #B1
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int B1_VALUE = 0;

	/**
	 * The '<em><b>EDUCATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Onderwijsroute: towards Dutch education, mostly for young newcomers.
	 * <!-- end-model-doc -->
	 * @see #EDUCATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EDUCATION_VALUE = 1;

	/**
	 * The '<em><b>SELF RELIANCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Zelfredzaamheidsroute (Z-route): for newcomers for whom B1 is out of reach; Dutch as far as it goes, taking part close to home.
	 * <!-- end-model-doc -->
	 * @see #SELF_RELIANCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SELF_RELIANCE_VALUE = 2;

	/**
	 * An array of all the '<em><b>Learning Route</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final LearningRoute[] VALUES_ARRAY =
		new LearningRoute[]
		{
			B1,
			EDUCATION,
			SELF_RELIANCE,
		};

	/**
	 * A public read-only list of all the '<em><b>Learning Route</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<LearningRoute> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Learning Route</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LearningRoute get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			LearningRoute result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Learning Route</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LearningRoute getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			LearningRoute result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Learning Route</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LearningRoute get(int value)
	{
		switch (value)
		{
			case B1_VALUE: return B1;
			case EDUCATION_VALUE: return EDUCATION;
			case SELF_RELIANCE_VALUE: return SELF_RELIANCE;
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
	private LearningRoute(int value, String name, String literal)
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
	
} //LearningRoute
