/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
grammar InternalKlantreis;

options {
	superClass=AbstractInternalAntlrParser;
}

@lexer::header {
package nl.klantreis.dsl.parser.antlr.internal;

// Hack: Use our own Lexer superclass by means of import. 
// Currently there is no other way to specify the superclass for the lexer.
import org.eclipse.xtext.parser.antlr.Lexer;
}

@parser::header {
package nl.klantreis.dsl.parser.antlr.internal;

import org.eclipse.xtext.*;
import org.eclipse.xtext.parser.*;
import org.eclipse.xtext.parser.impl.*;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.xtext.parser.antlr.AbstractInternalAntlrParser;
import org.eclipse.xtext.parser.antlr.XtextTokenStream;
import org.eclipse.xtext.parser.antlr.XtextTokenStream.HiddenTokens;
import org.eclipse.xtext.parser.antlr.AntlrDatatypeRuleToken;
import nl.klantreis.dsl.services.KlantreisGrammarAccess;

}

@parser::members {

 	private KlantreisGrammarAccess grammarAccess;

    public InternalKlantreisParser(TokenStream input, KlantreisGrammarAccess grammarAccess) {
        this(input);
        this.grammarAccess = grammarAccess;
        registerRules(grammarAccess.getGrammar());
    }

    @Override
    protected String getFirstRuleName() {
    	return "JourneyModel";
   	}

   	@Override
   	protected KlantreisGrammarAccess getGrammarAccess() {
   		return grammarAccess;
   	}

}

@rulecatch {
    catch (RecognitionException re) {
        recover(input,re);
        appendSkippedTokens();
    }
}

// Entry rule entryRuleJourneyModel
entryRuleJourneyModel returns [EObject current=null]:
	{ newCompositeNode(grammarAccess.getJourneyModelRule()); }
	iv_ruleJourneyModel=ruleJourneyModel
	{ $current=$iv_ruleJourneyModel.current; }
	EOF;

// Rule JourneyModel
ruleJourneyModel returns [EObject current=null]
@init {
	enterRule();
}
@after {
	leaveRule();
}:
	(
		otherlv_0='model'
		{
			newLeafNode(otherlv_0, grammarAccess.getJourneyModelAccess().getModelKeyword_0());
		}
		(
			(
				lv_id_1_0=RULE_ID
				{
					newLeafNode(lv_id_1_0, grammarAccess.getJourneyModelAccess().getIdIDTerminalRuleCall_1_0());
				}
				{
					if ($current==null) {
						$current = createModelElement(grammarAccess.getJourneyModelRule());
					}
					setWithLastConsumed(
						$current,
						"id",
						lv_id_1_0,
						"nl.klantreis.dsl.Klantreis.ID");
				}
			)
		)
		(
			(
				lv_name_2_0=RULE_STRING
				{
					newLeafNode(lv_name_2_0, grammarAccess.getJourneyModelAccess().getNameSTRINGTerminalRuleCall_2_0());
				}
				{
					if ($current==null) {
						$current = createModelElement(grammarAccess.getJourneyModelRule());
					}
					setWithLastConsumed(
						$current,
						"name",
						lv_name_2_0,
						"nl.klantreis.dsl.Klantreis.STRING");
				}
			)
		)?
		otherlv_3='{'
		{
			newLeafNode(otherlv_3, grammarAccess.getJourneyModelAccess().getLeftCurlyBracketKeyword_3());
		}
		(
			otherlv_4='description'
			{
				newLeafNode(otherlv_4, grammarAccess.getJourneyModelAccess().getDescriptionKeyword_4_0());
			}
			(
				(
					lv_description_5_0=RULE_STRING
					{
						newLeafNode(lv_description_5_0, grammarAccess.getJourneyModelAccess().getDescriptionSTRINGTerminalRuleCall_4_1_0());
					}
					{
						if ($current==null) {
							$current = createModelElement(grammarAccess.getJourneyModelRule());
						}
						setWithLastConsumed(
							$current,
							"description",
							lv_description_5_0,
							"nl.klantreis.dsl.Klantreis.STRING");
					}
				)
			)
		)?
		(
			(
				(
					{
						newCompositeNode(grammarAccess.getJourneyModelAccess().getOrganisationsOrganisationParserRuleCall_5_0_0());
					}
					lv_organisations_6_0=ruleOrganisation
					{
						if ($current==null) {
							$current = createModelElementForParent(grammarAccess.getJourneyModelRule());
						}
						add(
							$current,
							"organisations",
							lv_organisations_6_0,
							"nl.klantreis.dsl.Klantreis.Organisation");
						afterParserOrEnumRuleCall();
					}
				)
			)
			    |
			(
				(
					{
						newCompositeNode(grammarAccess.getJourneyModelAccess().getPersonasPersonaParserRuleCall_5_1_0());
					}
					lv_personas_7_0=rulePersona
					{
						if ($current==null) {
							$current = createModelElementForParent(grammarAccess.getJourneyModelRule());
						}
						add(
							$current,
							"personas",
							lv_personas_7_0,
							"nl.klantreis.dsl.Klantreis.Persona");
						afterParserOrEnumRuleCall();
					}
				)
			)
			    |
			(
				(
					{
						newCompositeNode(grammarAccess.getJourneyModelAccess().getKeyPersonsKeyPersonParserRuleCall_5_2_0());
					}
					lv_keyPersons_8_0=ruleKeyPerson
					{
						if ($current==null) {
							$current = createModelElementForParent(grammarAccess.getJourneyModelRule());
						}
						add(
							$current,
							"keyPersons",
							lv_keyPersons_8_0,
							"nl.klantreis.dsl.Klantreis.KeyPerson");
						afterParserOrEnumRuleCall();
					}
				)
			)
			    |
			(
				(
					{
						newCompositeNode(grammarAccess.getJourneyModelAccess().getJourneysJourneyParserRuleCall_5_3_0());
					}
					lv_journeys_9_0=ruleJourney
					{
						if ($current==null) {
							$current = createModelElementForParent(grammarAccess.getJourneyModelRule());
						}
						add(
							$current,
							"journeys",
							lv_journeys_9_0,
							"nl.klantreis.dsl.Klantreis.Journey");
						afterParserOrEnumRuleCall();
					}
				)
			)
			    |
			(
				(
					{
						newCompositeNode(grammarAccess.getJourneyModelAccess().getRuleSettingsRuleSettingParserRuleCall_5_4_0());
					}
					lv_ruleSettings_10_0=ruleRuleSetting
					{
						if ($current==null) {
							$current = createModelElementForParent(grammarAccess.getJourneyModelRule());
						}
						add(
							$current,
							"ruleSettings",
							lv_ruleSettings_10_0,
							"nl.klantreis.dsl.Klantreis.RuleSetting");
						afterParserOrEnumRuleCall();
					}
				)
			)
		)*
		otherlv_11='}'
		{
			newLeafNode(otherlv_11, grammarAccess.getJourneyModelAccess().getRightCurlyBracketKeyword_6());
		}
	)
;

// Entry rule entryRuleOrganisation
entryRuleOrganisation returns [EObject current=null]:
	{ newCompositeNode(grammarAccess.getOrganisationRule()); }
	iv_ruleOrganisation=ruleOrganisation
	{ $current=$iv_ruleOrganisation.current; }
	EOF;

// Rule Organisation
ruleOrganisation returns [EObject current=null]
@init {
	enterRule();
}
@after {
	leaveRule();
}:
	(
		otherlv_0='organisation'
		{
			newLeafNode(otherlv_0, grammarAccess.getOrganisationAccess().getOrganisationKeyword_0());
		}
		(
			(
				lv_id_1_0=RULE_ID
				{
					newLeafNode(lv_id_1_0, grammarAccess.getOrganisationAccess().getIdIDTerminalRuleCall_1_0());
				}
				{
					if ($current==null) {
						$current = createModelElement(grammarAccess.getOrganisationRule());
					}
					setWithLastConsumed(
						$current,
						"id",
						lv_id_1_0,
						"nl.klantreis.dsl.Klantreis.ID");
				}
			)
		)
		(
			(
				lv_name_2_0=RULE_STRING
				{
					newLeafNode(lv_name_2_0, grammarAccess.getOrganisationAccess().getNameSTRINGTerminalRuleCall_2_0());
				}
				{
					if ($current==null) {
						$current = createModelElement(grammarAccess.getOrganisationRule());
					}
					setWithLastConsumed(
						$current,
						"name",
						lv_name_2_0,
						"nl.klantreis.dsl.Klantreis.STRING");
				}
			)
		)?
		otherlv_3='{'
		{
			newLeafNode(otherlv_3, grammarAccess.getOrganisationAccess().getLeftCurlyBracketKeyword_3());
		}
		(
			otherlv_4='description'
			{
				newLeafNode(otherlv_4, grammarAccess.getOrganisationAccess().getDescriptionKeyword_4_0());
			}
			(
				(
					lv_description_5_0=RULE_STRING
					{
						newLeafNode(lv_description_5_0, grammarAccess.getOrganisationAccess().getDescriptionSTRINGTerminalRuleCall_4_1_0());
					}
					{
						if ($current==null) {
							$current = createModelElement(grammarAccess.getOrganisationRule());
						}
						setWithLastConsumed(
							$current,
							"description",
							lv_description_5_0,
							"nl.klantreis.dsl.Klantreis.STRING");
					}
				)
			)
		)?
		(
			otherlv_6='kind'
			{
				newLeafNode(otherlv_6, grammarAccess.getOrganisationAccess().getKindKeyword_5_0());
			}
			(
				(
					{
						newCompositeNode(grammarAccess.getOrganisationAccess().getKindOrganisationKindEnumRuleCall_5_1_0());
					}
					lv_kind_7_0=ruleOrganisationKind
					{
						if ($current==null) {
							$current = createModelElementForParent(grammarAccess.getOrganisationRule());
						}
						set(
							$current,
							"kind",
							lv_kind_7_0,
							"nl.klantreis.dsl.Klantreis.OrganisationKind");
						afterParserOrEnumRuleCall();
					}
				)
			)
		)?
		(
			(
				(
					lv_trainedStaff_8_0='trained'
					{
						newLeafNode(lv_trainedStaff_8_0, grammarAccess.getOrganisationAccess().getTrainedStaffTrainedKeyword_6_0_0());
					}
					{
						if ($current==null) {
							$current = createModelElement(grammarAccess.getOrganisationRule());
						}
						setWithLastConsumed($current, "trainedStaff", lv_trainedStaff_8_0 != null, "trained");
					}
				)
			)
			otherlv_9='staff'
			{
				newLeafNode(otherlv_9, grammarAccess.getOrganisationAccess().getStaffKeyword_6_1());
			}
		)?
		(
			(
				(
					lv_interpreterBudget_10_0='interpreter'
					{
						newLeafNode(lv_interpreterBudget_10_0, grammarAccess.getOrganisationAccess().getInterpreterBudgetInterpreterKeyword_7_0_0());
					}
					{
						if ($current==null) {
							$current = createModelElement(grammarAccess.getOrganisationRule());
						}
						setWithLastConsumed($current, "interpreterBudget", lv_interpreterBudget_10_0 != null, "interpreter");
					}
				)
			)
			otherlv_11='budget'
			{
				newLeafNode(otherlv_11, grammarAccess.getOrganisationAccess().getBudgetKeyword_7_1());
			}
		)?
		(
			otherlv_12='caseload'
			{
				newLeafNode(otherlv_12, grammarAccess.getOrganisationAccess().getCaseloadKeyword_8_0());
			}
			(
				(
					lv_statusHolderCaseload_13_0=RULE_INT
					{
						newLeafNode(lv_statusHolderCaseload_13_0, grammarAccess.getOrganisationAccess().getStatusHolderCaseloadINTTerminalRuleCall_8_1_0());
					}
					{
						if ($current==null) {
							$current = createModelElement(grammarAccess.getOrganisationRule());
						}
						setWithLastConsumed(
							$current,
							"statusHolderCaseload",
							lv_statusHolderCaseload_13_0,
							"nl.klantreis.dsl.Klantreis.INT");
					}
				)
			)
		)?
		(
			(
				{
					newCompositeNode(grammarAccess.getOrganisationAccess().getStaffGroupsStaffGroupParserRuleCall_9_0());
				}
				lv_staffGroups_14_0=ruleStaffGroup
				{
					if ($current==null) {
						$current = createModelElementForParent(grammarAccess.getOrganisationRule());
					}
					add(
						$current,
						"staffGroups",
						lv_staffGroups_14_0,
						"nl.klantreis.dsl.Klantreis.StaffGroup");
					afterParserOrEnumRuleCall();
				}
			)
		)*
		otherlv_15='}'
		{
			newLeafNode(otherlv_15, grammarAccess.getOrganisationAccess().getRightCurlyBracketKeyword_10());
		}
	)
;

// Entry rule entryRuleStaffGroup
entryRuleStaffGroup returns [EObject current=null]:
	{ newCompositeNode(grammarAccess.getStaffGroupRule()); }
	iv_ruleStaffGroup=ruleStaffGroup
	{ $current=$iv_ruleStaffGroup.current; }
	EOF;

