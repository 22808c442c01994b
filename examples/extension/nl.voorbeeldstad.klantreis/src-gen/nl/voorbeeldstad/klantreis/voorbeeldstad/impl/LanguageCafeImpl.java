/**
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.voorbeeldstad.klantreis.voorbeeldstad.impl;

import nl.klantreis.model.impl.TouchpointImpl;

import nl.voorbeeldstad.klantreis.voorbeeldstad.LanguageCafe;
import nl.voorbeeldstad.klantreis.voorbeeldstad.VoorbeeldstadPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Language Cafe</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.voorbeeldstad.klantreis.voorbeeldstad.impl.LanguageCafeImpl#getGroupSize <em>Group Size</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LanguageCafeImpl extends TouchpointImpl implements LanguageCafe
{
	/**
	 * The default value of the '{@link #getGroupSize() <em>Group Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroupSize()
	 * @generated
	 * @ordered
	 */
	protected static final int GROUP_SIZE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getGroupSize() <em>Group Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroupSize()
	 * @generated
	 * @ordered
	 */
	protected int groupSize = GROUP_SIZE_EDEFAULT;

	/**
	 * This is true if the Group Size attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean groupSizeESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LanguageCafeImpl()
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
		return VoorbeeldstadPackage.Literals.LANGUAGE_CAFE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getGroupSize()
	{
		return groupSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGroupSize(int newGroupSize)
	{
		int oldGroupSize = groupSize;
		groupSize = newGroupSize;
		boolean oldGroupSizeESet = groupSizeESet;
		groupSizeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VoorbeeldstadPackage.LANGUAGE_CAFE__GROUP_SIZE, oldGroupSize, groupSize, !oldGroupSizeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetGroupSize()
	{
		int oldGroupSize = groupSize;
		boolean oldGroupSizeESet = groupSizeESet;
		groupSize = GROUP_SIZE_EDEFAULT;
		groupSizeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, VoorbeeldstadPackage.LANGUAGE_CAFE__GROUP_SIZE, oldGroupSize, GROUP_SIZE_EDEFAULT, oldGroupSizeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetGroupSize()
	{
		return groupSizeESet;
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
			case VoorbeeldstadPackage.LANGUAGE_CAFE__GROUP_SIZE:
				return getGroupSize();
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
			case VoorbeeldstadPackage.LANGUAGE_CAFE__GROUP_SIZE:
				setGroupSize((Integer)newValue);
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
			case VoorbeeldstadPackage.LANGUAGE_CAFE__GROUP_SIZE:
				unsetGroupSize();
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
			case VoorbeeldstadPackage.LANGUAGE_CAFE__GROUP_SIZE:
				return isSetGroupSize();
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
		result.append(" (groupSize: ");
		if (groupSizeESet) result.append(groupSize); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //LanguageCafeImpl
