/**
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Organisation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A chain partner (ketenpartner) that status holders meet: a municipal department, health care, education, an employer, a migrant organisation.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.klantreis.model.Organisation#getKind <em>Kind</em>}</li>
 *   <li>{@link nl.klantreis.model.Organisation#isTrainedStaff <em>Trained Staff</em>}</li>
 *   <li>{@link nl.klantreis.model.Organisation#isInterpreterBudget <em>Interpreter Budget</em>}</li>
 *   <li>{@link nl.klantreis.model.Organisation#getStatusHolderCaseload <em>Status Holder Caseload</em>}</li>
 *   <li>{@link nl.klantreis.model.Organisation#getStaffGroups <em>Staff Groups</em>}</li>
 * </ul>
 *
 * @see nl.klantreis.model.KlantreisPackage#getOrganisation()
 * @model
 * @generated
 */
public interface Organisation extends NamedElement
{
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.klantreis.model.OrganisationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kind of organisation. Unset when not recorded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see nl.klantreis.model.OrganisationKind
	 * @see #isSetKind()
	 * @see #unsetKind()
	 * @see #setKind(OrganisationKind)
	 * @see nl.klantreis.model.KlantreisPackage#getOrganisation_Kind()
	 * @model unsettable="true"
	 * @generated
	 */
	OrganisationKind getKind();

	/**
	 * Sets the value of the '{@link nl.klantreis.model.Organisation#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see nl.klantreis.model.OrganisationKind
	 * @see #isSetKind()
	 * @see #unsetKind()
	 * @see #getKind()
	 * @generated
	 */
	void setKind(OrganisationKind value);

	/**
	 * Unsets the value of the '{@link nl.klantreis.model.Organisation#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetKind()
	 * @see #getKind()
	 * @see #setKind(OrganisationKind)
	 * @generated
	 */
	void unsetKind();

	/**
	 * Returns whether the value of the '{@link nl.klantreis.model.Organisation#getKind <em>Kind</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Kind</em>' attribute is set.
	 * @see #unsetKind()
	 * @see #getKind()
	 * @see #setKind(OrganisationKind)
	 * @generated
	 */
	boolean isSetKind();

	/**
	 * Returns the value of the '<em><b>Trained Staff</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the frontline staff are trained in culture-sensitive work (handreiking 2.1, 'Kennis vergroten'). A flag: true when recorded; a flag not written says only that it was not recorded, and the rules that rest on it say so.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Trained Staff</em>' attribute.
	 * @see #setTrainedStaff(boolean)
	 * @see nl.klantreis.model.KlantreisPackage#getOrganisation_TrainedStaff()
	 * @model
	 * @generated
	 */
	boolean isTrainedStaff();

	/**
	 * Sets the value of the '{@link nl.klantreis.model.Organisation#isTrainedStaff <em>Trained Staff</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trained Staff</em>' attribute.
	 * @see #isTrainedStaff()
	 * @generated
	 */
	void setTrainedStaff(boolean value);

	/**
	 * Returns the value of the '<em><b>Interpreter Budget</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the organisation has a budget for professional interpreters (handreiking 2.2). A flag: true when recorded; a flag not written says only that it was not recorded, and the rules that rest on it say so.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Interpreter Budget</em>' attribute.
	 * @see #setInterpreterBudget(boolean)
	 * @see nl.klantreis.model.KlantreisPackage#getOrganisation_InterpreterBudget()
	 * @model
	 * @generated
	 */
	boolean isInterpreterBudget();

	/**
	 * Sets the value of the '{@link nl.klantreis.model.Organisation#isInterpreterBudget <em>Interpreter Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interpreter Budget</em>' attribute.
	 * @see #isInterpreterBudget()
	 * @generated
	 */
	void setInterpreterBudget(boolean value);

	/**
	 * Returns the value of the '<em><b>Status Holder Caseload</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The number of status holders in the organisation's caseload: its reach (handreiking 2.1, 'Zicht krijgen op het bereik'). Unset when not recorded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status Holder Caseload</em>' attribute.
	 * @see #isSetStatusHolderCaseload()
	 * @see #unsetStatusHolderCaseload()
	 * @see #setStatusHolderCaseload(int)
	 * @see nl.klantreis.model.KlantreisPackage#getOrganisation_StatusHolderCaseload()
	 * @model unsettable="true" dataType="nl.klantreis.model.Count"
	 * @generated
	 */
	int getStatusHolderCaseload();

	/**
	 * Sets the value of the '{@link nl.klantreis.model.Organisation#getStatusHolderCaseload <em>Status Holder Caseload</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status Holder Caseload</em>' attribute.
	 * @see #isSetStatusHolderCaseload()
	 * @see #unsetStatusHolderCaseload()
	 * @see #getStatusHolderCaseload()
	 * @generated
	 */
	void setStatusHolderCaseload(int value);

	/**
	 * Unsets the value of the '{@link nl.klantreis.model.Organisation#getStatusHolderCaseload <em>Status Holder Caseload</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetStatusHolderCaseload()
	 * @see #getStatusHolderCaseload()
	 * @see #setStatusHolderCaseload(int)
	 * @generated
	 */
	void unsetStatusHolderCaseload();

	/**
	 * Returns whether the value of the '{@link nl.klantreis.model.Organisation#getStatusHolderCaseload <em>Status Holder Caseload</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Status Holder Caseload</em>' attribute is set.
	 * @see #unsetStatusHolderCaseload()
	 * @see #getStatusHolderCaseload()
	 * @see #setStatusHolderCaseload(int)
	 * @generated
	 */
	boolean isSetStatusHolderCaseload();

	/**
	 * Returns the value of the '<em><b>Staff Groups</b></em>' containment reference list.
	 * The list contents are of type {@link nl.klantreis.model.StaffGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Groups of frontline staff and the status holders in their caseload, to see how clients are spread (handreiking 2.6).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Staff Groups</em>' containment reference list.
	 * @see nl.klantreis.model.KlantreisPackage#getOrganisation_StaffGroups()
	 * @model containment="true"
	 * @generated
	 */
	EList<StaffGroup> getStaffGroups();

} // Organisation
