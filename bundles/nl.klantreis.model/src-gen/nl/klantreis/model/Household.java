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
 * A representation of the literals of the enumeration '<em><b>Household</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Kinds of households.
 * <!-- end-model-doc -->
 * @see nl.klantreis.model.KlantreisPackage#getHousehold()
 * @model
 * @generated
 */
public enum Household implements Enumerator
{
	/**
	 * The '<em><b>SINGLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lives alone.
	 * <!-- end-model-doc -->
	 * @see #SINGLE_VALUE
	 * @generated
	 * @ordered
	 */
	SINGLE(0, "SINGLE", "SINGLE"),

	/**
	 * The '<em><b>COUPLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A couple without children.
	 * <!-- end-model-doc -->
	 * @see #COUPLE_VALUE
	 * @generated
	 * @ordered
	 */
	COUPLE(1, "COUPLE", "COUPLE"),

	/**
	 * The '<em><b>FAMILY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A family with children.
	 * <!-- end-model-doc -->
	 * @see #FAMILY_VALUE
	 * @generated
	 * @ordered
	 */
	FAMILY(2, "FAMILY", "FAMILY"),

	/**
	 * The '<em><b>SINGLE PARENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A parent alone with children.
	 * <!-- end-model-doc -->
	 * @see #SINGLE_PARENT_VALUE
	 * @generated
	 * @ordered
	 */
	SINGLE_PARENT(3, "SINGLE_PARENT", "SINGLE_PARENT"),

	/**
	 * The '<em><b>AWAITING REUNIFICATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lives alone while the family awaits reunification.
	 * <!-- end-model-doc -->
	 * @see #AWAITING_REUNIFICATION_VALUE
	 * @generated
	 * @ordered
	 */
	AWAITING_REUNIFICATION(4, "AWAITING_REUNIFICATION", "AWAITING_REUNIFICATION");

	/**
	 * The '<em><b>SINGLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lives alone.
	 * <!-- end-model-doc -->
	 * @see #SINGLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SINGLE_VALUE = 0;

	/**
	 * The '<em><b>COUPLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A couple without children.
	 * <!-- end-model-doc -->
	 * @see #COUPLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COUPLE_VALUE = 1;

	/**
	 * The '<em><b>FAMILY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A family with children.
	 * <!-- end-model-doc -->
	 * @see #FAMILY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FAMILY_VALUE = 2;

	/**
	 * The '<em><b>SINGLE PARENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A parent alone with children.
	 * <!-- end-model-doc -->
	 * @see #SINGLE_PARENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SINGLE_PARENT_VALUE = 3;

	/**
	 * The '<em><b>AWAITING REUNIFICATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lives alone while the family awaits reunification.
	 * <!-- end-model-doc -->
	 * @see #AWAITING_REUNIFICATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AWAITING_REUNIFICATION_VALUE = 4;

	/**
	 * An array of all the '<em><b>Household</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Household[] VALUES_ARRAY =
		new Household[]
		{
			SINGLE,
			COUPLE,
			FAMILY,
			SINGLE_PARENT,
			AWAITING_REUNIFICATION,
		};

	/**
	 * A public read-only list of all the '<em><b>Household</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Household> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Household</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Household get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			Household result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Household</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Household getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			Household result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Household</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Household get(int value)
	{
		switch (value)
		{
			case SINGLE_VALUE: return SINGLE;
			case COUPLE_VALUE: return COUPLE;
			case FAMILY_VALUE: return FAMILY;
			case SINGLE_PARENT_VALUE: return SINGLE_PARENT;
			case AWAITING_REUNIFICATION_VALUE: return AWAITING_REUNIFICATION;
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
	private Household(int value, String name, String literal)
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
	
} //Household
