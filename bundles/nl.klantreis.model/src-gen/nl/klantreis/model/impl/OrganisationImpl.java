/**
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.model.impl;

import java.util.Collection;

import nl.klantreis.model.KlantreisPackage;
import nl.klantreis.model.Organisation;
import nl.klantreis.model.OrganisationKind;
import nl.klantreis.model.StaffGroup;

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
 * An implementation of the model object '<em><b>Organisation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.klantreis.model.impl.OrganisationImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link nl.klantreis.model.impl.OrganisationImpl#isTrainedStaff <em>Trained Staff</em>}</li>
 *   <li>{@link nl.klantreis.model.impl.OrganisationImpl#isInterpreterBudget <em>Interpreter Budget</em>}</li>
 *   <li>{@link nl.klantreis.model.impl.OrganisationImpl#getStatusHolderCaseload <em>Status Holder Caseload</em>}</li>
 *   <li>{@link nl.klantreis.model.impl.OrganisationImpl#getStaffGroups <em>Staff Groups</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OrganisationImpl extends NamedElementImpl implements Organisation
{
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final OrganisationKind KIND_EDEFAULT = OrganisationKind.CUSTOMER_CONTACT_CENTRE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected OrganisationKind kind = KIND_EDEFAULT;

	/**
	 * This is true if the Kind attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean kindESet;

	/**
	 * The default value of the '{@link #isTrainedStaff() <em>Trained Staff</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTrainedStaff()
	 * @generated
	 * @ordered
	 */
	protected static final boolean TRAINED_STAFF_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isTrainedStaff() <em>Trained Staff</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTrainedStaff()
	 * @generated
	 * @ordered
	 */
	protected boolean trainedStaff = TRAINED_STAFF_EDEFAULT;

	/**
	 * The default value of the '{@link #isInterpreterBudget() <em>Interpreter Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isInterpreterBudget()
	 * @generated
	 * @ordered
	 */
	protected static final boolean INTERPRETER_BUDGET_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isInterpreterBudget() <em>Interpreter Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isInterpreterBudget()
	 * @generated
	 * @ordered
	 */
	protected boolean interpreterBudget = INTERPRETER_BUDGET_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatusHolderCaseload() <em>Status Holder Caseload</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusHolderCaseload()
	 * @generated
	 * @ordered
	 */
	protected static final int STATUS_HOLDER_CASELOAD_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getStatusHolderCaseload() <em>Status Holder Caseload</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusHolderCaseload()
	 * @generated
	 * @ordered
	 */
	protected int statusHolderCaseload = STATUS_HOLDER_CASELOAD_EDEFAULT;

	/**
	 * This is true if the Status Holder Caseload attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean statusHolderCaseloadESet;

	/**
	 * The cached value of the '{@link #getStaffGroups() <em>Staff Groups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStaffGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<StaffGroup> staffGroups;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OrganisationImpl()
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
		return KlantreisPackage.Literals.ORGANISATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OrganisationKind getKind()
	{
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(OrganisationKind newKind)
	{
		OrganisationKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		boolean oldKindESet = kindESet;
		kindESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KlantreisPackage.ORGANISATION__KIND, oldKind, kind, !oldKindESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetKind()
	{
		OrganisationKind oldKind = kind;
		boolean oldKindESet = kindESet;
		kind = KIND_EDEFAULT;
		kindESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, KlantreisPackage.ORGANISATION__KIND, oldKind, KIND_EDEFAULT, oldKindESet));
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
	public boolean isTrainedStaff()
	{
		return trainedStaff;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrainedStaff(boolean newTrainedStaff)
	{
		boolean oldTrainedStaff = trainedStaff;
		trainedStaff = newTrainedStaff;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KlantreisPackage.ORGANISATION__TRAINED_STAFF, oldTrainedStaff, trainedStaff));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isInterpreterBudget()
	{
		return interpreterBudget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInterpreterBudget(boolean newInterpreterBudget)
	{
		boolean oldInterpreterBudget = interpreterBudget;
		interpreterBudget = newInterpreterBudget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KlantreisPackage.ORGANISATION__INTERPRETER_BUDGET, oldInterpreterBudget, interpreterBudget));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStatusHolderCaseload()
	{
		return statusHolderCaseload;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatusHolderCaseload(int newStatusHolderCaseload)
	{
		int oldStatusHolderCaseload = statusHolderCaseload;
		statusHolderCaseload = newStatusHolderCaseload;
		boolean oldStatusHolderCaseloadESet = statusHolderCaseloadESet;
		statusHolderCaseloadESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KlantreisPackage.ORGANISATION__STATUS_HOLDER_CASELOAD, oldStatusHolderCaseload, statusHolderCaseload, !oldStatusHolderCaseloadESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetStatusHolderCaseload()
	{
		int oldStatusHolderCaseload = statusHolderCaseload;
		boolean oldStatusHolderCaseloadESet = statusHolderCaseloadESet;
		statusHolderCaseload = STATUS_HOLDER_CASELOAD_EDEFAULT;
		statusHolderCaseloadESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, KlantreisPackage.ORGANISATION__STATUS_HOLDER_CASELOAD, oldStatusHolderCaseload, STATUS_HOLDER_CASELOAD_EDEFAULT, oldStatusHolderCaseloadESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetStatusHolderCaseload()
	{
		return statusHolderCaseloadESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StaffGroup> getStaffGroups()
	{
		if (staffGroups == null)
		{
			staffGroups = new EObjectContainmentEList<StaffGroup>(StaffGroup.class, this, KlantreisPackage.ORGANISATION__STAFF_GROUPS);
		}
		return staffGroups;
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
			case KlantreisPackage.ORGANISATION__STAFF_GROUPS:
				return ((InternalEList<?>)getStaffGroups()).basicRemove(otherEnd, msgs);
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
			case KlantreisPackage.ORGANISATION__KIND:
				return getKind();
			case KlantreisPackage.ORGANISATION__TRAINED_STAFF:
				return isTrainedStaff();
			case KlantreisPackage.ORGANISATION__INTERPRETER_BUDGET:
				return isInterpreterBudget();
			case KlantreisPackage.ORGANISATION__STATUS_HOLDER_CASELOAD:
				return getStatusHolderCaseload();
			case KlantreisPackage.ORGANISATION__STAFF_GROUPS:
				return getStaffGroups();
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
			case KlantreisPackage.ORGANISATION__KIND:
				setKind((OrganisationKind)newValue);
				return;
			case KlantreisPackage.ORGANISATION__TRAINED_STAFF:
				setTrainedStaff((Boolean)newValue);
				return;
			case KlantreisPackage.ORGANISATION__INTERPRETER_BUDGET:
				setInterpreterBudget((Boolean)newValue);
				return;
			case KlantreisPackage.ORGANISATION__STATUS_HOLDER_CASELOAD:
				setStatusHolderCaseload((Integer)newValue);
				return;
			case KlantreisPackage.ORGANISATION__STAFF_GROUPS:
				getStaffGroups().clear();
				getStaffGroups().addAll((Collection<? extends StaffGroup>)newValue);
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
			case KlantreisPackage.ORGANISATION__KIND:
				unsetKind();
				return;
			case KlantreisPackage.ORGANISATION__TRAINED_STAFF:
				setTrainedStaff(TRAINED_STAFF_EDEFAULT);
				return;
			case KlantreisPackage.ORGANISATION__INTERPRETER_BUDGET:
				setInterpreterBudget(INTERPRETER_BUDGET_EDEFAULT);
				return;
			case KlantreisPackage.ORGANISATION__STATUS_HOLDER_CASELOAD:
				unsetStatusHolderCaseload();
				return;
			case KlantreisPackage.ORGANISATION__STAFF_GROUPS:
				getStaffGroups().clear();
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
			case KlantreisPackage.ORGANISATION__KIND:
				return isSetKind();
			case KlantreisPackage.ORGANISATION__TRAINED_STAFF:
				return trainedStaff != TRAINED_STAFF_EDEFAULT;
			case KlantreisPackage.ORGANISATION__INTERPRETER_BUDGET:
				return interpreterBudget != INTERPRETER_BUDGET_EDEFAULT;
			case KlantreisPackage.ORGANISATION__STATUS_HOLDER_CASELOAD:
				return isSetStatusHolderCaseload();
			case KlantreisPackage.ORGANISATION__STAFF_GROUPS:
				return staffGroups != null && !staffGroups.isEmpty();
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
		result.append(", trainedStaff: ");
		result.append(trainedStaff);
		result.append(", interpreterBudget: ");
		result.append(interpreterBudget);
		result.append(", statusHolderCaseload: ");
		if (statusHolderCaseloadESet) result.append(statusHolderCaseload); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //OrganisationImpl
