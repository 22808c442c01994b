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
 * A representation of the literals of the enumeration '<em><b>Life Event Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Life events that start a status holder's journey.
 * <!-- end-model-doc -->
 * @see nl.klantreis.model.KlantreisPackage#getLifeEventKind()
 * @model
 * @generated
 */
public enum LifeEventKind implements Enumerator
{
	/**
	 * The '<em><b>ARRIVAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Arrival in the municipality and housing (huisvesting).
	 * <!-- end-model-doc -->
	 * @see #ARRIVAL_VALUE
	 * @generated
	 * @ordered
	 */
	ARRIVAL(0, "ARRIVAL", "ARRIVAL"),

	/**
	 * The '<em><b>INBURGERING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The start of the civic integration route (inburgering).
	 * <!-- end-model-doc -->
	 * @see #INBURGERING_VALUE
	 * @generated
	 * @ordered
	 */
	INBURGERING(1, "INBURGERING", "INBURGERING"),

	/**
	 * The '<em><b>FAMILY REUNIFICATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Family reunification (gezinshereniging).
	 * <!-- end-model-doc -->
	 * @see #FAMILY_REUNIFICATION_VALUE
	 * @generated
	 * @ordered
	 */
	FAMILY_REUNIFICATION(2, "FAMILY_REUNIFICATION", "FAMILY_REUNIFICATION"),

	/**
	 * The '<em><b>BIRTH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The birth of a child.
	 * <!-- end-model-doc -->
	 * @see #BIRTH_VALUE
	 * @generated
	 * @ordered
	 */
	BIRTH(3, "BIRTH", "BIRTH"),

	/**
	 * The '<em><b>SCHOOL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A child starting school or changing schools.
	 * <!-- end-model-doc -->
	 * @see #SCHOOL_VALUE
	 * @generated
	 * @ordered
	 */
	SCHOOL(4, "SCHOOL", "SCHOOL"),

	/**
	 * The '<em><b>JOB SEARCH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Looking for work.
	 * <!-- end-model-doc -->
	 * @see #JOB_SEARCH_VALUE
	 * @generated
	 * @ordered
	 */
	JOB_SEARCH(5, "JOB_SEARCH", "JOB_SEARCH"),

	/**
	 * The '<em><b>JOB LOSS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Losing a job.
	 * <!-- end-model-doc -->
	 * @see #JOB_LOSS_VALUE
	 * @generated
	 * @ordered
	 */
	JOB_LOSS(6, "JOB_LOSS", "JOB_LOSS"),

	/**
	 * The '<em><b>ILLNESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Illness, physical or psychological.
	 * <!-- end-model-doc -->
	 * @see #ILLNESS_VALUE
	 * @generated
	 * @ordered
	 */
	ILLNESS(7, "ILLNESS", "ILLNESS"),

	/**
	 * The '<em><b>MOVING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Moving house (verhuizing).
	 * <!-- end-model-doc -->
	 * @see #MOVING_VALUE
	 * @generated
	 * @ordered
	 */
	MOVING(8, "MOVING", "MOVING"),

	/**
	 * The '<em><b>DEBT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Financial trouble or debts.
	 * <!-- end-model-doc -->
	 * @see #DEBT_VALUE
	 * @generated
	 * @ordered
	 */
	DEBT(9, "DEBT", "DEBT"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Another life event; say which in the description.
	 * <!-- end-model-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(10, "OTHER", "OTHER");

	/**
	 * The '<em><b>ARRIVAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Arrival in the municipality and housing (huisvesting).
	 * <!-- end-model-doc -->
	 * @see #ARRIVAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ARRIVAL_VALUE = 0;

	/**
	 * The '<em><b>INBURGERING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The start of the civic integration route (inburgering).
	 * <!-- end-model-doc -->
	 * @see #INBURGERING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INBURGERING_VALUE = 1;

	/**
	 * The '<em><b>FAMILY REUNIFICATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Family reunification (gezinshereniging).
	 * <!-- end-model-doc -->
	 * @see #FAMILY_REUNIFICATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FAMILY_REUNIFICATION_VALUE = 2;

	/**
	 * The '<em><b>BIRTH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The birth of a child.
	 * <!-- end-model-doc -->
	 * @see #BIRTH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BIRTH_VALUE = 3;

	/**
	 * The '<em><b>SCHOOL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A child starting school or changing schools.
	 * <!-- end-model-doc -->
	 * @see #SCHOOL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SCHOOL_VALUE = 4;

	/**
	 * The '<em><b>JOB SEARCH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Looking for work.
	 * <!-- end-model-doc -->
	 * @see #JOB_SEARCH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int JOB_SEARCH_VALUE = 5;

	/**
	 * The '<em><b>JOB LOSS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Losing a job.
	 * <!-- end-model-doc -->
	 * @see #JOB_LOSS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int JOB_LOSS_VALUE = 6;

	/**
	 * The '<em><b>ILLNESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Illness, physical or psychological.
	 * <!-- end-model-doc -->
	 * @see #ILLNESS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ILLNESS_VALUE = 7;

	/**
	 * The '<em><b>MOVING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Moving house (verhuizing).
	 * <!-- end-model-doc -->
	 * @see #MOVING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MOVING_VALUE = 8;

	/**
	 * The '<em><b>DEBT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Financial trouble or debts.
	 * <!-- end-model-doc -->
	 * @see #DEBT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DEBT_VALUE = 9;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Another life event; say which in the description.
	 * <!-- end-model-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 10;

	/**
	 * An array of all the '<em><b>Life Event Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final LifeEventKind[] VALUES_ARRAY =
		new LifeEventKind[]
		{
			ARRIVAL,
			INBURGERING,
			FAMILY_REUNIFICATION,
			BIRTH,
			SCHOOL,
			JOB_SEARCH,
			JOB_LOSS,
			ILLNESS,
			MOVING,
			DEBT,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Life Event Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<LifeEventKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Life Event Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LifeEventKind get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			LifeEventKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Life Event Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LifeEventKind getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			LifeEventKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Life Event Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LifeEventKind get(int value)
	{
		switch (value)
		{
			case ARRIVAL_VALUE: return ARRIVAL;
			case INBURGERING_VALUE: return INBURGERING;
			case FAMILY_REUNIFICATION_VALUE: return FAMILY_REUNIFICATION;
			case BIRTH_VALUE: return BIRTH;
			case SCHOOL_VALUE: return SCHOOL;
			case JOB_SEARCH_VALUE: return JOB_SEARCH;
			case JOB_LOSS_VALUE: return JOB_LOSS;
			case ILLNESS_VALUE: return ILLNESS;
			case MOVING_VALUE: return MOVING;
			case DEBT_VALUE: return DEBT;
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
	private LifeEventKind(int value, String name, String literal)
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
	
} //LifeEventKind
