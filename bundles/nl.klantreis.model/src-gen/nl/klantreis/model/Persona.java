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
	 * The persona's level of Dutch on the CEFR scale. Unset when not recorded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dutch Level</em>' attribute.
	 * @see nl.klantreis.model.DutchLevel
	 * @see #isSetDutchLevel()
	 * @see #unsetDutchLevel()
	 * @see #setDutchLevel(DutchLevel)
	 * @see nl.klantreis.model.KlantreisPackage#getPersona_DutchLevel()
	 * @model unsettable="true"
	 * @generated
	 */
	DutchLevel getDutchLevel();

	/**
	 * Sets the value of the '{@link nl.klantreis.model.Persona#getDutchLevel <em>Dutch Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dutch Level</em>' attribute.
	 * @see nl.klantreis.model.DutchLevel
	 * @see #isSetDutchLevel()
	 * @see #unsetDutchLevel()
	 * @see #getDutchLevel()
	 * @generated
	 */
	void setDutchLevel(DutchLevel value);

	/**
	 * Unsets the value of the '{@link nl.klantreis.model.Persona#getDutchLevel <em>Dutch Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetDutchLevel()
	 * @see #getDutchLevel()
	 * @see #setDutchLevel(DutchLevel)
	 * @generated
	 */
	void unsetDutchLevel();

	/**
	 * Returns whether the value of the '{@link nl.klantreis.model.Persona#getDutchLevel <em>Dutch Level</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Dutch Level</em>' attribute is set.
	 * @see #unsetDutchLevel()
	 * @see #getDutchLevel()
	 * @see #setDutchLevel(DutchLevel)
	 * @generated
	 */
	boolean isSetDutchLevel();

	/**
	 * Returns the value of the '<em><b>Literacy</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.klantreis.model.SkillLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How well the persona reads and writes, in any language (handreiking 2.2: 'laaggeletterdheid'). Unset when not recorded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Literacy</em>' attribute.
	 * @see nl.klantreis.model.SkillLevel
	 * @see #isSetLiteracy()
	 * @see #unsetLiteracy()
	 * @see #setLiteracy(SkillLevel)
	 * @see nl.klantreis.model.KlantreisPackage#getPersona_Literacy()
	 * @model unsettable="true"
	 * @generated
	 */
	SkillLevel getLiteracy();

	/**
	 * Sets the value of the '{@link nl.klantreis.model.Persona#getLiteracy <em>Literacy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Literacy</em>' attribute.
	 * @see nl.klantreis.model.SkillLevel
	 * @see #isSetLiteracy()
	 * @see #unsetLiteracy()
	 * @see #getLiteracy()
	 * @generated
	 */
	void setLiteracy(SkillLevel value);

	/**
	 * Unsets the value of the '{@link nl.klantreis.model.Persona#getLiteracy <em>Literacy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetLiteracy()
	 * @see #getLiteracy()
	 * @see #setLiteracy(SkillLevel)
	 * @generated
	 */
	void unsetLiteracy();

	/**
	 * Returns whether the value of the '{@link nl.klantreis.model.Persona#getLiteracy <em>Literacy</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Literacy</em>' attribute is set.
	 * @see #unsetLiteracy()
	 * @see #getLiteracy()
	 * @see #setLiteracy(SkillLevel)
	 * @generated
	 */
	boolean isSetLiteracy();

	/**
	 * Returns the value of the '<em><b>Health Literacy</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.klantreis.model.SkillLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How well the persona finds, understands and uses health information (gezondheidsvaardigheden, handreiking 1). Unset when not recorded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Health Literacy</em>' attribute.
	 * @see nl.klantreis.model.SkillLevel
	 * @see #isSetHealthLiteracy()
	 * @see #unsetHealthLiteracy()
	 * @see #setHealthLiteracy(SkillLevel)
	 * @see nl.klantreis.model.KlantreisPackage#getPersona_HealthLiteracy()
	 * @model unsettable="true"
	 * @generated
	 */
	SkillLevel getHealthLiteracy();

	/**
	 * Sets the value of the '{@link nl.klantreis.model.Persona#getHealthLiteracy <em>Health Literacy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Health Literacy</em>' attribute.
	 * @see nl.klantreis.model.SkillLevel
	 * @see #isSetHealthLiteracy()
	 * @see #unsetHealthLiteracy()
	 * @see #getHealthLiteracy()
	 * @generated
	 */
	void setHealthLiteracy(SkillLevel value);

	/**
	 * Unsets the value of the '{@link nl.klantreis.model.Persona#getHealthLiteracy <em>Health Literacy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetHealthLiteracy()
	 * @see #getHealthLiteracy()
	 * @see #setHealthLiteracy(SkillLevel)
	 * @generated
	 */
	void unsetHealthLiteracy();

	/**
	 * Returns whether the value of the '{@link nl.klantreis.model.Persona#getHealthLiteracy <em>Health Literacy</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Health Literacy</em>' attribute is set.
	 * @see #unsetHealthLiteracy()
	 * @see #getHealthLiteracy()
	 * @see #setHealthLiteracy(SkillLevel)
	 * @generated
	 */
	boolean isSetHealthLiteracy();

	/**
	 * Returns the value of the '<em><b>Digital Skills</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.klantreis.model.SkillLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How well the persona uses digital channels such as portals and e-mail. Unset when not recorded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Digital Skills</em>' attribute.
	 * @see nl.klantreis.model.SkillLevel
	 * @see #isSetDigitalSkills()
	 * @see #unsetDigitalSkills()
	 * @see #setDigitalSkills(SkillLevel)
	 * @see nl.klantreis.model.KlantreisPackage#getPersona_DigitalSkills()
	 * @model unsettable="true"
	 * @generated
	 */
	SkillLevel getDigitalSkills();

	/**
	 * Sets the value of the '{@link nl.klantreis.model.Persona#getDigitalSkills <em>Digital Skills</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Digital Skills</em>' attribute.
	 * @see nl.klantreis.model.SkillLevel
	 * @see #isSetDigitalSkills()
	 * @see #unsetDigitalSkills()
	 * @see #getDigitalSkills()
	 * @generated
	 */
	void setDigitalSkills(SkillLevel value);

	/**
	 * Unsets the value of the '{@link nl.klantreis.model.Persona#getDigitalSkills <em>Digital Skills</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetDigitalSkills()
	 * @see #getDigitalSkills()
	 * @see #setDigitalSkills(SkillLevel)
	 * @generated
	 */
	void unsetDigitalSkills();

	/**
	 * Returns whether the value of the '{@link nl.klantreis.model.Persona#getDigitalSkills <em>Digital Skills</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Digital Skills</em>' attribute is set.
	 * @see #unsetDigitalSkills()
	 * @see #getDigitalSkills()
	 * @see #setDigitalSkills(SkillLevel)
	 * @generated
	 */
	boolean isSetDigitalSkills();

	/**
	 * Returns the value of the '<em><b>Household</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.klantreis.model.Household}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The persona's household. Unset when not recorded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Household</em>' attribute.
	 * @see nl.klantreis.model.Household
	 * @see #isSetHousehold()
	 * @see #unsetHousehold()
	 * @see #setHousehold(Household)
	 * @see nl.klantreis.model.KlantreisPackage#getPersona_Household()
	 * @model unsettable="true"
	 * @generated
	 */
	Household getHousehold();

	/**
	 * Sets the value of the '{@link nl.klantreis.model.Persona#getHousehold <em>Household</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Household</em>' attribute.
	 * @see nl.klantreis.model.Household
	 * @see #isSetHousehold()
	 * @see #unsetHousehold()
	 * @see #getHousehold()
	 * @generated
	 */
	void setHousehold(Household value);

	/**
	 * Unsets the value of the '{@link nl.klantreis.model.Persona#getHousehold <em>Household</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetHousehold()
	 * @see #getHousehold()
	 * @see #setHousehold(Household)
	 * @generated
	 */
	void unsetHousehold();

	/**
	 * Returns whether the value of the '{@link nl.klantreis.model.Persona#getHousehold <em>Household</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Household</em>' attribute is set.
	 * @see #unsetHousehold()
	 * @see #getHousehold()
	 * @see #setHousehold(Household)
	 * @generated
	 */
	boolean isSetHousehold();

	/**
	 * Returns the value of the '<em><b>Gender</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.klantreis.model.Gender}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The persona's gender, where it matters for the journey (for example separate consultation hours for women and men). Unset when not recorded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gender</em>' attribute.
	 * @see nl.klantreis.model.Gender
	 * @see #isSetGender()
	 * @see #unsetGender()
	 * @see #setGender(Gender)
	 * @see nl.klantreis.model.KlantreisPackage#getPersona_Gender()
	 * @model unsettable="true"
	 * @generated
	 */
	Gender getGender();

	/**
	 * Sets the value of the '{@link nl.klantreis.model.Persona#getGender <em>Gender</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gender</em>' attribute.
	 * @see nl.klantreis.model.Gender
	 * @see #isSetGender()
	 * @see #unsetGender()
	 * @see #getGender()
	 * @generated
	 */
	void setGender(Gender value);

	/**
	 * Unsets the value of the '{@link nl.klantreis.model.Persona#getGender <em>Gender</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetGender()
	 * @see #getGender()
	 * @see #setGender(Gender)
	 * @generated
	 */
	void unsetGender();

	/**
	 * Returns whether the value of the '{@link nl.klantreis.model.Persona#getGender <em>Gender</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Gender</em>' attribute is set.
	 * @see #unsetGender()
	 * @see #getGender()
	 * @see #setGender(Gender)
	 * @generated
	 */
	boolean isSetGender();

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
