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
 * A representation of the literals of the enumeration '<em><b>Dutch Level</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Levels of Dutch on the Common European Framework of Reference (CEFR).
 * <!-- end-model-doc -->
 * @see nl.klantreis.model.KlantreisPackage#getDutchLevel()
 * @model
 * @generated
 */
public enum DutchLevel implements Enumerator
{
	/**
	 * The '<em><b>NONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * No Dutch.
	 * <!-- end-model-doc -->
	 * @see #NONE_VALUE
	 * @generated
	 * @ordered
	 */
	NONE(0, "NONE", "NONE"),

	/**
	 * The '<em><b>A1</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A1: beginner.
	 * <!-- end-model-doc -->
	 * @see #A1_VALUE
	 * @generated
	 * @ordered
	 */
	A1(1, "A1", "A1"),

	/**
	 * The '<em><b>A2</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A2: elementary.
	 * <!-- end-model-doc -->
	 * @see #A2_VALUE
	 * @generated
	 * @ordered
	 */
	A2(2, "A2", "A2"),

	/**
	 * The '<em><b>B1</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * B1: intermediate, the level of plain language.
	 * <!-- end-model-doc -->
	 * @see #B1_VALUE
	 * @generated
	 * @ordered
	 */
	B1(3, "B1", "B1"),

	/**
	 * The '<em><b>B2</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * B2: upper intermediate.
	 * <!-- end-model-doc -->
	 * @see #B2_VALUE
	 * @generated
	 * @ordered
	 */
	B2(4, "B2", "B2"),

	/**
	 * The '<em><b>C1</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * C1: advanced.
	 * <!-- end-model-doc -->
	 * @see #C1_VALUE
	 * @generated
	 * @ordered
	 */
	C1(5, "C1", "C1"),

	/**
	 * The '<em><b>C2</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * C2: proficient.
	 * <!-- end-model-doc -->
	 * @see #C2_VALUE
	 * @generated
	 * @ordered
	 */
	C2(6, "C2", "C2");

	/**
	 * The '<em><b>NONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * No Dutch.
	 * <!-- end-model-doc -->
	 * @see #NONE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NONE_VALUE = 0;

	/**
	 * The '<em><b>A1</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A1: beginner.
	 * <!-- end-model-doc -->
	 * @see #A1
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int A1_VALUE = 1;

	/**
	 * The '<em><b>A2</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A2: elementary.
	 * <!-- end-model-doc -->
	 * @see #A2
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int A2_VALUE = 2;

	/**
	 * The '<em><b>B1</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * B1: intermediate, the level of plain language.
	 * <!-- end-model-doc -->
	 * @see #B1
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int B1_VALUE = 3;

	/**
	 * The '<em><b>B2</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * B2: upper intermediate.
	 * <!-- end-model-doc -->
	 * @see #B2
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int B2_VALUE = 4;

	/**
	 * The '<em><b>C1</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * C1: advanced.
	 * <!-- end-model-doc -->
	 * @see #C1
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int C1_VALUE = 5;

	/**
	 * The '<em><b>C2</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * C2: proficient.
	 * <!-- end-model-doc -->
	 * @see #C2
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int C2_VALUE = 6;

	/**
	 * An array of all the '<em><b>Dutch Level</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DutchLevel[] VALUES_ARRAY =
		new DutchLevel[]
		{
			NONE,
			A1,
			A2,
			B1,
			B2,
			C1,
			C2,
		};

	/**
	 * A public read-only list of all the '<em><b>Dutch Level</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DutchLevel> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Dutch Level</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DutchLevel get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			DutchLevel result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Dutch Level</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DutchLevel getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			DutchLevel result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Dutch Level</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DutchLevel get(int value)
	{
		switch (value)
		{
			case NONE_VALUE: return NONE;
			case A1_VALUE: return A1;
			case A2_VALUE: return A2;
			case B1_VALUE: return B1;
			case B2_VALUE: return B2;
			case C1_VALUE: return C1;
			case C2_VALUE: return C2;
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
	private DutchLevel(int value, String name, String literal)
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
	
} //DutchLevel
