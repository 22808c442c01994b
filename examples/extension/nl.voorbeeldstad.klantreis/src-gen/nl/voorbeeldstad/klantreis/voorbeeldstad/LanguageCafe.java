/**
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.voorbeeldstad.klantreis.voorbeeldstad;

import nl.klantreis.model.Touchpoint;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Language Cafe</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A language café (taalcafé): a group meeting where newcomers practise Dutch with volunteers and hear about the services of the municipality and its partners.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.voorbeeldstad.klantreis.voorbeeldstad.LanguageCafe#getGroupSize <em>Group Size</em>}</li>
 * </ul>
 *
 * @see nl.voorbeeldstad.klantreis.voorbeeldstad.VoorbeeldstadPackage#getLanguageCafe()
 * @model
 * @generated
 */
public interface LanguageCafe extends Touchpoint
{
	/**
	 * Returns the value of the '<em><b>Group Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many newcomers usually take part; unset when not recorded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Group Size</em>' attribute.
	 * @see #isSetGroupSize()
	 * @see #unsetGroupSize()
	 * @see #setGroupSize(int)
	 * @see nl.voorbeeldstad.klantreis.voorbeeldstad.VoorbeeldstadPackage#getLanguageCafe_GroupSize()
	 * @model unsettable="true" dataType="nl.voorbeeldstad.klantreis.voorbeeldstad.GroupSize"
	 * @generated
	 */
	int getGroupSize();

	/**
	 * Sets the value of the '{@link nl.voorbeeldstad.klantreis.voorbeeldstad.LanguageCafe#getGroupSize <em>Group Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group Size</em>' attribute.
	 * @see #isSetGroupSize()
	 * @see #unsetGroupSize()
	 * @see #getGroupSize()
	 * @generated
	 */
	void setGroupSize(int value);

	/**
	 * Unsets the value of the '{@link nl.voorbeeldstad.klantreis.voorbeeldstad.LanguageCafe#getGroupSize <em>Group Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetGroupSize()
	 * @see #getGroupSize()
	 * @see #setGroupSize(int)
	 * @generated
	 */
	void unsetGroupSize();

	/**
	 * Returns whether the value of the '{@link nl.voorbeeldstad.klantreis.voorbeeldstad.LanguageCafe#getGroupSize <em>Group Size</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Group Size</em>' attribute is set.
	 * @see #unsetGroupSize()
	 * @see #getGroupSize()
	 * @see #setGroupSize(int)
	 * @generated
	 */
	boolean isSetGroupSize();

} // LanguageCafe
