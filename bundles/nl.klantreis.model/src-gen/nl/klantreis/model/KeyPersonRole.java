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
 * A representation of the literals of the enumeration '<em><b>Key Person Role</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Roles a key person takes (handreiking 2.5).
 * <!-- end-model-doc -->
 * @see nl.klantreis.model.KlantreisPackage#getKeyPersonRole()
 * @model
 * @generated
 */
public enum KeyPersonRole implements Enumerator
{
	/**
	 * The '<em><b>EDUCATOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Voorlichter: gives health information to status holders and professionals.
	 * <!-- end-model-doc -->
	 * @see #EDUCATOR_VALUE
	 * @generated
	 * @ordered
	 */
	EDUCATOR(0, "EDUCATOR", "EDUCATOR"),

	/**
	 * The '<em><b>ADVISOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Adviseur: advises on and represents status holders.
	 * <!-- end-model-doc -->
	 * @see #ADVISOR_VALUE
	 * @generated
	 * @ordered
	 */
	ADVISOR(1, "ADVISOR", "ADVISOR"),

	/**
	 * The '<em><b>MEDIATOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bemiddelaar: mediates and builds bridges between municipality, care and status holders.
	 * <!-- end-model-doc -->
	 * @see #MEDIATOR_VALUE
	 * @generated
	 * @ordered
	 */
	MEDIATOR(2, "MEDIATOR", "MEDIATOR"),

	/**
	 * The '<em><b>SCOUT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Verkenner: collects the needs and signals of status holders.
	 * <!-- end-model-doc -->
	 * @see #SCOUT_VALUE
	 * @generated
	 * @ordered
	 */
	SCOUT(3, "SCOUT", "SCOUT"),

	/**
	 * The '<em><b>ACTIVATOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reaches status holders and activates them.
	 * <!-- end-model-doc -->
	 * @see #ACTIVATOR_VALUE
	 * @generated
	 * @ordered
	 */
	ACTIVATOR(4, "ACTIVATOR", "ACTIVATOR");

	/**
	 * The '<em><b>EDUCATOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Voorlichter: gives health information to status holders and professionals.
	 * <!-- end-model-doc -->
	 * @see #EDUCATOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EDUCATOR_VALUE = 0;

	/**
	 * The '<em><b>ADVISOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Adviseur: advises on and represents status holders.
	 * <!-- end-model-doc -->
	 * @see #ADVISOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ADVISOR_VALUE = 1;

	/**
	 * The '<em><b>MEDIATOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bemiddelaar: mediates and builds bridges between municipality, care and status holders.
	 * <!-- end-model-doc -->
	 * @see #MEDIATOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MEDIATOR_VALUE = 2;

	/**
	 * The '<em><b>SCOUT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Verkenner: collects the needs and signals of status holders.
	 * <!-- end-model-doc -->
	 * @see #SCOUT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SCOUT_VALUE = 3;

	/**
	 * The '<em><b>ACTIVATOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reaches status holders and activates them.
	 * <!-- end-model-doc -->
	 * @see #ACTIVATOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ACTIVATOR_VALUE = 4;

	/**
	 * An array of all the '<em><b>Key Person Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final KeyPersonRole[] VALUES_ARRAY =
		new KeyPersonRole[]
		{
			EDUCATOR,
			ADVISOR,
			MEDIATOR,
			SCOUT,
			ACTIVATOR,
		};

	/**
	 * A public read-only list of all the '<em><b>Key Person Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<KeyPersonRole> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Key Person Role</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static KeyPersonRole get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			KeyPersonRole result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Key Person Role</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static KeyPersonRole getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			KeyPersonRole result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Key Person Role</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static KeyPersonRole get(int value)
	{
		switch (value)
		{
			case EDUCATOR_VALUE: return EDUCATOR;
			case ADVISOR_VALUE: return ADVISOR;
			case MEDIATOR_VALUE: return MEDIATOR;
			case SCOUT_VALUE: return SCOUT;
			case ACTIVATOR_VALUE: return ACTIVATOR;
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
	private KeyPersonRole(int value, String name, String literal)
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
	
} //KeyPersonRole
