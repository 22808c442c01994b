/**
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.voorbeeldstad.klantreis.voorbeeldstad;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see nl.voorbeeldstad.klantreis.voorbeeldstad.VoorbeeldstadPackage
 * @generated
 */
public interface VoorbeeldstadFactory extends EFactory
{
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	VoorbeeldstadFactory eINSTANCE = nl.voorbeeldstad.klantreis.voorbeeldstad.impl.VoorbeeldstadFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Learner Persona</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Learner Persona</em>'.
	 * @generated
	 */
	LearnerPersona createLearnerPersona();

	/**
	 * Returns a new object of class '<em>Language Cafe</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Language Cafe</em>'.
	 * @generated
	 */
	LanguageCafe createLanguageCafe();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	VoorbeeldstadPackage getVoorbeeldstadPackage();

} //VoorbeeldstadFactory