// Rule StaffGroup
ruleStaffGroup returns [EObject current=null]
@init {
	enterRule();
}
@after {
	leaveRule();
}:
	(
		(
			{
				$current = forceCreateModelElement(
					grammarAccess.getStaffGroupAccess().getStaffGroupAction_0(),
					$current);
			}
		)
		otherlv_1='staff'
		{
			newLeafNode(otherlv_1, grammarAccess.getStaffGroupAccess().getStaffKeyword_1());
		}
		otherlv_2='group'
		{
			newLeafNode(otherlv_2, grammarAccess.getStaffGroupAccess().getGroupKeyword_2());
		}
		(
			(
				lv_name_3_0=RULE_STRING
				{
					newLeafNode(lv_name_3_0, grammarAccess.getStaffGroupAccess().getNameSTRINGTerminalRuleCall_3_0());
				}
				{
					if ($current==null) {
						$current = createModelElement(grammarAccess.getStaffGroupRule());
					}
					setWithLastConsumed(
						$current,
						"name",
						lv_name_3_0,
						"nl.klantreis.dsl.Klantreis.STRING");
				}
			)
		)?
		otherlv_4='{'
		{
			newLeafNode(otherlv_4, grammarAccess.getStaffGroupAccess().getLeftCurlyBracketKeyword_4());
		}
		(
			(
				(
					lv_refugeeBackground_5_0='refugee'
					{
						newLeafNode(lv_refugeeBackground_5_0, grammarAccess.getStaffGroupAccess().getRefugeeBackgroundRefugeeKeyword_5_0_0());
					}
					{
						if ($current==null) {
							$current = createModelElement(grammarAccess.getStaffGroupRule());
						}
						setWithLastConsumed($current, "refugeeBackground", lv_refugeeBackground_5_0 != null, "refugee");
					}
				)
			)
			otherlv_6='background'
			{
				newLeafNode(otherlv_6, grammarAccess.getStaffGroupAccess().getBackgroundKeyword_5_1());
			}
		)?
		(
			otherlv_7='members'
			{
				newLeafNode(otherlv_7, grammarAccess.getStaffGroupAccess().getMembersKeyword_6_0());
			}
			(
				(
					lv_members_8_0=RULE_INT
					{
						newLeafNode(lv_members_8_0, grammarAccess.getStaffGroupAccess().getMembersINTTerminalRuleCall_6_1_0());
					}
					{
						if ($current==null) {
							$current = createModelElement(grammarAccess.getStaffGroupRule());
						}
						setWithLastConsumed(
							$current,
							"members",
							lv_members_8_0,
							"nl.klantreis.dsl.Klantreis.INT");
					}
				)
			)
		)?
		(
			otherlv_9='clients'
			{
				newLeafNode(otherlv_9, grammarAccess.getStaffGroupAccess().getClientsKeyword_7_0());
			}
			(
				(
					lv_statusHolderClients_10_0=RULE_INT
					{
						newLeafNode(lv_statusHolderClients_10_0, grammarAccess.getStaffGroupAccess().getStatusHolderClientsINTTerminalRuleCall_7_1_0());
					}
					{
						if ($current==null) {
							$current = createModelElement(grammarAccess.getStaffGroupRule());
						}
						setWithLastConsumed(
							$current,
							"statusHolderClients",
							lv_statusHolderClients_10_0,
							"nl.klantreis.dsl.Klantreis.INT");
					}
				)
			)
		)?
		otherlv_11='}'
		{
			newLeafNode(otherlv_11, grammarAccess.getStaffGroupAccess().getRightCurlyBracketKeyword_8());
		}
	)
;

// Entry rule entryRulePersona
entryRulePersona returns [EObject current=null]:
	{ newCompositeNode(grammarAccess.getPersonaRule()); }
	iv_rulePersona=rulePersona
	{ $current=$iv_rulePersona.current; }
	EOF;

// Rule Persona
rulePersona returns [EObject current=null]
@init {
	enterRule();
}
@after {
	leaveRule();
}:
	(
		otherlv_0='persona'
		{
			newLeafNode(otherlv_0, grammarAccess.getPersonaAccess().getPersonaKeyword_0());
		}
		(
			(
				lv_id_1_0=RULE_ID
				{
					newLeafNode(lv_id_1_0, grammarAccess.getPersonaAccess().getIdIDTerminalRuleCall_1_0());
				}
				{
					if ($current==null) {
						$current = createModelElement(grammarAccess.getPersonaRule());
					}
					setWithLastConsumed(
						$current,
						"id",
						lv_id_1_0,
						"nl.klantreis.dsl.Klantreis.ID");
				}
			)
		)
		(
			(
				lv_name_2_0=RULE_STRING
				{
					newLeafNode(lv_name_2_0, grammarAccess.getPersonaAccess().getNameSTRINGTerminalRuleCall_2_0());
				}
				{
					if ($current==null) {
						$current = createModelElement(grammarAccess.getPersonaRule());
					}
					setWithLastConsumed(
						$current,
						"name",
						lv_name_2_0,
						"nl.klantreis.dsl.Klantreis.STRING");
				}
			)
		)?
		otherlv_3='{'
		{
			newLeafNode(otherlv_3, grammarAccess.getPersonaAccess().getLeftCurlyBracketKeyword_3());
		}
		(
			otherlv_4='description'
			{
				newLeafNode(otherlv_4, grammarAccess.getPersonaAccess().getDescriptionKeyword_4_0());
			}
			(
				(
					lv_description_5_0=RULE_STRING
					{
						newLeafNode(lv_description_5_0, grammarAccess.getPersonaAccess().getDescriptionSTRINGTerminalRuleCall_4_1_0());
					}
					{
						if ($current==null) {
							$current = createModelElement(grammarAccess.getPersonaRule());
						}
						setWithLastConsumed(
							$current,
							"description",
							lv_description_5_0,
							"nl.klantreis.dsl.Klantreis.STRING");
					}
				)
			)
		)?
		(
			otherlv_6='from'
			{
				newLeafNode(otherlv_6, grammarAccess.getPersonaAccess().getFromKeyword_5_0());
			}
			(
				(
					lv_countryOfOrigin_7_0=RULE_STRING
					{
						newLeafNode(lv_countryOfOrigin_7_0, grammarAccess.getPersonaAccess().getCountryOfOriginSTRINGTerminalRuleCall_5_1_0());
					}
					{
						if ($current==null) {
							$current = createModelElement(grammarAccess.getPersonaRule());
						}
						setWithLastConsumed(
							$current,
							"countryOfOrigin",
							lv_countryOfOrigin_7_0,
							"nl.klantreis.dsl.Klantreis.STRING");
					}
				)
			)
		)?
		(
			otherlv_8='speaks'
			{
				newLeafNode(otherlv_8, grammarAccess.getPersonaAccess().getSpeaksKeyword_6_0());
			}
			(
				(
					lv_languages_9_0=RULE_STRING
					{
						newLeafNode(lv_languages_9_0, grammarAccess.getPersonaAccess().getLanguagesSTRINGTerminalRuleCall_6_1_0());
					}
					{
						if ($current==null) {
							$current = createModelElement(grammarAccess.getPersonaRule());
						}
						addWithLastConsumed(
							$current,
							"languages",
							lv_languages_9_0,
							"nl.klantreis.dsl.Klantreis.STRING");
					}
				)
			)
			(
				otherlv_10=','
				{
					newLeafNode(otherlv_10, grammarAccess.getPersonaAccess().getCommaKeyword_6_2_0());
				}
				(
					(
						lv_languages_11_0=RULE_STRING
						{
							newLeafNode(lv_languages_11_0, grammarAccess.getPersonaAccess().getLanguagesSTRINGTerminalRuleCall_6_2_1_0());
						}
						{
							if ($current==null) {
								$current = createModelElement(grammarAccess.getPersonaRule());
							}
							addWithLastConsumed(
								$current,
								"languages",
								lv_languages_11_0,
								"nl.klantreis.dsl.Klantreis.STRING");
						}
					)
				)
			)*
		)?
		(
			otherlv_12='dutch'
			{
				newLeafNode(otherlv_12, grammarAccess.getPersonaAccess().getDutchKeyword_7_0());
			}
			(
				(
					{
						newCompositeNode(grammarAccess.getPersonaAccess().getDutchLevelDutchLevelEnumRuleCall_7_1_0());
					}
					lv_dutchLevel_13_0=ruleDutchLevel
					{
						if ($current==null) {
							$current = createModelElementForParent(grammarAccess.getPersonaRule());
						}
						set(
							$current,
							"dutchLevel",
							lv_dutchLevel_13_0,
							"nl.klantreis.dsl.Klantreis.DutchLevel");
						afterParserOrEnumRuleCall();
					}
				)
			)
		)?
		(
			otherlv_14='literacy'
			{
				newLeafNode(otherlv_14, grammarAccess.getPersonaAccess().getLiteracyKeyword_8_0());
			}
			(
				(
					{
						newCompositeNode(grammarAccess.getPersonaAccess().getLiteracySkillLevelEnumRuleCall_8_1_0());
					}
					lv_literacy_15_0=ruleSkillLevel
					{
						if ($current==null) {
							$current = createModelElementForParent(grammarAccess.getPersonaRule());
						}
						set(
							$current,
							"literacy",
							lv_literacy_15_0,
							"nl.klantreis.dsl.Klantreis.SkillLevel");
						afterParserOrEnumRuleCall();
					}
				)
			)
		)?
		(
			otherlv_16='health'
			{
				newLeafNode(otherlv_16, grammarAccess.getPersonaAccess().getHealthKeyword_9_0());
			}
			otherlv_17='literacy'
			{
				newLeafNode(otherlv_17, grammarAccess.getPersonaAccess().getLiteracyKeyword_9_1());
			}
			(
				(
					{
						newCompositeNode(grammarAccess.getPersonaAccess().getHealthLiteracySkillLevelEnumRuleCall_9_2_0());
					}
					lv_healthLiteracy_18_0=ruleSkillLevel
					{
						if ($current==null) {
							$current = createModelElementForParent(grammarAccess.getPersonaRule());
						}
						set(
							$current,
							"healthLiteracy",
							lv_healthLiteracy_18_0,
							"nl.klantreis.dsl.Klantreis.SkillLevel");
						afterParserOrEnumRuleCall();
					}
				)
			)
		)?
		(
			otherlv_19='digital'
			{
				newLeafNode(otherlv_19, grammarAccess.getPersonaAccess().getDigitalKeyword_10_0());
			}
			otherlv_20='skills'
			{
				newLeafNode(otherlv_20, grammarAccess.getPersonaAccess().getSkillsKeyword_10_1());
			}
			(
				(
					{
						newCompositeNode(grammarAccess.getPersonaAccess().getDigitalSkillsSkillLevelEnumRuleCall_10_2_0());
					}
					lv_digitalSkills_21_0=ruleSkillLevel
					{
						if ($current==null) {
							$current = createModelElementForParent(grammarAccess.getPersonaRule());
						}
						set(
							$current,
							"digitalSkills",
							lv_digitalSkills_21_0,
							"nl.klantreis.dsl.Klantreis.SkillLevel");
						afterParserOrEnumRuleCall();
					}
				)
			)
		)?
		(
			otherlv_22='household'
			{
				newLeafNode(otherlv_22, grammarAccess.getPersonaAccess().getHouseholdKeyword_11_0());
			}
			(
				(
					{
						newCompositeNode(grammarAccess.getPersonaAccess().getHouseholdHouseholdEnumRuleCall_11_1_0());
					}
					lv_household_23_0=ruleHousehold
					{
						if ($current==null) {
							$current = createModelElementForParent(grammarAccess.getPersonaRule());
						}
						set(
							$current,
							"household",
							lv_household_23_0,
							"nl.klantreis.dsl.Klantreis.Household");
						afterParserOrEnumRuleCall();
					}
				)
			)
		)?
		(
			otherlv_24='gender'
			{
				newLeafNode(otherlv_24, grammarAccess.getPersonaAccess().getGenderKeyword_12_0());
			}
			(
				(
					{
						newCompositeNode(grammarAccess.getPersonaAccess().getGenderGenderEnumRuleCall_12_1_0());
					}
					lv_gender_25_0=ruleGender
					{
						if ($current==null) {
							$current = createModelElementForParent(grammarAccess.getPersonaRule());
						}
						set(
							$current,
							"gender",
							lv_gender_25_0,
							"nl.klantreis.dsl.Klantreis.Gender");
						afterParserOrEnumRuleCall();
					}
				)
			)
		)?
		(
			otherlv_26='concerns'
			{
				newLeafNode(otherlv_26, grammarAccess.getPersonaAccess().getConcernsKeyword_13_0());
			}
			(
				(
					lv_concerns_27_0=RULE_STRING
					{
						newLeafNode(lv_concerns_27_0, grammarAccess.getPersonaAccess().getConcernsSTRINGTerminalRuleCall_13_1_0());
					}
					{
						if ($current==null) {
							$current = createModelElement(grammarAccess.getPersonaRule());
						}
						addWithLastConsumed(
							$current,
							"concerns",
							lv_concerns_27_0,
							"nl.klantreis.dsl.Klantreis.STRING");
					}
				)
			)
			(
				otherlv_28=','
				{
					newLeafNode(otherlv_28, grammarAccess.getPersonaAccess().getCommaKeyword_13_2_0());
				}
				(
					(
						lv_concerns_29_0=RULE_STRING
						{
							newLeafNode(lv_concerns_29_0, grammarAccess.getPersonaAccess().getConcernsSTRINGTerminalRuleCall_13_2_1_0());
						}
						{
							if ($current==null) {
								$current = createModelElement(grammarAccess.getPersonaRule());
							}
							addWithLastConsumed(
								$current,
								"concerns",
								lv_concerns_29_0,
								"nl.klantreis.dsl.Klantreis.STRING");
						}
					)
				)
			)*
		)?
		otherlv_30='}'
		{
			newLeafNode(otherlv_30, grammarAccess.getPersonaAccess().getRightCurlyBracketKeyword_14());
		}
	)
;

// Entry rule entryRuleKeyPerson
entryRuleKeyPerson returns [EObject current=null]:
	{ newCompositeNode(grammarAccess.getKeyPersonRule()); }
	iv_ruleKeyPerson=ruleKeyPerson
	{ $current=$iv_ruleKeyPerson.current; }
	EOF;

