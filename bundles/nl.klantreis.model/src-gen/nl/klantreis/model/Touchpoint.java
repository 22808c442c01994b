/**
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Touchpoint</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A contact moment (contactmoment) between the persona and an organisation: who, how, why, in which language, and how it felt.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.klantreis.model.Touchpoint#getOrganisation <em>Organisation</em>}</li>
 *   <li>{@link nl.klantreis.model.Touchpoint#getRole <em>Role</em>}</li>
 *   <li>{@link nl.klantreis.model.Touchpoint#getChannel <em>Channel</em>}</li>
 *   <li>{@link nl.klantreis.model.Touchpoint#getInitiator <em>Initiator</em>}</li>
 *   <li>{@link nl.klantreis.model.Touchpoint#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link nl.klantreis.model.Touchpoint#getDuration <em>Duration</em>}</li>
 *   <li>{@link nl.klantreis.model.Touchpoint#getInterpreter <em>Interpreter</em>}</li>
 *   <li>{@link nl.klantreis.model.Touchpoint#getCommunicationForms <em>Communication Forms</em>}</li>
 *   <li>{@link nl.klantreis.model.Touchpoint#isUnderstandingChecked <em>Understanding Checked</em>}</li>
 *   <li>{@link nl.klantreis.model.Touchpoint#getEmotion <em>Emotion</em>}</li>
 *   <li>{@link nl.klantreis.model.Touchpoint#getLifeDomains <em>Life Domains</em>}</li>
 *   <li>{@link nl.klantreis.model.Touchpoint#isHealthSignal <em>Health Signal</em>}</li>
 *   <li>{@link nl.klantreis.model.Touchpoint#getKeyPersons <em>Key Persons</em>}</li>
 * </ul>
 *
 * @see nl.klantreis.model.KlantreisPackage#getTouchpoint()
 * @model
 * @generated
 */
public interface Touchpoint extends NamedElement
{
	/**
	 * Returns the value of the '<em><b>Organisation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The organisation the persona is in contact with.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Organisation</em>' reference.
	 * @see #setOrganisation(Organisation)
	 * @see nl.klantreis.model.KlantreisPackage#getTouchpoint_Organisation()
	 * @model required="true"
	 * @generated
	 */
	Organisation getOrganisation();

