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
 * A representation of the literals of the enumeration '<em><b>Direction</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The handreiking's five directions for culture-sensitive work (handreiking 2).
 * <!-- end-model-doc -->
 * @see nl.klantreis.model.KlantreisPackage#getDirection()
 * @model
 * @generated
 */
public enum Direction implements Enumerator
{
	/**
	 * The '<em><b>LIFEWORLD KNOWLEDGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Knowledge of the lifeworld and backgrounds (2.1).
	 * <!-- end-model-doc -->
	 * @see #LIFEWORLD_KNOWLEDGE_VALUE
	 * @generated
	 * @ordered
	 */
	LIFEWORLD_KNOWLEDGE(0, "LIFEWORLD_KNOWLEDGE", "LIFEWORLD_KNOWLEDGE"),

	/**
	 * The '<em><b>TAILORED SUPPORT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Tailored support and care, also in job placement (2.2, 2.3).
	 * <!-- end-model-doc -->
	 * @see #TAILORED_SUPPORT_VALUE
	 * @generated
	 * @ordered
	 */
	TAILORED_SUPPORT(1, "TAILORED_SUPPORT", "TAILORED_SUPPORT"),

	/**
	 * The '<em><b>OUTREACH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Outreach (2.4).
	 * <!-- end-model-doc -->
	 * @see #OUTREACH_VALUE
	 * @generated
	 * @ordered
	 */
	OUTREACH(2, "OUTREACH", "OUTREACH"),

	/**
	 * The '<em><b>EXPERIENCE EXPERTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Working with experience experts and key persons (2.5).
	 * <!-- end-model-doc -->
	 * @see #EXPERIENCE_EXPERTS_VALUE
	 * @generated
	 * @ordered
	 */
	EXPERIENCE_EXPERTS(3, "EXPERIENCE_EXPERTS", "EXPERIENCE_EXPERTS"),

	/**
	 * The '<em><b>STAFF DIVERSITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Diversity in staff (2.6).
	 * <!-- end-model-doc -->
	 * @see #STAFF_DIVERSITY_VALUE
	 * @generated
	 * @ordered
	 */
	STAFF_DIVERSITY(4, "STAFF_DIVERSITY", "STAFF_DIVERSITY");

	/**
	 * The '<em><b>LIFEWORLD KNOWLEDGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Knowledge of the lifeworld and backgrounds (2.1).
	 * <!-- end-model-doc -->
	 * @see #LIFEWORLD_KNOWLEDGE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LIFEWORLD_KNOWLEDGE_VALUE = 0;

	/**
	 * The '<em><b>TAILORED SUPPORT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Tailored support and care, also in job placement (2.2, 2.3).
	 * <!-- end-model-doc -->
	 * @see #TAILORED_SUPPORT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TAILORED_SUPPORT_VALUE = 1;

	/**
	 * The '<em><b>OUTREACH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Outreach (2.4).
	 * <!-- end-model-doc -->
	 * @see #OUTREACH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OUTREACH_VALUE = 2;

	/**
	 * The '<em><b>EXPERIENCE EXPERTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Working with experience experts and key persons (2.5).
	 * <!-- end-model-doc -->
	 * @see #EXPERIENCE_EXPERTS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EXPERIENCE_EXPERTS_VALUE = 3;

	/**
	 * The '<em><b>STAFF DIVERSITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Diversity in staff (2.6).
	 * <!-- end-model-doc -->
	 * @see #STAFF_DIVERSITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STAFF_DIVERSITY_VALUE = 4;

	/**
	 * An array of all the '<em><b>Direction</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Direction[] VALUES_ARRAY =
		new Direction[]
		{
			LIFEWORLD_KNOWLEDGE,
			TAILORED_SUPPORT,
			OUTREACH,
			EXPERIENCE_EXPERTS,
			STAFF_DIVERSITY,
		};

	/**
	 * A public read-only list of all the '<em><b>Direction</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Direction> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Direction</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Direction get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			Direction result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Direction</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Direction getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			Direction result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Direction</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Direction get(int value)
	{
		switch (value)
		{
			case LIFEWORLD_KNOWLEDGE_VALUE: return LIFEWORLD_KNOWLEDGE;
			case TAILORED_SUPPORT_VALUE: return TAILORED_SUPPORT;
			case OUTREACH_VALUE: return OUTREACH;
			case EXPERIENCE_EXPERTS_VALUE: return EXPERIENCE_EXPERTS;
			case STAFF_DIVERSITY_VALUE: return STAFF_DIVERSITY;
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
	private Direction(int value, String name, String literal)
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
	
} //Direction