// Rule KeyPerson
ruleKeyPerson returns [EObject current=null]
@init {
	enterRule();
}
@after {
	leaveRule();
}:
	(
		otherlv_0='key'
		{
			newLeafNode(otherlv_0, grammarAccess.getKeyPersonAccess().getKeyKeyword_0());
		}
		otherlv_1='person'
		{
			newLeafNode(otherlv_1, grammarAccess.getKeyPersonAccess().getPersonKeyword_1());
		}
		(
			(
				lv_id_2_0=RULE_ID
				{
					newLeafNode(lv_id_2_0, grammarAccess.getKeyPersonAccess().getIdIDTerminalRuleCall_2_0());
				}
				{
					if ($current==null) {
						$current = createModelElement(grammarAccess.getKeyPersonRule());
					}
					setWithLastConsumed(
						$current,
						"id",
						lv_id_2_0,
						"nl.klantreis.dsl.Klantreis.ID");
				}
			)
		)
		(
			(
				lv_name_3_0=RULE_STRING
				{
					newLeafNode(lv_name_3_0, grammarAccess.getKeyPersonAccess().getNameSTRINGTerminalRuleCall_3_0());
				}
				{
					if ($current==null) {
						$current = createModelElement(grammarAccess.getKeyPersonRule());
					}
					setWithLastConsumed(
						$current,
						"name",
						lv_name_3_0,
						"nl.klantreis.dsl.Klantreis.STRING");
				}
			)
		)?
		otherlv_4='{'
		{
			newLeafNode(otherlv_4, grammarAccess.getKeyPersonAccess().getLeftCurlyBracketKeyword_4());
		}
		(
			otherlv_5='description'
			{
				newLeafNode(otherlv_5, grammarAccess.getKeyPersonAccess().getDescriptionKeyword_5_0());
			}
			(
				(
					lv_description_6_0=RULE_STRING
					{
						newLeafNode(lv_description_6_0, grammarAccess.getKeyPersonAccess().getDescriptionSTRINGTerminalRuleCall_5_1_0());
					}
					{
						if ($current==null) {
							$current = createModelElement(grammarAccess.getKeyPersonRule());
						}
						setWithLastConsumed(
							$current,
							"description",
							lv_description_6_0,
							"nl.klantreis.dsl.Klantreis.STRING");
					}
				)
			)
		)?
		(
			otherlv_7='roles'
			{
				newLeafNode(otherlv_7, grammarAccess.getKeyPersonAccess().getRolesKeyword_6_0());
			}
			(
				(
					{
						newCompositeNode(grammarAccess.getKeyPersonAccess().getRolesKeyPersonRoleEnumRuleCall_6_1_0());
					}
					lv_roles_8_0=ruleKeyPersonRole
					{
						if ($current==null) {
							$current = createModelElementForParent(grammarAccess.getKeyPersonRule());
						}
						add(
							$current,
							"roles",
							lv_roles_8_0,
							"nl.klantreis.dsl.Klantreis.KeyPersonRole");
						afterParserOrEnumRuleCall();
					}
				)
			)
			(
				otherlv_9=','
				{
					newLeafNode(otherlv_9, grammarAccess.getKeyPersonAccess().getCommaKeyword_6_2_0());
				}
				(
					(
						{
							newCompositeNode(grammarAccess.getKeyPersonAccess().getRolesKeyPersonRoleEnumRuleCall_6_2_1_0());
						}
						lv_roles_10_0=ruleKeyPersonRole
						{
							if ($current==null) {
								$current = createModelElementForParent(grammarAccess.getKeyPersonRule());
							}
							add(
								$current,
								"roles",
								lv_roles_10_0,
								"nl.klantreis.dsl.Klantreis.KeyPersonRole");
							afterParserOrEnumRuleCall();
						}
					)
				)
			)*
		)?
		(
			otherlv_11='contract'
			{
				newLeafNode(otherlv_11, grammarAccess.getKeyPersonAccess().getContractKeyword_7_0());
			}
			(
				(
					{
						newCompositeNode(grammarAccess.getKeyPersonAccess().getContractContractKindEnumRuleCall_7_1_0());
					}
					lv_contract_12_0=ruleContractKind
					{
						if ($current==null) {
							$current = createModelElementForParent(grammarAccess.getKeyPersonRule());
						}
						set(
							$current,
							"contract",
							lv_contract_12_0,
							"nl.klantreis.dsl.Klantreis.ContractKind");
						afterParserOrEnumRuleCall();
					}
				)
			)
		)?
		(
			otherlv_13='supervised'
			{
				newLeafNode(otherlv_13, grammarAccess.getKeyPersonAccess().getSupervisedKeyword_8_0());
			}
			otherlv_14='by'
			{
				newLeafNode(otherlv_14, grammarAccess.getKeyPersonAccess().getByKeyword_8_1());
			}
			(
				(
					{
						if ($current==null) {
							$current = createModelElement(grammarAccess.getKeyPersonRule());
						}
					}
					{
						newCompositeNode(grammarAccess.getKeyPersonAccess().getSupervisorOrganisationCrossReference_8_2_0());
					}
					ruleQualifiedName
					{
						afterParserOrEnumRuleCall();
					}
				)
			)
		)?
		(
			otherlv_16='speaks'
			{
				newLeafNode(otherlv_16, grammarAccess.getKeyPersonAccess().getSpeaksKeyword_9_0());
			}
			(
				(
					lv_languages_17_0=RULE_STRING
					{
						newLeafNode(lv_languages_17_0, grammarAccess.getKeyPersonAccess().getLanguagesSTRINGTerminalRuleCall_9_1_0());
					}
					{
						if ($current==null) {
							$current = createModelElement(grammarAccess.getKeyPersonRule());
						}
						addWithLastConsumed(
							$current,
							"languages",
							lv_languages_17_0,
							"nl.klantreis.dsl.Klantreis.STRING");
					}
				)
			)
			(
				otherlv_18=','
				{
					newLeafNode(otherlv_18, grammarAccess.getKeyPersonAccess().getCommaKeyword_9_2_0());
				}
				(
					(
						lv_languages_19_0=RULE_STRING
						{
							newLeafNode(lv_languages_19_0, grammarAccess.getKeyPersonAccess().getLanguagesSTRINGTerminalRuleCall_9_2_1_0());
						}
						{
							if ($current==null) {
								$current = createModelElement(grammarAccess.getKeyPersonRule());
							}
							addWithLastConsumed(
								$current,
								"languages",
								lv_languages_19_0,
								"nl.klantreis.dsl.Klantreis.STRING");
						}
					)
				)
			)*
		)?
		otherlv_20='}'
		{
			newLeafNode(otherlv_20, grammarAccess.getKeyPersonAccess().getRightCurlyBracketKeyword_10());
		}
	)
;

// Entry rule entryRuleJourney
entryRuleJourney returns [EObject current=null]:
	{ newCompositeNode(grammarAccess.getJourneyRule()); }
	iv_ruleJourney=ruleJourney
	{ $current=$iv_ruleJourney.current; }
	EOF;

// Rule Journey
ruleJourney returns [EObject current=null]
@init {
	enterRule();
}
@after {
	leaveRule();
}:
	(
		otherlv_0='journey'
		{
			newLeafNode(otherlv_0, grammarAccess.getJourneyAccess().getJourneyKeyword_0());
		}
		(
			(
				lv_id_1_0=RULE_ID
				{
					newLeafNode(lv_id_1_0, grammarAccess.getJourneyAccess().getIdIDTerminalRuleCall_1_0());
				}
				{
					if ($current==null) {
						$current = createModelElement(grammarAccess.getJourneyRule());
					}
					setWithLastConsumed(
						$current,
						"id",
						lv_id_1_0,
						"nl.klantreis.dsl.Klantreis.ID");
				}
			)
		)
		(
			(
				lv_name_2_0=RULE_STRING
				{
					newLeafNode(lv_name_2_0, grammarAccess.getJourneyAccess().getNameSTRINGTerminalRuleCall_2_0());
				}
				{
					if ($current==null) {
						$current = createModelElement(grammarAccess.getJourneyRule());
					}
					setWithLastConsumed(
						$current,
						"name",
						lv_name_2_0,
						"nl.klantreis.dsl.Klantreis.STRING");
				}
			)
		)?
		otherlv_3='for'
		{
			newLeafNode(otherlv_3, grammarAccess.getJourneyAccess().getForKeyword_3());
		}
		(
			(
				{
					if ($current==null) {
						$current = createModelElement(grammarAccess.getJourneyRule());
					}
				}
				{
					newCompositeNode(grammarAccess.getJourneyAccess().getPersonaPersonaCrossReference_4_0());
				}
				ruleQualifiedName
				{
					afterParserOrEnumRuleCall();
				}
			)
		)
		otherlv_5='{'
		{
			newLeafNode(otherlv_5, grammarAccess.getJourneyAccess().getLeftCurlyBracketKeyword_5());
		}
		(
			otherlv_6='description'
			{
				newLeafNode(otherlv_6, grammarAccess.getJourneyAccess().getDescriptionKeyword_6_0());
			}
			(
				(
					lv_description_7_0=RULE_STRING
					{
						newLeafNode(lv_description_7_0, grammarAccess.getJourneyAccess().getDescriptionSTRINGTerminalRuleCall_6_1_0());
					}
					{
						if ($current==null) {
							$current = createModelElement(grammarAccess.getJourneyRule());
						}
						setWithLastConsumed(
							$current,
							"description",
							lv_description_7_0,
							"nl.klantreis.dsl.Klantreis.STRING");
					}
				)
			)
		)?
		(
			otherlv_8='kind'
			{
				newLeafNode(otherlv_8, grammarAccess.getJourneyAccess().getKindKeyword_7_0());
			}
			(
				(
					{
						newCompositeNode(grammarAccess.getJourneyAccess().getKindJourneyKindEnumRuleCall_7_1_0());
					}
					lv_kind_9_0=ruleJourneyKind
					{
						if ($current==null) {
							$current = createModelElementForParent(grammarAccess.getJourneyRule());
						}
						set(
							$current,
							"kind",
							lv_kind_9_0,
							"nl.klantreis.dsl.Klantreis.JourneyKind");
						afterParserOrEnumRuleCall();
					}
				)
			)
		)?
		(
			otherlv_10='status'
			{
				newLeafNode(otherlv_10, grammarAccess.getJourneyAccess().getStatusKeyword_8_0());
			}
			(
				(
					{
						newCompositeNode(grammarAccess.getJourneyAccess().getStatusJourneyStatusEnumRuleCall_8_1_0());
					}
					lv_status_11_0=ruleJourneyStatus
					{
						if ($current==null) {
							$current = createModelElementForParent(grammarAccess.getJourneyRule());
						}
						set(
							$current,
							"status",
							lv_status_11_0,
							"nl.klantreis.dsl.Klantreis.JourneyStatus");
						afterParserOrEnumRuleCall();
					}
				)
			)
		)?
		(
			otherlv_12='owner'
			{
				newLeafNode(otherlv_12, grammarAccess.getJourneyAccess().getOwnerKeyword_9_0());
			}
			(
				(
					{
						if ($current==null) {
							$current = createModelElement(grammarAccess.getJourneyRule());
						}
					}
					{
						newCompositeNode(grammarAccess.getJourneyAccess().getOwnerOrganisationCrossReference_9_1_0());
					}
					ruleQualifiedName
					{
						afterParserOrEnumRuleCall();
					}
				)
			)
		)?
		(
			otherlv_14='baseline'
			{
				newLeafNode(otherlv_14, grammarAccess.getJourneyAccess().getBaselineKeyword_10_0());
			}
			(
				(
					{
						if ($current==null) {
							$current = createModelElement(grammarAccess.getJourneyRule());
						}
					}
					{
						newCompositeNode(grammarAccess.getJourneyAccess().getBaselineJourneyCrossReference_10_1_0());
					}
					ruleQualifiedName
					{
						afterParserOrEnumRuleCall();
					}
				)
			)
		)?
		(
			(
				{
					newCompositeNode(grammarAccess.getJourneyAccess().getTriggerLifeEventParserRuleCall_11_0());
				}
				lv_trigger_16_0=ruleLifeEvent
				{
					if ($current==null) {
						$current = createModelElementForParent(grammarAccess.getJourneyRule());
					}
					set(
						$current,
						"trigger",
						lv_trigger_16_0,
						"nl.klantreis.dsl.Klantreis.LifeEvent");
					afterParserOrEnumRuleCall();
				}
			)
		)
		(
			(
				{
					newCompositeNode(grammarAccess.getJourneyAccess().getPhasesPhaseParserRuleCall_12_0());
				}
				lv_phases_17_0=rulePhase
				{
					if ($current==null) {
						$current = createModelElementForParent(grammarAccess.getJourneyRule());
					}
					add(
						$current,
						"phases",
						lv_phases_17_0,
						"nl.klantreis.dsl.Klantreis.Phase");
					afterParserOrEnumRuleCall();
				}
			)
		)*
		(
			(
				{
					newCompositeNode(grammarAccess.getJourneyAccess().getHandoversHandoverParserRuleCall_13_0());
				}
				lv_handovers_18_0=ruleHandover
				{
					if ($current==null) {
						$current = createModelElementForParent(grammarAccess.getJourneyRule());
					}
					add(
						$current,
						"handovers",
						lv_handovers_18_0,
						"nl.klantreis.dsl.Klantreis.Handover");
					afterParserOrEnumRuleCall();
				}
			)
		)*
		(
			(
				{
					newCompositeNode(grammarAccess.getJourneyAccess().getPainPointsPainPointParserRuleCall_14_0());
				}
				lv_painPoints_19_0=rulePainPoint
				{
					if ($current==null) {
						$current = createModelElementForParent(grammarAccess.getJourneyRule());
					}
					add(
						$current,
						"painPoints",
						lv_painPoints_19_0,
						"nl.klantreis.dsl.Klantreis.PainPoint");
					afterParserOrEnumRuleCall();
				}
			)
		)*
		(
			(
				{
					newCompositeNode(grammarAccess.getJourneyAccess().getImprovementsImprovementParserRuleCall_15_0());
				}
				lv_improvements_20_0=ruleImprovement
				{
					if ($current==null) {
						$current = createModelElementForParent(grammarAccess.getJourneyRule());
					}
					add(
						$current,
						"improvements",
						lv_improvements_20_0,
						"nl.klantreis.dsl.Klantreis.Improvement");
					afterParserOrEnumRuleCall();
				}
			)
		)*
		otherlv_21='}'
		{
			newLeafNode(otherlv_21, grammarAccess.getJourneyAccess().getRightCurlyBracketKeyword_16());
		}
	)
;

// Entry rule entryRuleLifeEvent
entryRuleLifeEvent returns [EObject current=null]:
	{ newCompositeNode(grammarAccess.getLifeEventRule()); }
	iv_ruleLifeEvent=ruleLifeEvent
	{ $current=$iv_ruleLifeEvent.current; }
	EOF;

// Rule LifeEvent
ruleLifeEvent returns [EObject current=null]
@init {
	enterRule();
}
@after {
	leaveRule();
}:
	(
		(
			{
				$current = forceCreateModelElement(
					grammarAccess.getLifeEventAccess().getLifeEventAction_0(),
					$current);
			}
		)
		otherlv_1='triggered'
		{
			newLeafNode(otherlv_1, grammarAccess.getLifeEventAccess().getTriggeredKeyword_1());
		}
		otherlv_2='by'
		{
			newLeafNode(otherlv_2, grammarAccess.getLifeEventAccess().getByKeyword_2());
		}
		(
			(
				{
					newCompositeNode(grammarAccess.getLifeEventAccess().getKindLifeEventKindEnumRuleCall_3_0());
				}
				lv_kind_3_0=ruleLifeEventKind
				{
					if ($current==null) {
						$current = createModelElementForParent(grammarAccess.getLifeEventRule());
					}
					set(
						$current,
						"kind",
						lv_kind_3_0,
						"nl.klantreis.dsl.Klantreis.LifeEventKind");
					afterParserOrEnumRuleCall();
				}
			)
		)?
		(
			(
				lv_description_4_0=RULE_STRING
				{
					newLeafNode(lv_description_4_0, grammarAccess.getLifeEventAccess().getDescriptionSTRINGTerminalRuleCall_4_0());
				}
				{
					if ($current==null) {
						$current = createModelElement(grammarAccess.getLifeEventRule());
					}
					setWithLastConsumed(
						$current,
						"description",
						lv_description_4_0,
						"nl.klantreis.dsl.Klantreis.STRING");
				}
			)
		)?
	)
;

// Entry rule entryRulePhase
entryRulePhase returns [EObject current=null]:
	{ newCompositeNode(grammarAccess.getPhaseRule()); }
	iv_rulePhase=rulePhase
	{ $current=$iv_rulePhase.current; }
	EOF;