	/**
	 * Sets the value of the '{@link nl.klantreis.model.Touchpoint#getOrganisation <em>Organisation</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Organisation</em>' reference.
	 * @see #getOrganisation()
	 * @generated
	 */
	void setOrganisation(Organisation value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The professional role of the person on the organisation's side (for example 'klantmanager', 'consulent statushouders', 'wijkverpleegkundige').
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see #setRole(String)
	 * @see nl.klantreis.model.KlantreisPackage#getTouchpoint_Role()
	 * @model
	 * @generated
	 */
	String getRole();

	/**
	 * Sets the value of the '{@link nl.klantreis.model.Touchpoint#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see #getRole()
	 * @generated
	 */
	void setRole(String value);

	/**
	 * Returns the value of the '<em><b>Channel</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.klantreis.model.Channel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The channel through which the contact takes place. Unset when not recorded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Channel</em>' attribute.
	 * @see nl.klantreis.model.Channel
	 * @see #isSetChannel()
	 * @see #unsetChannel()
	 * @see #setChannel(Channel)
	 * @see nl.klantreis.model.KlantreisPackage#getTouchpoint_Channel()
	 * @model unsettable="true"
	 * @generated
	 */
	Channel getChannel();

	/**
	 * Sets the value of the '{@link nl.klantreis.model.Touchpoint#getChannel <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' attribute.
	 * @see nl.klantreis.model.Channel
	 * @see #isSetChannel()
	 * @see #unsetChannel()
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(Channel value);

	/**
	 * Unsets the value of the '{@link nl.klantreis.model.Touchpoint#getChannel <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetChannel()
	 * @see #getChannel()
	 * @see #setChannel(Channel)
	 * @generated
	 */
	void unsetChannel();

	/**
	 * Returns whether the value of the '{@link nl.klantreis.model.Touchpoint#getChannel <em>Channel</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Channel</em>' attribute is set.
	 * @see #unsetChannel()
	 * @see #getChannel()
	 * @see #setChannel(Channel)
	 * @generated
	 */
	boolean isSetChannel();

	/**
	 * Returns the value of the '<em><b>Initiator</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.klantreis.model.Initiator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who took the initiative for the contact: the resident or the organisation (outreach, handreiking 2.4). Unset when not recorded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Initiator</em>' attribute.
	 * @see nl.klantreis.model.Initiator
	 * @see #isSetInitiator()
	 * @see #unsetInitiator()
	 * @see #setInitiator(Initiator)
	 * @see nl.klantreis.model.KlantreisPackage#getTouchpoint_Initiator()
	 * @model unsettable="true"
	 * @generated
	 */
	Initiator getInitiator();

	/**
	 * Sets the value of the '{@link nl.klantreis.model.Touchpoint#getInitiator <em>Initiator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Initiator</em>' attribute.
	 * @see nl.klantreis.model.Initiator
	 * @see #isSetInitiator()
	 * @see #unsetInitiator()
	 * @see #getInitiator()
	 * @generated
	 */
	void setInitiator(Initiator value);

	/**
	 * Unsets the value of the '{@link nl.klantreis.model.Touchpoint#getInitiator <em>Initiator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetInitiator()
	 * @see #getInitiator()
	 * @see #setInitiator(Initiator)
	 * @generated
	 */
	void unsetInitiator();

	/**
	 * Returns whether the value of the '{@link nl.klantreis.model.Touchpoint#getInitiator <em>Initiator</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Initiator</em>' attribute is set.
	 * @see #unsetInitiator()
	 * @see #getInitiator()
	 * @see #setInitiator(Initiator)
	 * @generated
	 */
	boolean isSetInitiator();

	/**
	 * Returns the value of the '<em><b>Purpose</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.klantreis.model.Purpose}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the contact is for. Unset when not recorded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Purpose</em>' attribute.
	 * @see nl.klantreis.model.Purpose
	 * @see #isSetPurpose()
	 * @see #unsetPurpose()
	 * @see #setPurpose(Purpose)
	 * @see nl.klantreis.model.KlantreisPackage#getTouchpoint_Purpose()
	 * @model unsettable="true"
	 * @generated
	 */
	Purpose getPurpose();

	/**
	 * Sets the value of the '{@link nl.klantreis.model.Touchpoint#getPurpose <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Purpose</em>' attribute.
	 * @see nl.klantreis.model.Purpose
	 * @see #isSetPurpose()
	 * @see #unsetPurpose()
	 * @see #getPurpose()
	 * @generated
	 */
	void setPurpose(Purpose value);

	/**
	 * Unsets the value of the '{@link nl.klantreis.model.Touchpoint#getPurpose <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetPurpose()
	 * @see #getPurpose()
	 * @see #setPurpose(Purpose)
	 * @generated
	 */
	void unsetPurpose();

	/**
	 * Returns whether the value of the '{@link nl.klantreis.model.Touchpoint#getPurpose <em>Purpose</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Purpose</em>' attribute is set.
	 * @see #unsetPurpose()
	 * @see #getPurpose()
	 * @see #setPurpose(Purpose)
	 * @generated
	 */
	boolean isSetPurpose();

	/**
	 * Returns the value of the '<em><b>Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The length of the contact in minutes. Extended intake needs time for trust, explanation and checking understanding (handreiking 2.2). Unset when not recorded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Duration</em>' attribute.
	 * @see #isSetDuration()
	 * @see #unsetDuration()
	 * @see #setDuration(int)
	 * @see nl.klantreis.model.KlantreisPackage#getTouchpoint_Duration()
	 * @model unsettable="true" dataType="nl.klantreis.model.Minutes"
	 * @generated
	 */
	int getDuration();

	/**
	 * Sets the value of the '{@link nl.klantreis.model.Touchpoint#getDuration <em>Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration</em>' attribute.
	 * @see #isSetDuration()
	 * @see #unsetDuration()
	 * @see #getDuration()
	 * @generated
	 */
	void setDuration(int value);

	/**
	 * Unsets the value of the '{@link nl.klantreis.model.Touchpoint#getDuration <em>Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetDuration()
	 * @see #getDuration()
	 * @see #setDuration(int)
	 * @generated
	 */
	void unsetDuration();

	/**
	 * Returns whether the value of the '{@link nl.klantreis.model.Touchpoint#getDuration <em>Duration</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Duration</em>' attribute is set.
	 * @see #unsetDuration()
	 * @see #getDuration()
	 * @see #setDuration(int)
	 * @generated
	 */
	boolean isSetDuration();

	/**
	 * Returns the value of the '<em><b>Interpreter</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.klantreis.model.InterpreterArrangement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How language differences are bridged in the contact (handreiking 2.2: 'inzet van professionele tolken'). Unset when not recorded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Interpreter</em>' attribute.
	 * @see nl.klantreis.model.InterpreterArrangement
	 * @see #isSetInterpreter()
	 * @see #unsetInterpreter()
	 * @see #setInterpreter(InterpreterArrangement)
	 * @see nl.klantreis.model.KlantreisPackage#getTouchpoint_Interpreter()
	 * @model unsettable="true"
	 * @generated
	 */
	InterpreterArrangement getInterpreter();

	/**
	 * Sets the value of the '{@link nl.klantreis.model.Touchpoint#getInterpreter <em>Interpreter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interpreter</em>' attribute.
	 * @see nl.klantreis.model.InterpreterArrangement
	 * @see #isSetInterpreter()
	 * @see #unsetInterpreter()
	 * @see #getInterpreter()
	 * @generated
	 */
	void setInterpreter(InterpreterArrangement value);

	/**
	 * Unsets the value of the '{@link nl.klantreis.model.Touchpoint#getInterpreter <em>Interpreter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetInterpreter()
	 * @see #getInterpreter()
	 * @see #setInterpreter(InterpreterArrangement)
	 * @generated
	 */
	void unsetInterpreter();

	/**
	 * Returns whether the value of the '{@link nl.klantreis.model.Touchpoint#getInterpreter <em>Interpreter</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Interpreter</em>' attribute is set.
	 * @see #unsetInterpreter()
	 * @see #getInterpreter()
	 * @see #setInterpreter(InterpreterArrangement)
	 * @generated
	 */
	boolean isSetInterpreter();

	/**
	 * Returns the value of the '<em><b>Communication Forms</b></em>' attribute list.
	 * The list contents are of type {@link nl.klantreis.model.CommunicationForm}.
	 * The literals are from the enumeration {@link nl.klantreis.model.CommunicationForm}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The forms the communication takes: spoken, written, plain language, translated, visual.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Communication Forms</em>' attribute list.
	 * @see nl.klantreis.model.CommunicationForm
	 * @see nl.klantreis.model.KlantreisPackage#getTouchpoint_CommunicationForms()
	 * @model ordered="false"
	 * @generated
	 */
	EList<CommunicationForm> getCommunicationForms();

	/**
	 * Returns the value of the '<em><b>Understanding Checked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the professional checks back what the persona understood of the information or advice (teach-back, handreiking 2.2: 'terugvragen wat de statushouder begrepen heeft'). A flag: true when recorded; a flag not written says only that it was not recorded, and the rules that rest on it say so.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Understanding Checked</em>' attribute.
	 * @see #setUnderstandingChecked(boolean)
	 * @see nl.klantreis.model.KlantreisPackage#getTouchpoint_UnderstandingChecked()
	 * @model
	 * @generated
	 */
	boolean isUnderstandingChecked();

	/**
	 * Sets the value of the '{@link nl.klantreis.model.Touchpoint#isUnderstandingChecked <em>Understanding Checked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Understanding Checked</em>' attribute.
	 * @see #isUnderstandingChecked()
	 * @generated
	 */
	void setUnderstandingChecked(boolean value);

	/**
	 * Returns the value of the '<em><b>Emotion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the persona experiences the contact, from -2 (very negative) to +2 (very positive); the 'heartbeat' of the journey. Unset when not recorded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Emotion</em>' attribute.
	 * @see #isSetEmotion()
	 * @see #unsetEmotion()
	 * @see #setEmotion(int)
	 * @see nl.klantreis.model.KlantreisPackage#getTouchpoint_Emotion()
	 * @model unsettable="true" dataType="nl.klantreis.model.Emotion"
	 * @generated
	 */
	int getEmotion();

	/**
	 * Sets the value of the '{@link nl.klantreis.model.Touchpoint#getEmotion <em>Emotion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Emotion</em>' attribute.
	 * @see #isSetEmotion()
	 * @see #unsetEmotion()
	 * @see #getEmotion()
	 * @generated
	 */
	void setEmotion(int value);

	/**
	 * Unsets the value of the '{@link nl.klantreis.model.Touchpoint#getEmotion <em>Emotion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetEmotion()
	 * @see #getEmotion()
	 * @see #setEmotion(int)
	 * @generated
	 */
	void unsetEmotion();

	/**
	 * Returns whether the value of the '{@link nl.klantreis.model.Touchpoint#getEmotion <em>Emotion</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Emotion</em>' attribute is set.
	 * @see #unsetEmotion()
	 * @see #getEmotion()
	 * @see #setEmotion(int)
	 * @generated
	 */
	boolean isSetEmotion();

	/**
	 * Returns the value of the '<em><b>Life Domains</b></em>' attribute list.
	 * The list contents are of type {@link nl.klantreis.model.LifeDomain}.
	 * The literals are from the enumeration {@link nl.klantreis.model.LifeDomain}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The life domains (levensgebieden) the contact covers; a broad intake covers all of them (handreiking 2.3, Loon op Zand).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Life Domains</em>' attribute list.
	 * @see nl.klantreis.model.LifeDomain
	 * @see nl.klantreis.model.KlantreisPackage#getTouchpoint_LifeDomains()
	 * @model ordered="false"
	 * @generated
	 */
	EList<LifeDomain> getLifeDomains();

	/**
	 * Returns the value of the '<em><b>Health Signal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether signs of psychological or physical complaints come up in the contact (handreiking 2.3: 'signalen van psychische problemen of gezondheidsklachten'). A flag: true when recorded; a flag not written says only that it was not recorded, and the rules that rest on it say so.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Health Signal</em>' attribute.
	 * @see #setHealthSignal(boolean)
	 * @see nl.klantreis.model.KlantreisPackage#getTouchpoint_HealthSignal()
	 * @model
	 * @generated
	 */
	boolean isHealthSignal();

	/**
	 * Sets the value of the '{@link nl.klantreis.model.Touchpoint#isHealthSignal <em>Health Signal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Health Signal</em>' attribute.
	 * @see #isHealthSignal()
	 * @generated
	 */
	void setHealthSignal(boolean value);

	/**
	 * Returns the value of the '<em><b>Key Persons</b></em>' reference list.
	 * The list contents are of type {@link nl.klantreis.model.KeyPerson}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Key persons who take part in the contact.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Key Persons</em>' reference list.
	 * @see nl.klantreis.model.KlantreisPackage#getTouchpoint_KeyPersons()
	 * @model ordered="false"
	 * @generated
	 */
	EList<KeyPerson> getKeyPersons();

} // Touchpoint
