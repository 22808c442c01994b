/**
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.model.impl;

import java.util.Collection;

import nl.klantreis.model.ContractKind;
import nl.klantreis.model.KeyPerson;
import nl.klantreis.model.KeyPersonRole;
import nl.klantreis.model.KlantreisPackage;
import nl.klantreis.model.Organisation;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Key Person</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.klantreis.model.impl.KeyPersonImpl#getRoles <em>Roles</em>}</li>
 *   <li>{@link nl.klantreis.model.impl.KeyPersonImpl#getContract <em>Contract</em>}</li>
 *   <li>{@link nl.klantreis.model.impl.KeyPersonImpl#getSupervisor <em>Supervisor</em>}</li>
 *   <li>{@link nl.klantreis.model.impl.KeyPersonImpl#getLanguages <em>Languages</em>}</li>
 * </ul>
 *
 * @generated
 */
public class KeyPersonImpl extends NamedElementImpl implements KeyPerson
{
	/**
	 * The cached value of the '{@link #getRoles() <em>Roles</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoles()
	 * @generated
	 * @ordered
	 */
	protected EList<KeyPersonRole> roles;

	/**
	 * The default value of the '{@link #getContract() <em>Contract</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContract()
	 * @generated
	 * @ordered
	 */
	protected static final ContractKind CONTRACT_EDEFAULT = ContractKind.NONE;

	/**
	 * The cached value of the '{@link #getContract() <em>Contract</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContract()
	 * @generated
	 * @ordered
	 */
	protected ContractKind contract = CONTRACT_EDEFAULT;

	/**
	 * This is true if the Contract attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean contractESet;

	/**
	 * The cached value of the '{@link #getSupervisor() <em>Supervisor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupervisor()
	 * @generated
	 * @ordered
	 */
	protected Organisation supervisor;

	/**
	 * The cached value of the '{@link #getLanguages() <em>Languages</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguages()
	 * @generated
	 * @ordered
	 */
	protected EList<String> languages;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected KeyPersonImpl()
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
		return KlantreisPackage.Literals.KEY_PERSON;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<KeyPersonRole> getRoles()
	{
		if (roles == null)
		{
			roles = new EDataTypeUniqueEList<KeyPersonRole>(KeyPersonRole.class, this, KlantreisPackage.KEY_PERSON__ROLES);
		}
		return roles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContractKind getContract()
	{
		return contract;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContract(ContractKind newContract)
	{
		ContractKind oldContract = contract;
		contract = newContract == null ? CONTRACT_EDEFAULT : newContract;
		boolean oldContractESet = contractESet;
		contractESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KlantreisPackage.KEY_PERSON__CONTRACT, oldContract, contract, !oldContractESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetContract()
	{
		ContractKind oldContract = contract;
		boolean oldContractESet = contractESet;
		contract = CONTRACT_EDEFAULT;
		contractESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, KlantreisPackage.KEY_PERSON__CONTRACT, oldContract, CONTRACT_EDEFAULT, oldContractESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetContract()
	{
		return contractESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getSupervisor()
	{
		if (supervisor != null && supervisor.eIsProxy())
		{
			InternalEObject oldSupervisor = (InternalEObject)supervisor;
			supervisor = (Organisation)eResolveProxy(oldSupervisor);
			if (supervisor != oldSupervisor)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, KlantreisPackage.KEY_PERSON__SUPERVISOR, oldSupervisor, supervisor));
			}
		}
		return supervisor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organisation basicGetSupervisor()
	{
		return supervisor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupervisor(Organisation newSupervisor)
	{
		Organisation oldSupervisor = supervisor;
		supervisor = newSupervisor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KlantreisPackage.KEY_PERSON__SUPERVISOR, oldSupervisor, supervisor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getLanguages()
	{
		if (languages == null)
		{
			languages = new EDataTypeUniqueEList<String>(String.class, this, KlantreisPackage.KEY_PERSON__LANGUAGES);
		}
		return languages;
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
			case KlantreisPackage.KEY_PERSON__ROLES:
				return getRoles();
			case KlantreisPackage.KEY_PERSON__CONTRACT:
				return getContract();
			case KlantreisPackage.KEY_PERSON__SUPERVISOR:
				if (resolve) return getSupervisor();
				return basicGetSupervisor();
			case KlantreisPackage.KEY_PERSON__LANGUAGES:
				return getLanguages();
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
			case KlantreisPackage.KEY_PERSON__ROLES:
				getRoles().clear();
				getRoles().addAll((Collection<? extends KeyPersonRole>)newValue);
				return;
			case KlantreisPackage.KEY_PERSON__CONTRACT:
				setContract((ContractKind)newValue);
				return;
			case KlantreisPackage.KEY_PERSON__SUPERVISOR:
				setSupervisor((Organisation)newValue);
				return;
			case KlantreisPackage.KEY_PERSON__LANGUAGES:
				getLanguages().clear();
				getLanguages().addAll((Collection<? extends String>)newValue);
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
			case KlantreisPackage.KEY_PERSON__ROLES:
				getRoles().clear();
				return;
			case KlantreisPackage.KEY_PERSON__CONTRACT:
				unsetContract();
				return;
			case KlantreisPackage.KEY_PERSON__SUPERVISOR:
				setSupervisor((Organisation)null);
				return;
			case KlantreisPackage.KEY_PERSON__LANGUAGES:
				getLanguages().clear();
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
			case KlantreisPackage.KEY_PERSON__ROLES:
				return roles != null && !roles.isEmpty();
			case KlantreisPackage.KEY_PERSON__CONTRACT:
				return isSetContract();
			case KlantreisPackage.KEY_PERSON__SUPERVISOR:
				return supervisor != null;
			case KlantreisPackage.KEY_PERSON__LANGUAGES:
				return languages != null && !languages.isEmpty();
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
		result.append(" (roles: ");
		result.append(roles);
		result.append(", contract: ");
		if (contractESet) result.append(contract); else result.append("<unset>");
		result.append(", languages: ");
		result.append(languages);
		result.append(')');
		return result.toString();
	}

} //KeyPersonImpl