// Rule Phase
rulePhase returns [EObject current=null]
@init {
	enterRule();
}
@after {
	leaveRule();
}:
	(
		otherlv_0='phase'
		{
			newLeafNode(otherlv_0, grammarAccess.getPhaseAccess().getPhaseKeyword_0());
		}
		(
			(
				lv_id_1_0=RULE_ID
				{
					newLeafNode(lv_id_1_0, grammarAccess.getPhaseAccess().getIdIDTerminalRuleCall_1_0());
				}
				{
					if ($current==null) {
						$current = createModelElement(grammarAccess.getPhaseRule());
					}
					setWithLastConsumed(
						$current,
						"id",
						lv_id_1_0,
						"nl.klantreis.dsl.Klantreis.ID");
				}
			)
		)
		(
			(
				lv_name_2_0=RULE_STRING
				{
					newLeafNode(lv_name_2_0, grammarAccess.getPhaseAccess().getNameSTRINGTerminalRuleCall_2_0());
				}
				{
					if ($current==null) {
						$current = createModelElement(grammarAccess.getPhaseRule());
					}
					setWithLastConsumed(
						$current,
						"name",
						lv_name_2_0,
						"nl.klantreis.dsl.Klantreis.STRING");
				}
			)
		)?
		otherlv_3='{'
		{
			newLeafNode(otherlv_3, grammarAccess.getPhaseAccess().getLeftCurlyBracketKeyword_3());
		}
		(
			otherlv_4='description'
			{
				newLeafNode(otherlv_4, grammarAccess.getPhaseAccess().getDescriptionKeyword_4_0());
			}
			(
				(
					lv_description_5_0=RULE_STRING
					{
						newLeafNode(lv_description_5_0, grammarAccess.getPhaseAccess().getDescriptionSTRINGTerminalRuleCall_4_1_0());
					}
					{
						if ($current==null) {
							$current = createModelElement(grammarAccess.getPhaseRule());
						}
						setWithLastConsumed(
							$current,
							"description",
							lv_description_5_0,
							"nl.klantreis.dsl.Klantreis.STRING");
					}
				)
			)
		)?
		(
			(
				{
					newCompositeNode(grammarAccess.getPhaseAccess().getTouchpointsTouchpointParserRuleCall_5_0());
				}
				lv_touchpoints_6_0=ruleTouchpoint
				{
					if ($current==null) {
						$current = createModelElementForParent(grammarAccess.getPhaseRule());
					}
					add(
						$current,
						"touchpoints",
						lv_touchpoints_6_0,
						"nl.klantreis.dsl.Klantreis.Touchpoint");
					afterParserOrEnumRuleCall();
				}
			)
		)*
		otherlv_7='}'
		{
			newLeafNode(otherlv_7, grammarAccess.getPhaseAccess().getRightCurlyBracketKeyword_6());
		}
	)
;

// Entry rule entryRuleTouchpoint
entryRuleTouchpoint returns [EObject current=null]:
	{ newCompositeNode(grammarAccess.getTouchpointRule()); }
	iv_ruleTouchpoint=ruleTouchpoint
	{ $current=$iv_ruleTouchpoint.current; }
	EOF;

// Rule Touchpoint
ruleTouchpoint returns [EObject current=null]
@init {
	enterRule();
}
@after {
	leaveRule();
}:
	(
		otherlv_0='touchpoint'
		{
			newLeafNode(otherlv_0, grammarAccess.getTouchpointAccess().getTouchpointKeyword_0());
		}
		(
			(
				lv_id_1_0=RULE_ID
				{
					newLeafNode(lv_id_1_0, grammarAccess.getTouchpointAccess().getIdIDTerminalRuleCall_1_0());
				}
				{
					if ($current==null) {
						$current = createModelElement(grammarAccess.getTouchpointRule());
					}
					setWithLastConsumed(
						$current,
						"id",
						lv_id_1_0,
						"nl.klantreis.dsl.Klantreis.ID");
				}
			)
		)
		(
			(
				lv_name_2_0=RULE_STRING
				{
					newLeafNode(lv_name_2_0, grammarAccess.getTouchpointAccess().getNameSTRINGTerminalRuleCall_2_0());
				}
				{
					if ($current==null) {
						$current = createModelElement(grammarAccess.getTouchpointRule());
					}
					setWithLastConsumed(
						$current,
						"name",
						lv_name_2_0,
						"nl.klantreis.dsl.Klantreis.STRING");
				}
			)
		)?
		otherlv_3='at'
		{
			newLeafNode(otherlv_3, grammarAccess.getTouchpointAccess().getAtKeyword_3());
		}
		(
			(
				{
					if ($current==null) {
						$current = createModelElement(grammarAccess.getTouchpointRule());
					}
				}
				{
					newCompositeNode(grammarAccess.getTouchpointAccess().getOrganisationOrganisationCrossReference_4_0());
				}
				ruleQualifiedName
				{
					afterParserOrEnumRuleCall();
				}
			)
		)
		otherlv_5='{'
		{
			newLeafNode(otherlv_5, grammarAccess.getTouchpointAccess().getLeftCurlyBracketKeyword_5());
		}
		(
			otherlv_6='description'
			{
				newLeafNode(otherlv_6, grammarAccess.getTouchpointAccess().getDescriptionKeyword_6_0());
			}
			(
				(
					lv_description_7_0=RULE_STRING
					{
						newLeafNode(lv_description_7_0, grammarAccess.getTouchpointAccess().getDescriptionSTRINGTerminalRuleCall_6_1_0());
					}
					{
						if ($current==null) {
							$current = createModelElement(grammarAccess.getTouchpointRule());
						}
						setWithLastConsumed(
							$current,
							"description",
							lv_description_7_0,
							"nl.klantreis.dsl.Klantreis.STRING");
					}
				)
			)
		)?
		(
			otherlv_8='role'
			{
				newLeafNode(otherlv_8, grammarAccess.getTouchpointAccess().getRoleKeyword_7_0());
			}
			(
				(
					lv_role_9_0=RULE_STRING
					{
						newLeafNode(lv_role_9_0, grammarAccess.getTouchpointAccess().getRoleSTRINGTerminalRuleCall_7_1_0());
					}
					{
						if ($current==null) {
							$current = createModelElement(grammarAccess.getTouchpointRule());
						}
						setWithLastConsumed(
							$current,
							"role",
							lv_role_9_0,
							"nl.klantreis.dsl.Klantreis.STRING");
					}
				)
			)
		)?
		(
			otherlv_10='channel'
			{
				newLeafNode(otherlv_10, grammarAccess.getTouchpointAccess().getChannelKeyword_8_0());
			}
			(
				(
					{
						newCompositeNode(grammarAccess.getTouchpointAccess().getChannelChannelEnumRuleCall_8_1_0());
					}
					lv_channel_11_0=ruleChannel
					{
						if ($current==null) {
							$current = createModelElementForParent(grammarAccess.getTouchpointRule());
						}
						set(
							$current,
							"channel",
							lv_channel_11_0,
							"nl.klantreis.dsl.Klantreis.Channel");
						afterParserOrEnumRuleCall();
					}
				)
			)
		)?
		(
			otherlv_12='initiated'
			{
				newLeafNode(otherlv_12, grammarAccess.getTouchpointAccess().getInitiatedKeyword_9_0());
			}
			otherlv_13='by'
			{
				newLeafNode(otherlv_13, grammarAccess.getTouchpointAccess().getByKeyword_9_1());
			}
			(
				(
					{
						newCompositeNode(grammarAccess.getTouchpointAccess().getInitiatorInitiatorEnumRuleCall_9_2_0());
					}
					lv_initiator_14_0=ruleInitiator
					{
						if ($current==null) {
							$current = createModelElementForParent(grammarAccess.getTouchpointRule());
						}
						set(
							$current,
							"initiator",
							lv_initiator_14_0,
							"nl.klantreis.dsl.Klantreis.Initiator");
						afterParserOrEnumRuleCall();
					}
				)
			)
		)?
		(
			otherlv_15='purpose'
			{
				newLeafNode(otherlv_15, grammarAccess.getTouchpointAccess().getPurposeKeyword_10_0());
			}
			(
				(
					{
						newCompositeNode(grammarAccess.getTouchpointAccess().getPurposePurposeEnumRuleCall_10_1_0());
					}
					lv_purpose_16_0=rulePurpose
					{
						if ($current==null) {
							$current = createModelElementForParent(grammarAccess.getTouchpointRule());
						}
						set(
							$current,
							"purpose",
							lv_purpose_16_0,
							"nl.klantreis.dsl.Klantreis.Purpose");
						afterParserOrEnumRuleCall();
					}
				)
			)
		)?
		(
			otherlv_17='duration'
			{
				newLeafNode(otherlv_17, grammarAccess.getTouchpointAccess().getDurationKeyword_11_0());
			}
			(
				(
					lv_duration_18_0=RULE_INT
					{
						newLeafNode(lv_duration_18_0, grammarAccess.getTouchpointAccess().getDurationINTTerminalRuleCall_11_1_0());
					}
					{
						if ($current==null) {
							$current = createModelElement(grammarAccess.getTouchpointRule());
						}
						setWithLastConsumed(
							$current,
							"duration",
							lv_duration_18_0,
							"nl.klantreis.dsl.Klantreis.INT");
					}
				)
			)
			otherlv_19='minutes'
			{
				newLeafNode(otherlv_19, grammarAccess.getTouchpointAccess().getMinutesKeyword_11_2());
			}
		)?
		(
			otherlv_20='interpreter'
			{
				newLeafNode(otherlv_20, grammarAccess.getTouchpointAccess().getInterpreterKeyword_12_0());
			}
			(
				(
					{
						newCompositeNode(grammarAccess.getTouchpointAccess().getInterpreterInterpreterArrangementEnumRuleCall_12_1_0());
					}
					lv_interpreter_21_0=ruleInterpreterArrangement
					{
						if ($current==null) {
							$current = createModelElementForParent(grammarAccess.getTouchpointRule());
						}
						set(
							$current,
							"interpreter",
							lv_interpreter_21_0,
							"nl.klantreis.dsl.Klantreis.InterpreterArrangement");
						afterParserOrEnumRuleCall();
					}
				)
			)
		)?
		(
			otherlv_22='forms'
			{
				newLeafNode(otherlv_22, grammarAccess.getTouchpointAccess().getFormsKeyword_13_0());
			}
			(
				(
					{
						newCompositeNode(grammarAccess.getTouchpointAccess().getCommunicationFormsCommunicationFormEnumRuleCall_13_1_0());
					}
					lv_communicationForms_23_0=ruleCommunicationForm
					{
						if ($current==null) {
							$current = createModelElementForParent(grammarAccess.getTouchpointRule());
						}
						add(
							$current,
							"communicationForms",
							lv_communicationForms_23_0,
							"nl.klantreis.dsl.Klantreis.CommunicationForm");
						afterParserOrEnumRuleCall();
					}
				)
			)
			(
				otherlv_24=','
				{
					newLeafNode(otherlv_24, grammarAccess.getTouchpointAccess().getCommaKeyword_13_2_0());
				}
				(
					(
						{
							newCompositeNode(grammarAccess.getTouchpointAccess().getCommunicationFormsCommunicationFormEnumRuleCall_13_2_1_0());
						}
						lv_communicationForms_25_0=ruleCommunicationForm
						{
							if ($current==null) {
								$current = createModelElementForParent(grammarAccess.getTouchpointRule());
							}
							add(
								$current,
								"communicationForms",
								lv_communicationForms_25_0,
								"nl.klantreis.dsl.Klantreis.CommunicationForm");
							afterParserOrEnumRuleCall();
						}
					)
				)
			)*
		)?
		(
			(
				(
					lv_understandingChecked_26_0='understanding'
					{
						newLeafNode(lv_understandingChecked_26_0, grammarAccess.getTouchpointAccess().getUnderstandingCheckedUnderstandingKeyword_14_0_0());
					}
					{
						if ($current==null) {
							$current = createModelElement(grammarAccess.getTouchpointRule());
						}
						setWithLastConsumed($current, "understandingChecked", lv_understandingChecked_26_0 != null, "understanding");
					}
				)
			)
			otherlv_27='checked'
			{
				newLeafNode(otherlv_27, grammarAccess.getTouchpointAccess().getCheckedKeyword_14_1());
			}
		)?
		(
			otherlv_28='emotion'
			{
				newLeafNode(otherlv_28, grammarAccess.getTouchpointAccess().getEmotionKeyword_15_0());
			}
			(
				(
					{
						newCompositeNode(grammarAccess.getTouchpointAccess().getEmotionEmotionParserRuleCall_15_1_0());
					}
					lv_emotion_29_0=ruleEmotion
					{
						if ($current==null) {
							$current = createModelElementForParent(grammarAccess.getTouchpointRule());
						}
						set(
							$current,
							"emotion",
							lv_emotion_29_0,
							"nl.klantreis.dsl.Klantreis.Emotion");
						afterParserOrEnumRuleCall();
					}
				)
			)
		)?
		(
			otherlv_30='domains'
			{
				newLeafNode(otherlv_30, grammarAccess.getTouchpointAccess().getDomainsKeyword_16_0());
			}
			(
				(
					{
						newCompositeNode(grammarAccess.getTouchpointAccess().getLifeDomainsLifeDomainEnumRuleCall_16_1_0());
					}
					lv_lifeDomains_31_0=ruleLifeDomain
					{
						if ($current==null) {
							$current = createModelElementForParent(grammarAccess.getTouchpointRule());
						}
						add(
							$current,
							"lifeDomains",
							lv_lifeDomains_31_0,
							"nl.klantreis.dsl.Klantreis.LifeDomain");
						afterParserOrEnumRuleCall();
					}
				)
			)
			(
				otherlv_32=','
				{
					newLeafNode(otherlv_32, grammarAccess.getTouchpointAccess().getCommaKeyword_16_2_0());
				}
				(
					(
						{
							newCompositeNode(grammarAccess.getTouchpointAccess().getLifeDomainsLifeDomainEnumRuleCall_16_2_1_0());
						}
						lv_lifeDomains_33_0=ruleLifeDomain
						{
							if ($current==null) {
								$current = createModelElementForParent(grammarAccess.getTouchpointRule());
							}
							add(
								$current,
								"lifeDomains",
								lv_lifeDomains_33_0,
								"nl.klantreis.dsl.Klantreis.LifeDomain");
							afterParserOrEnumRuleCall();
						}
					)
				)
			)*
		)?
		(
			(
				(
					lv_healthSignal_34_0='health'
					{
						newLeafNode(lv_healthSignal_34_0, grammarAccess.getTouchpointAccess().getHealthSignalHealthKeyword_17_0_0());
					}
					{
						if ($current==null) {
							$current = createModelElement(grammarAccess.getTouchpointRule());
						}
						setWithLastConsumed($current, "healthSignal", lv_healthSignal_34_0 != null, "health");
					}
				)
			)
			otherlv_35='signal'
			{
				newLeafNode(otherlv_35, grammarAccess.getTouchpointAccess().getSignalKeyword_17_1());
			}
		)?
		(
			otherlv_36='key'
			{
				newLeafNode(otherlv_36, grammarAccess.getTouchpointAccess().getKeyKeyword_18_0());
			}
			otherlv_37='persons'
			{
				newLeafNode(otherlv_37, grammarAccess.getTouchpointAccess().getPersonsKeyword_18_1());
			}
			(
				(
					{
						if ($current==null) {
							$current = createModelElement(grammarAccess.getTouchpointRule());
						}
					}
					{
						newCompositeNode(grammarAccess.getTouchpointAccess().getKeyPersonsKeyPersonCrossReference_18_2_0());
					}
					ruleQualifiedName
					{
						afterParserOrEnumRuleCall();
					}
				)
			)
			(
				otherlv_39=','
				{
					newLeafNode(otherlv_39, grammarAccess.getTouchpointAccess().getCommaKeyword_18_3_0());
				}
				(
					(
						{
							if ($current==null) {
								$current = createModelElement(grammarAccess.getTouchpointRule());
							}
						}
						{
							newCompositeNode(grammarAccess.getTouchpointAccess().getKeyPersonsKeyPersonCrossReference_18_3_1_0());
						}
						ruleQualifiedName
						{
							afterParserOrEnumRuleCall();
						}
					)
				)
			)*
		)?
		otherlv_41='}'
		{
			newLeafNode(otherlv_41, grammarAccess.getTouchpointAccess().getRightCurlyBracketKeyword_19());
		}
	)
