/**
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Key Person</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A key person (sleutelpersoon): a trained experience expert who has lived longer in the Netherlands and builds bridges between status holders and organisations (handreiking 2.5).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.klantreis.model.KeyPerson#getRoles <em>Roles</em>}</li>
 *   <li>{@link nl.klantreis.model.KeyPerson#getContract <em>Contract</em>}</li>
 *   <li>{@link nl.klantreis.model.KeyPerson#getSupervisor <em>Supervisor</em>}</li>
 *   <li>{@link nl.klantreis.model.KeyPerson#getLanguages <em>Languages</em>}</li>
 * </ul>
 *
 * @see nl.klantreis.model.KlantreisPackage#getKeyPerson()
 * @model
 * @generated
 */
public interface KeyPerson extends NamedElement
{
	/**
	 * Returns the value of the '<em><b>Roles</b></em>' attribute list.
	 * The list contents are of type {@link nl.klantreis.model.KeyPersonRole}.
	 * The literals are from the enumeration {@link nl.klantreis.model.KeyPersonRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The roles the key person takes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Roles</em>' attribute list.
	 * @see nl.klantreis.model.KeyPersonRole
	 * @see nl.klantreis.model.KlantreisPackage#getKeyPerson_Roles()
	 * @model ordered="false"
	 * @generated
	 */
	EList<KeyPersonRole> getRoles();

	/**
	 * Returns the value of the '<em><b>Contract</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.klantreis.model.ContractKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The contract the key person works under (handreiking 2.5: 'een (vrijwilligers)contract'). Unset when not recorded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Contract</em>' attribute.
	 * @see nl.klantreis.model.ContractKind
	 * @see #isSetContract()
	 * @see #unsetContract()
	 * @see #setContract(ContractKind)
	 * @see nl.klantreis.model.KlantreisPackage#getKeyPerson_Contract()
	 * @model unsettable="true"
	 * @generated
	 */
	ContractKind getContract();

	/**
	 * Sets the value of the '{@link nl.klantreis.model.KeyPerson#getContract <em>Contract</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contract</em>' attribute.
	 * @see nl.klantreis.model.ContractKind
	 * @see #isSetContract()
	 * @see #unsetContract()
	 * @see #getContract()
	 * @generated
	 */
	void setContract(ContractKind value);

	/**
	 * Unsets the value of the '{@link nl.klantreis.model.KeyPerson#getContract <em>Contract</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetContract()
	 * @see #getContract()
	 * @see #setContract(ContractKind)
	 * @generated
	 */
	void unsetContract();

	/**
	 * Returns whether the value of the '{@link nl.klantreis.model.KeyPerson#getContract <em>Contract</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Contract</em>' attribute is set.
	 * @see #unsetContract()
	 * @see #getContract()
	 * @see #setContract(ContractKind)
	 * @generated
	 */
	boolean isSetContract();

	/**
	 * Returns the value of the '<em><b>Supervisor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The organisation that supervises and supports the key person (handreiking 2.5: 'degelijke begeleiding').
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Supervisor</em>' reference.
	 * @see #setSupervisor(Organisation)
	 * @see nl.klantreis.model.KlantreisPackage#getKeyPerson_Supervisor()
	 * @model
	 * @generated
	 */
	Organisation getSupervisor();

	/**
	 * Sets the value of the '{@link nl.klantreis.model.KeyPerson#getSupervisor <em>Supervisor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Supervisor</em>' reference.
	 * @see #getSupervisor()
	 * @generated
	 */
	void setSupervisor(Organisation value);

	/**
	 * Returns the value of the '<em><b>Languages</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The languages the key person speaks.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Languages</em>' attribute list.
	 * @see nl.klantreis.model.KlantreisPackage#getKeyPerson_Languages()
	 * @model
	 * @generated
	 */
	EList<String> getLanguages();

} // KeyPerson
