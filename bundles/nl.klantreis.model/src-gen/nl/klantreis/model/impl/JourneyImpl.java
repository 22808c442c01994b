/**
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.model.impl;

import java.util.Collection;

import nl.klantreis.model.Handover;
import nl.klantreis.model.Improvement;
import nl.klantreis.model.Journey;
import nl.klantreis.model.JourneyKind;
import nl.klantreis.model.JourneyStatus;
import nl.klantreis.model.KlantreisPackage;
import nl.klantreis.model.LifeEvent;
import nl.klantreis.model.Organisation;
import nl.klantreis.model.PainPoint;
import nl.klantreis.model.Persona;
import nl.klantreis.model.Phase;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Journey</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.klantreis.model.impl.JourneyImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link nl.klantreis.model.impl.JourneyImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link nl.klantreis.model.impl.JourneyImpl#getPersona <em>Persona</em>}</li>
 *   <li>{@link nl.klantreis.model.impl.JourneyImpl#getTrigger <em>Trigger</em>}</li>
 *   <li>{@link nl.klantreis.model.impl.JourneyImpl#getPhases <em>Phases</em>}</li>
 *   <li>{@link nl.klantreis.model.impl.JourneyImpl#getHandovers <em>Handovers</em>}</li>
 *   <li>{@link nl.klantreis.model.impl.JourneyImpl#getPainPoints <em>Pain Points</em>}</li>
 *   <li>{@link nl.klantreis.model.impl.JourneyImpl#getImprovements <em>Improvements</em>}</li>
 *   <li>{@link nl.klantreis.model.impl.JourneyImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link nl.klantreis.model.impl.JourneyImpl#getBaseline <em>Baseline</em>}</li>
 * </ul>
 *
 * @generated
 */
public class JourneyImpl extends NamedElementImpl implements Journey
{
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final JourneyKind KIND_EDEFAULT = JourneyKind.ACTUAL;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected JourneyKind kind = KIND_EDEFAULT;

	/**
	 * This is true if the Kind attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean kindESet;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final JourneyStatus STATUS_EDEFAULT = JourneyStatus.DRAFT;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected JourneyStatus status = STATUS_EDEFAULT;

	/**
	 * This is true if the Status attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean statusESet;

	/**
	 * The cached value of the '{@link #getPersona() <em>Persona</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersona()
	 * @generated
	 * @ordered
	 */
	protected Persona persona;

	/**
	 * The cached value of the '{@link #getTrigger() <em>Trigger</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrigger()
	 * @generated
	 * @ordered
	 */
	protected LifeEvent trigger;

	/**
	 * The cached value of the '{@link #getPhases() <em>Phases</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhases()
	 * @generated
	 * @ordered
	 */
	protected EList<Phase> phases;

	/**
	 * The cached value of the '{@link #getHandovers() <em>Handovers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandovers()
	 * @generated
	 * @ordered
	 */
	protected EList<Handover> handovers;

	/**
	 * The cached value of the '{@link #getPainPoints() <em>Pain Points</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPainPoints()
	 * @generated
	 * @ordered
	 */
	protected EList<PainPoint> painPoints;

	/**
	 * The cached value of the '{@link #getImprovements() <em>Improvements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImprovements()
	 * @generated
	 * @ordered
	 */
	protected EList<Improvement> improvements;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected Organisation owner;