;

// Entry rule entryRuleHandover
entryRuleHandover returns [EObject current=null]:
	{ newCompositeNode(grammarAccess.getHandoverRule()); }
	iv_ruleHandover=ruleHandover
	{ $current=$iv_ruleHandover.current; }
	EOF;

// Rule Handover
ruleHandover returns [EObject current=null]
@init {
	enterRule();
}
@after {
	leaveRule();
}:
	(
		otherlv_0='handover'
		{
			newLeafNode(otherlv_0, grammarAccess.getHandoverAccess().getHandoverKeyword_0());
		}
		(
			(
				{
					if ($current==null) {
						$current = createModelElement(grammarAccess.getHandoverRule());
					}
				}
				{
					newCompositeNode(grammarAccess.getHandoverAccess().getSourceTouchpointCrossReference_1_0());
				}
				ruleQualifiedName
				{
					afterParserOrEnumRuleCall();
				}
			)
		)
		otherlv_2='->'
		{
			newLeafNode(otherlv_2, grammarAccess.getHandoverAccess().getHyphenMinusGreaterThanSignKeyword_2());
		}
		(
			(
				{
					if ($current==null) {
						$current = createModelElement(grammarAccess.getHandoverRule());
					}
				}
				{
					newCompositeNode(grammarAccess.getHandoverAccess().getTargetTouchpointCrossReference_3_0());
				}
				ruleQualifiedName
				{
					afterParserOrEnumRuleCall();
				}
			)
		)
		(
			(
				{
					newCompositeNode(grammarAccess.getHandoverAccess().getKindHandoverKindEnumRuleCall_4_0());
				}
				lv_kind_4_0=ruleHandoverKind
				{
					if ($current==null) {
						$current = createModelElementForParent(grammarAccess.getHandoverRule());
					}
					set(
						$current,
						"kind",
						lv_kind_4_0,
						"nl.klantreis.dsl.Klantreis.HandoverKind");
					afterParserOrEnumRuleCall();
				}
			)
		)?
		(
			(
				lv_description_5_0=RULE_STRING
				{
					newLeafNode(lv_description_5_0, grammarAccess.getHandoverAccess().getDescriptionSTRINGTerminalRuleCall_5_0());
				}
				{
					if ($current==null) {
						$current = createModelElement(grammarAccess.getHandoverRule());
					}
					setWithLastConsumed(
						$current,
						"description",
						lv_description_5_0,
						"nl.klantreis.dsl.Klantreis.STRING");
				}
			)
		)?
	)
;

// Entry rule entryRulePainPoint
entryRulePainPoint returns [EObject current=null]:
	{ newCompositeNode(grammarAccess.getPainPointRule()); }
	iv_rulePainPoint=rulePainPoint
	{ $current=$iv_rulePainPoint.current; }
	EOF;

// Rule PainPoint
rulePainPoint returns [EObject current=null]
@init {
	enterRule();
}
@after {
	leaveRule();
}:
	(
		otherlv_0='pain'
		{
			newLeafNode(otherlv_0, grammarAccess.getPainPointAccess().getPainKeyword_0());
		}
		otherlv_1='point'
		{
			newLeafNode(otherlv_1, grammarAccess.getPainPointAccess().getPointKeyword_1());
		}
		(
			(
				lv_id_2_0=RULE_ID
				{
					newLeafNode(lv_id_2_0, grammarAccess.getPainPointAccess().getIdIDTerminalRuleCall_2_0());
				}
				{
					if ($current==null) {
						$current = createModelElement(grammarAccess.getPainPointRule());
					}
					setWithLastConsumed(
						$current,
						"id",
						lv_id_2_0,
						"nl.klantreis.dsl.Klantreis.ID");
				}
			)
		)
		(
			(
				lv_name_3_0=RULE_STRING
				{
					newLeafNode(lv_name_3_0, grammarAccess.getPainPointAccess().getNameSTRINGTerminalRuleCall_3_0());
				}
				{
					if ($current==null) {
						$current = createModelElement(grammarAccess.getPainPointRule());
					}
					setWithLastConsumed(
						$current,
						"name",
						lv_name_3_0,
						"nl.klantreis.dsl.Klantreis.STRING");
				}
			)
		)?
		otherlv_4='{'
		{
			newLeafNode(otherlv_4, grammarAccess.getPainPointAccess().getLeftCurlyBracketKeyword_4());
		}
		(
			otherlv_5='description'
			{
				newLeafNode(otherlv_5, grammarAccess.getPainPointAccess().getDescriptionKeyword_5_0());
			}
			(
				(
					lv_description_6_0=RULE_STRING
					{
						newLeafNode(lv_description_6_0, grammarAccess.getPainPointAccess().getDescriptionSTRINGTerminalRuleCall_5_1_0());
					}
					{
						if ($current==null) {
							$current = createModelElement(grammarAccess.getPainPointRule());
						}
						setWithLastConsumed(
							$current,
							"description",
							lv_description_6_0,
							"nl.klantreis.dsl.Klantreis.STRING");
					}
				)
			)
		)?
		(
			otherlv_7='concerns'
			{
				newLeafNode(otherlv_7, grammarAccess.getPainPointAccess().getConcernsKeyword_6_0());
			}
			(
				(
					{
						if ($current==null) {
							$current = createModelElement(grammarAccess.getPainPointRule());
						}
					}
					{
						newCompositeNode(grammarAccess.getPainPointAccess().getTouchpointsTouchpointCrossReference_6_1_0());
					}
					ruleQualifiedName
					{
						afterParserOrEnumRuleCall();
					}
				)
			)
			(
				otherlv_9=','
				{
					newLeafNode(otherlv_9, grammarAccess.getPainPointAccess().getCommaKeyword_6_2_0());
				}
				(
					(
						{
							if ($current==null) {
								$current = createModelElement(grammarAccess.getPainPointRule());
							}
						}
						{
							newCompositeNode(grammarAccess.getPainPointAccess().getTouchpointsTouchpointCrossReference_6_2_1_0());
						}
						ruleQualifiedName
						{
							afterParserOrEnumRuleCall();
						}
					)
				)
			)*
		)?
		otherlv_11='}'
		{
			newLeafNode(otherlv_11, grammarAccess.getPainPointAccess().getRightCurlyBracketKeyword_7());
		}
	)
;

// Entry rule entryRuleImprovement
entryRuleImprovement returns [EObject current=null]:
	{ newCompositeNode(grammarAccess.getImprovementRule()); }
	iv_ruleImprovement=ruleImprovement
	{ $current=$iv_ruleImprovement.current; }
	EOF;

// Rule Improvement
ruleImprovement returns [EObject current=null]
@init {
	enterRule();
}
@after {
	leaveRule();
}:
	(
		otherlv_0='improvement'
		{
			newLeafNode(otherlv_0, grammarAccess.getImprovementAccess().getImprovementKeyword_0());
		}
		(
			(
				lv_id_1_0=RULE_ID
				{
					newLeafNode(lv_id_1_0, grammarAccess.getImprovementAccess().getIdIDTerminalRuleCall_1_0());
				}
				{
					if ($current==null) {
						$current = createModelElement(grammarAccess.getImprovementRule());
					}
					setWithLastConsumed(
						$current,
						"id",
						lv_id_1_0,
						"nl.klantreis.dsl.Klantreis.ID");
				}
			)
		)
		(
			(
				lv_name_2_0=RULE_STRING
				{
					newLeafNode(lv_name_2_0, grammarAccess.getImprovementAccess().getNameSTRINGTerminalRuleCall_2_0());
				}
				{
					if ($current==null) {
						$current = createModelElement(grammarAccess.getImprovementRule());
					}
					setWithLastConsumed(
						$current,
						"name",
						lv_name_2_0,
						"nl.klantreis.dsl.Klantreis.STRING");
				}
			)
		)?
		otherlv_3='{'
		{
			newLeafNode(otherlv_3, grammarAccess.getImprovementAccess().getLeftCurlyBracketKeyword_3());
		}
		(
			otherlv_4='description'
			{
				newLeafNode(otherlv_4, grammarAccess.getImprovementAccess().getDescriptionKeyword_4_0());
			}
			(
				(
					lv_description_5_0=RULE_STRING
					{
						newLeafNode(lv_description_5_0, grammarAccess.getImprovementAccess().getDescriptionSTRINGTerminalRuleCall_4_1_0());
					}
					{
						if ($current==null) {
							$current = createModelElement(grammarAccess.getImprovementRule());
						}
						setWithLastConsumed(
							$current,
							"description",
							lv_description_5_0,
							"nl.klantreis.dsl.Klantreis.STRING");
					}
				)
			)
		)?
		(
			otherlv_6='owner'
			{
				newLeafNode(otherlv_6, grammarAccess.getImprovementAccess().getOwnerKeyword_5_0());
			}
			(
				(
					{
						if ($current==null) {
							$current = createModelElement(grammarAccess.getImprovementRule());
						}
					}
					{
						newCompositeNode(grammarAccess.getImprovementAccess().getOwnerOrganisationCrossReference_5_1_0());
					}
					ruleQualifiedName
					{
						afterParserOrEnumRuleCall();
					}
				)
			)
		)?
		(
			otherlv_8='status'
			{
				newLeafNode(otherlv_8, grammarAccess.getImprovementAccess().getStatusKeyword_6_0());
			}
			(
				(
					{
						newCompositeNode(grammarAccess.getImprovementAccess().getStatusImprovementStatusEnumRuleCall_6_1_0());
					}
					lv_status_9_0=ruleImprovementStatus
					{
						if ($current==null) {
							$current = createModelElementForParent(grammarAccess.getImprovementRule());
						}
						set(
							$current,
							"status",
							lv_status_9_0,
							"nl.klantreis.dsl.Klantreis.ImprovementStatus");
						afterParserOrEnumRuleCall();
					}
				)
			)
		)?
		(
			otherlv_10='direction'
			{
				newLeafNode(otherlv_10, grammarAccess.getImprovementAccess().getDirectionKeyword_7_0());
			}
			(
				(
					{
						newCompositeNode(grammarAccess.getImprovementAccess().getDirectionDirectionEnumRuleCall_7_1_0());
					}
					lv_direction_11_0=ruleDirection
					{
						if ($current==null) {
							$current = createModelElementForParent(grammarAccess.getImprovementRule());
						}
						set(
							$current,
							"direction",
							lv_direction_11_0,
							"nl.klantreis.dsl.Klantreis.Direction");
						afterParserOrEnumRuleCall();
					}
				)
			)
		)?
		(
			otherlv_12='addresses'
			{
				newLeafNode(otherlv_12, grammarAccess.getImprovementAccess().getAddressesKeyword_8_0());
			}
			(
				(
					{
						if ($current==null) {
							$current = createModelElement(grammarAccess.getImprovementRule());
						}
					}
					{
						newCompositeNode(grammarAccess.getImprovementAccess().getAddressesPainPointCrossReference_8_1_0());
					}
					ruleQualifiedName
					{
						afterParserOrEnumRuleCall();
					}
				)
			)
			(
				otherlv_14=','
				{
					newLeafNode(otherlv_14, grammarAccess.getImprovementAccess().getCommaKeyword_8_2_0());
				}
				(
					(
						{
							if ($current==null) {
								$current = createModelElement(grammarAccess.getImprovementRule());
							}
						}
						{
							newCompositeNode(grammarAccess.getImprovementAccess().getAddressesPainPointCrossReference_8_2_1_0());
						}
						ruleQualifiedName
						{
							afterParserOrEnumRuleCall();
						}
					)
				)
			)*
		)?
		otherlv_16='}'
		{
			newLeafNode(otherlv_16, grammarAccess.getImprovementAccess().getRightCurlyBracketKeyword_9());
		}
	)
;

// Entry rule entryRuleRuleSetting
entryRuleRuleSetting returns [EObject current=null]:
	{ newCompositeNode(grammarAccess.getRuleSettingRule()); }
	iv_ruleRuleSetting=ruleRuleSetting
	{ $current=$iv_ruleRuleSetting.current; }
	EOF;

