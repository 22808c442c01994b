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
 * A representation of the literals of the enumeration '<em><b>Channel</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Channels through which a touchpoint takes place.
 * <!-- end-model-doc -->
 * @see nl.klantreis.model.KlantreisPackage#getChannel()
 * @model
 * @generated
 */
public enum Channel implements Enumerator
{
	/**
	 * The '<em><b>COUNTER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * At a counter or desk (balie).
	 * <!-- end-model-doc -->
	 * @see #COUNTER_VALUE
	 * @generated
	 * @ordered
	 */
	COUNTER(0, "COUNTER", "COUNTER"),

	/**
	 * The '<em><b>PHONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * By telephone.
	 * <!-- end-model-doc -->
	 * @see #PHONE_VALUE
	 * @generated
	 * @ordered
	 */
	PHONE(1, "PHONE", "PHONE"),

	/**
	 * The '<em><b>LETTER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * By letter.
	 * <!-- end-model-doc -->
	 * @see #LETTER_VALUE
	 * @generated
	 * @ordered
	 */
	LETTER(2, "LETTER", "LETTER"),

	/**
	 * The '<em><b>EMAIL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * By e-mail.
	 * <!-- end-model-doc -->
	 * @see #EMAIL_VALUE
	 * @generated
	 * @ordered
	 */
	EMAIL(3, "EMAIL", "EMAIL"),

	/**
	 * The '<em><b>PORTAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Through a web portal or app.
	 * <!-- end-model-doc -->
	 * @see #PORTAL_VALUE
	 * @generated
	 * @ordered
	 */
	PORTAL(4, "PORTAL", "PORTAL"),

	/**
	 * The '<em><b>HOME VISIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A home visit (huisbezoek).
	 * <!-- end-model-doc -->
	 * @see #HOME_VISIT_VALUE
	 * @generated
	 * @ordered
	 */
	HOME_VISIT(5, "HOME_VISIT", "HOME_VISIT"),

	/**
	 * The '<em><b>GROUP SESSION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A group session, such as an information meeting (voorlichtingsbijeenkomst).
	 * <!-- end-model-doc -->
	 * @see #GROUP_SESSION_VALUE
	 * @generated
	 * @ordered
	 */
	GROUP_SESSION(6, "GROUP_SESSION", "GROUP_SESSION"),

	/**
	 * The '<em><b>CONSULTATION HOUR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A consultation hour (spreekuur), possibly held where residents already come, such as a mosque.
	 * <!-- end-model-doc -->
	 * @see #CONSULTATION_HOUR_VALUE
	 * @generated
	 * @ordered
	 */
	CONSULTATION_HOUR(7, "CONSULTATION_HOUR", "CONSULTATION_HOUR"),

	/**
	 * The '<em><b>SOCIAL MEDIA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Through social media.
	 * <!-- end-model-doc -->
	 * @see #SOCIAL_MEDIA_VALUE
	 * @generated
	 * @ordered
	 */
	SOCIAL_MEDIA(8, "SOCIAL_MEDIA", "SOCIAL_MEDIA"),

	/**
	 * The '<em><b>VIDEO CALL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * By video call.
	 * <!-- end-model-doc -->
	 * @see #VIDEO_CALL_VALUE
	 * @generated
	 * @ordered
	 */
	VIDEO_CALL(9, "VIDEO_CALL", "VIDEO_CALL"),

	/**
	 * The '<em><b>MEETING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An appointment at the organisation's office (gesprek op afspraak).
	 * <!-- end-model-doc -->
	 * @see #MEETING_VALUE
	 * @generated
	 * @ordered
	 */
	MEETING(10, "MEETING", "MEETING");

	/**
	 * The '<em><b>COUNTER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * At a counter or desk (balie).
	 * <!-- end-model-doc -->
	 * @see #COUNTER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COUNTER_VALUE = 0;

	/**
	 * The '<em><b>PHONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * By telephone.
	 * <!-- end-model-doc -->
	 * @see #PHONE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PHONE_VALUE = 1;

	/**
	 * The '<em><b>LETTER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * By letter.
	 * <!-- end-model-doc -->
	 * @see #LETTER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LETTER_VALUE = 2;

	/**
	 * The '<em><b>EMAIL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * By e-mail.
	 * <!-- end-model-doc -->
	 * @see #EMAIL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EMAIL_VALUE = 3;

	/**
	 * The '<em><b>PORTAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Through a web portal or app.
	 * <!-- end-model-doc -->
	 * @see #PORTAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PORTAL_VALUE = 4;

	/**
	 * The '<em><b>HOME VISIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A home visit (huisbezoek).
	 * <!-- end-model-doc -->
	 * @see #HOME_VISIT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HOME_VISIT_VALUE = 5;

	/**
	 * The '<em><b>GROUP SESSION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A group session, such as an information meeting (voorlichtingsbijeenkomst).
	 * <!-- end-model-doc -->
	 * @see #GROUP_SESSION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GROUP_SESSION_VALUE = 6;

	/**
	 * The '<em><b>CONSULTATION HOUR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A consultation hour (spreekuur), possibly held where residents already come, such as a mosque.
	 * <!-- end-model-doc -->
	 * @see #CONSULTATION_HOUR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONSULTATION_HOUR_VALUE = 7;

	/**
	 * The '<em><b>SOCIAL MEDIA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Through social media.
	 * <!-- end-model-doc -->
	 * @see #SOCIAL_MEDIA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SOCIAL_MEDIA_VALUE = 8;

	/**
	 * The '<em><b>VIDEO CALL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * By video call.
	 * <!-- end-model-doc -->
	 * @see #VIDEO_CALL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VIDEO_CALL_VALUE = 9;

	/**
	 * The '<em><b>MEETING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An appointment at the organisation's office (gesprek op afspraak).
	 * <!-- end-model-doc -->
	 * @see #MEETING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MEETING_VALUE = 10;

	/**
	 * An array of all the '<em><b>Channel</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Channel[] VALUES_ARRAY =
		new Channel[]
		{
			COUNTER,
			PHONE,
			LETTER,
			EMAIL,
			PORTAL,
			HOME_VISIT,
			GROUP_SESSION,
			CONSULTATION_HOUR,
			SOCIAL_MEDIA,
			VIDEO_CALL,
			MEETING,
		};

	/**
	 * A public read-only list of all the '<em><b>Channel</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Channel> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Channel</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Channel get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			Channel result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Channel</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Channel getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			Channel result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Channel</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Channel get(int value)
	{
		switch (value)
		{
			case COUNTER_VALUE: return COUNTER;
			case PHONE_VALUE: return PHONE;
			case LETTER_VALUE: return LETTER;
			case EMAIL_VALUE: return EMAIL;
			case PORTAL_VALUE: return PORTAL;
			case HOME_VISIT_VALUE: return HOME_VISIT;
			case GROUP_SESSION_VALUE: return GROUP_SESSION;
			case CONSULTATION_HOUR_VALUE: return CONSULTATION_HOUR;
			case SOCIAL_MEDIA_VALUE: return SOCIAL_MEDIA;
			case VIDEO_CALL_VALUE: return VIDEO_CALL;
			case MEETING_VALUE: return MEETING;
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
	private Channel(int value, String name, String literal)
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
	
} //Channel