	/**
	 * The cached value of the '{@link #getBaseline() <em>Baseline</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseline()
	 * @generated
	 * @ordered
	 */
	protected Journey baseline;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected JourneyImpl()
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
		return KlantreisPackage.Literals.JOURNEY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public JourneyKind getKind()
	{
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(JourneyKind newKind)
	{
		JourneyKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		boolean oldKindESet = kindESet;
		kindESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KlantreisPackage.JOURNEY__KIND, oldKind, kind, !oldKindESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetKind()
	{
		JourneyKind oldKind = kind;
		boolean oldKindESet = kindESet;
		kind = KIND_EDEFAULT;
		kindESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, KlantreisPackage.JOURNEY__KIND, oldKind, KIND_EDEFAULT, oldKindESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetKind()
	{
		return kindESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public JourneyStatus getStatus()
	{
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(JourneyStatus newStatus)
	{
		JourneyStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		boolean oldStatusESet = statusESet;
		statusESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KlantreisPackage.JOURNEY__STATUS, oldStatus, status, !oldStatusESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetStatus()
	{
		JourneyStatus oldStatus = status;
		boolean oldStatusESet = statusESet;
		status = STATUS_EDEFAULT;
		statusESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, KlantreisPackage.JOURNEY__STATUS, oldStatus, STATUS_EDEFAULT, oldStatusESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetStatus()
	{
		return statusESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Persona getPersona()
	{
		if (persona != null && persona.eIsProxy())
		{
			InternalEObject oldPersona = (InternalEObject)persona;
			persona = (Persona)eResolveProxy(oldPersona);
			if (persona != oldPersona)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, KlantreisPackage.JOURNEY__PERSONA, oldPersona, persona));
			}
		}
		return persona;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Persona basicGetPersona()
	{
		return persona;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPersona(Persona newPersona)
	{
		Persona oldPersona = persona;
		persona = newPersona;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KlantreisPackage.JOURNEY__PERSONA, oldPersona, persona));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LifeEvent getTrigger()
	{
		return trigger;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTrigger(LifeEvent newTrigger, NotificationChain msgs)
	{
		LifeEvent oldTrigger = trigger;
		trigger = newTrigger;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, KlantreisPackage.JOURNEY__TRIGGER, oldTrigger, newTrigger);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrigger(LifeEvent newTrigger)
	{
		if (newTrigger != trigger)
		{
			NotificationChain msgs = null;
			if (trigger != null)
				msgs = ((InternalEObject)trigger).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - KlantreisPackage.JOURNEY__TRIGGER, null, msgs);
			if (newTrigger != null)
				msgs = ((InternalEObject)newTrigger).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - KlantreisPackage.JOURNEY__TRIGGER, null, msgs);
			msgs = basicSetTrigger(newTrigger, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KlantreisPackage.JOURNEY__TRIGGER, newTrigger, newTrigger));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Phase> getPhases()
	{
		if (phases == null)
		{
			phases = new EObjectContainmentEList<Phase>(Phase.class, this, KlantreisPackage.JOURNEY__PHASES);
		}
		return phases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Handover> getHandovers()
	{
		if (handovers == null)
		{
			handovers = new EObjectContainmentEList<Handover>(Handover.class, this, KlantreisPackage.JOURNEY__HANDOVERS);
		}
		return handovers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PainPoint> getPainPoints()
	{
		if (painPoints == null)
		{
			painPoints = new EObjectContainmentEList<PainPoint>(PainPoint.class, this, KlantreisPackage.JOURNEY__PAIN_POINTS);
		}
		return painPoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Improvement> getImprovements()
	{
		if (improvements == null)
		{
			improvements = new EObjectContainmentEList<Improvement>(Improvement.class, this, KlantreisPackage.JOURNEY__IMPROVEMENTS);
		}
		return improvements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getOwner()
	{
		if (owner != null && owner.eIsProxy())
		{
			InternalEObject oldOwner = (InternalEObject)owner;
			owner = (Organisation)eResolveProxy(oldOwner);
			if (owner != oldOwner)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, KlantreisPackage.JOURNEY__OWNER, oldOwner, owner));
			}
		}
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organisation basicGetOwner()
	{
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(Organisation newOwner)
	{
		Organisation oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KlantreisPackage.JOURNEY__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Journey getBaseline()
	{
		if (baseline != null && baseline.eIsProxy())
		{
			InternalEObject oldBaseline = (InternalEObject)baseline;
			baseline = (Journey)eResolveProxy(oldBaseline);
			if (baseline != oldBaseline)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, KlantreisPackage.JOURNEY__BASELINE, oldBaseline, baseline));
			}
		}
		return baseline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Journey basicGetBaseline()
	{
		return baseline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaseline(Journey newBaseline)
	{
		Journey oldBaseline = baseline;
		baseline = newBaseline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KlantreisPackage.JOURNEY__BASELINE, oldBaseline, baseline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case KlantreisPackage.JOURNEY__TRIGGER:
				return basicSetTrigger(null, msgs);
			case KlantreisPackage.JOURNEY__PHASES:
				return ((InternalEList<?>)getPhases()).basicRemove(otherEnd, msgs);
			case KlantreisPackage.JOURNEY__HANDOVERS:
				return ((InternalEList<?>)getHandovers()).basicRemove(otherEnd, msgs);
			case KlantreisPackage.JOURNEY__PAIN_POINTS:
				return ((InternalEList<?>)getPainPoints()).basicRemove(otherEnd, msgs);
			case KlantreisPackage.JOURNEY__IMPROVEMENTS:
				return ((InternalEList<?>)getImprovements()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
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
			case KlantreisPackage.JOURNEY__KIND:
				return getKind();
			case KlantreisPackage.JOURNEY__STATUS:
				return getStatus();
			case KlantreisPackage.JOURNEY__PERSONA:
				if (resolve) return getPersona();
				return basicGetPersona();
			case KlantreisPackage.JOURNEY__TRIGGER:
				return getTrigger();
			case KlantreisPackage.JOURNEY__PHASES:
				return getPhases();
			case KlantreisPackage.JOURNEY__HANDOVERS:
				return getHandovers();
			case KlantreisPackage.JOURNEY__PAIN_POINTS:
				return getPainPoints();
			case KlantreisPackage.JOURNEY__IMPROVEMENTS:
				return getImprovements();
			case KlantreisPackage.JOURNEY__OWNER:
				if (resolve) return getOwner();
				return basicGetOwner();
			case KlantreisPackage.JOURNEY__BASELINE:
				if (resolve) return getBaseline();
				return basicGetBaseline();
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
			case KlantreisPackage.JOURNEY__KIND:
				setKind((JourneyKind)newValue);
				return;
			case KlantreisPackage.JOURNEY__STATUS:
				setStatus((JourneyStatus)newValue);
				return;
			case KlantreisPackage.JOURNEY__PERSONA:
				setPersona((Persona)newValue);
				return;
			case KlantreisPackage.JOURNEY__TRIGGER:
				setTrigger((LifeEvent)newValue);
				return;
			case KlantreisPackage.JOURNEY__PHASES:
				getPhases().clear();
				getPhases().addAll((Collection<? extends Phase>)newValue);
				return;
			case KlantreisPackage.JOURNEY__HANDOVERS:
				getHandovers().clear();
				getHandovers().addAll((Collection<? extends Handover>)newValue);
				return;
			case KlantreisPackage.JOURNEY__PAIN_POINTS:
				getPainPoints().clear();
				getPainPoints().addAll((Collection<? extends PainPoint>)newValue);
				return;
			case KlantreisPackage.JOURNEY__IMPROVEMENTS:
				getImprovements().clear();
				getImprovements().addAll((Collection<? extends Improvement>)newValue);
				return;
			case KlantreisPackage.JOURNEY__OWNER:
				setOwner((Organisation)newValue);
				return;
			case KlantreisPackage.JOURNEY__BASELINE:
				setBaseline((Journey)newValue);
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
			case KlantreisPackage.JOURNEY__KIND:
				unsetKind();
				return;
			case KlantreisPackage.JOURNEY__STATUS:
				unsetStatus();
				return;
			case KlantreisPackage.JOURNEY__PERSONA:
				setPersona((Persona)null);
				return;
			case KlantreisPackage.JOURNEY__TRIGGER:
				setTrigger((LifeEvent)null);
				return;
			case KlantreisPackage.JOURNEY__PHASES:
				getPhases().clear();
				return;
			case KlantreisPackage.JOURNEY__HANDOVERS:
				getHandovers().clear();
				return;
			case KlantreisPackage.JOURNEY__PAIN_POINTS:
				getPainPoints().clear();
				return;
			case KlantreisPackage.JOURNEY__IMPROVEMENTS:
				getImprovements().clear();
				return;
			case KlantreisPackage.JOURNEY__OWNER:
				setOwner((Organisation)null);
				return;
			case KlantreisPackage.JOURNEY__BASELINE:
				setBaseline((Journey)null);
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
			case KlantreisPackage.JOURNEY__KIND:
				return isSetKind();
			case KlantreisPackage.JOURNEY__STATUS:
				return isSetStatus();
			case KlantreisPackage.JOURNEY__PERSONA:
				return persona != null;
			case KlantreisPackage.JOURNEY__TRIGGER:
				return trigger != null;
			case KlantreisPackage.JOURNEY__PHASES:
				return phases != null && !phases.isEmpty();
			case KlantreisPackage.JOURNEY__HANDOVERS:
				return handovers != null && !handovers.isEmpty();
			case KlantreisPackage.JOURNEY__PAIN_POINTS:
				return painPoints != null && !painPoints.isEmpty();
			case KlantreisPackage.JOURNEY__IMPROVEMENTS:
				return improvements != null && !improvements.isEmpty();
			case KlantreisPackage.JOURNEY__OWNER:
				return owner != null;
			case KlantreisPackage.JOURNEY__BASELINE:
				return baseline != null;
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
		result.append(" (kind: ");
		if (kindESet) result.append(kind); else result.append("<unset>");
		result.append(", status: ");
		if (statusESet) result.append(status); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //JourneyImpl