// Rule RuleSetting
ruleRuleSetting returns [EObject current=null]
@init {
	enterRule();
}
@after {
	leaveRule();
}:
	(
		otherlv_0='rule'
		{
			newLeafNode(otherlv_0, grammarAccess.getRuleSettingAccess().getRuleKeyword_0());
		}
		(
			(
				lv_ruleId_1_0=RULE_ID
				{
					newLeafNode(lv_ruleId_1_0, grammarAccess.getRuleSettingAccess().getRuleIdIDTerminalRuleCall_1_0());
				}
				{
					if ($current==null) {
						$current = createModelElement(grammarAccess.getRuleSettingRule());
					}
					setWithLastConsumed(
						$current,
						"ruleId",
						lv_ruleId_1_0,
						"nl.klantreis.dsl.Klantreis.ID");
				}
			)
		)
		(
			(
				{
					newCompositeNode(grammarAccess.getRuleSettingAccess().getEnabledOnOffParserRuleCall_2_0());
				}
				lv_enabled_2_0=ruleOnOff
				{
					if ($current==null) {
						$current = createModelElementForParent(grammarAccess.getRuleSettingRule());
					}
					set(
						$current,
						"enabled",
						lv_enabled_2_0,
						"nl.klantreis.dsl.Klantreis.OnOff");
					afterParserOrEnumRuleCall();
				}
			)
		)?
		(
			otherlv_3='severity'
			{
				newLeafNode(otherlv_3, grammarAccess.getRuleSettingAccess().getSeverityKeyword_3_0());
			}
			(
				(
					{
						newCompositeNode(grammarAccess.getRuleSettingAccess().getSeveritySeverityEnumRuleCall_3_1_0());
					}
					lv_severity_4_0=ruleSeverity
					{
						if ($current==null) {
							$current = createModelElementForParent(grammarAccess.getRuleSettingRule());
						}
						set(
							$current,
							"severity",
							lv_severity_4_0,
							"nl.klantreis.dsl.Klantreis.Severity");
						afterParserOrEnumRuleCall();
					}
				)
			)
		)?
		(
			otherlv_5='{'
			{
				newLeafNode(otherlv_5, grammarAccess.getRuleSettingAccess().getLeftCurlyBracketKeyword_4_0());
			}
			(
				(
					{
						newCompositeNode(grammarAccess.getRuleSettingAccess().getParametersRuleParameterParserRuleCall_4_1_0());
					}
					lv_parameters_6_0=ruleRuleParameter
					{
						if ($current==null) {
							$current = createModelElementForParent(grammarAccess.getRuleSettingRule());
						}
						add(
							$current,
							"parameters",
							lv_parameters_6_0,
							"nl.klantreis.dsl.Klantreis.RuleParameter");
						afterParserOrEnumRuleCall();
					}
				)
			)*
			otherlv_7='}'
			{
				newLeafNode(otherlv_7, grammarAccess.getRuleSettingAccess().getRightCurlyBracketKeyword_4_2());
			}
		)?
	)
;

// Entry rule entryRuleRuleParameter
entryRuleRuleParameter returns [EObject current=null]:
	{ newCompositeNode(grammarAccess.getRuleParameterRule()); }
	iv_ruleRuleParameter=ruleRuleParameter
	{ $current=$iv_ruleRuleParameter.current; }
	EOF;

// Rule RuleParameter
ruleRuleParameter returns [EObject current=null]
@init {
	enterRule();
}
@after {
	leaveRule();
}:
	(
		(
			(
				lv_key_0_0=RULE_ID
				{
					newLeafNode(lv_key_0_0, grammarAccess.getRuleParameterAccess().getKeyIDTerminalRuleCall_0_0());
				}
				{
					if ($current==null) {
						$current = createModelElement(grammarAccess.getRuleParameterRule());
					}
					setWithLastConsumed(
						$current,
						"key",
						lv_key_0_0,
						"nl.klantreis.dsl.Klantreis.ID");
				}
			)
		)
		otherlv_1='='
		{
			newLeafNode(otherlv_1, grammarAccess.getRuleParameterAccess().getEqualsSignKeyword_1());
		}
		(
			(
				lv_value_2_0=RULE_STRING
				{
					newLeafNode(lv_value_2_0, grammarAccess.getRuleParameterAccess().getValueSTRINGTerminalRuleCall_2_0());
				}
				{
					if ($current==null) {
						$current = createModelElement(grammarAccess.getRuleParameterRule());
					}
					setWithLastConsumed(
						$current,
						"value",
						lv_value_2_0,
						"nl.klantreis.dsl.Klantreis.STRING");
				}
			)
		)
	)
;

// Entry rule entryRuleQualifiedName
entryRuleQualifiedName returns [String current=null]@init {
	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();
}:
	{ newCompositeNode(grammarAccess.getQualifiedNameRule()); }
	iv_ruleQualifiedName=ruleQualifiedName
	{ $current=$iv_ruleQualifiedName.current.getText(); }
	EOF;
finally {
	myHiddenTokenState.restore();
}

// Rule QualifiedName
ruleQualifiedName returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()]
@init {
	enterRule();
	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();
}
@after {
	leaveRule();
}:
	(
		this_ID_0=RULE_ID
		{
			$current.merge(this_ID_0);
		}
		{
			newLeafNode(this_ID_0, grammarAccess.getQualifiedNameAccess().getIDTerminalRuleCall_0());
		}
		(
			kw='.'
			{
				$current.merge(kw);
				newLeafNode(kw, grammarAccess.getQualifiedNameAccess().getFullStopKeyword_1_0());
			}
			this_ID_2=RULE_ID
			{
				$current.merge(this_ID_2);
			}
			{
				newLeafNode(this_ID_2, grammarAccess.getQualifiedNameAccess().getIDTerminalRuleCall_1_1());
			}
		)*
	)
;
finally {
	myHiddenTokenState.restore();
}

// Entry rule entryRuleEmotion
entryRuleEmotion returns [String current=null]@init {
	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();
}:
	{ newCompositeNode(grammarAccess.getEmotionRule()); }
	iv_ruleEmotion=ruleEmotion
	{ $current=$iv_ruleEmotion.current.getText(); }
	EOF;
finally {
	myHiddenTokenState.restore();
}

// Rule Emotion
ruleEmotion returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()]
@init {
	enterRule();
	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();
}
@after {
	leaveRule();
}:
	(
		(
			kw='-'
			{
				$current.merge(kw);
				newLeafNode(kw, grammarAccess.getEmotionAccess().getHyphenMinusKeyword_0_0());
			}
			    |
			kw='+'
			{
				$current.merge(kw);
				newLeafNode(kw, grammarAccess.getEmotionAccess().getPlusSignKeyword_0_1());
			}
		)?
		this_INT_2=RULE_INT
		{
			$current.merge(this_INT_2);
		}
		{
			newLeafNode(this_INT_2, grammarAccess.getEmotionAccess().getINTTerminalRuleCall_1());
		}
	)
;
finally {
	myHiddenTokenState.restore();
}

// Entry rule entryRuleOnOff
entryRuleOnOff returns [String current=null]:
	{ newCompositeNode(grammarAccess.getOnOffRule()); }
	iv_ruleOnOff=ruleOnOff
	{ $current=$iv_ruleOnOff.current.getText(); }
	EOF;

// Rule OnOff
ruleOnOff returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()]
@init {
	enterRule();
}
@after {
	leaveRule();
}:
	(
		kw='on'
		{
			$current.merge(kw);
			newLeafNode(kw, grammarAccess.getOnOffAccess().getOnKeyword_0());
		}
		    |
		kw='off'
		{
			$current.merge(kw);
			newLeafNode(kw, grammarAccess.getOnOffAccess().getOffKeyword_1());
		}
	)
;

// Rule JourneyKind
ruleJourneyKind returns [Enumerator current=null]
@init {
	enterRule();
}
@after {
	leaveRule();
}:
	(
		(
			enumLiteral_0='ACTUAL'
			{
				$current = grammarAccess.getJourneyKindAccess().getACTUALEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_0, grammarAccess.getJourneyKindAccess().getACTUALEnumLiteralDeclaration_0());
			}
		)
		    |
		(
			enumLiteral_1='PLANNED'
			{
				$current = grammarAccess.getJourneyKindAccess().getPLANNEDEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_1, grammarAccess.getJourneyKindAccess().getPLANNEDEnumLiteralDeclaration_1());
			}
		)
	)
;

// Rule JourneyStatus
ruleJourneyStatus returns [Enumerator current=null]
@init {
	enterRule();
}
@after {
	leaveRule();
}:
	(
		(
			enumLiteral_0='DRAFT'
			{
				$current = grammarAccess.getJourneyStatusAccess().getDRAFTEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_0, grammarAccess.getJourneyStatusAccess().getDRAFTEnumLiteralDeclaration_0());
			}
		)
		    |
		(
			enumLiteral_1='REVIEWED'
			{
				$current = grammarAccess.getJourneyStatusAccess().getREVIEWEDEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_1, grammarAccess.getJourneyStatusAccess().getREVIEWEDEnumLiteralDeclaration_1());
			}
		)
		    |
		(
			enumLiteral_2='ADOPTED'
			{
				$current = grammarAccess.getJourneyStatusAccess().getADOPTEDEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_2, grammarAccess.getJourneyStatusAccess().getADOPTEDEnumLiteralDeclaration_2());
			}
		)
	)
;

// Rule LifeEventKind
ruleLifeEventKind returns [Enumerator current=null]
@init {
	enterRule();
}
@after {
	leaveRule();
}:
	(
		(
			enumLiteral_0='ARRIVAL'
			{
				$current = grammarAccess.getLifeEventKindAccess().getARRIVALEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_0, grammarAccess.getLifeEventKindAccess().getARRIVALEnumLiteralDeclaration_0());
			}
		)
		    |
		(
			enumLiteral_1='INBURGERING'
			{
				$current = grammarAccess.getLifeEventKindAccess().getINBURGERINGEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_1, grammarAccess.getLifeEventKindAccess().getINBURGERINGEnumLiteralDeclaration_1());
			}
		)
		    |
		(
			enumLiteral_2='FAMILY_REUNIFICATION'
			{
				$current = grammarAccess.getLifeEventKindAccess().getFAMILY_REUNIFICATIONEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_2, grammarAccess.getLifeEventKindAccess().getFAMILY_REUNIFICATIONEnumLiteralDeclaration_2());
			}
		)
		    |
		(
			enumLiteral_3='BIRTH'
			{
				$current = grammarAccess.getLifeEventKindAccess().getBIRTHEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_3, grammarAccess.getLifeEventKindAccess().getBIRTHEnumLiteralDeclaration_3());
			}
		)
		    |
		(
			enumLiteral_4='SCHOOL'
			{
				$current = grammarAccess.getLifeEventKindAccess().getSCHOOLEnumLiteralDeclaration_4().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_4, grammarAccess.getLifeEventKindAccess().getSCHOOLEnumLiteralDeclaration_4());
			}
		)
		    |
		(
			enumLiteral_5='JOB_SEARCH'
			{
				$current = grammarAccess.getLifeEventKindAccess().getJOB_SEARCHEnumLiteralDeclaration_5().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_5, grammarAccess.getLifeEventKindAccess().getJOB_SEARCHEnumLiteralDeclaration_5());
			}
		)
		    |
		(
			enumLiteral_6='JOB_LOSS'
			{
				$current = grammarAccess.getLifeEventKindAccess().getJOB_LOSSEnumLiteralDeclaration_6().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_6, grammarAccess.getLifeEventKindAccess().getJOB_LOSSEnumLiteralDeclaration_6());
			}
		)
		    |
		(
			enumLiteral_7='ILLNESS'
			{
				$current = grammarAccess.getLifeEventKindAccess().getILLNESSEnumLiteralDeclaration_7().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_7, grammarAccess.getLifeEventKindAccess().getILLNESSEnumLiteralDeclaration_7());
			}
		)
		    |
		(
			enumLiteral_8='MOVING'
			{
				$current = grammarAccess.getLifeEventKindAccess().getMOVINGEnumLiteralDeclaration_8().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_8, grammarAccess.getLifeEventKindAccess().getMOVINGEnumLiteralDeclaration_8());
			}
		)
		    |
		(
			enumLiteral_9='DEBT'
			{
				$current = grammarAccess.getLifeEventKindAccess().getDEBTEnumLiteralDeclaration_9().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_9, grammarAccess.getLifeEventKindAccess().getDEBTEnumLiteralDeclaration_9());
			}
		)
		    |
		(
			enumLiteral_10='OTHER'
			{
				$current = grammarAccess.getLifeEventKindAccess().getOTHEREnumLiteralDeclaration_10().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_10, grammarAccess.getLifeEventKindAccess().getOTHEREnumLiteralDeclaration_10());
			}
		)
	)
;

// Rule Channel
ruleChannel returns [Enumerator current=null]
@init {
	enterRule();
}
@after {
	leaveRule();
}:
	(
		(
			enumLiteral_0='COUNTER'
			{
				$current = grammarAccess.getChannelAccess().getCOUNTEREnumLiteralDeclaration_0().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_0, grammarAccess.getChannelAccess().getCOUNTEREnumLiteralDeclaration_0());
			}
		)
		    |
		(
			enumLiteral_1='PHONE'
			{
				$current = grammarAccess.getChannelAccess().getPHONEEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_1, grammarAccess.getChannelAccess().getPHONEEnumLiteralDeclaration_1());
			}
		)
		    |
		(
			enumLiteral_2='LETTER'
			{
				$current = grammarAccess.getChannelAccess().getLETTEREnumLiteralDeclaration_2().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_2, grammarAccess.getChannelAccess().getLETTEREnumLiteralDeclaration_2());
			}
		)
		    |
		(
			enumLiteral_3='EMAIL'
			{
				$current = grammarAccess.getChannelAccess().getEMAILEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_3, grammarAccess.getChannelAccess().getEMAILEnumLiteralDeclaration_3());
			}
		)
		    |
		(
			enumLiteral_4='PORTAL'
			{
				$current = grammarAccess.getChannelAccess().getPORTALEnumLiteralDeclaration_4().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_4, grammarAccess.getChannelAccess().getPORTALEnumLiteralDeclaration_4());
			}
		)
		    |
		(
			enumLiteral_5='HOME_VISIT'
			{
				$current = grammarAccess.getChannelAccess().getHOME_VISITEnumLiteralDeclaration_5().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_5, grammarAccess.getChannelAccess().getHOME_VISITEnumLiteralDeclaration_5());
			}
		)
		    |
		(
			enumLiteral_6='GROUP_SESSION'
			{
				$current = grammarAccess.getChannelAccess().getGROUP_SESSIONEnumLiteralDeclaration_6().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_6, grammarAccess.getChannelAccess().getGROUP_SESSIONEnumLiteralDeclaration_6());
			}
		)
		    |
		(
			enumLiteral_7='CONSULTATION_HOUR'
			{
				$current = grammarAccess.getChannelAccess().getCONSULTATION_HOUREnumLiteralDeclaration_7().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_7, grammarAccess.getChannelAccess().getCONSULTATION_HOUREnumLiteralDeclaration_7());
			}
		)
		    |
		(
			enumLiteral_8='SOCIAL_MEDIA'
			{
				$current = grammarAccess.getChannelAccess().getSOCIAL_MEDIAEnumLiteralDeclaration_8().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_8, grammarAccess.getChannelAccess().getSOCIAL_MEDIAEnumLiteralDeclaration_8());
			}
		)
		    |
		(
			enumLiteral_9='VIDEO_CALL'
			{
				$current = grammarAccess.getChannelAccess().getVIDEO_CALLEnumLiteralDeclaration_9().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_9, grammarAccess.getChannelAccess().getVIDEO_CALLEnumLiteralDeclaration_9());
			}
		)
		    |
		(
			enumLiteral_10='MEETING'
			{
				$current = grammarAccess.getChannelAccess().getMEETINGEnumLiteralDeclaration_10().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_10, grammarAccess.getChannelAccess().getMEETINGEnumLiteralDeclaration_10());
			}
		)
	)
