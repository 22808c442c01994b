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
 * A representation of the literals of the enumeration '<em><b>Interpreter Arrangement</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How language differences are bridged in a touchpoint.
 * <!-- end-model-doc -->
 * @see nl.klantreis.model.KlantreisPackage#getInterpreterArrangement()
 * @model
 * @generated
 */
public enum InterpreterArrangement implements Enumerator
{
	/**
	 * The '<em><b>NONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * No interpreter.
	 * <!-- end-model-doc -->
	 * @see #NONE_VALUE
	 * @generated
	 * @ordered
	 */
	NONE(0, "NONE", "NONE"),

	/**
	 * The '<em><b>PROFESSIONAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A professional interpreter (in person, by phone or by video).
	 * <!-- end-model-doc -->
	 * @see #PROFESSIONAL_VALUE
	 * @generated
	 * @ordered
	 */
	PROFESSIONAL(1, "PROFESSIONAL", "PROFESSIONAL"),

	/**
	 * The '<em><b>BILINGUAL STAFF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A staff member who speaks the persona's language.
	 * <!-- end-model-doc -->
	 * @see #BILINGUAL_STAFF_VALUE
	 * @generated
	 * @ordered
	 */
	BILINGUAL_STAFF(2, "BILINGUAL_STAFF", "BILINGUAL_STAFF"),

	/**
	 * The '<em><b>KEY PERSON</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A key person (sleutelpersoon) translates.
	 * <!-- end-model-doc -->
	 * @see #KEY_PERSON_VALUE
	 * @generated
	 * @ordered
	 */
	KEY_PERSON(3, "KEY_PERSON", "KEY_PERSON"),

	/**
	 * The '<em><b>FAMILY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An adult family member or acquaintance translates.
	 * <!-- end-model-doc -->
	 * @see #FAMILY_VALUE
	 * @generated
	 * @ordered
	 */
	FAMILY(4, "FAMILY", "FAMILY"),

	/**
	 * The '<em><b>CHILD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A child translates.
	 * <!-- end-model-doc -->
	 * @see #CHILD_VALUE
	 * @generated
	 * @ordered
	 */
	CHILD(5, "CHILD", "CHILD");

	/**
	 * The '<em><b>NONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * No interpreter.
	 * <!-- end-model-doc -->
	 * @see #NONE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NONE_VALUE = 0;

	/**
	 * The '<em><b>PROFESSIONAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A professional interpreter (in person, by phone or by video).
	 * <!-- end-model-doc -->
	 * @see #PROFESSIONAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROFESSIONAL_VALUE = 1;

	/**
	 * The '<em><b>BILINGUAL STAFF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A staff member who speaks the persona's language.
	 * <!-- end-model-doc -->
	 * @see #BILINGUAL_STAFF
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BILINGUAL_STAFF_VALUE = 2;

	/**
	 * The '<em><b>KEY PERSON</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A key person (sleutelpersoon) translates.
	 * <!-- end-model-doc -->
	 * @see #KEY_PERSON
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KEY_PERSON_VALUE = 3;

	/**
	 * The '<em><b>FAMILY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An adult family member or acquaintance translates.
	 * <!-- end-model-doc -->
	 * @see #FAMILY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FAMILY_VALUE = 4;

	/**
	 * The '<em><b>CHILD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A child translates.
	 * <!-- end-model-doc -->
	 * @see #CHILD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CHILD_VALUE = 5;

	/**
	 * An array of all the '<em><b>Interpreter Arrangement</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final InterpreterArrangement[] VALUES_ARRAY =
		new InterpreterArrangement[]
		{
			NONE,
			PROFESSIONAL,
			BILINGUAL_STAFF,
			KEY_PERSON,
			FAMILY,
			CHILD,
		};

	/**
	 * A public read-only list of all the '<em><b>Interpreter Arrangement</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<InterpreterArrangement> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Interpreter Arrangement</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InterpreterArrangement get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			InterpreterArrangement result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Interpreter Arrangement</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InterpreterArrangement getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			InterpreterArrangement result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Interpreter Arrangement</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InterpreterArrangement get(int value)
	{
		switch (value)
		{
			case NONE_VALUE: return NONE;
			case PROFESSIONAL_VALUE: return PROFESSIONAL;
			case BILINGUAL_STAFF_VALUE: return BILINGUAL_STAFF;
			case KEY_PERSON_VALUE: return KEY_PERSON;
			case FAMILY_VALUE: return FAMILY;
			case CHILD_VALUE: return CHILD;
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
	private InterpreterArrangement(int value, String name, String literal)
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
	
} //InterpreterArrangement
