/**
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Persona</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A persona: a composite status holder whose journey is mapped. Not a real resident: a persona carries no personal data (AVG).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.klantreis.model.Persona#getCountryOfOrigin <em>Country Of Origin</em>}</li>
 *   <li>{@link nl.klantreis.model.Persona#getLanguages <em>Languages</em>}</li>
 *   <li>{@link nl.klantreis.model.Persona#getDutchLevel <em>Dutch Level</em>}</li>
 *   <li>{@link nl.klantreis.model.Persona#getLiteracy <em>Literacy</em>}</li>
 *   <li>{@link nl.klantreis.model.Persona#getHealthLiteracy <em>Health Literacy</em>}</li>
 *   <li>{@link nl.klantreis.model.Persona#getDigitalSkills <em>Digital Skills</em>}</li>
 *   <li>{@link nl.klantreis.model.Persona#getHousehold <em>Household</em>}</li>
 *   <li>{@link nl.klantreis.model.Persona#getGender <em>Gender</em>}</li>
 *   <li>{@link nl.klantreis.model.Persona#getConcerns <em>Concerns</em>}</li>
 * </ul>
 *
 * @see nl.klantreis.model.KlantreisPackage#getPersona()
 * @model
 * @generated
 */
public interface Persona extends NamedElement
{
	/**
	 * Returns the value of the '<em><b>Country Of Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The country the persona comes from (for example 'Eritrea').
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Country Of Origin</em>' attribute.
	 * @see #setCountryOfOrigin(String)
	 * @see nl.klantreis.model.KlantreisPackage#getPersona_CountryOfOrigin()
	 * @model
	 * @generated
	 */
	String getCountryOfOrigin();

	/**
	 * Sets the value of the '{@link nl.klantreis.model.Persona#getCountryOfOrigin <em>Country Of Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Country Of Origin</em>' attribute.
	 * @see #getCountryOfOrigin()
	 * @generated
	 */
	void setCountryOfOrigin(String value);

	/**
	 * Returns the value of the '<em><b>Languages</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The languages the persona speaks, best first (for example 'Tigrinya').
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Languages</em>' attribute list.
	 * @see nl.klantreis.model.KlantreisPackage#getPersona_Languages()
	 * @model
	 * @generated
	 */
	EList<String> getLanguages();

	/**
	 * Returns the value of the '<em><b>Dutch Level</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.klantreis.model.DutchLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The persona's level of Dutch on the CEFR scale.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dutch Level</em>' attribute.
	 * @see nl.klantreis.model.DutchLevel
	 * @see #setDutchLevel(DutchLevel)
	 * @see nl.klantreis.model.KlantreisPackage#getPersona_DutchLevel()
	 * @model
	 * @generated
	 */
	DutchLevel getDutchLevel();

	/**
	 * Sets the value of the '{@link nl.klantreis.model.Persona#getDutchLevel <em>Dutch Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dutch Level</em>' attribute.
	 * @see nl.klantreis.model.DutchLevel
	 * @see #getDutchLevel()
	 * @generated
	 */
	void setDutchLevel(DutchLevel value);

	/**
	 * Returns the value of the '<em><b>Literacy</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.klantreis.model.SkillLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How well the persona reads and writes, in any language (handreiking 2.2: 'laaggeletterdheid').
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Literacy</em>' attribute.
	 * @see nl.klantreis.model.SkillLevel
	 * @see #setLiteracy(SkillLevel)
	 * @see nl.klantreis.model.KlantreisPackage#getPersona_Literacy()
	 * @model
	 * @generated
	 */
	SkillLevel getLiteracy();

	/**
	 * Sets the value of the '{@link nl.klantreis.model.Persona#getLiteracy <em>Literacy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Literacy</em>' attribute.
	 * @see nl.klantreis.model.SkillLevel
	 * @see #getLiteracy()
	 * @generated
	 */
	void setLiteracy(SkillLevel value);

	/**
	 * Returns the value of the '<em><b>Health Literacy</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.klantreis.model.SkillLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How well the persona finds, understands and uses health information (gezondheidsvaardigheden, handreiking 1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Health Literacy</em>' attribute.
	 * @see nl.klantreis.model.SkillLevel
	 * @see #setHealthLiteracy(SkillLevel)
	 * @see nl.klantreis.model.KlantreisPackage#getPersona_HealthLiteracy()
	 * @model
	 * @generated
	 */
	SkillLevel getHealthLiteracy();

	/**
	 * Sets the value of the '{@link nl.klantreis.model.Persona#getHealthLiteracy <em>Health Literacy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Health Literacy</em>' attribute.
	 * @see nl.klantreis.model.SkillLevel
	 * @see #getHealthLiteracy()
	 * @generated
	 */
	void setHealthLiteracy(SkillLevel value);

	/**
	 * Returns the value of the '<em><b>Digital Skills</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.klantreis.model.SkillLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How well the persona uses digital channels such as portals and e-mail.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Digital Skills</em>' attribute.
	 * @see nl.klantreis.model.SkillLevel
	 * @see #setDigitalSkills(SkillLevel)
	 * @see nl.klantreis.model.KlantreisPackage#getPersona_DigitalSkills()
	 * @model
	 * @generated
	 */
	SkillLevel getDigitalSkills();

	/**
	 * Sets the value of the '{@link nl.klantreis.model.Persona#getDigitalSkills <em>Digital Skills</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Digital Skills</em>' attribute.
	 * @see nl.klantreis.model.SkillLevel
	 * @see #getDigitalSkills()
	 * @generated
	 */
	void setDigitalSkills(SkillLevel value);

	/**
	 * Returns the value of the '<em><b>Household</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.klantreis.model.Household}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The persona's household.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Household</em>' attribute.
	 * @see nl.klantreis.model.Household
	 * @see #setHousehold(Household)
	 * @see nl.klantreis.model.KlantreisPackage#getPersona_Household()
	 * @model
	 * @generated
	 */
	Household getHousehold();

	/**
	 * Sets the value of the '{@link nl.klantreis.model.Persona#getHousehold <em>Household</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Household</em>' attribute.
	 * @see nl.klantreis.model.Household
	 * @see #getHousehold()
	 * @generated
	 */
	void setHousehold(Household value);

	/**
	 * Returns the value of the '<em><b>Gender</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.klantreis.model.Gender}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The persona's gender, where it matters for the journey (for example separate consultation hours for women and men).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gender</em>' attribute.
	 * @see nl.klantreis.model.Gender
	 * @see #setGender(Gender)
	 * @see nl.klantreis.model.KlantreisPackage#getPersona_Gender()
	 * @model
	 * @generated
	 */
	Gender getGender();

	/**
	 * Sets the value of the '{@link nl.klantreis.model.Persona#getGender <em>Gender</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gender</em>' attribute.
	 * @see nl.klantreis.model.Gender
	 * @see #getGender()
	 * @generated
	 */
	void setGender(Gender value);

	/**
	 * Returns the value of the '<em><b>Concerns</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What occupies the persona (for example 'gezinshereniging', 'schulden').
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Concerns</em>' attribute list.
	 * @see nl.klantreis.model.KlantreisPackage#getPersona_Concerns()
	 * @model
	 * @generated
	 */
	EList<String> getConcerns();

} // Persona