;

// Rule Initiator
ruleInitiator returns [Enumerator current=null]
@init {
	enterRule();
}
@after {
	leaveRule();
}:
	(
		(
			enumLiteral_0='RESIDENT'
			{
				$current = grammarAccess.getInitiatorAccess().getRESIDENTEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_0, grammarAccess.getInitiatorAccess().getRESIDENTEnumLiteralDeclaration_0());
			}
		)
		    |
		(
			enumLiteral_1='ORGANISATION'
			{
				$current = grammarAccess.getInitiatorAccess().getORGANISATIONEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_1, grammarAccess.getInitiatorAccess().getORGANISATIONEnumLiteralDeclaration_1());
			}
		)
	)
;

// Rule Purpose
rulePurpose returns [Enumerator current=null]
@init {
	enterRule();
}
@after {
	leaveRule();
}:
	(
		(
			enumLiteral_0='INFORMATION'
			{
				$current = grammarAccess.getPurposeAccess().getINFORMATIONEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_0, grammarAccess.getPurposeAccess().getINFORMATIONEnumLiteralDeclaration_0());
			}
		)
		    |
		(
			enumLiteral_1='INTAKE'
			{
				$current = grammarAccess.getPurposeAccess().getINTAKEEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_1, grammarAccess.getPurposeAccess().getINTAKEEnumLiteralDeclaration_1());
			}
		)
		    |
		(
			enumLiteral_2='ADVICE'
			{
				$current = grammarAccess.getPurposeAccess().getADVICEEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_2, grammarAccess.getPurposeAccess().getADVICEEnumLiteralDeclaration_2());
			}
		)
		    |
		(
			enumLiteral_3='DECISION'
			{
				$current = grammarAccess.getPurposeAccess().getDECISIONEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_3, grammarAccess.getPurposeAccess().getDECISIONEnumLiteralDeclaration_3());
			}
		)
		    |
		(
			enumLiteral_4='REFERRAL'
			{
				$current = grammarAccess.getPurposeAccess().getREFERRALEnumLiteralDeclaration_4().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_4, grammarAccess.getPurposeAccess().getREFERRALEnumLiteralDeclaration_4());
			}
		)
		    |
		(
			enumLiteral_5='FOLLOW_UP'
			{
				$current = grammarAccess.getPurposeAccess().getFOLLOW_UPEnumLiteralDeclaration_5().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_5, grammarAccess.getPurposeAccess().getFOLLOW_UPEnumLiteralDeclaration_5());
			}
		)
		    |
		(
			enumLiteral_6='SUPPORT'
			{
				$current = grammarAccess.getPurposeAccess().getSUPPORTEnumLiteralDeclaration_6().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_6, grammarAccess.getPurposeAccess().getSUPPORTEnumLiteralDeclaration_6());
			}
		)
	)
;

// Rule InterpreterArrangement
ruleInterpreterArrangement returns [Enumerator current=null]
@init {
	enterRule();
}
@after {
	leaveRule();
}:
	(
		(
			enumLiteral_0='NONE'
			{
				$current = grammarAccess.getInterpreterArrangementAccess().getNONEEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_0, grammarAccess.getInterpreterArrangementAccess().getNONEEnumLiteralDeclaration_0());
			}
		)
		    |
		(
			enumLiteral_1='PROFESSIONAL'
			{
				$current = grammarAccess.getInterpreterArrangementAccess().getPROFESSIONALEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_1, grammarAccess.getInterpreterArrangementAccess().getPROFESSIONALEnumLiteralDeclaration_1());
			}
		)
		    |
		(
			enumLiteral_2='BILINGUAL_STAFF'
			{
				$current = grammarAccess.getInterpreterArrangementAccess().getBILINGUAL_STAFFEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_2, grammarAccess.getInterpreterArrangementAccess().getBILINGUAL_STAFFEnumLiteralDeclaration_2());
			}
		)
		    |
		(
			enumLiteral_3='KEY_PERSON'
			{
				$current = grammarAccess.getInterpreterArrangementAccess().getKEY_PERSONEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_3, grammarAccess.getInterpreterArrangementAccess().getKEY_PERSONEnumLiteralDeclaration_3());
			}
		)
		    |
		(
			enumLiteral_4='FAMILY'
			{
				$current = grammarAccess.getInterpreterArrangementAccess().getFAMILYEnumLiteralDeclaration_4().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_4, grammarAccess.getInterpreterArrangementAccess().getFAMILYEnumLiteralDeclaration_4());
			}
		)
		    |
		(
			enumLiteral_5='CHILD'
			{
				$current = grammarAccess.getInterpreterArrangementAccess().getCHILDEnumLiteralDeclaration_5().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_5, grammarAccess.getInterpreterArrangementAccess().getCHILDEnumLiteralDeclaration_5());
			}
		)
	)
;

// Rule CommunicationForm
ruleCommunicationForm returns [Enumerator current=null]
@init {
	enterRule();
}
@after {
	leaveRule();
}:
	(
		(
			enumLiteral_0='SPOKEN'
			{
				$current = grammarAccess.getCommunicationFormAccess().getSPOKENEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_0, grammarAccess.getCommunicationFormAccess().getSPOKENEnumLiteralDeclaration_0());
			}
		)
		    |
		(
			enumLiteral_1='WRITTEN'
			{
				$current = grammarAccess.getCommunicationFormAccess().getWRITTENEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_1, grammarAccess.getCommunicationFormAccess().getWRITTENEnumLiteralDeclaration_1());
			}
		)
		    |
		(
			enumLiteral_2='PLAIN_LANGUAGE'
			{
				$current = grammarAccess.getCommunicationFormAccess().getPLAIN_LANGUAGEEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_2, grammarAccess.getCommunicationFormAccess().getPLAIN_LANGUAGEEnumLiteralDeclaration_2());
			}
		)
		    |
		(
			enumLiteral_3='TRANSLATED'
			{
				$current = grammarAccess.getCommunicationFormAccess().getTRANSLATEDEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_3, grammarAccess.getCommunicationFormAccess().getTRANSLATEDEnumLiteralDeclaration_3());
			}
		)
		    |
		(
			enumLiteral_4='VISUAL'
			{
				$current = grammarAccess.getCommunicationFormAccess().getVISUALEnumLiteralDeclaration_4().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_4, grammarAccess.getCommunicationFormAccess().getVISUALEnumLiteralDeclaration_4());
			}
		)
	)
;

// Rule LifeDomain
ruleLifeDomain returns [Enumerator current=null]
@init {
	enterRule();
}
@after {
	leaveRule();
}:
	(
		(
			enumLiteral_0='INCOME'
			{
				$current = grammarAccess.getLifeDomainAccess().getINCOMEEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_0, grammarAccess.getLifeDomainAccess().getINCOMEEnumLiteralDeclaration_0());
			}
		)
		    |
		(
			enumLiteral_1='WORK'
			{
				$current = grammarAccess.getLifeDomainAccess().getWORKEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_1, grammarAccess.getLifeDomainAccess().getWORKEnumLiteralDeclaration_1());
			}
		)
		    |
		(
			enumLiteral_2='EDUCATION'
			{
				$current = grammarAccess.getLifeDomainAccess().getEDUCATIONEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_2, grammarAccess.getLifeDomainAccess().getEDUCATIONEnumLiteralDeclaration_2());
			}
		)
		    |
		(
			enumLiteral_3='HOUSING'
			{
				$current = grammarAccess.getLifeDomainAccess().getHOUSINGEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_3, grammarAccess.getLifeDomainAccess().getHOUSINGEnumLiteralDeclaration_3());
			}
		)
		    |
		(
			enumLiteral_4='PHYSICAL_HEALTH'
			{
				$current = grammarAccess.getLifeDomainAccess().getPHYSICAL_HEALTHEnumLiteralDeclaration_4().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_4, grammarAccess.getLifeDomainAccess().getPHYSICAL_HEALTHEnumLiteralDeclaration_4());
			}
		)
		    |
		(
			enumLiteral_5='MENTAL_HEALTH'
			{
				$current = grammarAccess.getLifeDomainAccess().getMENTAL_HEALTHEnumLiteralDeclaration_5().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_5, grammarAccess.getLifeDomainAccess().getMENTAL_HEALTHEnumLiteralDeclaration_5());
			}
		)
		    |
		(
			enumLiteral_6='FAMILY'
			{
				$current = grammarAccess.getLifeDomainAccess().getFAMILYEnumLiteralDeclaration_6().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_6, grammarAccess.getLifeDomainAccess().getFAMILYEnumLiteralDeclaration_6());
			}
		)
		    |
		(
			enumLiteral_7='SOCIAL_NETWORK'
			{
				$current = grammarAccess.getLifeDomainAccess().getSOCIAL_NETWORKEnumLiteralDeclaration_7().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_7, grammarAccess.getLifeDomainAccess().getSOCIAL_NETWORKEnumLiteralDeclaration_7());
			}
		)
	)
;

// Rule HandoverKind
ruleHandoverKind returns [Enumerator current=null]
@init {
	enterRule();
}
@after {
	leaveRule();
}:
	(
		(
			enumLiteral_0='WARM'
			{
				$current = grammarAccess.getHandoverKindAccess().getWARMEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_0, grammarAccess.getHandoverKindAccess().getWARMEnumLiteralDeclaration_0());
			}
		)
		    |
		(
			enumLiteral_1='COLD'
			{
				$current = grammarAccess.getHandoverKindAccess().getCOLDEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_1, grammarAccess.getHandoverKindAccess().getCOLDEnumLiteralDeclaration_1());
			}
		)
	)
;

// Rule OrganisationKind
ruleOrganisationKind returns [Enumerator current=null]
@init {
	enterRule();
}
@after {
	leaveRule();
}:
	(
		(
			enumLiteral_0='CUSTOMER_CONTACT_CENTRE'
			{
				$current = grammarAccess.getOrganisationKindAccess().getCUSTOMER_CONTACT_CENTREEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_0, grammarAccess.getOrganisationKindAccess().getCUSTOMER_CONTACT_CENTREEnumLiteralDeclaration_0());
			}
		)
		    |
		(
			enumLiteral_1='WORK_AND_INCOME'
			{
				$current = grammarAccess.getOrganisationKindAccess().getWORK_AND_INCOMEEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_1, grammarAccess.getOrganisationKindAccess().getWORK_AND_INCOMEEnumLiteralDeclaration_1());
			}
		)
		    |
		(
			enumLiteral_2='SOCIAL_SUPPORT'
			{
				$current = grammarAccess.getOrganisationKindAccess().getSOCIAL_SUPPORTEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_2, grammarAccess.getOrganisationKindAccess().getSOCIAL_SUPPORTEnumLiteralDeclaration_2());
			}
		)
		    |
		(
			enumLiteral_3='INTEGRATION'
			{
				$current = grammarAccess.getOrganisationKindAccess().getINTEGRATIONEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_3, grammarAccess.getOrganisationKindAccess().getINTEGRATIONEnumLiteralDeclaration_3());
			}
		)
		    |
		(
			enumLiteral_4='PUBLIC_HEALTH'
			{
				$current = grammarAccess.getOrganisationKindAccess().getPUBLIC_HEALTHEnumLiteralDeclaration_4().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_4, grammarAccess.getOrganisationKindAccess().getPUBLIC_HEALTHEnumLiteralDeclaration_4());
			}
		)
		    |
		(
			enumLiteral_5='GENERAL_PRACTITIONER'
			{
				$current = grammarAccess.getOrganisationKindAccess().getGENERAL_PRACTITIONEREnumLiteralDeclaration_5().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_5, grammarAccess.getOrganisationKindAccess().getGENERAL_PRACTITIONEREnumLiteralDeclaration_5());
			}
		)
		    |
		(
			enumLiteral_6='MENTAL_HEALTH_CARE'
			{
				$current = grammarAccess.getOrganisationKindAccess().getMENTAL_HEALTH_CAREEnumLiteralDeclaration_6().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_6, grammarAccess.getOrganisationKindAccess().getMENTAL_HEALTH_CAREEnumLiteralDeclaration_6());
			}
		)
		    |
		(
			enumLiteral_7='DISTRICT_NURSING'
			{
				$current = grammarAccess.getOrganisationKindAccess().getDISTRICT_NURSINGEnumLiteralDeclaration_7().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_7, grammarAccess.getOrganisationKindAccess().getDISTRICT_NURSINGEnumLiteralDeclaration_7());
			}
		)
		    |
		(
			enumLiteral_8='YOUTH_AND_FAMILY'
			{
				$current = grammarAccess.getOrganisationKindAccess().getYOUTH_AND_FAMILYEnumLiteralDeclaration_8().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_8, grammarAccess.getOrganisationKindAccess().getYOUTH_AND_FAMILYEnumLiteralDeclaration_8());
			}
		)
		    |
		(
			enumLiteral_9='REFUGEE_SUPPORT'
			{
				$current = grammarAccess.getOrganisationKindAccess().getREFUGEE_SUPPORTEnumLiteralDeclaration_9().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_9, grammarAccess.getOrganisationKindAccess().getREFUGEE_SUPPORTEnumLiteralDeclaration_9());
			}
		)
		    |
		(
			enumLiteral_10='SCHOOL'
			{
				$current = grammarAccess.getOrganisationKindAccess().getSCHOOLEnumLiteralDeclaration_10().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_10, grammarAccess.getOrganisationKindAccess().getSCHOOLEnumLiteralDeclaration_10());
			}
		)
		    |
		(
			enumLiteral_11='EMPLOYER'
			{
				$current = grammarAccess.getOrganisationKindAccess().getEMPLOYEREnumLiteralDeclaration_11().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_11, grammarAccess.getOrganisationKindAccess().getEMPLOYEREnumLiteralDeclaration_11());
			}
		)
		    |
		(
			enumLiteral_12='WELFARE'
			{
				$current = grammarAccess.getOrganisationKindAccess().getWELFAREEnumLiteralDeclaration_12().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_12, grammarAccess.getOrganisationKindAccess().getWELFAREEnumLiteralDeclaration_12());
			}
		)
		    |
		(
			enumLiteral_13='MIGRANT_ORGANISATION'
			{
				$current = grammarAccess.getOrganisationKindAccess().getMIGRANT_ORGANISATIONEnumLiteralDeclaration_13().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_13, grammarAccess.getOrganisationKindAccess().getMIGRANT_ORGANISATIONEnumLiteralDeclaration_13());
			}
		)
		    |
		(
			enumLiteral_14='HOUSING_CORPORATION'
			{
				$current = grammarAccess.getOrganisationKindAccess().getHOUSING_CORPORATIONEnumLiteralDeclaration_14().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_14, grammarAccess.getOrganisationKindAccess().getHOUSING_CORPORATIONEnumLiteralDeclaration_14());
			}
		)
		    |
		(
			enumLiteral_15='RECEPTION_CENTRE'
			{
				$current = grammarAccess.getOrganisationKindAccess().getRECEPTION_CENTREEnumLiteralDeclaration_15().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_15, grammarAccess.getOrganisationKindAccess().getRECEPTION_CENTREEnumLiteralDeclaration_15());
			}
		)
		    |
		(
			enumLiteral_16='OTHER'
			{
				$current = grammarAccess.getOrganisationKindAccess().getOTHEREnumLiteralDeclaration_16().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_16, grammarAccess.getOrganisationKindAccess().getOTHEREnumLiteralDeclaration_16());
			}
		)
	)
