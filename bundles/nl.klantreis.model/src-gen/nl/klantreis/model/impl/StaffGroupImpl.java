/**
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.model.impl;

import nl.klantreis.model.KlantreisPackage;
import nl.klantreis.model.StaffGroup;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Staff Group</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.klantreis.model.impl.StaffGroupImpl#getName <em>Name</em>}</li>
 *   <li>{@link nl.klantreis.model.impl.StaffGroupImpl#isRefugeeBackground <em>Refugee Background</em>}</li>
 *   <li>{@link nl.klantreis.model.impl.StaffGroupImpl#getMembers <em>Members</em>}</li>
 *   <li>{@link nl.klantreis.model.impl.StaffGroupImpl#getStatusHolderClients <em>Status Holder Clients</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StaffGroupImpl extends MinimalEObjectImpl.Container implements StaffGroup
{
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #isRefugeeBackground() <em>Refugee Background</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRefugeeBackground()
	 * @generated
	 * @ordered
	 */
	protected static final boolean REFUGEE_BACKGROUND_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRefugeeBackground() <em>Refugee Background</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRefugeeBackground()
	 * @generated
	 * @ordered
	 */
	protected boolean refugeeBackground = REFUGEE_BACKGROUND_EDEFAULT;

	/**
	 * The default value of the '{@link #getMembers() <em>Members</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembers()
	 * @generated
	 * @ordered
	 */
	protected static final int MEMBERS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMembers() <em>Members</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembers()
	 * @generated
	 * @ordered
	 */
	protected int members = MEMBERS_EDEFAULT;

	/**
	 * This is true if the Members attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean membersESet;

	/**
	 * The default value of the '{@link #getStatusHolderClients() <em>Status Holder Clients</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusHolderClients()
	 * @generated
	 * @ordered
	 */
	protected static final int STATUS_HOLDER_CLIENTS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getStatusHolderClients() <em>Status Holder Clients</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusHolderClients()
	 * @generated
	 * @ordered
	 */
	protected int statusHolderClients = STATUS_HOLDER_CLIENTS_EDEFAULT;

	/**
	 * This is true if the Status Holder Clients attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean statusHolderClientsESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StaffGroupImpl()
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
		return KlantreisPackage.Literals.STAFF_GROUP;
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
	public void setName(String newName)
	{
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KlantreisPackage.STAFF_GROUP__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRefugeeBackground()
	{
		return refugeeBackground;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRefugeeBackground(boolean newRefugeeBackground)
	{
		boolean oldRefugeeBackground = refugeeBackground;
		refugeeBackground = newRefugeeBackground;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KlantreisPackage.STAFF_GROUP__REFUGEE_BACKGROUND, oldRefugeeBackground, refugeeBackground));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMembers()
	{
		return members;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMembers(int newMembers)
	{
		int oldMembers = members;
		members = newMembers;
		boolean oldMembersESet = membersESet;
		membersESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KlantreisPackage.STAFF_GROUP__MEMBERS, oldMembers, members, !oldMembersESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetMembers()
	{
		int oldMembers = members;
		boolean oldMembersESet = membersESet;
		members = MEMBERS_EDEFAULT;
		membersESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, KlantreisPackage.STAFF_GROUP__MEMBERS, oldMembers, MEMBERS_EDEFAULT, oldMembersESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetMembers()
	{
		return membersESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStatusHolderClients()
	{
		return statusHolderClients;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatusHolderClients(int newStatusHolderClients)
	{
		int oldStatusHolderClients = statusHolderClients;
		statusHolderClients = newStatusHolderClients;
		boolean oldStatusHolderClientsESet = statusHolderClientsESet;
		statusHolderClientsESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KlantreisPackage.STAFF_GROUP__STATUS_HOLDER_CLIENTS, oldStatusHolderClients, statusHolderClients, !oldStatusHolderClientsESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetStatusHolderClients()
	{
		int oldStatusHolderClients = statusHolderClients;
		boolean oldStatusHolderClientsESet = statusHolderClientsESet;
		statusHolderClients = STATUS_HOLDER_CLIENTS_EDEFAULT;
		statusHolderClientsESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, KlantreisPackage.STAFF_GROUP__STATUS_HOLDER_CLIENTS, oldStatusHolderClients, STATUS_HOLDER_CLIENTS_EDEFAULT, oldStatusHolderClientsESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetStatusHolderClients()
	{
		return statusHolderClientsESet;
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
			case KlantreisPackage.STAFF_GROUP__NAME:
				return getName();
			case KlantreisPackage.STAFF_GROUP__REFUGEE_BACKGROUND:
				return isRefugeeBackground();
			case KlantreisPackage.STAFF_GROUP__MEMBERS:
				return getMembers();
			case KlantreisPackage.STAFF_GROUP__STATUS_HOLDER_CLIENTS:
				return getStatusHolderClients();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case KlantreisPackage.STAFF_GROUP__NAME:
				setName((String)newValue);
				return;
			case KlantreisPackage.STAFF_GROUP__REFUGEE_BACKGROUND:
				setRefugeeBackground((Boolean)newValue);
				return;
			case KlantreisPackage.STAFF_GROUP__MEMBERS:
				setMembers((Integer)newValue);
				return;
			case KlantreisPackage.STAFF_GROUP__STATUS_HOLDER_CLIENTS:
				setStatusHolderClients((Integer)newValue);
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
			case KlantreisPackage.STAFF_GROUP__NAME:
				setName(NAME_EDEFAULT);
				return;
			case KlantreisPackage.STAFF_GROUP__REFUGEE_BACKGROUND:
				setRefugeeBackground(REFUGEE_BACKGROUND_EDEFAULT);
				return;
			case KlantreisPackage.STAFF_GROUP__MEMBERS:
				unsetMembers();
				return;
			case KlantreisPackage.STAFF_GROUP__STATUS_HOLDER_CLIENTS:
				unsetStatusHolderClients();
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
			case KlantreisPackage.STAFF_GROUP__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case KlantreisPackage.STAFF_GROUP__REFUGEE_BACKGROUND:
				return refugeeBackground != REFUGEE_BACKGROUND_EDEFAULT;
			case KlantreisPackage.STAFF_GROUP__MEMBERS:
				return isSetMembers();
			case KlantreisPackage.STAFF_GROUP__STATUS_HOLDER_CLIENTS:
				return isSetStatusHolderClients();
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
		result.append(" (name: ");
		result.append(name);
		result.append(", refugeeBackground: ");
		result.append(refugeeBackground);
		result.append(", members: ");
		if (membersESet) result.append(members); else result.append("<unset>");
		result.append(", statusHolderClients: ");
		if (statusHolderClientsESet) result.append(statusHolderClients); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //StaffGroupImpl
