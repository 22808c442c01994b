/**
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Staff Group</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A group of frontline staff of an organisation, with the status holders in their caseload (handreiking 2.6, 'Diversiteit in personeel').
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.klantreis.model.StaffGroup#getName <em>Name</em>}</li>
 *   <li>{@link nl.klantreis.model.StaffGroup#isRefugeeBackground <em>Refugee Background</em>}</li>
 *   <li>{@link nl.klantreis.model.StaffGroup#getMembers <em>Members</em>}</li>
 *   <li>{@link nl.klantreis.model.StaffGroup#getStatusHolderClients <em>Status Holder Clients</em>}</li>
 * </ul>
 *
 * @see nl.klantreis.model.KlantreisPackage#getStaffGroup()
 * @model
 * @generated
 */
public interface StaffGroup extends EObject
{
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name of the group (for example 'klantmanagers team Noord').
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see nl.klantreis.model.KlantreisPackage#getStaffGroup_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link nl.klantreis.model.StaffGroup#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Refugee Background</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the members of this group have a refugee background themselves. A flag: true when recorded; a flag not written says only that it was not recorded, and the rules that rest on it say so.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Refugee Background</em>' attribute.
	 * @see #setRefugeeBackground(boolean)
	 * @see nl.klantreis.model.KlantreisPackage#getStaffGroup_RefugeeBackground()
	 * @model
	 * @generated
	 */
	boolean isRefugeeBackground();

	/**
	 * Sets the value of the '{@link nl.klantreis.model.StaffGroup#isRefugeeBackground <em>Refugee Background</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Refugee Background</em>' attribute.
	 * @see #isRefugeeBackground()
	 * @generated
	 */
	void setRefugeeBackground(boolean value);

	/**
	 * Returns the value of the '<em><b>Members</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The number of staff in the group. Unset when not recorded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Members</em>' attribute.
	 * @see #isSetMembers()
	 * @see #unsetMembers()
	 * @see #setMembers(int)
	 * @see nl.klantreis.model.KlantreisPackage#getStaffGroup_Members()
	 * @model unsettable="true" dataType="nl.klantreis.model.Count"
	 * @generated
	 */
	int getMembers();

	/**
	 * Sets the value of the '{@link nl.klantreis.model.StaffGroup#getMembers <em>Members</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Members</em>' attribute.
	 * @see #isSetMembers()
	 * @see #unsetMembers()
	 * @see #getMembers()
	 * @generated
	 */
	void setMembers(int value);

	/**
	 * Unsets the value of the '{@link nl.klantreis.model.StaffGroup#getMembers <em>Members</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetMembers()
	 * @see #getMembers()
	 * @see #setMembers(int)
	 * @generated
	 */
	void unsetMembers();

	/**
	 * Returns whether the value of the '{@link nl.klantreis.model.StaffGroup#getMembers <em>Members</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Members</em>' attribute is set.
	 * @see #unsetMembers()
	 * @see #getMembers()
	 * @see #setMembers(int)
	 * @generated
	 */
	boolean isSetMembers();

	/**
	 * Returns the value of the '<em><b>Status Holder Clients</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The number of status holders in the group's caseload. Unset when not recorded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status Holder Clients</em>' attribute.
	 * @see #isSetStatusHolderClients()
	 * @see #unsetStatusHolderClients()
	 * @see #setStatusHolderClients(int)
	 * @see nl.klantreis.model.KlantreisPackage#getStaffGroup_StatusHolderClients()
	 * @model unsettable="true" dataType="nl.klantreis.model.Count"
	 * @generated
	 */
	int getStatusHolderClients();

	/**
	 * Sets the value of the '{@link nl.klantreis.model.StaffGroup#getStatusHolderClients <em>Status Holder Clients</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status Holder Clients</em>' attribute.
	 * @see #isSetStatusHolderClients()
	 * @see #unsetStatusHolderClients()
	 * @see #getStatusHolderClients()
	 * @generated
	 */
	void setStatusHolderClients(int value);

	/**
	 * Unsets the value of the '{@link nl.klantreis.model.StaffGroup#getStatusHolderClients <em>Status Holder Clients</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetStatusHolderClients()
	 * @see #getStatusHolderClients()
	 * @see #setStatusHolderClients(int)
	 * @generated
	 */
	void unsetStatusHolderClients();

	/**
	 * Returns whether the value of the '{@link nl.klantreis.model.StaffGroup#getStatusHolderClients <em>Status Holder Clients</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Status Holder Clients</em>' attribute is set.
	 * @see #unsetStatusHolderClients()
	 * @see #getStatusHolderClients()
	 * @see #setStatusHolderClients(int)
	 * @generated
	 */
	boolean isSetStatusHolderClients();

} // StaffGroup