;

// Rule DutchLevel
ruleDutchLevel returns [Enumerator current=null]
@init {
	enterRule();
}
@after {
	leaveRule();
}:
	(
		(
			enumLiteral_0='NONE'
			{
				$current = grammarAccess.getDutchLevelAccess().getNONEEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_0, grammarAccess.getDutchLevelAccess().getNONEEnumLiteralDeclaration_0());
			}
		)
		    |
		(
			enumLiteral_1='A1'
			{
				$current = grammarAccess.getDutchLevelAccess().getA1EnumLiteralDeclaration_1().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_1, grammarAccess.getDutchLevelAccess().getA1EnumLiteralDeclaration_1());
			}
		)
		    |
		(
			enumLiteral_2='A2'
			{
				$current = grammarAccess.getDutchLevelAccess().getA2EnumLiteralDeclaration_2().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_2, grammarAccess.getDutchLevelAccess().getA2EnumLiteralDeclaration_2());
			}
		)
		    |
		(
			enumLiteral_3='B1'
			{
				$current = grammarAccess.getDutchLevelAccess().getB1EnumLiteralDeclaration_3().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_3, grammarAccess.getDutchLevelAccess().getB1EnumLiteralDeclaration_3());
			}
		)
		    |
		(
			enumLiteral_4='B2'
			{
				$current = grammarAccess.getDutchLevelAccess().getB2EnumLiteralDeclaration_4().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_4, grammarAccess.getDutchLevelAccess().getB2EnumLiteralDeclaration_4());
			}
		)
		    |
		(
			enumLiteral_5='C1'
			{
				$current = grammarAccess.getDutchLevelAccess().getC1EnumLiteralDeclaration_5().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_5, grammarAccess.getDutchLevelAccess().getC1EnumLiteralDeclaration_5());
			}
		)
		    |
		(
			enumLiteral_6='C2'
			{
				$current = grammarAccess.getDutchLevelAccess().getC2EnumLiteralDeclaration_6().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_6, grammarAccess.getDutchLevelAccess().getC2EnumLiteralDeclaration_6());
			}
		)
	)
;

// Rule SkillLevel
ruleSkillLevel returns [Enumerator current=null]
@init {
	enterRule();
}
@after {
	leaveRule();
}:
	(
		(
			enumLiteral_0='UNKNOWN'
			{
				$current = grammarAccess.getSkillLevelAccess().getUNKNOWNEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_0, grammarAccess.getSkillLevelAccess().getUNKNOWNEnumLiteralDeclaration_0());
			}
		)
		    |
		(
			enumLiteral_1='NONE'
			{
				$current = grammarAccess.getSkillLevelAccess().getNONEEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_1, grammarAccess.getSkillLevelAccess().getNONEEnumLiteralDeclaration_1());
			}
		)
		    |
		(
			enumLiteral_2='LIMITED'
			{
				$current = grammarAccess.getSkillLevelAccess().getLIMITEDEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_2, grammarAccess.getSkillLevelAccess().getLIMITEDEnumLiteralDeclaration_2());
			}
		)
		    |
		(
			enumLiteral_3='ADEQUATE'
			{
				$current = grammarAccess.getSkillLevelAccess().getADEQUATEEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_3, grammarAccess.getSkillLevelAccess().getADEQUATEEnumLiteralDeclaration_3());
			}
		)
	)
;

// Rule Household
ruleHousehold returns [Enumerator current=null]
@init {
	enterRule();
}
@after {
	leaveRule();
}:
	(
		(
			enumLiteral_0='SINGLE'
			{
				$current = grammarAccess.getHouseholdAccess().getSINGLEEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_0, grammarAccess.getHouseholdAccess().getSINGLEEnumLiteralDeclaration_0());
			}
		)
		    |
		(
			enumLiteral_1='COUPLE'
			{
				$current = grammarAccess.getHouseholdAccess().getCOUPLEEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_1, grammarAccess.getHouseholdAccess().getCOUPLEEnumLiteralDeclaration_1());
			}
		)
		    |
		(
			enumLiteral_2='FAMILY'
			{
				$current = grammarAccess.getHouseholdAccess().getFAMILYEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_2, grammarAccess.getHouseholdAccess().getFAMILYEnumLiteralDeclaration_2());
			}
		)
		    |
		(
			enumLiteral_3='SINGLE_PARENT'
			{
				$current = grammarAccess.getHouseholdAccess().getSINGLE_PARENTEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_3, grammarAccess.getHouseholdAccess().getSINGLE_PARENTEnumLiteralDeclaration_3());
			}
		)
		    |
		(
			enumLiteral_4='AWAITING_REUNIFICATION'
			{
				$current = grammarAccess.getHouseholdAccess().getAWAITING_REUNIFICATIONEnumLiteralDeclaration_4().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_4, grammarAccess.getHouseholdAccess().getAWAITING_REUNIFICATIONEnumLiteralDeclaration_4());
			}
		)
	)
;

// Rule Gender
ruleGender returns [Enumerator current=null]
@init {
	enterRule();
}
@after {
	leaveRule();
}:
	(
		(
			enumLiteral_0='UNSPECIFIED'
			{
				$current = grammarAccess.getGenderAccess().getUNSPECIFIEDEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_0, grammarAccess.getGenderAccess().getUNSPECIFIEDEnumLiteralDeclaration_0());
			}
		)
		    |
		(
			enumLiteral_1='FEMALE'
			{
				$current = grammarAccess.getGenderAccess().getFEMALEEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_1, grammarAccess.getGenderAccess().getFEMALEEnumLiteralDeclaration_1());
			}
		)
		    |
		(
			enumLiteral_2='MALE'
			{
				$current = grammarAccess.getGenderAccess().getMALEEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_2, grammarAccess.getGenderAccess().getMALEEnumLiteralDeclaration_2());
			}
		)
		    |
		(
			enumLiteral_3='OTHER'
			{
				$current = grammarAccess.getGenderAccess().getOTHEREnumLiteralDeclaration_3().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_3, grammarAccess.getGenderAccess().getOTHEREnumLiteralDeclaration_3());
			}
		)
	)
;

// Rule KeyPersonRole
ruleKeyPersonRole returns [Enumerator current=null]
@init {
	enterRule();
}
@after {
	leaveRule();
}:
	(
		(
			enumLiteral_0='EDUCATOR'
			{
				$current = grammarAccess.getKeyPersonRoleAccess().getEDUCATOREnumLiteralDeclaration_0().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_0, grammarAccess.getKeyPersonRoleAccess().getEDUCATOREnumLiteralDeclaration_0());
			}
		)
		    |
		(
			enumLiteral_1='ADVISOR'
			{
				$current = grammarAccess.getKeyPersonRoleAccess().getADVISOREnumLiteralDeclaration_1().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_1, grammarAccess.getKeyPersonRoleAccess().getADVISOREnumLiteralDeclaration_1());
			}
		)
		    |
		(
			enumLiteral_2='MEDIATOR'
			{
				$current = grammarAccess.getKeyPersonRoleAccess().getMEDIATOREnumLiteralDeclaration_2().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_2, grammarAccess.getKeyPersonRoleAccess().getMEDIATOREnumLiteralDeclaration_2());
			}
		)
		    |
		(
			enumLiteral_3='SCOUT'
			{
				$current = grammarAccess.getKeyPersonRoleAccess().getSCOUTEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_3, grammarAccess.getKeyPersonRoleAccess().getSCOUTEnumLiteralDeclaration_3());
			}
		)
		    |
		(
			enumLiteral_4='ACTIVATOR'
			{
				$current = grammarAccess.getKeyPersonRoleAccess().getACTIVATOREnumLiteralDeclaration_4().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_4, grammarAccess.getKeyPersonRoleAccess().getACTIVATOREnumLiteralDeclaration_4());
			}
		)
	)
;

// Rule ContractKind
ruleContractKind returns [Enumerator current=null]
@init {
	enterRule();
}
@after {
	leaveRule();
}:
	(
		(
			enumLiteral_0='NONE'
			{
				$current = grammarAccess.getContractKindAccess().getNONEEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_0, grammarAccess.getContractKindAccess().getNONEEnumLiteralDeclaration_0());
			}
		)
		    |
		(
			enumLiteral_1='VOLUNTEER'
			{
				$current = grammarAccess.getContractKindAccess().getVOLUNTEEREnumLiteralDeclaration_1().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_1, grammarAccess.getContractKindAccess().getVOLUNTEEREnumLiteralDeclaration_1());
			}
		)
		    |
		(
			enumLiteral_2='EMPLOYMENT'
			{
				$current = grammarAccess.getContractKindAccess().getEMPLOYMENTEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_2, grammarAccess.getContractKindAccess().getEMPLOYMENTEnumLiteralDeclaration_2());
			}
		)
	)
;

// Rule ImprovementStatus
ruleImprovementStatus returns [Enumerator current=null]
@init {
	enterRule();
}
@after {
	leaveRule();
}:
	(
		(
			enumLiteral_0='PROPOSED'
			{
				$current = grammarAccess.getImprovementStatusAccess().getPROPOSEDEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_0, grammarAccess.getImprovementStatusAccess().getPROPOSEDEnumLiteralDeclaration_0());
			}
		)
		    |
		(
			enumLiteral_1='AGREED'
			{
				$current = grammarAccess.getImprovementStatusAccess().getAGREEDEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_1, grammarAccess.getImprovementStatusAccess().getAGREEDEnumLiteralDeclaration_1());
			}
		)
		    |
		(
			enumLiteral_2='IN_PROGRESS'
			{
				$current = grammarAccess.getImprovementStatusAccess().getIN_PROGRESSEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_2, grammarAccess.getImprovementStatusAccess().getIN_PROGRESSEnumLiteralDeclaration_2());
			}
		)
		    |
		(
			enumLiteral_3='DONE'
			{
				$current = grammarAccess.getImprovementStatusAccess().getDONEEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_3, grammarAccess.getImprovementStatusAccess().getDONEEnumLiteralDeclaration_3());
			}
		)
		    |
		(
			enumLiteral_4='DROPPED'
			{
				$current = grammarAccess.getImprovementStatusAccess().getDROPPEDEnumLiteralDeclaration_4().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_4, grammarAccess.getImprovementStatusAccess().getDROPPEDEnumLiteralDeclaration_4());
			}
		)
	)
;

// Rule Direction
ruleDirection returns [Enumerator current=null]
@init {
	enterRule();
}
@after {
	leaveRule();
}:
	(
		(
			enumLiteral_0='LIFEWORLD_KNOWLEDGE'
			{
				$current = grammarAccess.getDirectionAccess().getLIFEWORLD_KNOWLEDGEEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_0, grammarAccess.getDirectionAccess().getLIFEWORLD_KNOWLEDGEEnumLiteralDeclaration_0());
			}
		)
		    |
		(
			enumLiteral_1='TAILORED_SUPPORT'
			{
				$current = grammarAccess.getDirectionAccess().getTAILORED_SUPPORTEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_1, grammarAccess.getDirectionAccess().getTAILORED_SUPPORTEnumLiteralDeclaration_1());
			}
		)
		    |
		(
			enumLiteral_2='OUTREACH'
			{
				$current = grammarAccess.getDirectionAccess().getOUTREACHEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_2, grammarAccess.getDirectionAccess().getOUTREACHEnumLiteralDeclaration_2());
			}
		)
		    |
		(
			enumLiteral_3='EXPERIENCE_EXPERTS'
			{
				$current = grammarAccess.getDirectionAccess().getEXPERIENCE_EXPERTSEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_3, grammarAccess.getDirectionAccess().getEXPERIENCE_EXPERTSEnumLiteralDeclaration_3());
			}
		)
		    |
		(
			enumLiteral_4='STAFF_DIVERSITY'
			{
				$current = grammarAccess.getDirectionAccess().getSTAFF_DIVERSITYEnumLiteralDeclaration_4().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_4, grammarAccess.getDirectionAccess().getSTAFF_DIVERSITYEnumLiteralDeclaration_4());
			}
		)
	)
;

// Rule Severity
ruleSeverity returns [Enumerator current=null]
@init {
	enterRule();
}
@after {
	leaveRule();
}:
	(
		(
			enumLiteral_0='INFO'
			{
				$current = grammarAccess.getSeverityAccess().getINFOEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_0, grammarAccess.getSeverityAccess().getINFOEnumLiteralDeclaration_0());
			}
		)
		    |
		(
			enumLiteral_1='WARNING'
			{
				$current = grammarAccess.getSeverityAccess().getWARNINGEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_1, grammarAccess.getSeverityAccess().getWARNINGEnumLiteralDeclaration_1());
			}
		)
		    |
		(
			enumLiteral_2='ERROR'
			{
				$current = grammarAccess.getSeverityAccess().getERROREnumLiteralDeclaration_2().getEnumLiteral().getInstance();
				newLeafNode(enumLiteral_2, grammarAccess.getSeverityAccess().getERROREnumLiteralDeclaration_2());
			}
		)
	)
;

RULE_ID : ('a'..'z'|'A'..'Z'|'_') ('a'..'z'|'A'..'Z'|'_'|'0'..'9')* ('-' ('a'..'z'|'A'..'Z'|'_'|'0'..'9')+)*;

RULE_INT : ('0'..'9')+;

RULE_STRING : '"' ('\\' .|~(('\\'|'"')))* '"';

RULE_ML_COMMENT : '/*' ( options {greedy=false;} : . )*'*/';

RULE_SL_COMMENT : '//' ~(('\n'|'\r'))* ('\r'? '\n')?;

RULE_WS : (' '|'\t'|'\r'|'\n')+;

RULE_ANY_OTHER : .;
