/**
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rule Setting</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How one culture-sensitivity rule runs for this model: switched off, with another severity, or with other thresholds. The rule's default applies to whatever is not set.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.klantreis.model.RuleSetting#getRuleId <em>Rule Id</em>}</li>
 *   <li>{@link nl.klantreis.model.RuleSetting#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link nl.klantreis.model.RuleSetting#getSeverity <em>Severity</em>}</li>
 *   <li>{@link nl.klantreis.model.RuleSetting#getParameters <em>Parameters</em>}</li>
 * </ul>
 *
 * @see nl.klantreis.model.KlantreisPackage#getRuleSetting()
 * @model
 * @generated
 */
public interface RuleSetting extends EObject
{
	/**
	 * Returns the value of the '<em><b>Rule Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The stable id of the rule (for example 'KR-INTERPRETER-01').
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rule Id</em>' attribute.
	 * @see #setRuleId(String)
	 * @see nl.klantreis.model.KlantreisPackage#getRuleSetting_RuleId()
	 * @model required="true"
	 * @generated
	 */
	String getRuleId();

	/**
	 * Sets the value of the '{@link nl.klantreis.model.RuleSetting#getRuleId <em>Rule Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rule Id</em>' attribute.
	 * @see #getRuleId()
	 * @generated
	 */
	void setRuleId(String value);

	/**
	 * Returns the value of the '<em><b>Enabled</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the rule runs for this model. Unset when not recorded: the rule runs; written as on or off, it is kept.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Enabled</em>' attribute.
	 * @see #isSetEnabled()
	 * @see #unsetEnabled()
	 * @see #setEnabled(boolean)
	 * @see nl.klantreis.model.KlantreisPackage#getRuleSetting_Enabled()
	 * @model default="true" unsettable="true"
	 * @generated
	 */
	boolean isEnabled();

	/**
	 * Sets the value of the '{@link nl.klantreis.model.RuleSetting#isEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled</em>' attribute.
	 * @see #isSetEnabled()
	 * @see #unsetEnabled()
	 * @see #isEnabled()
	 * @generated
	 */
	void setEnabled(boolean value);

	/**
	 * Unsets the value of the '{@link nl.klantreis.model.RuleSetting#isEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetEnabled()
	 * @see #isEnabled()
	 * @see #setEnabled(boolean)
	 * @generated
	 */
	void unsetEnabled();

	/**
	 * Returns whether the value of the '{@link nl.klantreis.model.RuleSetting#isEnabled <em>Enabled</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Enabled</em>' attribute is set.
	 * @see #unsetEnabled()
	 * @see #isEnabled()
	 * @see #setEnabled(boolean)
	 * @generated
	 */
	boolean isSetEnabled();

	/**
	 * Returns the value of the '<em><b>Severity</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.klantreis.model.Severity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The severity of the rule's findings in this model; unset keeps the rule's default.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Severity</em>' attribute.
	 * @see nl.klantreis.model.Severity
	 * @see #isSetSeverity()
	 * @see #unsetSeverity()
	 * @see #setSeverity(Severity)
	 * @see nl.klantreis.model.KlantreisPackage#getRuleSetting_Severity()
	 * @model unsettable="true"
	 * @generated
	 */
	Severity getSeverity();

	/**
	 * Sets the value of the '{@link nl.klantreis.model.RuleSetting#getSeverity <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Severity</em>' attribute.
	 * @see nl.klantreis.model.Severity
	 * @see #isSetSeverity()
	 * @see #unsetSeverity()
	 * @see #getSeverity()
	 * @generated
	 */
	void setSeverity(Severity value);

	/**
	 * Unsets the value of the '{@link nl.klantreis.model.RuleSetting#getSeverity <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetSeverity()
	 * @see #getSeverity()
	 * @see #setSeverity(Severity)
	 * @generated
	 */
	void unsetSeverity();

	/**
	 * Returns whether the value of the '{@link nl.klantreis.model.RuleSetting#getSeverity <em>Severity</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Severity</em>' attribute is set.
	 * @see #unsetSeverity()
	 * @see #getSeverity()
	 * @see #setSeverity(Severity)
	 * @generated
	 */
	boolean isSetSeverity();

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' containment reference list.
	 * The list contents are of type {@link nl.klantreis.model.RuleParameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Thresholds of the rule that differ from their defaults.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parameters</em>' containment reference list.
	 * @see nl.klantreis.model.KlantreisPackage#getRuleSetting_Parameters()
	 * @model containment="true"
	 * @generated
	 */
	EList<RuleParameter> getParameters();

} // RuleSetting
