/**
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.model.impl;

import java.util.Collection;

import nl.klantreis.model.Channel;
import nl.klantreis.model.CommunicationForm;
import nl.klantreis.model.Initiator;
import nl.klantreis.model.InterpreterArrangement;
import nl.klantreis.model.KeyPerson;
import nl.klantreis.model.KlantreisPackage;
import nl.klantreis.model.LifeDomain;
import nl.klantreis.model.Organisation;
import nl.klantreis.model.Purpose;
import nl.klantreis.model.Touchpoint;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Touchpoint</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.klantreis.model.impl.TouchpointImpl#getOrganisation <em>Organisation</em>}</li>
 *   <li>{@link nl.klantreis.model.impl.TouchpointImpl#getRole <em>Role</em>}</li>
 *   <li>{@link nl.klantreis.model.impl.TouchpointImpl#getChannel <em>Channel</em>}</li>
 *   <li>{@link nl.klantreis.model.impl.TouchpointImpl#getInitiator <em>Initiator</em>}</li>
 *   <li>{@link nl.klantreis.model.impl.TouchpointImpl#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link nl.klantreis.model.impl.TouchpointImpl#getDuration <em>Duration</em>}</li>
 *   <li>{@link nl.klantreis.model.impl.TouchpointImpl#getInterpreter <em>Interpreter</em>}</li>
 *   <li>{@link nl.klantreis.model.impl.TouchpointImpl#getCommunicationForms <em>Communication Forms</em>}</li>
 *   <li>{@link nl.klantreis.model.impl.TouchpointImpl#isUnderstandingChecked <em>Understanding Checked</em>}</li>
 *   <li>{@link nl.klantreis.model.impl.TouchpointImpl#getEmotion <em>Emotion</em>}</li>
 *   <li>{@link nl.klantreis.model.impl.TouchpointImpl#getLifeDomains <em>Life Domains</em>}</li>
 *   <li>{@link nl.klantreis.model.impl.TouchpointImpl#isHealthSignal <em>Health Signal</em>}</li>
 *   <li>{@link nl.klantreis.model.impl.TouchpointImpl#getKeyPersons <em>Key Persons</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TouchpointImpl extends NamedElementImpl implements Touchpoint
{
	/**
	 * The cached value of the '{@link #getOrganisation() <em>Organisation</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganisation()
	 * @generated
	 * @ordered
	 */
	protected Organisation organisation;

	/**
	 * The default value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected static final String ROLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected String role = ROLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getChannel() <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected static final Channel CHANNEL_EDEFAULT = Channel.COUNTER;

	/**
	 * The cached value of the '{@link #getChannel() <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected Channel channel = CHANNEL_EDEFAULT;

	/**
	 * This is true if the Channel attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean channelESet;

	/**
	 * The default value of the '{@link #getInitiator() <em>Initiator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitiator()
	 * @generated
	 * @ordered
	 */
	protected static final Initiator INITIATOR_EDEFAULT = Initiator.RESIDENT;

	/**
	 * The cached value of the '{@link #getInitiator() <em>Initiator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitiator()
	 * @generated
	 * @ordered
	 */
	protected Initiator initiator = INITIATOR_EDEFAULT;

	/**
	 * This is true if the Initiator attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean initiatorESet;

	/**
	 * The default value of the '{@link #getPurpose() <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurpose()
	 * @generated
	 * @ordered
	 */
	protected static final Purpose PURPOSE_EDEFAULT = Purpose.INFORMATION;

	/**
	 * The cached value of the '{@link #getPurpose() <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurpose()
	 * @generated
	 * @ordered
	 */
	protected Purpose purpose = PURPOSE_EDEFAULT;

	/**
	 * This is true if the Purpose attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean purposeESet;

	/**
	 * The default value of the '{@link #getDuration() <em>Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDuration()
	 * @generated
	 * @ordered
	 */
	protected static final int DURATION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDuration() <em>Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDuration()
	 * @generated
	 * @ordered
	 */
	protected int duration = DURATION_EDEFAULT;

	/**
	 * This is true if the Duration attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean durationESet;

	/**
	 * The default value of the '{@link #getInterpreter() <em>Interpreter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterpreter()
	 * @generated
	 * @ordered
	 */
	protected static final InterpreterArrangement INTERPRETER_EDEFAULT = InterpreterArrangement.NONE;

	/**
	 * The cached value of the '{@link #getInterpreter() <em>Interpreter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterpreter()
	 * @generated
	 * @ordered
	 */
	protected InterpreterArrangement interpreter = INTERPRETER_EDEFAULT;

	/**
	 * This is true if the Interpreter attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean interpreterESet;

	/**
	 * The cached value of the '{@link #getCommunicationForms() <em>Communication Forms</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommunicationForms()
	 * @generated
	 * @ordered
	 */
	protected EList<CommunicationForm> communicationForms;

	/**
	 * The default value of the '{@link #isUnderstandingChecked() <em>Understanding Checked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUnderstandingChecked()
	 * @generated
	 * @ordered
	 */
	protected static final boolean UNDERSTANDING_CHECKED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isUnderstandingChecked() <em>Understanding Checked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUnderstandingChecked()
	 * @generated
	 * @ordered
	 */
	protected boolean understandingChecked = UNDERSTANDING_CHECKED_EDEFAULT;

	/**
	 * The default value of the '{@link #getEmotion() <em>Emotion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmotion()
	 * @generated
	 * @ordered
	 */
	protected static final int EMOTION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getEmotion() <em>Emotion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmotion()
	 * @generated
	 * @ordered
	 */
	protected int emotion = EMOTION_EDEFAULT;

	/**
	 * This is true if the Emotion attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean emotionESet;

	/**
	 * The cached value of the '{@link #getLifeDomains() <em>Life Domains</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLifeDomains()
	 * @generated
	 * @ordered
	 */
	protected EList<LifeDomain> lifeDomains;

	/**
	 * The default value of the '{@link #isHealthSignal() <em>Health Signal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHealthSignal()
	 * @generated
	 * @ordered
	 */
	protected static final boolean HEALTH_SIGNAL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isHealthSignal() <em>Health Signal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHealthSignal()
	 * @generated
	 * @ordered
	 */
	protected boolean healthSignal = HEALTH_SIGNAL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getKeyPersons() <em>Key Persons</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeyPersons()
	 * @generated
	 * @ordered
	 */
	protected EList<KeyPerson> keyPersons;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TouchpointImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass()
	{
		return KlantreisPackage.Literals.TOUCHPOINT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getOrganisation()
	{
		if (organisation != null && organisation.eIsProxy())
		{
			InternalEObject oldOrganisation = (InternalEObject)organisation;
			organisation = (Organisation)eResolveProxy(oldOrganisation);
			if (organisation != oldOrganisation)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, KlantreisPackage.TOUCHPOINT__ORGANISATION, oldOrganisation, organisation));
			}
		}
		return organisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organisation basicGetOrganisation()
	{
		return organisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrganisation(Organisation newOrganisation)
	{
		Organisation oldOrganisation = organisation;
		organisation = newOrganisation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KlantreisPackage.TOUCHPOINT__ORGANISATION, oldOrganisation, organisation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRole()
	{
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(String newRole)
	{
		String oldRole = role;
		role = newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KlantreisPackage.TOUCHPOINT__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Channel getChannel()
	{
		return channel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChannel(Channel newChannel)
	{
		Channel oldChannel = channel;
		channel = newChannel == null ? CHANNEL_EDEFAULT : newChannel;
		boolean oldChannelESet = channelESet;
		channelESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KlantreisPackage.TOUCHPOINT__CHANNEL, oldChannel, channel, !oldChannelESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetChannel()
	{
		Channel oldChannel = channel;
		boolean oldChannelESet = channelESet;
		channel = CHANNEL_EDEFAULT;
		channelESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, KlantreisPackage.TOUCHPOINT__CHANNEL, oldChannel, CHANNEL_EDEFAULT, oldChannelESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetChannel()
	{
		return channelESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Initiator getInitiator()
	{
		return initiator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInitiator(Initiator newInitiator)
	{
		Initiator oldInitiator = initiator;
		initiator = newInitiator == null ? INITIATOR_EDEFAULT : newInitiator;
		boolean oldInitiatorESet = initiatorESet;
		initiatorESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KlantreisPackage.TOUCHPOINT__INITIATOR, oldInitiator, initiator, !oldInitiatorESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetInitiator()
	{
		Initiator oldInitiator = initiator;
		boolean oldInitiatorESet = initiatorESet;
		initiator = INITIATOR_EDEFAULT;
		initiatorESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, KlantreisPackage.TOUCHPOINT__INITIATOR, oldInitiator, INITIATOR_EDEFAULT, oldInitiatorESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetInitiator()
	{
		return initiatorESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Purpose getPurpose()
	{
		return purpose;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPurpose(Purpose newPurpose)
	{
		Purpose oldPurpose = purpose;
		purpose = newPurpose == null ? PURPOSE_EDEFAULT : newPurpose;
		boolean oldPurposeESet = purposeESet;
		purposeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KlantreisPackage.TOUCHPOINT__PURPOSE, oldPurpose, purpose, !oldPurposeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetPurpose()
	{
		Purpose oldPurpose = purpose;
		boolean oldPurposeESet = purposeESet;
		purpose = PURPOSE_EDEFAULT;
		purposeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, KlantreisPackage.TOUCHPOINT__PURPOSE, oldPurpose, PURPOSE_EDEFAULT, oldPurposeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetPurpose()
	{
		return purposeESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDuration()
	{
		return duration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDuration(int newDuration)
	{
		int oldDuration = duration;
		duration = newDuration;
		boolean oldDurationESet = durationESet;
		durationESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KlantreisPackage.TOUCHPOINT__DURATION, oldDuration, duration, !oldDurationESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetDuration()
	{
		int oldDuration = duration;
		boolean oldDurationESet = durationESet;
		duration = DURATION_EDEFAULT;
		durationESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, KlantreisPackage.TOUCHPOINT__DURATION, oldDuration, DURATION_EDEFAULT, oldDurationESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetDuration()
	{
		return durationESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterpreterArrangement getInterpreter()
	{
		return interpreter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInterpreter(InterpreterArrangement newInterpreter)
	{
		InterpreterArrangement oldInterpreter = interpreter;
		interpreter = newInterpreter == null ? INTERPRETER_EDEFAULT : newInterpreter;
		boolean oldInterpreterESet = interpreterESet;
		interpreterESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KlantreisPackage.TOUCHPOINT__INTERPRETER, oldInterpreter, interpreter, !oldInterpreterESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetInterpreter()
	{
		InterpreterArrangement oldInterpreter = interpreter;
		boolean oldInterpreterESet = interpreterESet;
		interpreter = INTERPRETER_EDEFAULT;
		interpreterESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, KlantreisPackage.TOUCHPOINT__INTERPRETER, oldInterpreter, INTERPRETER_EDEFAULT, oldInterpreterESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetInterpreter()
	{
		return interpreterESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CommunicationForm> getCommunicationForms()
	{
		if (communicationForms == null)
		{
			communicationForms = new EDataTypeUniqueEList<CommunicationForm>(CommunicationForm.class, this, KlantreisPackage.TOUCHPOINT__COMMUNICATION_FORMS);
		}
		return communicationForms;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isUnderstandingChecked()
	{
		return understandingChecked;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnderstandingChecked(boolean newUnderstandingChecked)
	{
		boolean oldUnderstandingChecked = understandingChecked;
		understandingChecked = newUnderstandingChecked;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KlantreisPackage.TOUCHPOINT__UNDERSTANDING_CHECKED, oldUnderstandingChecked, understandingChecked));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEmotion()
	{
		return emotion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmotion(int newEmotion)
	{
		int oldEmotion = emotion;
		emotion = newEmotion;
		boolean oldEmotionESet = emotionESet;
		emotionESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KlantreisPackage.TOUCHPOINT__EMOTION, oldEmotion, emotion, !oldEmotionESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetEmotion()
	{
		int oldEmotion = emotion;
		boolean oldEmotionESet = emotionESet;
		emotion = EMOTION_EDEFAULT;
		emotionESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, KlantreisPackage.TOUCHPOINT__EMOTION, oldEmotion, EMOTION_EDEFAULT, oldEmotionESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetEmotion()
	{
		return emotionESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LifeDomain> getLifeDomains()
	{
		if (lifeDomains == null)
		{
			lifeDomains = new EDataTypeUniqueEList<LifeDomain>(LifeDomain.class, this, KlantreisPackage.TOUCHPOINT__LIFE_DOMAINS);
		}
		return lifeDomains;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isHealthSignal()
	{
		return healthSignal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHealthSignal(boolean newHealthSignal)
	{
		boolean oldHealthSignal = healthSignal;
		healthSignal = newHealthSignal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KlantreisPackage.TOUCHPOINT__HEALTH_SIGNAL, oldHealthSignal, healthSignal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<KeyPerson> getKeyPersons()
	{
		if (keyPersons == null)
		{
			keyPersons = new EObjectResolvingEList<KeyPerson>(KeyPerson.class, this, KlantreisPackage.TOUCHPOINT__KEY_PERSONS);
		}
		return keyPersons;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType)
	{
		switch (featureID)
		{
			case KlantreisPackage.TOUCHPOINT__ORGANISATION:
				if (resolve) return getOrganisation();
				return basicGetOrganisation();
			case KlantreisPackage.TOUCHPOINT__ROLE:
				return getRole();
			case KlantreisPackage.TOUCHPOINT__CHANNEL:
				return getChannel();
			case KlantreisPackage.TOUCHPOINT__INITIATOR:
				return getInitiator();
			case KlantreisPackage.TOUCHPOINT__PURPOSE:
				return getPurpose();
			case KlantreisPackage.TOUCHPOINT__DURATION:
				return getDuration();
			case KlantreisPackage.TOUCHPOINT__INTERPRETER:
				return getInterpreter();
			case KlantreisPackage.TOUCHPOINT__COMMUNICATION_FORMS:
				return getCommunicationForms();
			case KlantreisPackage.TOUCHPOINT__UNDERSTANDING_CHECKED:
				return isUnderstandingChecked();
			case KlantreisPackage.TOUCHPOINT__EMOTION:
				return getEmotion();
			case KlantreisPackage.TOUCHPOINT__LIFE_DOMAINS:
				return getLifeDomains();
			case KlantreisPackage.TOUCHPOINT__HEALTH_SIGNAL:
				return isHealthSignal();
			case KlantreisPackage.TOUCHPOINT__KEY_PERSONS:
				return getKeyPersons();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case KlantreisPackage.TOUCHPOINT__ORGANISATION:
				setOrganisation((Organisation)newValue);
				return;
			case KlantreisPackage.TOUCHPOINT__ROLE:
				setRole((String)newValue);
				return;
			case KlantreisPackage.TOUCHPOINT__CHANNEL:
				setChannel((Channel)newValue);
				return;
			case KlantreisPackage.TOUCHPOINT__INITIATOR:
				setInitiator((Initiator)newValue);
				return;
			case KlantreisPackage.TOUCHPOINT__PURPOSE:
				setPurpose((Purpose)newValue);
				return;
			case KlantreisPackage.TOUCHPOINT__DURATION:
				setDuration((Integer)newValue);
				return;
			case KlantreisPackage.TOUCHPOINT__INTERPRETER:
				setInterpreter((InterpreterArrangement)newValue);
				return;
			case KlantreisPackage.TOUCHPOINT__COMMUNICATION_FORMS:
				getCommunicationForms().clear();
				getCommunicationForms().addAll((Collection<? extends CommunicationForm>)newValue);
				return;
			case KlantreisPackage.TOUCHPOINT__UNDERSTANDING_CHECKED:
				setUnderstandingChecked((Boolean)newValue);
				return;
			case KlantreisPackage.TOUCHPOINT__EMOTION:
				setEmotion((Integer)newValue);
				return;
			case KlantreisPackage.TOUCHPOINT__LIFE_DOMAINS:
				getLifeDomains().clear();
				getLifeDomains().addAll((Collection<? extends LifeDomain>)newValue);
				return;
			case KlantreisPackage.TOUCHPOINT__HEALTH_SIGNAL:
				setHealthSignal((Boolean)newValue);
				return;
			case KlantreisPackage.TOUCHPOINT__KEY_PERSONS:
				getKeyPersons().clear();
				getKeyPersons().addAll((Collection<? extends KeyPerson>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID)
	{
		switch (featureID)
		{
			case KlantreisPackage.TOUCHPOINT__ORGANISATION:
				setOrganisation((Organisation)null);
				return;
			case KlantreisPackage.TOUCHPOINT__ROLE:
				setRole(ROLE_EDEFAULT);
				return;
			case KlantreisPackage.TOUCHPOINT__CHANNEL:
				unsetChannel();
				return;
			case KlantreisPackage.TOUCHPOINT__INITIATOR:
				unsetInitiator();
				return;
			case KlantreisPackage.TOUCHPOINT__PURPOSE:
				unsetPurpose();
				return;
			case KlantreisPackage.TOUCHPOINT__DURATION:
				unsetDuration();
				return;
			case KlantreisPackage.TOUCHPOINT__INTERPRETER:
				unsetInterpreter();
				return;
			case KlantreisPackage.TOUCHPOINT__COMMUNICATION_FORMS:
				getCommunicationForms().clear();
				return;
			case KlantreisPackage.TOUCHPOINT__UNDERSTANDING_CHECKED:
				setUnderstandingChecked(UNDERSTANDING_CHECKED_EDEFAULT);
				return;
			case KlantreisPackage.TOUCHPOINT__EMOTION:
				unsetEmotion();
				return;
			case KlantreisPackage.TOUCHPOINT__LIFE_DOMAINS:
				getLifeDomains().clear();
				return;
			case KlantreisPackage.TOUCHPOINT__HEALTH_SIGNAL:
				setHealthSignal(HEALTH_SIGNAL_EDEFAULT);
				return;
			case KlantreisPackage.TOUCHPOINT__KEY_PERSONS:
				getKeyPersons().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID)
	{
		switch (featureID)
		{
			case KlantreisPackage.TOUCHPOINT__ORGANISATION:
				return organisation != null;
			case KlantreisPackage.TOUCHPOINT__ROLE:
				return ROLE_EDEFAULT == null ? role != null : !ROLE_EDEFAULT.equals(role);
			case KlantreisPackage.TOUCHPOINT__CHANNEL:
				return isSetChannel();
			case KlantreisPackage.TOUCHPOINT__INITIATOR:
				return isSetInitiator();
			case KlantreisPackage.TOUCHPOINT__PURPOSE:
				return isSetPurpose();
			case KlantreisPackage.TOUCHPOINT__DURATION:
				return isSetDuration();
			case KlantreisPackage.TOUCHPOINT__INTERPRETER:
				return isSetInterpreter();
			case KlantreisPackage.TOUCHPOINT__COMMUNICATION_FORMS:
				return communicationForms != null && !communicationForms.isEmpty();
			case KlantreisPackage.TOUCHPOINT__UNDERSTANDING_CHECKED:
				return understandingChecked != UNDERSTANDING_CHECKED_EDEFAULT;
			case KlantreisPackage.TOUCHPOINT__EMOTION:
				return isSetEmotion();
			case KlantreisPackage.TOUCHPOINT__LIFE_DOMAINS:
				return lifeDomains != null && !lifeDomains.isEmpty();
			case KlantreisPackage.TOUCHPOINT__HEALTH_SIGNAL:
				return healthSignal != HEALTH_SIGNAL_EDEFAULT;
			case KlantreisPackage.TOUCHPOINT__KEY_PERSONS:
				return keyPersons != null && !keyPersons.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (role: ");
		result.append(role);
		result.append(", channel: ");
		if (channelESet) result.append(channel); else result.append("<unset>");
		result.append(", initiator: ");
		if (initiatorESet) result.append(initiator); else result.append("<unset>");
		result.append(", purpose: ");
		if (purposeESet) result.append(purpose); else result.append("<unset>");
		result.append(", duration: ");
		if (durationESet) result.append(duration); else result.append("<unset>");
		result.append(", interpreter: ");
		if (interpreterESet) result.append(interpreter); else result.append("<unset>");
		result.append(", communicationForms: ");
		result.append(communicationForms);
		result.append(", understandingChecked: ");
		result.append(understandingChecked);
		result.append(", emotion: ");
		if (emotionESet) result.append(emotion); else result.append("<unset>");
		result.append(", lifeDomains: ");
		result.append(lifeDomains);
		result.append(", healthSignal: ");
		result.append(healthSignal);
		result.append(')');
		return result.toString();
	}

} //TouchpointImpl
