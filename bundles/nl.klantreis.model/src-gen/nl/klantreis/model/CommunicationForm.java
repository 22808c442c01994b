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
 * A representation of the literals of the enumeration '<em><b>Communication Form</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Forms the communication in a touchpoint takes.
 * <!-- end-model-doc -->
 * @see nl.klantreis.model.KlantreisPackage#getCommunicationForm()
 * @model
 * @generated
 */
public enum CommunicationForm implements Enumerator
{
	/**
	 * The '<em><b>SPOKEN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Spoken conversation.
	 * <!-- end-model-doc -->
	 * @see #SPOKEN_VALUE
	 * @generated
	 * @ordered
	 */
	SPOKEN(0, "SPOKEN", "SPOKEN"),

	/**
	 * The '<em><b>WRITTEN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Written text, such as a letter or a form.
	 * <!-- end-model-doc -->
	 * @see #WRITTEN_VALUE
	 * @generated
	 * @ordered
	 */
	WRITTEN(1, "WRITTEN", "WRITTEN"),

	/**
	 * The '<em><b>PLAIN LANGUAGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Plain language (taalniveau B1).
	 * <!-- end-model-doc -->
	 * @see #PLAIN_LANGUAGE_VALUE
	 * @generated
	 * @ordered
	 */
	PLAIN_LANGUAGE(2, "PLAIN_LANGUAGE", "PLAIN_LANGUAGE"),

	/**
	 * The '<em><b>TRANSLATED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Translated into a language the persona reads.
	 * <!-- end-model-doc -->
	 * @see #TRANSLATED_VALUE
	 * @generated
	 * @ordered
	 */
	TRANSLATED(3, "TRANSLATED", "TRANSLATED"),

	/**
	 * The '<em><b>VISUAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Pictures, pictograms or video.
	 * <!-- end-model-doc -->
	 * @see #VISUAL_VALUE
	 * @generated
	 * @ordered
	 */
	VISUAL(4, "VISUAL", "VISUAL");

	/**
	 * The '<em><b>SPOKEN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Spoken conversation.
	 * <!-- end-model-doc -->
	 * @see #SPOKEN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SPOKEN_VALUE = 0;

	/**
	 * The '<em><b>WRITTEN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Written text, such as a letter or a form.
	 * <!-- end-model-doc -->
	 * @see #WRITTEN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WRITTEN_VALUE = 1;

	/**
	 * The '<em><b>PLAIN LANGUAGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Plain language (taalniveau B1).
	 * <!-- end-model-doc -->
	 * @see #PLAIN_LANGUAGE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PLAIN_LANGUAGE_VALUE = 2;

	/**
	 * The '<em><b>TRANSLATED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Translated into a language the persona reads.
	 * <!-- end-model-doc -->
	 * @see #TRANSLATED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TRANSLATED_VALUE = 3;

	/**
	 * The '<em><b>VISUAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Pictures, pictograms or video.
	 * <!-- end-model-doc -->
	 * @see #VISUAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VISUAL_VALUE = 4;

	/**
	 * An array of all the '<em><b>Communication Form</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CommunicationForm[] VALUES_ARRAY =
		new CommunicationForm[]
		{
			SPOKEN,
			WRITTEN,
			PLAIN_LANGUAGE,
			TRANSLATED,
			VISUAL,
		};

	/**
	 * A public read-only list of all the '<em><b>Communication Form</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CommunicationForm> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Communication Form</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CommunicationForm get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			CommunicationForm result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Communication Form</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CommunicationForm getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			CommunicationForm result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Communication Form</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CommunicationForm get(int value)
	{
		switch (value)
		{
			case SPOKEN_VALUE: return SPOKEN;
			case WRITTEN_VALUE: return WRITTEN;
			case PLAIN_LANGUAGE_VALUE: return PLAIN_LANGUAGE;
			case TRANSLATED_VALUE: return TRANSLATED;
			case VISUAL_VALUE: return VISUAL;
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
	private CommunicationForm(int value, String name, String literal)
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
	
} //CommunicationForm
