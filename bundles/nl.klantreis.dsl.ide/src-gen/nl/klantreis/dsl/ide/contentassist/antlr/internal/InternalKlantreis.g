/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
grammar InternalKlantreis;

options {
	superClass=AbstractInternalContentAssistParser;
}

@lexer::header {
package nl.klantreis.dsl.ide.contentassist.antlr.internal;

// Hack: Use our own Lexer superclass by means of import. 
// Currently there is no other way to specify the superclass for the lexer.
import org.eclipse.xtext.ide.editor.contentassist.antlr.internal.Lexer;
}

@parser::header {
package nl.klantreis.dsl.ide.contentassist.antlr.internal;

import java.io.InputStream;
import org.eclipse.xtext.*;
import org.eclipse.xtext.parser.*;
import org.eclipse.xtext.parser.impl.*;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.parser.antlr.XtextTokenStream;
import org.eclipse.xtext.parser.antlr.XtextTokenStream.HiddenTokens;
import org.eclipse.xtext.ide.editor.contentassist.antlr.internal.AbstractInternalContentAssistParser;
import org.eclipse.xtext.ide.editor.contentassist.antlr.internal.DFA;
import nl.klantreis.dsl.services.KlantreisGrammarAccess;

}
@parser::members {
	private KlantreisGrammarAccess grammarAccess;

	public void setGrammarAccess(KlantreisGrammarAccess grammarAccess) {
		this.grammarAccess = grammarAccess;
	}

	@Override
	protected Grammar getGrammar() {
		return grammarAccess.getGrammar();
	}

	@Override
	protected String getValueForTokenName(String tokenName) {
		return tokenName;
	}
}

// Entry rule entryRuleJourneyModel
entryRuleJourneyModel
:
{ before(grammarAccess.getJourneyModelRule()); }
	 ruleJourneyModel
{ after(grammarAccess.getJourneyModelRule()); } 
	 EOF 
;

// Rule JourneyModel
ruleJourneyModel 
	@init {
		int stackSize = keepStackSize();
	}
	:
	(
		{ before(grammarAccess.getJourneyModelAccess().getGroup()); }
		(rule__JourneyModel__Group__0)
		{ after(grammarAccess.getJourneyModelAccess().getGroup()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

// Entry rule entryRuleOrganisation
entryRuleOrganisation
:
{ before(grammarAccess.getOrganisationRule()); }
	 ruleOrganisation
{ after(grammarAccess.getOrganisationRule()); } 
	 EOF 
;

// Rule Organisation
ruleOrganisation 
	@init {
		int stackSize = keepStackSize();
	}
	:
	(
		{ before(grammarAccess.getOrganisationAccess().getGroup()); }
		(rule__Organisation__Group__0)
		{ after(grammarAccess.getOrganisationAccess().getGroup()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

// Entry rule entryRuleStaffGroup
entryRuleStaffGroup
:
{ before(grammarAccess.getStaffGroupRule()); }
	 ruleStaffGroup
{ after(grammarAccess.getStaffGroupRule()); } 
	 EOF 
;

// Rule StaffGroup
ruleStaffGroup 
	@init {
		int stackSize = keepStackSize();
	}
	:
	(
		{ before(grammarAccess.getStaffGroupAccess().getGroup()); }
		(rule__StaffGroup__Group__0)
		{ after(grammarAccess.getStaffGroupAccess().getGroup()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

// Entry rule entryRulePersona
entryRulePersona
:
{ before(grammarAccess.getPersonaRule()); }
	 rulePersona
{ after(grammarAccess.getPersonaRule()); } 
	 EOF 
;

// Rule Persona
rulePersona 
	@init {
		int stackSize = keepStackSize();
	}
	:
	(
		{ before(grammarAccess.getPersonaAccess().getGroup()); }
		(rule__Persona__Group__0)
		{ after(grammarAccess.getPersonaAccess().getGroup()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

// Entry rule entryRuleKeyPerson
entryRuleKeyPerson
:
{ before(grammarAccess.getKeyPersonRule()); }
	 ruleKeyPerson
{ after(grammarAccess.getKeyPersonRule()); } 
	 EOF 
;

// Rule KeyPerson
ruleKeyPerson 
	@init {
		int stackSize = keepStackSize();
	}
	:
	(
		{ before(grammarAccess.getKeyPersonAccess().getGroup()); }
		(rule__KeyPerson__Group__0)
		{ after(grammarAccess.getKeyPersonAccess().getGroup()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

// Entry rule entryRuleJourney
entryRuleJourney
:
{ before(grammarAccess.getJourneyRule()); }
	 ruleJourney
{ after(grammarAccess.getJourneyRule()); } 
	 EOF 
;

// Rule Journey
ruleJourney 
	@init {
		int stackSize = keepStackSize();
	}
	:
	(
		{ before(grammarAccess.getJourneyAccess().getGroup()); }
		(rule__Journey__Group__0)
		{ after(grammarAccess.getJourneyAccess().getGroup()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

// Entry rule entryRuleLifeEvent
entryRuleLifeEvent
:
{ before(grammarAccess.getLifeEventRule()); }
	 ruleLifeEvent
{ after(grammarAccess.getLifeEventRule()); } 
	 EOF 
;

// Rule LifeEvent
ruleLifeEvent 
	@init {
		int stackSize = keepStackSize();
	}
	:
	(
		{ before(grammarAccess.getLifeEventAccess().getGroup()); }
		(rule__LifeEvent__Group__0)
		{ after(grammarAccess.getLifeEventAccess().getGroup()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

// Entry rule entryRulePhase
entryRulePhase
:
{ before(grammarAccess.getPhaseRule()); }
	 rulePhase
{ after(grammarAccess.getPhaseRule()); } 
	 EOF 
;

// Rule Phase
rulePhase 
	@init {
		int stackSize = keepStackSize();
	}
	:
	(
		{ before(grammarAccess.getPhaseAccess().getGroup()); }
		(rule__Phase__Group__0)
		{ after(grammarAccess.getPhaseAccess().getGroup()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

// Entry rule entryRuleTouchpoint
entryRuleTouchpoint
:
{ before(grammarAccess.getTouchpointRule()); }
	 ruleTouchpoint
{ after(grammarAccess.getTouchpointRule()); } 
	 EOF 
;

// Rule Touchpoint
ruleTouchpoint 
	@init {
		int stackSize = keepStackSize();
	}
	:
	(
		{ before(grammarAccess.getTouchpointAccess().getGroup()); }
		(rule__Touchpoint__Group__0)
		{ after(grammarAccess.getTouchpointAccess().getGroup()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

// Entry rule entryRuleHandover
entryRuleHandover
:
{ before(grammarAccess.getHandoverRule()); }
	 ruleHandover
{ after(grammarAccess.getHandoverRule()); } 
	 EOF 
;

// Rule Handover
ruleHandover 
	@init {
		int stackSize = keepStackSize();
	}
	:
	(
		{ before(grammarAccess.getHandoverAccess().getGroup()); }
		(rule__Handover__Group__0)
		{ after(grammarAccess.getHandoverAccess().getGroup()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

// Entry rule entryRulePainPoint
entryRulePainPoint
:
{ before(grammarAccess.getPainPointRule()); }
	 rulePainPoint
{ after(grammarAccess.getPainPointRule()); } 
	 EOF 
;

// Rule PainPoint
rulePainPoint 
	@init {
		int stackSize = keepStackSize();
	}
	:
	(
		{ before(grammarAccess.getPainPointAccess().getGroup()); }
		(rule__PainPoint__Group__0)
		{ after(grammarAccess.getPainPointAccess().getGroup()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

// Entry rule entryRuleImprovement
entryRuleImprovement
:
{ before(grammarAccess.getImprovementRule()); }
	 ruleImprovement
{ after(grammarAccess.getImprovementRule()); } 
	 EOF 
;

// Rule Improvement
ruleImprovement 
	@init {
		int stackSize = keepStackSize();
	}
	:
	(
		{ before(grammarAccess.getImprovementAccess().getGroup()); }
		(rule__Improvement__Group__0)
		{ after(grammarAccess.getImprovementAccess().getGroup()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

// Entry rule entryRuleRuleSetting
entryRuleRuleSetting
:
{ before(grammarAccess.getRuleSettingRule()); }
	 ruleRuleSetting
{ after(grammarAccess.getRuleSettingRule()); } 
	 EOF 
;

// Rule RuleSetting
ruleRuleSetting 
	@init {
		int stackSize = keepStackSize();
	}
	:
	(
		{ before(grammarAccess.getRuleSettingAccess().getGroup()); }
		(rule__RuleSetting__Group__0)
		{ after(grammarAccess.getRuleSettingAccess().getGroup()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

// Entry rule entryRuleRuleParameter
entryRuleRuleParameter
:
{ before(grammarAccess.getRuleParameterRule()); }
	 ruleRuleParameter
{ after(grammarAccess.getRuleParameterRule()); } 
	 EOF 
;

// Rule RuleParameter
ruleRuleParameter 
	@init {
		int stackSize = keepStackSize();
	}
	:
	(
		{ before(grammarAccess.getRuleParameterAccess().getGroup()); }
		(rule__RuleParameter__Group__0)
		{ after(grammarAccess.getRuleParameterAccess().getGroup()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

// Entry rule entryRuleQualifiedName
entryRuleQualifiedName
@init { 
	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();
}
:
{ before(grammarAccess.getQualifiedNameRule()); }
	 ruleQualifiedName
{ after(grammarAccess.getQualifiedNameRule()); } 
	 EOF 
;
finally {
	myHiddenTokenState.restore();
}

// Rule QualifiedName
ruleQualifiedName 
	@init {
		HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();
		int stackSize = keepStackSize();
	}
	:
	(
		{ before(grammarAccess.getQualifiedNameAccess().getGroup()); }
		(rule__QualifiedName__Group__0)
		{ after(grammarAccess.getQualifiedNameAccess().getGroup()); }
	)
;
finally {
	restoreStackSize(stackSize);
	myHiddenTokenState.restore();
}

// Entry rule entryRuleEmotion
entryRuleEmotion
@init { 
	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();
}
:
{ before(grammarAccess.getEmotionRule()); }
	 ruleEmotion
{ after(grammarAccess.getEmotionRule()); } 
	 EOF 
;
finally {
	myHiddenTokenState.restore();
}

// Rule Emotion
ruleEmotion 
	@init {
		HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();
		int stackSize = keepStackSize();
	}
	:
	(
		{ before(grammarAccess.getEmotionAccess().getGroup()); }
		(rule__Emotion__Group__0)
		{ after(grammarAccess.getEmotionAccess().getGroup()); }
	)
;
finally {
	restoreStackSize(stackSize);
	myHiddenTokenState.restore();
}

// Entry rule entryRuleOnOff
entryRuleOnOff
:
{ before(grammarAccess.getOnOffRule()); }
	 ruleOnOff
{ after(grammarAccess.getOnOffRule()); } 
	 EOF 
;

// Rule OnOff
ruleOnOff 
	@init {
		int stackSize = keepStackSize();
	}
	:
	(
		{ before(grammarAccess.getOnOffAccess().getAlternatives()); }
		(rule__OnOff__Alternatives)
		{ after(grammarAccess.getOnOffAccess().getAlternatives()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

// Rule JourneyKind
ruleJourneyKind
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getJourneyKindAccess().getAlternatives()); }
		(rule__JourneyKind__Alternatives)
		{ after(grammarAccess.getJourneyKindAccess().getAlternatives()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

// Rule JourneyStatus
ruleJourneyStatus
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getJourneyStatusAccess().getAlternatives()); }
		(rule__JourneyStatus__Alternatives)
		{ after(grammarAccess.getJourneyStatusAccess().getAlternatives()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

// Rule LifeEventKind
ruleLifeEventKind
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getLifeEventKindAccess().getAlternatives()); }
		(rule__LifeEventKind__Alternatives)
		{ after(grammarAccess.getLifeEventKindAccess().getAlternatives()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

// Rule Channel
ruleChannel
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getChannelAccess().getAlternatives()); }
		(rule__Channel__Alternatives)
		{ after(grammarAccess.getChannelAccess().getAlternatives()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

// Rule Initiator
ruleInitiator
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getInitiatorAccess().getAlternatives()); }
		(rule__Initiator__Alternatives)
		{ after(grammarAccess.getInitiatorAccess().getAlternatives()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

// Rule Purpose
rulePurpose
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getPurposeAccess().getAlternatives()); }
		(rule__Purpose__Alternatives)
		{ after(grammarAccess.getPurposeAccess().getAlternatives()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

// Rule InterpreterArrangement
ruleInterpreterArrangement
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getInterpreterArrangementAccess().getAlternatives()); }
		(rule__InterpreterArrangement__Alternatives)
		{ after(grammarAccess.getInterpreterArrangementAccess().getAlternatives()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

// Rule CommunicationForm
ruleCommunicationForm
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getCommunicationFormAccess().getAlternatives()); }
		(rule__CommunicationForm__Alternatives)
		{ after(grammarAccess.getCommunicationFormAccess().getAlternatives()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

// Rule LifeDomain
ruleLifeDomain
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getLifeDomainAccess().getAlternatives()); }
		(rule__LifeDomain__Alternatives)
		{ after(grammarAccess.getLifeDomainAccess().getAlternatives()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

// Rule HandoverKind
ruleHandoverKind
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getHandoverKindAccess().getAlternatives()); }
		(rule__HandoverKind__Alternatives)
		{ after(grammarAccess.getHandoverKindAccess().getAlternatives()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

// Rule OrganisationKind
ruleOrganisationKind
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getOrganisationKindAccess().getAlternatives()); }
		(rule__OrganisationKind__Alternatives)
		{ after(grammarAccess.getOrganisationKindAccess().getAlternatives()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

// Rule DutchLevel
ruleDutchLevel
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getDutchLevelAccess().getAlternatives()); }
		(rule__DutchLevel__Alternatives)
		{ after(grammarAccess.getDutchLevelAccess().getAlternatives()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

// Rule SkillLevel
ruleSkillLevel
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getSkillLevelAccess().getAlternatives()); }
		(rule__SkillLevel__Alternatives)
		{ after(grammarAccess.getSkillLevelAccess().getAlternatives()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

// Rule Household
ruleHousehold
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getHouseholdAccess().getAlternatives()); }
		(rule__Household__Alternatives)
		{ after(grammarAccess.getHouseholdAccess().getAlternatives()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

// Rule Gender
ruleGender
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getGenderAccess().getAlternatives()); }
		(rule__Gender__Alternatives)
		{ after(grammarAccess.getGenderAccess().getAlternatives()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

// Rule KeyPersonRole
ruleKeyPersonRole
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getKeyPersonRoleAccess().getAlternatives()); }
		(rule__KeyPersonRole__Alternatives)
		{ after(grammarAccess.getKeyPersonRoleAccess().getAlternatives()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

// Rule ContractKind
ruleContractKind
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getContractKindAccess().getAlternatives()); }
		(rule__ContractKind__Alternatives)
		{ after(grammarAccess.getContractKindAccess().getAlternatives()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

// Rule ImprovementStatus
ruleImprovementStatus
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getImprovementStatusAccess().getAlternatives()); }
		(rule__ImprovementStatus__Alternatives)
		{ after(grammarAccess.getImprovementStatusAccess().getAlternatives()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

// Rule Direction
ruleDirection
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getDirectionAccess().getAlternatives()); }
		(rule__Direction__Alternatives)
		{ after(grammarAccess.getDirectionAccess().getAlternatives()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

// Rule Severity
ruleSeverity
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getSeverityAccess().getAlternatives()); }
		(rule__Severity__Alternatives)
		{ after(grammarAccess.getSeverityAccess().getAlternatives()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__JourneyModel__Alternatives_5
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getJourneyModelAccess().getOrganisationsAssignment_5_0()); }
		(rule__JourneyModel__OrganisationsAssignment_5_0)
		{ after(grammarAccess.getJourneyModelAccess().getOrganisationsAssignment_5_0()); }
	)
	|
	(
		{ before(grammarAccess.getJourneyModelAccess().getPersonasAssignment_5_1()); }
		(rule__JourneyModel__PersonasAssignment_5_1)
		{ after(grammarAccess.getJourneyModelAccess().getPersonasAssignment_5_1()); }
	)
	|
	(
		{ before(grammarAccess.getJourneyModelAccess().getKeyPersonsAssignment_5_2()); }
		(rule__JourneyModel__KeyPersonsAssignment_5_2)
		{ after(grammarAccess.getJourneyModelAccess().getKeyPersonsAssignment_5_2()); }
	)
	|
	(
		{ before(grammarAccess.getJourneyModelAccess().getJourneysAssignment_5_3()); }
		(rule__JourneyModel__JourneysAssignment_5_3)
		{ after(grammarAccess.getJourneyModelAccess().getJourneysAssignment_5_3()); }
	)
	|
	(
		{ before(grammarAccess.getJourneyModelAccess().getRuleSettingsAssignment_5_4()); }
		(rule__JourneyModel__RuleSettingsAssignment_5_4)
		{ after(grammarAccess.getJourneyModelAccess().getRuleSettingsAssignment_5_4()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Emotion__Alternatives_0
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getEmotionAccess().getHyphenMinusKeyword_0_0()); }
		'-'
		{ after(grammarAccess.getEmotionAccess().getHyphenMinusKeyword_0_0()); }
	)
	|
	(
		{ before(grammarAccess.getEmotionAccess().getPlusSignKeyword_0_1()); }
		'+'
		{ after(grammarAccess.getEmotionAccess().getPlusSignKeyword_0_1()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__OnOff__Alternatives
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getOnOffAccess().getOnKeyword_0()); }
		'on'
		{ after(grammarAccess.getOnOffAccess().getOnKeyword_0()); }
	)
	|
	(
		{ before(grammarAccess.getOnOffAccess().getOffKeyword_1()); }
		'off'
		{ after(grammarAccess.getOnOffAccess().getOffKeyword_1()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__JourneyKind__Alternatives
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getJourneyKindAccess().getACTUALEnumLiteralDeclaration_0()); }
		('ACTUAL')
		{ after(grammarAccess.getJourneyKindAccess().getACTUALEnumLiteralDeclaration_0()); }
	)
	|
	(
		{ before(grammarAccess.getJourneyKindAccess().getPLANNEDEnumLiteralDeclaration_1()); }
		('PLANNED')
		{ after(grammarAccess.getJourneyKindAccess().getPLANNEDEnumLiteralDeclaration_1()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__JourneyStatus__Alternatives
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getJourneyStatusAccess().getDRAFTEnumLiteralDeclaration_0()); }
		('DRAFT')
		{ after(grammarAccess.getJourneyStatusAccess().getDRAFTEnumLiteralDeclaration_0()); }
	)
	|
	(
		{ before(grammarAccess.getJourneyStatusAccess().getREVIEWEDEnumLiteralDeclaration_1()); }
		('REVIEWED')
		{ after(grammarAccess.getJourneyStatusAccess().getREVIEWEDEnumLiteralDeclaration_1()); }
	)
	|
	(
		{ before(grammarAccess.getJourneyStatusAccess().getADOPTEDEnumLiteralDeclaration_2()); }
		('ADOPTED')
		{ after(grammarAccess.getJourneyStatusAccess().getADOPTEDEnumLiteralDeclaration_2()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__LifeEventKind__Alternatives
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getLifeEventKindAccess().getARRIVALEnumLiteralDeclaration_0()); }
		('ARRIVAL')
		{ after(grammarAccess.getLifeEventKindAccess().getARRIVALEnumLiteralDeclaration_0()); }
	)
	|
	(
		{ before(grammarAccess.getLifeEventKindAccess().getINBURGERINGEnumLiteralDeclaration_1()); }
		('INBURGERING')
		{ after(grammarAccess.getLifeEventKindAccess().getINBURGERINGEnumLiteralDeclaration_1()); }
	)
	|
	(
		{ before(grammarAccess.getLifeEventKindAccess().getFAMILY_REUNIFICATIONEnumLiteralDeclaration_2()); }
		('FAMILY_REUNIFICATION')
		{ after(grammarAccess.getLifeEventKindAccess().getFAMILY_REUNIFICATIONEnumLiteralDeclaration_2()); }
	)
	|
	(
		{ before(grammarAccess.getLifeEventKindAccess().getBIRTHEnumLiteralDeclaration_3()); }
		('BIRTH')
		{ after(grammarAccess.getLifeEventKindAccess().getBIRTHEnumLiteralDeclaration_3()); }
	)
	|
	(
		{ before(grammarAccess.getLifeEventKindAccess().getSCHOOLEnumLiteralDeclaration_4()); }
		('SCHOOL')
		{ after(grammarAccess.getLifeEventKindAccess().getSCHOOLEnumLiteralDeclaration_4()); }
	)
	|
	(
		{ before(grammarAccess.getLifeEventKindAccess().getJOB_SEARCHEnumLiteralDeclaration_5()); }
		('JOB_SEARCH')
		{ after(grammarAccess.getLifeEventKindAccess().getJOB_SEARCHEnumLiteralDeclaration_5()); }
	)
	|
	(
		{ before(grammarAccess.getLifeEventKindAccess().getJOB_LOSSEnumLiteralDeclaration_6()); }
		('JOB_LOSS')
		{ after(grammarAccess.getLifeEventKindAccess().getJOB_LOSSEnumLiteralDeclaration_6()); }
	)
	|
	(
		{ before(grammarAccess.getLifeEventKindAccess().getILLNESSEnumLiteralDeclaration_7()); }
		('ILLNESS')
		{ after(grammarAccess.getLifeEventKindAccess().getILLNESSEnumLiteralDeclaration_7()); }
	)
	|
	(
		{ before(grammarAccess.getLifeEventKindAccess().getMOVINGEnumLiteralDeclaration_8()); }
		('MOVING')
		{ after(grammarAccess.getLifeEventKindAccess().getMOVINGEnumLiteralDeclaration_8()); }
	)
	|
	(
		{ before(grammarAccess.getLifeEventKindAccess().getDEBTEnumLiteralDeclaration_9()); }
		('DEBT')
		{ after(grammarAccess.getLifeEventKindAccess().getDEBTEnumLiteralDeclaration_9()); }
	)
	|
	(
		{ before(grammarAccess.getLifeEventKindAccess().getOTHEREnumLiteralDeclaration_10()); }
		('OTHER')
		{ after(grammarAccess.getLifeEventKindAccess().getOTHEREnumLiteralDeclaration_10()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Channel__Alternatives
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getChannelAccess().getCOUNTEREnumLiteralDeclaration_0()); }
		('COUNTER')
		{ after(grammarAccess.getChannelAccess().getCOUNTEREnumLiteralDeclaration_0()); }
	)
	|
	(
		{ before(grammarAccess.getChannelAccess().getPHONEEnumLiteralDeclaration_1()); }
		('PHONE')
		{ after(grammarAccess.getChannelAccess().getPHONEEnumLiteralDeclaration_1()); }
	)
	|
	(
		{ before(grammarAccess.getChannelAccess().getLETTEREnumLiteralDeclaration_2()); }
		('LETTER')
		{ after(grammarAccess.getChannelAccess().getLETTEREnumLiteralDeclaration_2()); }
	)
	|
	(
		{ before(grammarAccess.getChannelAccess().getEMAILEnumLiteralDeclaration_3()); }
		('EMAIL')
		{ after(grammarAccess.getChannelAccess().getEMAILEnumLiteralDeclaration_3()); }
	)
	|
	(
		{ before(grammarAccess.getChannelAccess().getPORTALEnumLiteralDeclaration_4()); }
		('PORTAL')
		{ after(grammarAccess.getChannelAccess().getPORTALEnumLiteralDeclaration_4()); }
	)
	|
	(
		{ before(grammarAccess.getChannelAccess().getHOME_VISITEnumLiteralDeclaration_5()); }
		('HOME_VISIT')
		{ after(grammarAccess.getChannelAccess().getHOME_VISITEnumLiteralDeclaration_5()); }
	)
	|
	(
		{ before(grammarAccess.getChannelAccess().getGROUP_SESSIONEnumLiteralDeclaration_6()); }
		('GROUP_SESSION')
		{ after(grammarAccess.getChannelAccess().getGROUP_SESSIONEnumLiteralDeclaration_6()); }
	)
	|
	(
		{ before(grammarAccess.getChannelAccess().getCONSULTATION_HOUREnumLiteralDeclaration_7()); }
		('CONSULTATION_HOUR')
		{ after(grammarAccess.getChannelAccess().getCONSULTATION_HOUREnumLiteralDeclaration_7()); }
	)
	|
	(
		{ before(grammarAccess.getChannelAccess().getSOCIAL_MEDIAEnumLiteralDeclaration_8()); }
		('SOCIAL_MEDIA')
		{ after(grammarAccess.getChannelAccess().getSOCIAL_MEDIAEnumLiteralDeclaration_8()); }
	)
	|
	(
		{ before(grammarAccess.getChannelAccess().getVIDEO_CALLEnumLiteralDeclaration_9()); }
		('VIDEO_CALL')
		{ after(grammarAccess.getChannelAccess().getVIDEO_CALLEnumLiteralDeclaration_9()); }
	)
	|
	(
		{ before(grammarAccess.getChannelAccess().getMEETINGEnumLiteralDeclaration_10()); }
		('MEETING')
		{ after(grammarAccess.getChannelAccess().getMEETINGEnumLiteralDeclaration_10()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Initiator__Alternatives
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getInitiatorAccess().getRESIDENTEnumLiteralDeclaration_0()); }
		('RESIDENT')
		{ after(grammarAccess.getInitiatorAccess().getRESIDENTEnumLiteralDeclaration_0()); }
	)
	|
	(
		{ before(grammarAccess.getInitiatorAccess().getORGANISATIONEnumLiteralDeclaration_1()); }
		('ORGANISATION')
		{ after(grammarAccess.getInitiatorAccess().getORGANISATIONEnumLiteralDeclaration_1()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Purpose__Alternatives
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getPurposeAccess().getINFORMATIONEnumLiteralDeclaration_0()); }
		('INFORMATION')
		{ after(grammarAccess.getPurposeAccess().getINFORMATIONEnumLiteralDeclaration_0()); }
	)
	|
	(
		{ before(grammarAccess.getPurposeAccess().getINTAKEEnumLiteralDeclaration_1()); }
		('INTAKE')
		{ after(grammarAccess.getPurposeAccess().getINTAKEEnumLiteralDeclaration_1()); }
	)
	|
	(
		{ before(grammarAccess.getPurposeAccess().getADVICEEnumLiteralDeclaration_2()); }
		('ADVICE')
		{ after(grammarAccess.getPurposeAccess().getADVICEEnumLiteralDeclaration_2()); }
	)
	|
	(
		{ before(grammarAccess.getPurposeAccess().getDECISIONEnumLiteralDeclaration_3()); }
		('DECISION')
		{ after(grammarAccess.getPurposeAccess().getDECISIONEnumLiteralDeclaration_3()); }
	)
	|
	(
		{ before(grammarAccess.getPurposeAccess().getREFERRALEnumLiteralDeclaration_4()); }
		('REFERRAL')
		{ after(grammarAccess.getPurposeAccess().getREFERRALEnumLiteralDeclaration_4()); }
	)
	|
	(
		{ before(grammarAccess.getPurposeAccess().getFOLLOW_UPEnumLiteralDeclaration_5()); }
		('FOLLOW_UP')
		{ after(grammarAccess.getPurposeAccess().getFOLLOW_UPEnumLiteralDeclaration_5()); }
	)
	|
	(
		{ before(grammarAccess.getPurposeAccess().getSUPPORTEnumLiteralDeclaration_6()); }
		('SUPPORT')
		{ after(grammarAccess.getPurposeAccess().getSUPPORTEnumLiteralDeclaration_6()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__InterpreterArrangement__Alternatives
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getInterpreterArrangementAccess().getNONEEnumLiteralDeclaration_0()); }
		('NONE')
		{ after(grammarAccess.getInterpreterArrangementAccess().getNONEEnumLiteralDeclaration_0()); }
	)
	|
	(
		{ before(grammarAccess.getInterpreterArrangementAccess().getPROFESSIONALEnumLiteralDeclaration_1()); }
		('PROFESSIONAL')
		{ after(grammarAccess.getInterpreterArrangementAccess().getPROFESSIONALEnumLiteralDeclaration_1()); }
	)
	|
	(
		{ before(grammarAccess.getInterpreterArrangementAccess().getBILINGUAL_STAFFEnumLiteralDeclaration_2()); }
		('BILINGUAL_STAFF')
		{ after(grammarAccess.getInterpreterArrangementAccess().getBILINGUAL_STAFFEnumLiteralDeclaration_2()); }
	)
	|
	(
		{ before(grammarAccess.getInterpreterArrangementAccess().getKEY_PERSONEnumLiteralDeclaration_3()); }
		('KEY_PERSON')
		{ after(grammarAccess.getInterpreterArrangementAccess().getKEY_PERSONEnumLiteralDeclaration_3()); }
	)
	|
	(
		{ before(grammarAccess.getInterpreterArrangementAccess().getFAMILYEnumLiteralDeclaration_4()); }
		('FAMILY')
		{ after(grammarAccess.getInterpreterArrangementAccess().getFAMILYEnumLiteralDeclaration_4()); }
	)
	|
	(
		{ before(grammarAccess.getInterpreterArrangementAccess().getCHILDEnumLiteralDeclaration_5()); }
		('CHILD')
		{ after(grammarAccess.getInterpreterArrangementAccess().getCHILDEnumLiteralDeclaration_5()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__CommunicationForm__Alternatives
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getCommunicationFormAccess().getSPOKENEnumLiteralDeclaration_0()); }
		('SPOKEN')
		{ after(grammarAccess.getCommunicationFormAccess().getSPOKENEnumLiteralDeclaration_0()); }
	)
	|
	(
		{ before(grammarAccess.getCommunicationFormAccess().getWRITTENEnumLiteralDeclaration_1()); }
		('WRITTEN')
		{ after(grammarAccess.getCommunicationFormAccess().getWRITTENEnumLiteralDeclaration_1()); }
	)
	|
	(
		{ before(grammarAccess.getCommunicationFormAccess().getPLAIN_LANGUAGEEnumLiteralDeclaration_2()); }
		('PLAIN_LANGUAGE')
		{ after(grammarAccess.getCommunicationFormAccess().getPLAIN_LANGUAGEEnumLiteralDeclaration_2()); }
	)
	|
	(
		{ before(grammarAccess.getCommunicationFormAccess().getTRANSLATEDEnumLiteralDeclaration_3()); }
		('TRANSLATED')
		{ after(grammarAccess.getCommunicationFormAccess().getTRANSLATEDEnumLiteralDeclaration_3()); }
	)
	|
	(
		{ before(grammarAccess.getCommunicationFormAccess().getVISUALEnumLiteralDeclaration_4()); }
		('VISUAL')
		{ after(grammarAccess.getCommunicationFormAccess().getVISUALEnumLiteralDeclaration_4()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__LifeDomain__Alternatives
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getLifeDomainAccess().getINCOMEEnumLiteralDeclaration_0()); }
		('INCOME')
		{ after(grammarAccess.getLifeDomainAccess().getINCOMEEnumLiteralDeclaration_0()); }
	)
	|
	(
		{ before(grammarAccess.getLifeDomainAccess().getWORKEnumLiteralDeclaration_1()); }
		('WORK')
		{ after(grammarAccess.getLifeDomainAccess().getWORKEnumLiteralDeclaration_1()); }
	)
	|
	(
		{ before(grammarAccess.getLifeDomainAccess().getEDUCATIONEnumLiteralDeclaration_2()); }
		('EDUCATION')
		{ after(grammarAccess.getLifeDomainAccess().getEDUCATIONEnumLiteralDeclaration_2()); }
	)
	|
	(
		{ before(grammarAccess.getLifeDomainAccess().getHOUSINGEnumLiteralDeclaration_3()); }
		('HOUSING')
		{ after(grammarAccess.getLifeDomainAccess().getHOUSINGEnumLiteralDeclaration_3()); }
	)
	|
	(
		{ before(grammarAccess.getLifeDomainAccess().getPHYSICAL_HEALTHEnumLiteralDeclaration_4()); }
		('PHYSICAL_HEALTH')
		{ after(grammarAccess.getLifeDomainAccess().getPHYSICAL_HEALTHEnumLiteralDeclaration_4()); }
	)
	|
	(
		{ before(grammarAccess.getLifeDomainAccess().getMENTAL_HEALTHEnumLiteralDeclaration_5()); }
		('MENTAL_HEALTH')
		{ after(grammarAccess.getLifeDomainAccess().getMENTAL_HEALTHEnumLiteralDeclaration_5()); }
	)
	|
	(
		{ before(grammarAccess.getLifeDomainAccess().getFAMILYEnumLiteralDeclaration_6()); }
		('FAMILY')
		{ after(grammarAccess.getLifeDomainAccess().getFAMILYEnumLiteralDeclaration_6()); }
	)
	|
	(
		{ before(grammarAccess.getLifeDomainAccess().getSOCIAL_NETWORKEnumLiteralDeclaration_7()); }
		('SOCIAL_NETWORK')
		{ after(grammarAccess.getLifeDomainAccess().getSOCIAL_NETWORKEnumLiteralDeclaration_7()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__HandoverKind__Alternatives
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getHandoverKindAccess().getWARMEnumLiteralDeclaration_0()); }
		('WARM')
		{ after(grammarAccess.getHandoverKindAccess().getWARMEnumLiteralDeclaration_0()); }
	)
	|
	(
		{ before(grammarAccess.getHandoverKindAccess().getCOLDEnumLiteralDeclaration_1()); }
		('COLD')
		{ after(grammarAccess.getHandoverKindAccess().getCOLDEnumLiteralDeclaration_1()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__OrganisationKind__Alternatives
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getOrganisationKindAccess().getCUSTOMER_CONTACT_CENTREEnumLiteralDeclaration_0()); }
		('CUSTOMER_CONTACT_CENTRE')
		{ after(grammarAccess.getOrganisationKindAccess().getCUSTOMER_CONTACT_CENTREEnumLiteralDeclaration_0()); }
	)
	|
	(
		{ before(grammarAccess.getOrganisationKindAccess().getWORK_AND_INCOMEEnumLiteralDeclaration_1()); }
		('WORK_AND_INCOME')
		{ after(grammarAccess.getOrganisationKindAccess().getWORK_AND_INCOMEEnumLiteralDeclaration_1()); }
	)
	|
	(
		{ before(grammarAccess.getOrganisationKindAccess().getSOCIAL_SUPPORTEnumLiteralDeclaration_2()); }
		('SOCIAL_SUPPORT')
		{ after(grammarAccess.getOrganisationKindAccess().getSOCIAL_SUPPORTEnumLiteralDeclaration_2()); }
	)
	|
	(
		{ before(grammarAccess.getOrganisationKindAccess().getINTEGRATIONEnumLiteralDeclaration_3()); }
		('INTEGRATION')
		{ after(grammarAccess.getOrganisationKindAccess().getINTEGRATIONEnumLiteralDeclaration_3()); }
	)
	|
	(
		{ before(grammarAccess.getOrganisationKindAccess().getPUBLIC_HEALTHEnumLiteralDeclaration_4()); }
		('PUBLIC_HEALTH')
		{ after(grammarAccess.getOrganisationKindAccess().getPUBLIC_HEALTHEnumLiteralDeclaration_4()); }
	)
	|
	(
		{ before(grammarAccess.getOrganisationKindAccess().getGENERAL_PRACTITIONEREnumLiteralDeclaration_5()); }
		('GENERAL_PRACTITIONER')
		{ after(grammarAccess.getOrganisationKindAccess().getGENERAL_PRACTITIONEREnumLiteralDeclaration_5()); }
	)
	|
	(
		{ before(grammarAccess.getOrganisationKindAccess().getMENTAL_HEALTH_CAREEnumLiteralDeclaration_6()); }
		('MENTAL_HEALTH_CARE')
		{ after(grammarAccess.getOrganisationKindAccess().getMENTAL_HEALTH_CAREEnumLiteralDeclaration_6()); }
	)
	|
	(
		{ before(grammarAccess.getOrganisationKindAccess().getDISTRICT_NURSINGEnumLiteralDeclaration_7()); }
		('DISTRICT_NURSING')
		{ after(grammarAccess.getOrganisationKindAccess().getDISTRICT_NURSINGEnumLiteralDeclaration_7()); }
	)
	|
	(
		{ before(grammarAccess.getOrganisationKindAccess().getYOUTH_AND_FAMILYEnumLiteralDeclaration_8()); }
		('YOUTH_AND_FAMILY')
		{ after(grammarAccess.getOrganisationKindAccess().getYOUTH_AND_FAMILYEnumLiteralDeclaration_8()); }
	)
	|
	(
		{ before(grammarAccess.getOrganisationKindAccess().getREFUGEE_SUPPORTEnumLiteralDeclaration_9()); }
		('REFUGEE_SUPPORT')
		{ after(grammarAccess.getOrganisationKindAccess().getREFUGEE_SUPPORTEnumLiteralDeclaration_9()); }
	)
	|
	(
		{ before(grammarAccess.getOrganisationKindAccess().getSCHOOLEnumLiteralDeclaration_10()); }
		('SCHOOL')
		{ after(grammarAccess.getOrganisationKindAccess().getSCHOOLEnumLiteralDeclaration_10()); }
	)
	|
	(
		{ before(grammarAccess.getOrganisationKindAccess().getEMPLOYEREnumLiteralDeclaration_11()); }
		('EMPLOYER')
		{ after(grammarAccess.getOrganisationKindAccess().getEMPLOYEREnumLiteralDeclaration_11()); }
	)
	|
	(
		{ before(grammarAccess.getOrganisationKindAccess().getWELFAREEnumLiteralDeclaration_12()); }
		('WELFARE')
		{ after(grammarAccess.getOrganisationKindAccess().getWELFAREEnumLiteralDeclaration_12()); }
	)
	|
	(
		{ before(grammarAccess.getOrganisationKindAccess().getMIGRANT_ORGANISATIONEnumLiteralDeclaration_13()); }
		('MIGRANT_ORGANISATION')
		{ after(grammarAccess.getOrganisationKindAccess().getMIGRANT_ORGANISATIONEnumLiteralDeclaration_13()); }
	)
	|
	(
		{ before(grammarAccess.getOrganisationKindAccess().getHOUSING_CORPORATIONEnumLiteralDeclaration_14()); }
		('HOUSING_CORPORATION')
		{ after(grammarAccess.getOrganisationKindAccess().getHOUSING_CORPORATIONEnumLiteralDeclaration_14()); }
	)
	|
	(
		{ before(grammarAccess.getOrganisationKindAccess().getRECEPTION_CENTREEnumLiteralDeclaration_15()); }
		('RECEPTION_CENTRE')
		{ after(grammarAccess.getOrganisationKindAccess().getRECEPTION_CENTREEnumLiteralDeclaration_15()); }
	)
	|
	(
		{ before(grammarAccess.getOrganisationKindAccess().getOTHEREnumLiteralDeclaration_16()); }
		('OTHER')
		{ after(grammarAccess.getOrganisationKindAccess().getOTHEREnumLiteralDeclaration_16()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__DutchLevel__Alternatives
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getDutchLevelAccess().getNONEEnumLiteralDeclaration_0()); }
		('NONE')
		{ after(grammarAccess.getDutchLevelAccess().getNONEEnumLiteralDeclaration_0()); }
	)
	|
	(
		{ before(grammarAccess.getDutchLevelAccess().getA1EnumLiteralDeclaration_1()); }
		('A1')
		{ after(grammarAccess.getDutchLevelAccess().getA1EnumLiteralDeclaration_1()); }
	)
	|
	(
		{ before(grammarAccess.getDutchLevelAccess().getA2EnumLiteralDeclaration_2()); }
		('A2')
		{ after(grammarAccess.getDutchLevelAccess().getA2EnumLiteralDeclaration_2()); }
	)
	|
	(
		{ before(grammarAccess.getDutchLevelAccess().getB1EnumLiteralDeclaration_3()); }
		('B1')
		{ after(grammarAccess.getDutchLevelAccess().getB1EnumLiteralDeclaration_3()); }
	)
	|
	(
		{ before(grammarAccess.getDutchLevelAccess().getB2EnumLiteralDeclaration_4()); }
		('B2')
		{ after(grammarAccess.getDutchLevelAccess().getB2EnumLiteralDeclaration_4()); }
	)
	|
	(
		{ before(grammarAccess.getDutchLevelAccess().getC1EnumLiteralDeclaration_5()); }
		('C1')
		{ after(grammarAccess.getDutchLevelAccess().getC1EnumLiteralDeclaration_5()); }
	)
	|
	(
		{ before(grammarAccess.getDutchLevelAccess().getC2EnumLiteralDeclaration_6()); }
		('C2')
		{ after(grammarAccess.getDutchLevelAccess().getC2EnumLiteralDeclaration_6()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__SkillLevel__Alternatives
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getSkillLevelAccess().getUNKNOWNEnumLiteralDeclaration_0()); }
		('UNKNOWN')
		{ after(grammarAccess.getSkillLevelAccess().getUNKNOWNEnumLiteralDeclaration_0()); }
	)
	|
	(
		{ before(grammarAccess.getSkillLevelAccess().getNONEEnumLiteralDeclaration_1()); }
		('NONE')
		{ after(grammarAccess.getSkillLevelAccess().getNONEEnumLiteralDeclaration_1()); }
	)
	|
	(
		{ before(grammarAccess.getSkillLevelAccess().getLIMITEDEnumLiteralDeclaration_2()); }
		('LIMITED')
		{ after(grammarAccess.getSkillLevelAccess().getLIMITEDEnumLiteralDeclaration_2()); }
	)
	|
	(
		{ before(grammarAccess.getSkillLevelAccess().getADEQUATEEnumLiteralDeclaration_3()); }
		('ADEQUATE')
		{ after(grammarAccess.getSkillLevelAccess().getADEQUATEEnumLiteralDeclaration_3()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Household__Alternatives
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getHouseholdAccess().getSINGLEEnumLiteralDeclaration_0()); }
		('SINGLE')
		{ after(grammarAccess.getHouseholdAccess().getSINGLEEnumLiteralDeclaration_0()); }
	)
	|
	(
		{ before(grammarAccess.getHouseholdAccess().getCOUPLEEnumLiteralDeclaration_1()); }
		('COUPLE')
		{ after(grammarAccess.getHouseholdAccess().getCOUPLEEnumLiteralDeclaration_1()); }
	)
	|
	(
		{ before(grammarAccess.getHouseholdAccess().getFAMILYEnumLiteralDeclaration_2()); }
		('FAMILY')
		{ after(grammarAccess.getHouseholdAccess().getFAMILYEnumLiteralDeclaration_2()); }
	)
	|
	(
		{ before(grammarAccess.getHouseholdAccess().getSINGLE_PARENTEnumLiteralDeclaration_3()); }
		('SINGLE_PARENT')
		{ after(grammarAccess.getHouseholdAccess().getSINGLE_PARENTEnumLiteralDeclaration_3()); }
	)
	|
	(
		{ before(grammarAccess.getHouseholdAccess().getAWAITING_REUNIFICATIONEnumLiteralDeclaration_4()); }
		('AWAITING_REUNIFICATION')
		{ after(grammarAccess.getHouseholdAccess().getAWAITING_REUNIFICATIONEnumLiteralDeclaration_4()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Gender__Alternatives
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getGenderAccess().getUNSPECIFIEDEnumLiteralDeclaration_0()); }
		('UNSPECIFIED')
		{ after(grammarAccess.getGenderAccess().getUNSPECIFIEDEnumLiteralDeclaration_0()); }
	)
	|
	(
		{ before(grammarAccess.getGenderAccess().getFEMALEEnumLiteralDeclaration_1()); }
		('FEMALE')
		{ after(grammarAccess.getGenderAccess().getFEMALEEnumLiteralDeclaration_1()); }
	)
	|
	(
		{ before(grammarAccess.getGenderAccess().getMALEEnumLiteralDeclaration_2()); }
		('MALE')
		{ after(grammarAccess.getGenderAccess().getMALEEnumLiteralDeclaration_2()); }
	)
	|
	(
		{ before(grammarAccess.getGenderAccess().getOTHEREnumLiteralDeclaration_3()); }
		('OTHER')
		{ after(grammarAccess.getGenderAccess().getOTHEREnumLiteralDeclaration_3()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__KeyPersonRole__Alternatives
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getKeyPersonRoleAccess().getEDUCATOREnumLiteralDeclaration_0()); }
		('EDUCATOR')
		{ after(grammarAccess.getKeyPersonRoleAccess().getEDUCATOREnumLiteralDeclaration_0()); }
	)
	|
	(
		{ before(grammarAccess.getKeyPersonRoleAccess().getADVISOREnumLiteralDeclaration_1()); }
		('ADVISOR')
		{ after(grammarAccess.getKeyPersonRoleAccess().getADVISOREnumLiteralDeclaration_1()); }
	)
	|
	(
		{ before(grammarAccess.getKeyPersonRoleAccess().getMEDIATOREnumLiteralDeclaration_2()); }
		('MEDIATOR')
		{ after(grammarAccess.getKeyPersonRoleAccess().getMEDIATOREnumLiteralDeclaration_2()); }
	)
	|
	(
		{ before(grammarAccess.getKeyPersonRoleAccess().getSCOUTEnumLiteralDeclaration_3()); }
		('SCOUT')
		{ after(grammarAccess.getKeyPersonRoleAccess().getSCOUTEnumLiteralDeclaration_3()); }
	)
	|
	(
		{ before(grammarAccess.getKeyPersonRoleAccess().getACTIVATOREnumLiteralDeclaration_4()); }
		('ACTIVATOR')
		{ after(grammarAccess.getKeyPersonRoleAccess().getACTIVATOREnumLiteralDeclaration_4()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__ContractKind__Alternatives
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getContractKindAccess().getNONEEnumLiteralDeclaration_0()); }
		('NONE')
		{ after(grammarAccess.getContractKindAccess().getNONEEnumLiteralDeclaration_0()); }
	)
	|
	(
		{ before(grammarAccess.getContractKindAccess().getVOLUNTEEREnumLiteralDeclaration_1()); }
		('VOLUNTEER')
		{ after(grammarAccess.getContractKindAccess().getVOLUNTEEREnumLiteralDeclaration_1()); }
	)
	|
	(
		{ before(grammarAccess.getContractKindAccess().getEMPLOYMENTEnumLiteralDeclaration_2()); }
		('EMPLOYMENT')
		{ after(grammarAccess.getContractKindAccess().getEMPLOYMENTEnumLiteralDeclaration_2()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__ImprovementStatus__Alternatives
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getImprovementStatusAccess().getPROPOSEDEnumLiteralDeclaration_0()); }
		('PROPOSED')
		{ after(grammarAccess.getImprovementStatusAccess().getPROPOSEDEnumLiteralDeclaration_0()); }
	)
	|
	(
		{ before(grammarAccess.getImprovementStatusAccess().getAGREEDEnumLiteralDeclaration_1()); }
		('AGREED')
		{ after(grammarAccess.getImprovementStatusAccess().getAGREEDEnumLiteralDeclaration_1()); }
	)
	|
	(
		{ before(grammarAccess.getImprovementStatusAccess().getIN_PROGRESSEnumLiteralDeclaration_2()); }
		('IN_PROGRESS')
		{ after(grammarAccess.getImprovementStatusAccess().getIN_PROGRESSEnumLiteralDeclaration_2()); }
	)
	|
	(
		{ before(grammarAccess.getImprovementStatusAccess().getDONEEnumLiteralDeclaration_3()); }
		('DONE')
		{ after(grammarAccess.getImprovementStatusAccess().getDONEEnumLiteralDeclaration_3()); }
	)
	|
	(
		{ before(grammarAccess.getImprovementStatusAccess().getDROPPEDEnumLiteralDeclaration_4()); }
		('DROPPED')
		{ after(grammarAccess.getImprovementStatusAccess().getDROPPEDEnumLiteralDeclaration_4()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Direction__Alternatives
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getDirectionAccess().getLIFEWORLD_KNOWLEDGEEnumLiteralDeclaration_0()); }
		('LIFEWORLD_KNOWLEDGE')
		{ after(grammarAccess.getDirectionAccess().getLIFEWORLD_KNOWLEDGEEnumLiteralDeclaration_0()); }
	)
	|
	(
		{ before(grammarAccess.getDirectionAccess().getTAILORED_SUPPORTEnumLiteralDeclaration_1()); }
		('TAILORED_SUPPORT')
		{ after(grammarAccess.getDirectionAccess().getTAILORED_SUPPORTEnumLiteralDeclaration_1()); }
	)
	|
	(
		{ before(grammarAccess.getDirectionAccess().getOUTREACHEnumLiteralDeclaration_2()); }
		('OUTREACH')
		{ after(grammarAccess.getDirectionAccess().getOUTREACHEnumLiteralDeclaration_2()); }
	)
	|
	(
		{ before(grammarAccess.getDirectionAccess().getEXPERIENCE_EXPERTSEnumLiteralDeclaration_3()); }
		('EXPERIENCE_EXPERTS')
		{ after(grammarAccess.getDirectionAccess().getEXPERIENCE_EXPERTSEnumLiteralDeclaration_3()); }
	)
	|
	(
		{ before(grammarAccess.getDirectionAccess().getSTAFF_DIVERSITYEnumLiteralDeclaration_4()); }
		('STAFF_DIVERSITY')
		{ after(grammarAccess.getDirectionAccess().getSTAFF_DIVERSITYEnumLiteralDeclaration_4()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Severity__Alternatives
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getSeverityAccess().getINFOEnumLiteralDeclaration_0()); }
		('INFO')
		{ after(grammarAccess.getSeverityAccess().getINFOEnumLiteralDeclaration_0()); }
	)
	|
	(
		{ before(grammarAccess.getSeverityAccess().getWARNINGEnumLiteralDeclaration_1()); }
		('WARNING')
		{ after(grammarAccess.getSeverityAccess().getWARNINGEnumLiteralDeclaration_1()); }
	)
	|
	(
		{ before(grammarAccess.getSeverityAccess().getERROREnumLiteralDeclaration_2()); }
		('ERROR')
		{ after(grammarAccess.getSeverityAccess().getERROREnumLiteralDeclaration_2()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__JourneyModel__Group__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__JourneyModel__Group__0__Impl
	rule__JourneyModel__Group__1
;
finally {
	restoreStackSize(stackSize);
}

rule__JourneyModel__Group__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getJourneyModelAccess().getModelKeyword_0()); }
	'model'
	{ after(grammarAccess.getJourneyModelAccess().getModelKeyword_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__JourneyModel__Group__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__JourneyModel__Group__1__Impl
	rule__JourneyModel__Group__2
;
finally {
	restoreStackSize(stackSize);
}

rule__JourneyModel__Group__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getJourneyModelAccess().getIdAssignment_1()); }
	(rule__JourneyModel__IdAssignment_1)
	{ after(grammarAccess.getJourneyModelAccess().getIdAssignment_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__JourneyModel__Group__2
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__JourneyModel__Group__2__Impl
	rule__JourneyModel__Group__3
;
finally {
	restoreStackSize(stackSize);
}

rule__JourneyModel__Group__2__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getJourneyModelAccess().getNameAssignment_2()); }
	(rule__JourneyModel__NameAssignment_2)?
	{ after(grammarAccess.getJourneyModelAccess().getNameAssignment_2()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__JourneyModel__Group__3
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__JourneyModel__Group__3__Impl
	rule__JourneyModel__Group__4
;
finally {
	restoreStackSize(stackSize);
}

rule__JourneyModel__Group__3__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getJourneyModelAccess().getLeftCurlyBracketKeyword_3()); }
	'{'
	{ after(grammarAccess.getJourneyModelAccess().getLeftCurlyBracketKeyword_3()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__JourneyModel__Group__4
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__JourneyModel__Group__4__Impl
	rule__JourneyModel__Group__5
;
finally {
	restoreStackSize(stackSize);
}

rule__JourneyModel__Group__4__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getJourneyModelAccess().getGroup_4()); }
	(rule__JourneyModel__Group_4__0)?
	{ after(grammarAccess.getJourneyModelAccess().getGroup_4()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__JourneyModel__Group__5
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__JourneyModel__Group__5__Impl
	rule__JourneyModel__Group__6
;
finally {
	restoreStackSize(stackSize);
}

rule__JourneyModel__Group__5__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getJourneyModelAccess().getAlternatives_5()); }
	(rule__JourneyModel__Alternatives_5)*
	{ after(grammarAccess.getJourneyModelAccess().getAlternatives_5()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__JourneyModel__Group__6
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__JourneyModel__Group__6__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__JourneyModel__Group__6__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getJourneyModelAccess().getRightCurlyBracketKeyword_6()); }
	'}'
	{ after(grammarAccess.getJourneyModelAccess().getRightCurlyBracketKeyword_6()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__JourneyModel__Group_4__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__JourneyModel__Group_4__0__Impl
	rule__JourneyModel__Group_4__1
;
finally {
	restoreStackSize(stackSize);
}

rule__JourneyModel__Group_4__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getJourneyModelAccess().getDescriptionKeyword_4_0()); }
	'description'
	{ after(grammarAccess.getJourneyModelAccess().getDescriptionKeyword_4_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__JourneyModel__Group_4__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__JourneyModel__Group_4__1__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__JourneyModel__Group_4__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getJourneyModelAccess().getDescriptionAssignment_4_1()); }
	(rule__JourneyModel__DescriptionAssignment_4_1)
	{ after(grammarAccess.getJourneyModelAccess().getDescriptionAssignment_4_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__Organisation__Group__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Organisation__Group__0__Impl
	rule__Organisation__Group__1
;
finally {
	restoreStackSize(stackSize);
}

rule__Organisation__Group__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getOrganisationAccess().getOrganisationKeyword_0()); }
	'organisation'
	{ after(grammarAccess.getOrganisationAccess().getOrganisationKeyword_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Organisation__Group__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Organisation__Group__1__Impl
	rule__Organisation__Group__2
;
finally {
	restoreStackSize(stackSize);
}

rule__Organisation__Group__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getOrganisationAccess().getIdAssignment_1()); }
	(rule__Organisation__IdAssignment_1)
	{ after(grammarAccess.getOrganisationAccess().getIdAssignment_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Organisation__Group__2
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Organisation__Group__2__Impl
	rule__Organisation__Group__3
;
finally {
	restoreStackSize(stackSize);
}

rule__Organisation__Group__2__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getOrganisationAccess().getNameAssignment_2()); }
	(rule__Organisation__NameAssignment_2)?
	{ after(grammarAccess.getOrganisationAccess().getNameAssignment_2()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Organisation__Group__3
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Organisation__Group__3__Impl
	rule__Organisation__Group__4
;
finally {
	restoreStackSize(stackSize);
}

rule__Organisation__Group__3__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getOrganisationAccess().getLeftCurlyBracketKeyword_3()); }
	'{'
	{ after(grammarAccess.getOrganisationAccess().getLeftCurlyBracketKeyword_3()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Organisation__Group__4
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Organisation__Group__4__Impl
	rule__Organisation__Group__5
;
finally {
	restoreStackSize(stackSize);
}

rule__Organisation__Group__4__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getOrganisationAccess().getGroup_4()); }
	(rule__Organisation__Group_4__0)?
	{ after(grammarAccess.getOrganisationAccess().getGroup_4()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Organisation__Group__5
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Organisation__Group__5__Impl
	rule__Organisation__Group__6
;
finally {
	restoreStackSize(stackSize);
}

rule__Organisation__Group__5__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getOrganisationAccess().getGroup_5()); }
	(rule__Organisation__Group_5__0)?
	{ after(grammarAccess.getOrganisationAccess().getGroup_5()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Organisation__Group__6
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Organisation__Group__6__Impl
	rule__Organisation__Group__7
;
finally {
	restoreStackSize(stackSize);
}

rule__Organisation__Group__6__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getOrganisationAccess().getGroup_6()); }
	(rule__Organisation__Group_6__0)?
	{ after(grammarAccess.getOrganisationAccess().getGroup_6()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Organisation__Group__7
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Organisation__Group__7__Impl
	rule__Organisation__Group__8
;
finally {
	restoreStackSize(stackSize);
}

rule__Organisation__Group__7__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getOrganisationAccess().getGroup_7()); }
	(rule__Organisation__Group_7__0)?
	{ after(grammarAccess.getOrganisationAccess().getGroup_7()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Organisation__Group__8
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Organisation__Group__8__Impl
	rule__Organisation__Group__9
;
finally {
	restoreStackSize(stackSize);
}

rule__Organisation__Group__8__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getOrganisationAccess().getGroup_8()); }
	(rule__Organisation__Group_8__0)?
	{ after(grammarAccess.getOrganisationAccess().getGroup_8()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Organisation__Group__9
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Organisation__Group__9__Impl
	rule__Organisation__Group__10
;
finally {
	restoreStackSize(stackSize);
}

rule__Organisation__Group__9__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getOrganisationAccess().getStaffGroupsAssignment_9()); }
	(rule__Organisation__StaffGroupsAssignment_9)*
	{ after(grammarAccess.getOrganisationAccess().getStaffGroupsAssignment_9()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Organisation__Group__10
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Organisation__Group__10__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__Organisation__Group__10__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getOrganisationAccess().getRightCurlyBracketKeyword_10()); }
	'}'
	{ after(grammarAccess.getOrganisationAccess().getRightCurlyBracketKeyword_10()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__Organisation__Group_4__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Organisation__Group_4__0__Impl
	rule__Organisation__Group_4__1
;
finally {
	restoreStackSize(stackSize);
}

rule__Organisation__Group_4__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getOrganisationAccess().getDescriptionKeyword_4_0()); }
	'description'
	{ after(grammarAccess.getOrganisationAccess().getDescriptionKeyword_4_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Organisation__Group_4__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Organisation__Group_4__1__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__Organisation__Group_4__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getOrganisationAccess().getDescriptionAssignment_4_1()); }
	(rule__Organisation__DescriptionAssignment_4_1)
	{ after(grammarAccess.getOrganisationAccess().getDescriptionAssignment_4_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__Organisation__Group_5__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Organisation__Group_5__0__Impl
	rule__Organisation__Group_5__1
;
finally {
	restoreStackSize(stackSize);
}

rule__Organisation__Group_5__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getOrganisationAccess().getKindKeyword_5_0()); }
	'kind'
	{ after(grammarAccess.getOrganisationAccess().getKindKeyword_5_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Organisation__Group_5__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Organisation__Group_5__1__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__Organisation__Group_5__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getOrganisationAccess().getKindAssignment_5_1()); }
	(rule__Organisation__KindAssignment_5_1)
	{ after(grammarAccess.getOrganisationAccess().getKindAssignment_5_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__Organisation__Group_6__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Organisation__Group_6__0__Impl
	rule__Organisation__Group_6__1
;
finally {
	restoreStackSize(stackSize);
}

rule__Organisation__Group_6__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getOrganisationAccess().getTrainedStaffAssignment_6_0()); }
	(rule__Organisation__TrainedStaffAssignment_6_0)
	{ after(grammarAccess.getOrganisationAccess().getTrainedStaffAssignment_6_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Organisation__Group_6__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Organisation__Group_6__1__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__Organisation__Group_6__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getOrganisationAccess().getStaffKeyword_6_1()); }
	'staff'
	{ after(grammarAccess.getOrganisationAccess().getStaffKeyword_6_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__Organisation__Group_7__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Organisation__Group_7__0__Impl
	rule__Organisation__Group_7__1
;
finally {
	restoreStackSize(stackSize);
}

rule__Organisation__Group_7__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getOrganisationAccess().getInterpreterBudgetAssignment_7_0()); }
	(rule__Organisation__InterpreterBudgetAssignment_7_0)
	{ after(grammarAccess.getOrganisationAccess().getInterpreterBudgetAssignment_7_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Organisation__Group_7__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Organisation__Group_7__1__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__Organisation__Group_7__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getOrganisationAccess().getBudgetKeyword_7_1()); }
	'budget'
	{ after(grammarAccess.getOrganisationAccess().getBudgetKeyword_7_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__Organisation__Group_8__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Organisation__Group_8__0__Impl
	rule__Organisation__Group_8__1
;
finally {
	restoreStackSize(stackSize);
}

rule__Organisation__Group_8__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getOrganisationAccess().getCaseloadKeyword_8_0()); }
	'caseload'
	{ after(grammarAccess.getOrganisationAccess().getCaseloadKeyword_8_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Organisation__Group_8__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Organisation__Group_8__1__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__Organisation__Group_8__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getOrganisationAccess().getStatusHolderCaseloadAssignment_8_1()); }
	(rule__Organisation__StatusHolderCaseloadAssignment_8_1)
	{ after(grammarAccess.getOrganisationAccess().getStatusHolderCaseloadAssignment_8_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__StaffGroup__Group__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__StaffGroup__Group__0__Impl
	rule__StaffGroup__Group__1
;
finally {
	restoreStackSize(stackSize);
}

rule__StaffGroup__Group__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getStaffGroupAccess().getStaffGroupAction_0()); }
	()
	{ after(grammarAccess.getStaffGroupAccess().getStaffGroupAction_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__StaffGroup__Group__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__StaffGroup__Group__1__Impl
	rule__StaffGroup__Group__2
;
finally {
	restoreStackSize(stackSize);
}

rule__StaffGroup__Group__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getStaffGroupAccess().getStaffKeyword_1()); }
	'staff'
	{ after(grammarAccess.getStaffGroupAccess().getStaffKeyword_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__StaffGroup__Group__2
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__StaffGroup__Group__2__Impl
	rule__StaffGroup__Group__3
;
finally {
	restoreStackSize(stackSize);
}

rule__StaffGroup__Group__2__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getStaffGroupAccess().getGroupKeyword_2()); }
	'group'
	{ after(grammarAccess.getStaffGroupAccess().getGroupKeyword_2()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__StaffGroup__Group__3
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__StaffGroup__Group__3__Impl
	rule__StaffGroup__Group__4
;
finally {
	restoreStackSize(stackSize);
}

rule__StaffGroup__Group__3__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getStaffGroupAccess().getNameAssignment_3()); }
	(rule__StaffGroup__NameAssignment_3)?
	{ after(grammarAccess.getStaffGroupAccess().getNameAssignment_3()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__StaffGroup__Group__4
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__StaffGroup__Group__4__Impl
	rule__StaffGroup__Group__5
;
finally {
	restoreStackSize(stackSize);
}

rule__StaffGroup__Group__4__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getStaffGroupAccess().getLeftCurlyBracketKeyword_4()); }
	'{'
	{ after(grammarAccess.getStaffGroupAccess().getLeftCurlyBracketKeyword_4()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__StaffGroup__Group__5
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__StaffGroup__Group__5__Impl
	rule__StaffGroup__Group__6
;
finally {
	restoreStackSize(stackSize);
}

rule__StaffGroup__Group__5__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getStaffGroupAccess().getGroup_5()); }
	(rule__StaffGroup__Group_5__0)?
	{ after(grammarAccess.getStaffGroupAccess().getGroup_5()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__StaffGroup__Group__6
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__StaffGroup__Group__6__Impl
	rule__StaffGroup__Group__7
;
finally {
	restoreStackSize(stackSize);
}

rule__StaffGroup__Group__6__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getStaffGroupAccess().getGroup_6()); }
	(rule__StaffGroup__Group_6__0)?
	{ after(grammarAccess.getStaffGroupAccess().getGroup_6()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__StaffGroup__Group__7
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__StaffGroup__Group__7__Impl
	rule__StaffGroup__Group__8
;
finally {
	restoreStackSize(stackSize);
}

rule__StaffGroup__Group__7__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getStaffGroupAccess().getGroup_7()); }
	(rule__StaffGroup__Group_7__0)?
	{ after(grammarAccess.getStaffGroupAccess().getGroup_7()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__StaffGroup__Group__8
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__StaffGroup__Group__8__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__StaffGroup__Group__8__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getStaffGroupAccess().getRightCurlyBracketKeyword_8()); }
	'}'
	{ after(grammarAccess.getStaffGroupAccess().getRightCurlyBracketKeyword_8()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__StaffGroup__Group_5__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__StaffGroup__Group_5__0__Impl
	rule__StaffGroup__Group_5__1
;
finally {
	restoreStackSize(stackSize);
}

rule__StaffGroup__Group_5__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getStaffGroupAccess().getRefugeeBackgroundAssignment_5_0()); }
	(rule__StaffGroup__RefugeeBackgroundAssignment_5_0)
	{ after(grammarAccess.getStaffGroupAccess().getRefugeeBackgroundAssignment_5_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__StaffGroup__Group_5__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__StaffGroup__Group_5__1__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__StaffGroup__Group_5__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getStaffGroupAccess().getBackgroundKeyword_5_1()); }
	'background'
	{ after(grammarAccess.getStaffGroupAccess().getBackgroundKeyword_5_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__StaffGroup__Group_6__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__StaffGroup__Group_6__0__Impl
	rule__StaffGroup__Group_6__1
;
finally {
	restoreStackSize(stackSize);
}

rule__StaffGroup__Group_6__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getStaffGroupAccess().getMembersKeyword_6_0()); }
	'members'
	{ after(grammarAccess.getStaffGroupAccess().getMembersKeyword_6_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__StaffGroup__Group_6__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__StaffGroup__Group_6__1__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__StaffGroup__Group_6__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getStaffGroupAccess().getMembersAssignment_6_1()); }
	(rule__StaffGroup__MembersAssignment_6_1)
	{ after(grammarAccess.getStaffGroupAccess().getMembersAssignment_6_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__StaffGroup__Group_7__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__StaffGroup__Group_7__0__Impl
	rule__StaffGroup__Group_7__1
;
finally {
	restoreStackSize(stackSize);
}

rule__StaffGroup__Group_7__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getStaffGroupAccess().getClientsKeyword_7_0()); }
	'clients'
	{ after(grammarAccess.getStaffGroupAccess().getClientsKeyword_7_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__StaffGroup__Group_7__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__StaffGroup__Group_7__1__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__StaffGroup__Group_7__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getStaffGroupAccess().getStatusHolderClientsAssignment_7_1()); }
	(rule__StaffGroup__StatusHolderClientsAssignment_7_1)
	{ after(grammarAccess.getStaffGroupAccess().getStatusHolderClientsAssignment_7_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__Persona__Group__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Persona__Group__0__Impl
	rule__Persona__Group__1
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPersonaAccess().getPersonaKeyword_0()); }
	'persona'
	{ after(grammarAccess.getPersonaAccess().getPersonaKeyword_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Persona__Group__1__Impl
	rule__Persona__Group__2
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPersonaAccess().getIdAssignment_1()); }
	(rule__Persona__IdAssignment_1)
	{ after(grammarAccess.getPersonaAccess().getIdAssignment_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group__2
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Persona__Group__2__Impl
	rule__Persona__Group__3
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group__2__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPersonaAccess().getNameAssignment_2()); }
	(rule__Persona__NameAssignment_2)?
	{ after(grammarAccess.getPersonaAccess().getNameAssignment_2()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group__3
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Persona__Group__3__Impl
	rule__Persona__Group__4
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group__3__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPersonaAccess().getLeftCurlyBracketKeyword_3()); }
	'{'
	{ after(grammarAccess.getPersonaAccess().getLeftCurlyBracketKeyword_3()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group__4
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Persona__Group__4__Impl
	rule__Persona__Group__5
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group__4__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPersonaAccess().getGroup_4()); }
	(rule__Persona__Group_4__0)?
	{ after(grammarAccess.getPersonaAccess().getGroup_4()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group__5
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Persona__Group__5__Impl
	rule__Persona__Group__6
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group__5__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPersonaAccess().getGroup_5()); }
	(rule__Persona__Group_5__0)?
	{ after(grammarAccess.getPersonaAccess().getGroup_5()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group__6
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Persona__Group__6__Impl
	rule__Persona__Group__7
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group__6__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPersonaAccess().getGroup_6()); }
	(rule__Persona__Group_6__0)?
	{ after(grammarAccess.getPersonaAccess().getGroup_6()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group__7
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Persona__Group__7__Impl
	rule__Persona__Group__8
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group__7__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPersonaAccess().getGroup_7()); }
	(rule__Persona__Group_7__0)?
	{ after(grammarAccess.getPersonaAccess().getGroup_7()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group__8
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Persona__Group__8__Impl
	rule__Persona__Group__9
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group__8__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPersonaAccess().getGroup_8()); }
	(rule__Persona__Group_8__0)?
	{ after(grammarAccess.getPersonaAccess().getGroup_8()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group__9
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Persona__Group__9__Impl
	rule__Persona__Group__10
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group__9__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPersonaAccess().getGroup_9()); }
	(rule__Persona__Group_9__0)?
	{ after(grammarAccess.getPersonaAccess().getGroup_9()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group__10
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Persona__Group__10__Impl
	rule__Persona__Group__11
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group__10__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPersonaAccess().getGroup_10()); }
	(rule__Persona__Group_10__0)?
	{ after(grammarAccess.getPersonaAccess().getGroup_10()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group__11
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Persona__Group__11__Impl
	rule__Persona__Group__12
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group__11__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPersonaAccess().getGroup_11()); }
	(rule__Persona__Group_11__0)?
	{ after(grammarAccess.getPersonaAccess().getGroup_11()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group__12
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Persona__Group__12__Impl
	rule__Persona__Group__13
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group__12__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPersonaAccess().getGroup_12()); }
	(rule__Persona__Group_12__0)?
	{ after(grammarAccess.getPersonaAccess().getGroup_12()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group__13
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Persona__Group__13__Impl
	rule__Persona__Group__14
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group__13__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPersonaAccess().getGroup_13()); }
	(rule__Persona__Group_13__0)?
	{ after(grammarAccess.getPersonaAccess().getGroup_13()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group__14
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Persona__Group__14__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group__14__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPersonaAccess().getRightCurlyBracketKeyword_14()); }
	'}'
	{ after(grammarAccess.getPersonaAccess().getRightCurlyBracketKeyword_14()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__Persona__Group_4__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Persona__Group_4__0__Impl
	rule__Persona__Group_4__1
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group_4__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPersonaAccess().getDescriptionKeyword_4_0()); }
	'description'
	{ after(grammarAccess.getPersonaAccess().getDescriptionKeyword_4_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group_4__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Persona__Group_4__1__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group_4__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPersonaAccess().getDescriptionAssignment_4_1()); }
	(rule__Persona__DescriptionAssignment_4_1)
	{ after(grammarAccess.getPersonaAccess().getDescriptionAssignment_4_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__Persona__Group_5__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Persona__Group_5__0__Impl
	rule__Persona__Group_5__1
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group_5__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPersonaAccess().getFromKeyword_5_0()); }
	'from'
	{ after(grammarAccess.getPersonaAccess().getFromKeyword_5_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group_5__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Persona__Group_5__1__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group_5__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPersonaAccess().getCountryOfOriginAssignment_5_1()); }
	(rule__Persona__CountryOfOriginAssignment_5_1)
	{ after(grammarAccess.getPersonaAccess().getCountryOfOriginAssignment_5_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__Persona__Group_6__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Persona__Group_6__0__Impl
	rule__Persona__Group_6__1
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group_6__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPersonaAccess().getSpeaksKeyword_6_0()); }
	'speaks'
	{ after(grammarAccess.getPersonaAccess().getSpeaksKeyword_6_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group_6__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Persona__Group_6__1__Impl
	rule__Persona__Group_6__2
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group_6__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPersonaAccess().getLanguagesAssignment_6_1()); }
	(rule__Persona__LanguagesAssignment_6_1)
	{ after(grammarAccess.getPersonaAccess().getLanguagesAssignment_6_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group_6__2
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Persona__Group_6__2__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group_6__2__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPersonaAccess().getGroup_6_2()); }
	(rule__Persona__Group_6_2__0)*
	{ after(grammarAccess.getPersonaAccess().getGroup_6_2()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__Persona__Group_6_2__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Persona__Group_6_2__0__Impl
	rule__Persona__Group_6_2__1
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group_6_2__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPersonaAccess().getCommaKeyword_6_2_0()); }
	','
	{ after(grammarAccess.getPersonaAccess().getCommaKeyword_6_2_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group_6_2__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Persona__Group_6_2__1__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group_6_2__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPersonaAccess().getLanguagesAssignment_6_2_1()); }
	(rule__Persona__LanguagesAssignment_6_2_1)
	{ after(grammarAccess.getPersonaAccess().getLanguagesAssignment_6_2_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__Persona__Group_7__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Persona__Group_7__0__Impl
	rule__Persona__Group_7__1
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group_7__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPersonaAccess().getDutchKeyword_7_0()); }
	'dutch'
	{ after(grammarAccess.getPersonaAccess().getDutchKeyword_7_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group_7__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Persona__Group_7__1__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group_7__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPersonaAccess().getDutchLevelAssignment_7_1()); }
	(rule__Persona__DutchLevelAssignment_7_1)
	{ after(grammarAccess.getPersonaAccess().getDutchLevelAssignment_7_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__Persona__Group_8__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Persona__Group_8__0__Impl
	rule__Persona__Group_8__1
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group_8__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPersonaAccess().getLiteracyKeyword_8_0()); }
	'literacy'
	{ after(grammarAccess.getPersonaAccess().getLiteracyKeyword_8_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group_8__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Persona__Group_8__1__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group_8__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPersonaAccess().getLiteracyAssignment_8_1()); }
	(rule__Persona__LiteracyAssignment_8_1)
	{ after(grammarAccess.getPersonaAccess().getLiteracyAssignment_8_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__Persona__Group_9__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Persona__Group_9__0__Impl
	rule__Persona__Group_9__1
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group_9__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPersonaAccess().getHealthKeyword_9_0()); }
	'health'
	{ after(grammarAccess.getPersonaAccess().getHealthKeyword_9_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group_9__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Persona__Group_9__1__Impl
	rule__Persona__Group_9__2
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group_9__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPersonaAccess().getLiteracyKeyword_9_1()); }
	'literacy'
	{ after(grammarAccess.getPersonaAccess().getLiteracyKeyword_9_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group_9__2
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Persona__Group_9__2__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group_9__2__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPersonaAccess().getHealthLiteracyAssignment_9_2()); }
	(rule__Persona__HealthLiteracyAssignment_9_2)
	{ after(grammarAccess.getPersonaAccess().getHealthLiteracyAssignment_9_2()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__Persona__Group_10__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Persona__Group_10__0__Impl
	rule__Persona__Group_10__1
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group_10__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPersonaAccess().getDigitalKeyword_10_0()); }
	'digital'
	{ after(grammarAccess.getPersonaAccess().getDigitalKeyword_10_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group_10__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Persona__Group_10__1__Impl
	rule__Persona__Group_10__2
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group_10__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPersonaAccess().getSkillsKeyword_10_1()); }
	'skills'
	{ after(grammarAccess.getPersonaAccess().getSkillsKeyword_10_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group_10__2
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Persona__Group_10__2__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group_10__2__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPersonaAccess().getDigitalSkillsAssignment_10_2()); }
	(rule__Persona__DigitalSkillsAssignment_10_2)
	{ after(grammarAccess.getPersonaAccess().getDigitalSkillsAssignment_10_2()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__Persona__Group_11__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Persona__Group_11__0__Impl
	rule__Persona__Group_11__1
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group_11__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPersonaAccess().getHouseholdKeyword_11_0()); }
	'household'
	{ after(grammarAccess.getPersonaAccess().getHouseholdKeyword_11_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group_11__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Persona__Group_11__1__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group_11__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPersonaAccess().getHouseholdAssignment_11_1()); }
	(rule__Persona__HouseholdAssignment_11_1)
	{ after(grammarAccess.getPersonaAccess().getHouseholdAssignment_11_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__Persona__Group_12__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Persona__Group_12__0__Impl
	rule__Persona__Group_12__1
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group_12__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPersonaAccess().getGenderKeyword_12_0()); }
	'gender'
	{ after(grammarAccess.getPersonaAccess().getGenderKeyword_12_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group_12__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Persona__Group_12__1__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group_12__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPersonaAccess().getGenderAssignment_12_1()); }
	(rule__Persona__GenderAssignment_12_1)
	{ after(grammarAccess.getPersonaAccess().getGenderAssignment_12_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__Persona__Group_13__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Persona__Group_13__0__Impl
	rule__Persona__Group_13__1
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group_13__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPersonaAccess().getConcernsKeyword_13_0()); }
	'concerns'
	{ after(grammarAccess.getPersonaAccess().getConcernsKeyword_13_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group_13__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Persona__Group_13__1__Impl
	rule__Persona__Group_13__2
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group_13__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPersonaAccess().getConcernsAssignment_13_1()); }
	(rule__Persona__ConcernsAssignment_13_1)
	{ after(grammarAccess.getPersonaAccess().getConcernsAssignment_13_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group_13__2
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Persona__Group_13__2__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group_13__2__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPersonaAccess().getGroup_13_2()); }
	(rule__Persona__Group_13_2__0)*
	{ after(grammarAccess.getPersonaAccess().getGroup_13_2()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__Persona__Group_13_2__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Persona__Group_13_2__0__Impl
	rule__Persona__Group_13_2__1
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group_13_2__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPersonaAccess().getCommaKeyword_13_2_0()); }
	','
	{ after(grammarAccess.getPersonaAccess().getCommaKeyword_13_2_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group_13_2__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Persona__Group_13_2__1__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__Group_13_2__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPersonaAccess().getConcernsAssignment_13_2_1()); }
	(rule__Persona__ConcernsAssignment_13_2_1)
	{ after(grammarAccess.getPersonaAccess().getConcernsAssignment_13_2_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__KeyPerson__Group__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__KeyPerson__Group__0__Impl
	rule__KeyPerson__Group__1
;
finally {
	restoreStackSize(stackSize);
}

rule__KeyPerson__Group__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getKeyPersonAccess().getKeyKeyword_0()); }
	'key'
	{ after(grammarAccess.getKeyPersonAccess().getKeyKeyword_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__KeyPerson__Group__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__KeyPerson__Group__1__Impl
	rule__KeyPerson__Group__2
;
finally {
	restoreStackSize(stackSize);
}

rule__KeyPerson__Group__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getKeyPersonAccess().getPersonKeyword_1()); }
	'person'
	{ after(grammarAccess.getKeyPersonAccess().getPersonKeyword_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__KeyPerson__Group__2
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__KeyPerson__Group__2__Impl
	rule__KeyPerson__Group__3
;
finally {
	restoreStackSize(stackSize);
}

rule__KeyPerson__Group__2__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getKeyPersonAccess().getIdAssignment_2()); }
	(rule__KeyPerson__IdAssignment_2)
	{ after(grammarAccess.getKeyPersonAccess().getIdAssignment_2()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__KeyPerson__Group__3
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__KeyPerson__Group__3__Impl
	rule__KeyPerson__Group__4
;
finally {
	restoreStackSize(stackSize);
}

rule__KeyPerson__Group__3__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getKeyPersonAccess().getNameAssignment_3()); }
	(rule__KeyPerson__NameAssignment_3)?
	{ after(grammarAccess.getKeyPersonAccess().getNameAssignment_3()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__KeyPerson__Group__4
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__KeyPerson__Group__4__Impl
	rule__KeyPerson__Group__5
;
finally {
	restoreStackSize(stackSize);
}

rule__KeyPerson__Group__4__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getKeyPersonAccess().getLeftCurlyBracketKeyword_4()); }
	'{'
	{ after(grammarAccess.getKeyPersonAccess().getLeftCurlyBracketKeyword_4()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__KeyPerson__Group__5
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__KeyPerson__Group__5__Impl
	rule__KeyPerson__Group__6
;
finally {
	restoreStackSize(stackSize);
}

rule__KeyPerson__Group__5__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getKeyPersonAccess().getGroup_5()); }
	(rule__KeyPerson__Group_5__0)?
	{ after(grammarAccess.getKeyPersonAccess().getGroup_5()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__KeyPerson__Group__6
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__KeyPerson__Group__6__Impl
	rule__KeyPerson__Group__7
;
finally {
	restoreStackSize(stackSize);
}

rule__KeyPerson__Group__6__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getKeyPersonAccess().getGroup_6()); }
	(rule__KeyPerson__Group_6__0)?
	{ after(grammarAccess.getKeyPersonAccess().getGroup_6()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__KeyPerson__Group__7
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__KeyPerson__Group__7__Impl
	rule__KeyPerson__Group__8
;
finally {
	restoreStackSize(stackSize);
}

rule__KeyPerson__Group__7__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getKeyPersonAccess().getGroup_7()); }
	(rule__KeyPerson__Group_7__0)?
	{ after(grammarAccess.getKeyPersonAccess().getGroup_7()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__KeyPerson__Group__8
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__KeyPerson__Group__8__Impl
	rule__KeyPerson__Group__9
;
finally {
	restoreStackSize(stackSize);
}

rule__KeyPerson__Group__8__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getKeyPersonAccess().getGroup_8()); }
	(rule__KeyPerson__Group_8__0)?
	{ after(grammarAccess.getKeyPersonAccess().getGroup_8()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__KeyPerson__Group__9
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__KeyPerson__Group__9__Impl
	rule__KeyPerson__Group__10
;
finally {
	restoreStackSize(stackSize);
}

rule__KeyPerson__Group__9__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getKeyPersonAccess().getGroup_9()); }
	(rule__KeyPerson__Group_9__0)?
	{ after(grammarAccess.getKeyPersonAccess().getGroup_9()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__KeyPerson__Group__10
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__KeyPerson__Group__10__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__KeyPerson__Group__10__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getKeyPersonAccess().getRightCurlyBracketKeyword_10()); }
	'}'
	{ after(grammarAccess.getKeyPersonAccess().getRightCurlyBracketKeyword_10()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__KeyPerson__Group_5__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__KeyPerson__Group_5__0__Impl
	rule__KeyPerson__Group_5__1
;
finally {
	restoreStackSize(stackSize);
}

rule__KeyPerson__Group_5__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getKeyPersonAccess().getDescriptionKeyword_5_0()); }
	'description'
	{ after(grammarAccess.getKeyPersonAccess().getDescriptionKeyword_5_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__KeyPerson__Group_5__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__KeyPerson__Group_5__1__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__KeyPerson__Group_5__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getKeyPersonAccess().getDescriptionAssignment_5_1()); }
	(rule__KeyPerson__DescriptionAssignment_5_1)
	{ after(grammarAccess.getKeyPersonAccess().getDescriptionAssignment_5_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__KeyPerson__Group_6__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__KeyPerson__Group_6__0__Impl
	rule__KeyPerson__Group_6__1
;
finally {
	restoreStackSize(stackSize);
}

rule__KeyPerson__Group_6__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getKeyPersonAccess().getRolesKeyword_6_0()); }
	'roles'
	{ after(grammarAccess.getKeyPersonAccess().getRolesKeyword_6_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__KeyPerson__Group_6__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__KeyPerson__Group_6__1__Impl
	rule__KeyPerson__Group_6__2
;
finally {
	restoreStackSize(stackSize);
}

rule__KeyPerson__Group_6__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getKeyPersonAccess().getRolesAssignment_6_1()); }
	(rule__KeyPerson__RolesAssignment_6_1)
	{ after(grammarAccess.getKeyPersonAccess().getRolesAssignment_6_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__KeyPerson__Group_6__2
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__KeyPerson__Group_6__2__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__KeyPerson__Group_6__2__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getKeyPersonAccess().getGroup_6_2()); }
	(rule__KeyPerson__Group_6_2__0)*
	{ after(grammarAccess.getKeyPersonAccess().getGroup_6_2()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__KeyPerson__Group_6_2__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__KeyPerson__Group_6_2__0__Impl
	rule__KeyPerson__Group_6_2__1
;
finally {
	restoreStackSize(stackSize);
}

rule__KeyPerson__Group_6_2__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getKeyPersonAccess().getCommaKeyword_6_2_0()); }
	','
	{ after(grammarAccess.getKeyPersonAccess().getCommaKeyword_6_2_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__KeyPerson__Group_6_2__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__KeyPerson__Group_6_2__1__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__KeyPerson__Group_6_2__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getKeyPersonAccess().getRolesAssignment_6_2_1()); }
	(rule__KeyPerson__RolesAssignment_6_2_1)
	{ after(grammarAccess.getKeyPersonAccess().getRolesAssignment_6_2_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__KeyPerson__Group_7__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__KeyPerson__Group_7__0__Impl
	rule__KeyPerson__Group_7__1
;
finally {
	restoreStackSize(stackSize);
}

rule__KeyPerson__Group_7__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getKeyPersonAccess().getContractKeyword_7_0()); }
	'contract'
	{ after(grammarAccess.getKeyPersonAccess().getContractKeyword_7_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__KeyPerson__Group_7__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__KeyPerson__Group_7__1__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__KeyPerson__Group_7__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getKeyPersonAccess().getContractAssignment_7_1()); }
	(rule__KeyPerson__ContractAssignment_7_1)
	{ after(grammarAccess.getKeyPersonAccess().getContractAssignment_7_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__KeyPerson__Group_8__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__KeyPerson__Group_8__0__Impl
	rule__KeyPerson__Group_8__1
;
finally {
	restoreStackSize(stackSize);
}

rule__KeyPerson__Group_8__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getKeyPersonAccess().getSupervisedKeyword_8_0()); }
	'supervised'
	{ after(grammarAccess.getKeyPersonAccess().getSupervisedKeyword_8_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__KeyPerson__Group_8__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__KeyPerson__Group_8__1__Impl
	rule__KeyPerson__Group_8__2
;
finally {
	restoreStackSize(stackSize);
}

rule__KeyPerson__Group_8__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getKeyPersonAccess().getByKeyword_8_1()); }
	'by'
	{ after(grammarAccess.getKeyPersonAccess().getByKeyword_8_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__KeyPerson__Group_8__2
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__KeyPerson__Group_8__2__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__KeyPerson__Group_8__2__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getKeyPersonAccess().getSupervisorAssignment_8_2()); }
	(rule__KeyPerson__SupervisorAssignment_8_2)
	{ after(grammarAccess.getKeyPersonAccess().getSupervisorAssignment_8_2()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__KeyPerson__Group_9__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__KeyPerson__Group_9__0__Impl
	rule__KeyPerson__Group_9__1
;
finally {
	restoreStackSize(stackSize);
}

rule__KeyPerson__Group_9__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getKeyPersonAccess().getSpeaksKeyword_9_0()); }
	'speaks'
	{ after(grammarAccess.getKeyPersonAccess().getSpeaksKeyword_9_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__KeyPerson__Group_9__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__KeyPerson__Group_9__1__Impl
	rule__KeyPerson__Group_9__2
;
finally {
	restoreStackSize(stackSize);
}

rule__KeyPerson__Group_9__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getKeyPersonAccess().getLanguagesAssignment_9_1()); }
	(rule__KeyPerson__LanguagesAssignment_9_1)
	{ after(grammarAccess.getKeyPersonAccess().getLanguagesAssignment_9_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__KeyPerson__Group_9__2
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__KeyPerson__Group_9__2__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__KeyPerson__Group_9__2__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getKeyPersonAccess().getGroup_9_2()); }
	(rule__KeyPerson__Group_9_2__0)*
	{ after(grammarAccess.getKeyPersonAccess().getGroup_9_2()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__KeyPerson__Group_9_2__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__KeyPerson__Group_9_2__0__Impl
	rule__KeyPerson__Group_9_2__1
;
finally {
	restoreStackSize(stackSize);
}

rule__KeyPerson__Group_9_2__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getKeyPersonAccess().getCommaKeyword_9_2_0()); }
	','
	{ after(grammarAccess.getKeyPersonAccess().getCommaKeyword_9_2_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__KeyPerson__Group_9_2__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__KeyPerson__Group_9_2__1__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__KeyPerson__Group_9_2__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getKeyPersonAccess().getLanguagesAssignment_9_2_1()); }
	(rule__KeyPerson__LanguagesAssignment_9_2_1)
	{ after(grammarAccess.getKeyPersonAccess().getLanguagesAssignment_9_2_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__Journey__Group__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Journey__Group__0__Impl
	rule__Journey__Group__1
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__Group__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getJourneyAccess().getJourneyKeyword_0()); }
	'journey'
	{ after(grammarAccess.getJourneyAccess().getJourneyKeyword_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__Group__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Journey__Group__1__Impl
	rule__Journey__Group__2
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__Group__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getJourneyAccess().getIdAssignment_1()); }
	(rule__Journey__IdAssignment_1)
	{ after(grammarAccess.getJourneyAccess().getIdAssignment_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__Group__2
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Journey__Group__2__Impl
	rule__Journey__Group__3
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__Group__2__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getJourneyAccess().getNameAssignment_2()); }
	(rule__Journey__NameAssignment_2)?
	{ after(grammarAccess.getJourneyAccess().getNameAssignment_2()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__Group__3
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Journey__Group__3__Impl
	rule__Journey__Group__4
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__Group__3__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getJourneyAccess().getForKeyword_3()); }
	'for'
	{ after(grammarAccess.getJourneyAccess().getForKeyword_3()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__Group__4
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Journey__Group__4__Impl
	rule__Journey__Group__5
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__Group__4__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getJourneyAccess().getPersonaAssignment_4()); }
	(rule__Journey__PersonaAssignment_4)
	{ after(grammarAccess.getJourneyAccess().getPersonaAssignment_4()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__Group__5
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Journey__Group__5__Impl
	rule__Journey__Group__6
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__Group__5__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getJourneyAccess().getLeftCurlyBracketKeyword_5()); }
	'{'
	{ after(grammarAccess.getJourneyAccess().getLeftCurlyBracketKeyword_5()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__Group__6
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Journey__Group__6__Impl
	rule__Journey__Group__7
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__Group__6__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getJourneyAccess().getGroup_6()); }
	(rule__Journey__Group_6__0)?
	{ after(grammarAccess.getJourneyAccess().getGroup_6()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__Group__7
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Journey__Group__7__Impl
	rule__Journey__Group__8
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__Group__7__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getJourneyAccess().getGroup_7()); }
	(rule__Journey__Group_7__0)?
	{ after(grammarAccess.getJourneyAccess().getGroup_7()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__Group__8
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Journey__Group__8__Impl
	rule__Journey__Group__9
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__Group__8__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getJourneyAccess().getGroup_8()); }
	(rule__Journey__Group_8__0)?
	{ after(grammarAccess.getJourneyAccess().getGroup_8()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__Group__9
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Journey__Group__9__Impl
	rule__Journey__Group__10
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__Group__9__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getJourneyAccess().getGroup_9()); }
	(rule__Journey__Group_9__0)?
	{ after(grammarAccess.getJourneyAccess().getGroup_9()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__Group__10
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Journey__Group__10__Impl
	rule__Journey__Group__11
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__Group__10__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getJourneyAccess().getGroup_10()); }
	(rule__Journey__Group_10__0)?
	{ after(grammarAccess.getJourneyAccess().getGroup_10()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__Group__11
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Journey__Group__11__Impl
	rule__Journey__Group__12
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__Group__11__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getJourneyAccess().getTriggerAssignment_11()); }
	(rule__Journey__TriggerAssignment_11)
	{ after(grammarAccess.getJourneyAccess().getTriggerAssignment_11()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__Group__12
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Journey__Group__12__Impl
	rule__Journey__Group__13
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__Group__12__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getJourneyAccess().getPhasesAssignment_12()); }
	(rule__Journey__PhasesAssignment_12)*
	{ after(grammarAccess.getJourneyAccess().getPhasesAssignment_12()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__Group__13
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Journey__Group__13__Impl
	rule__Journey__Group__14
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__Group__13__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getJourneyAccess().getHandoversAssignment_13()); }
	(rule__Journey__HandoversAssignment_13)*
	{ after(grammarAccess.getJourneyAccess().getHandoversAssignment_13()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__Group__14
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Journey__Group__14__Impl
	rule__Journey__Group__15
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__Group__14__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getJourneyAccess().getPainPointsAssignment_14()); }
	(rule__Journey__PainPointsAssignment_14)*
	{ after(grammarAccess.getJourneyAccess().getPainPointsAssignment_14()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__Group__15
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Journey__Group__15__Impl
	rule__Journey__Group__16
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__Group__15__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getJourneyAccess().getImprovementsAssignment_15()); }
	(rule__Journey__ImprovementsAssignment_15)*
	{ after(grammarAccess.getJourneyAccess().getImprovementsAssignment_15()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__Group__16
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Journey__Group__16__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__Group__16__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getJourneyAccess().getRightCurlyBracketKeyword_16()); }
	'}'
	{ after(grammarAccess.getJourneyAccess().getRightCurlyBracketKeyword_16()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__Journey__Group_6__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Journey__Group_6__0__Impl
	rule__Journey__Group_6__1
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__Group_6__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getJourneyAccess().getDescriptionKeyword_6_0()); }
	'description'
	{ after(grammarAccess.getJourneyAccess().getDescriptionKeyword_6_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__Group_6__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Journey__Group_6__1__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__Group_6__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getJourneyAccess().getDescriptionAssignment_6_1()); }
	(rule__Journey__DescriptionAssignment_6_1)
	{ after(grammarAccess.getJourneyAccess().getDescriptionAssignment_6_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__Journey__Group_7__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Journey__Group_7__0__Impl
	rule__Journey__Group_7__1
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__Group_7__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getJourneyAccess().getKindKeyword_7_0()); }
	'kind'
	{ after(grammarAccess.getJourneyAccess().getKindKeyword_7_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__Group_7__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Journey__Group_7__1__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__Group_7__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getJourneyAccess().getKindAssignment_7_1()); }
	(rule__Journey__KindAssignment_7_1)
	{ after(grammarAccess.getJourneyAccess().getKindAssignment_7_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__Journey__Group_8__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Journey__Group_8__0__Impl
	rule__Journey__Group_8__1
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__Group_8__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getJourneyAccess().getStatusKeyword_8_0()); }
	'status'
	{ after(grammarAccess.getJourneyAccess().getStatusKeyword_8_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__Group_8__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Journey__Group_8__1__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__Group_8__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getJourneyAccess().getStatusAssignment_8_1()); }
	(rule__Journey__StatusAssignment_8_1)
	{ after(grammarAccess.getJourneyAccess().getStatusAssignment_8_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__Journey__Group_9__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Journey__Group_9__0__Impl
	rule__Journey__Group_9__1
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__Group_9__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getJourneyAccess().getOwnerKeyword_9_0()); }
	'owner'
	{ after(grammarAccess.getJourneyAccess().getOwnerKeyword_9_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__Group_9__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Journey__Group_9__1__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__Group_9__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getJourneyAccess().getOwnerAssignment_9_1()); }
	(rule__Journey__OwnerAssignment_9_1)
	{ after(grammarAccess.getJourneyAccess().getOwnerAssignment_9_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__Journey__Group_10__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Journey__Group_10__0__Impl
	rule__Journey__Group_10__1
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__Group_10__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getJourneyAccess().getBaselineKeyword_10_0()); }
	'baseline'
	{ after(grammarAccess.getJourneyAccess().getBaselineKeyword_10_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__Group_10__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Journey__Group_10__1__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__Group_10__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getJourneyAccess().getBaselineAssignment_10_1()); }
	(rule__Journey__BaselineAssignment_10_1)
	{ after(grammarAccess.getJourneyAccess().getBaselineAssignment_10_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__LifeEvent__Group__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__LifeEvent__Group__0__Impl
	rule__LifeEvent__Group__1
;
finally {
	restoreStackSize(stackSize);
}

rule__LifeEvent__Group__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getLifeEventAccess().getLifeEventAction_0()); }
	()
	{ after(grammarAccess.getLifeEventAccess().getLifeEventAction_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__LifeEvent__Group__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__LifeEvent__Group__1__Impl
	rule__LifeEvent__Group__2
;
finally {
	restoreStackSize(stackSize);
}

rule__LifeEvent__Group__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getLifeEventAccess().getTriggeredKeyword_1()); }
	'triggered'
	{ after(grammarAccess.getLifeEventAccess().getTriggeredKeyword_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__LifeEvent__Group__2
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__LifeEvent__Group__2__Impl
	rule__LifeEvent__Group__3
;
finally {
	restoreStackSize(stackSize);
}

rule__LifeEvent__Group__2__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getLifeEventAccess().getByKeyword_2()); }
	'by'
	{ after(grammarAccess.getLifeEventAccess().getByKeyword_2()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__LifeEvent__Group__3
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__LifeEvent__Group__3__Impl
	rule__LifeEvent__Group__4
;
finally {
	restoreStackSize(stackSize);
}

rule__LifeEvent__Group__3__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getLifeEventAccess().getKindAssignment_3()); }
	(rule__LifeEvent__KindAssignment_3)?
	{ after(grammarAccess.getLifeEventAccess().getKindAssignment_3()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__LifeEvent__Group__4
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__LifeEvent__Group__4__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__LifeEvent__Group__4__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getLifeEventAccess().getDescriptionAssignment_4()); }
	(rule__LifeEvent__DescriptionAssignment_4)?
	{ after(grammarAccess.getLifeEventAccess().getDescriptionAssignment_4()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__Phase__Group__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Phase__Group__0__Impl
	rule__Phase__Group__1
;
finally {
	restoreStackSize(stackSize);
}

rule__Phase__Group__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPhaseAccess().getPhaseKeyword_0()); }
	'phase'
	{ after(grammarAccess.getPhaseAccess().getPhaseKeyword_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Phase__Group__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Phase__Group__1__Impl
	rule__Phase__Group__2
;
finally {
	restoreStackSize(stackSize);
}

rule__Phase__Group__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPhaseAccess().getIdAssignment_1()); }
	(rule__Phase__IdAssignment_1)
	{ after(grammarAccess.getPhaseAccess().getIdAssignment_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Phase__Group__2
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Phase__Group__2__Impl
	rule__Phase__Group__3
;
finally {
	restoreStackSize(stackSize);
}

rule__Phase__Group__2__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPhaseAccess().getNameAssignment_2()); }
	(rule__Phase__NameAssignment_2)?
	{ after(grammarAccess.getPhaseAccess().getNameAssignment_2()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Phase__Group__3
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Phase__Group__3__Impl
	rule__Phase__Group__4
;
finally {
	restoreStackSize(stackSize);
}

rule__Phase__Group__3__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPhaseAccess().getLeftCurlyBracketKeyword_3()); }
	'{'
	{ after(grammarAccess.getPhaseAccess().getLeftCurlyBracketKeyword_3()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Phase__Group__4
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Phase__Group__4__Impl
	rule__Phase__Group__5
;
finally {
	restoreStackSize(stackSize);
}

rule__Phase__Group__4__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPhaseAccess().getGroup_4()); }
	(rule__Phase__Group_4__0)?
	{ after(grammarAccess.getPhaseAccess().getGroup_4()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Phase__Group__5
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Phase__Group__5__Impl
	rule__Phase__Group__6
;
finally {
	restoreStackSize(stackSize);
}

rule__Phase__Group__5__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPhaseAccess().getTouchpointsAssignment_5()); }
	(rule__Phase__TouchpointsAssignment_5)*
	{ after(grammarAccess.getPhaseAccess().getTouchpointsAssignment_5()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Phase__Group__6
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Phase__Group__6__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__Phase__Group__6__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPhaseAccess().getRightCurlyBracketKeyword_6()); }
	'}'
	{ after(grammarAccess.getPhaseAccess().getRightCurlyBracketKeyword_6()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__Phase__Group_4__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Phase__Group_4__0__Impl
	rule__Phase__Group_4__1
;
finally {
	restoreStackSize(stackSize);
}

rule__Phase__Group_4__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPhaseAccess().getDescriptionKeyword_4_0()); }
	'description'
	{ after(grammarAccess.getPhaseAccess().getDescriptionKeyword_4_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Phase__Group_4__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Phase__Group_4__1__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__Phase__Group_4__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPhaseAccess().getDescriptionAssignment_4_1()); }
	(rule__Phase__DescriptionAssignment_4_1)
	{ after(grammarAccess.getPhaseAccess().getDescriptionAssignment_4_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__Touchpoint__Group__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Touchpoint__Group__0__Impl
	rule__Touchpoint__Group__1
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getTouchpointAccess().getTouchpointKeyword_0()); }
	'touchpoint'
	{ after(grammarAccess.getTouchpointAccess().getTouchpointKeyword_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Touchpoint__Group__1__Impl
	rule__Touchpoint__Group__2
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getTouchpointAccess().getIdAssignment_1()); }
	(rule__Touchpoint__IdAssignment_1)
	{ after(grammarAccess.getTouchpointAccess().getIdAssignment_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group__2
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Touchpoint__Group__2__Impl
	rule__Touchpoint__Group__3
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group__2__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getTouchpointAccess().getNameAssignment_2()); }
	(rule__Touchpoint__NameAssignment_2)?
	{ after(grammarAccess.getTouchpointAccess().getNameAssignment_2()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group__3
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Touchpoint__Group__3__Impl
	rule__Touchpoint__Group__4
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group__3__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getTouchpointAccess().getAtKeyword_3()); }
	'at'
	{ after(grammarAccess.getTouchpointAccess().getAtKeyword_3()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group__4
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Touchpoint__Group__4__Impl
	rule__Touchpoint__Group__5
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group__4__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getTouchpointAccess().getOrganisationAssignment_4()); }
	(rule__Touchpoint__OrganisationAssignment_4)
	{ after(grammarAccess.getTouchpointAccess().getOrganisationAssignment_4()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group__5
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Touchpoint__Group__5__Impl
	rule__Touchpoint__Group__6
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group__5__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getTouchpointAccess().getLeftCurlyBracketKeyword_5()); }
	'{'
	{ after(grammarAccess.getTouchpointAccess().getLeftCurlyBracketKeyword_5()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group__6
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Touchpoint__Group__6__Impl
	rule__Touchpoint__Group__7
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group__6__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getTouchpointAccess().getGroup_6()); }
	(rule__Touchpoint__Group_6__0)?
	{ after(grammarAccess.getTouchpointAccess().getGroup_6()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group__7
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Touchpoint__Group__7__Impl
	rule__Touchpoint__Group__8
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group__7__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getTouchpointAccess().getGroup_7()); }
	(rule__Touchpoint__Group_7__0)?
	{ after(grammarAccess.getTouchpointAccess().getGroup_7()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group__8
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Touchpoint__Group__8__Impl
	rule__Touchpoint__Group__9
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group__8__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getTouchpointAccess().getGroup_8()); }
	(rule__Touchpoint__Group_8__0)?
	{ after(grammarAccess.getTouchpointAccess().getGroup_8()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group__9
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Touchpoint__Group__9__Impl
	rule__Touchpoint__Group__10
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group__9__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getTouchpointAccess().getGroup_9()); }
	(rule__Touchpoint__Group_9__0)?
	{ after(grammarAccess.getTouchpointAccess().getGroup_9()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group__10
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Touchpoint__Group__10__Impl
	rule__Touchpoint__Group__11
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group__10__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getTouchpointAccess().getGroup_10()); }
	(rule__Touchpoint__Group_10__0)?
	{ after(grammarAccess.getTouchpointAccess().getGroup_10()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group__11
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Touchpoint__Group__11__Impl
	rule__Touchpoint__Group__12
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group__11__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getTouchpointAccess().getGroup_11()); }
	(rule__Touchpoint__Group_11__0)?
	{ after(grammarAccess.getTouchpointAccess().getGroup_11()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group__12
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Touchpoint__Group__12__Impl
	rule__Touchpoint__Group__13
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group__12__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getTouchpointAccess().getGroup_12()); }
	(rule__Touchpoint__Group_12__0)?
	{ after(grammarAccess.getTouchpointAccess().getGroup_12()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group__13
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Touchpoint__Group__13__Impl
	rule__Touchpoint__Group__14
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group__13__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getTouchpointAccess().getGroup_13()); }
	(rule__Touchpoint__Group_13__0)?
	{ after(grammarAccess.getTouchpointAccess().getGroup_13()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group__14
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Touchpoint__Group__14__Impl
	rule__Touchpoint__Group__15
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group__14__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getTouchpointAccess().getGroup_14()); }
	(rule__Touchpoint__Group_14__0)?
	{ after(grammarAccess.getTouchpointAccess().getGroup_14()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group__15
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Touchpoint__Group__15__Impl
	rule__Touchpoint__Group__16
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group__15__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getTouchpointAccess().getGroup_15()); }
	(rule__Touchpoint__Group_15__0)?
	{ after(grammarAccess.getTouchpointAccess().getGroup_15()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group__16
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Touchpoint__Group__16__Impl
	rule__Touchpoint__Group__17
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group__16__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getTouchpointAccess().getGroup_16()); }
	(rule__Touchpoint__Group_16__0)?
	{ after(grammarAccess.getTouchpointAccess().getGroup_16()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group__17
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Touchpoint__Group__17__Impl
	rule__Touchpoint__Group__18
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group__17__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getTouchpointAccess().getGroup_17()); }
	(rule__Touchpoint__Group_17__0)?
	{ after(grammarAccess.getTouchpointAccess().getGroup_17()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group__18
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Touchpoint__Group__18__Impl
	rule__Touchpoint__Group__19
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group__18__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getTouchpointAccess().getGroup_18()); }
	(rule__Touchpoint__Group_18__0)?
	{ after(grammarAccess.getTouchpointAccess().getGroup_18()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group__19
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Touchpoint__Group__19__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group__19__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getTouchpointAccess().getRightCurlyBracketKeyword_19()); }
	'}'
	{ after(grammarAccess.getTouchpointAccess().getRightCurlyBracketKeyword_19()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__Touchpoint__Group_6__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Touchpoint__Group_6__0__Impl
	rule__Touchpoint__Group_6__1
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_6__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getTouchpointAccess().getDescriptionKeyword_6_0()); }
	'description'
	{ after(grammarAccess.getTouchpointAccess().getDescriptionKeyword_6_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_6__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Touchpoint__Group_6__1__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_6__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getTouchpointAccess().getDescriptionAssignment_6_1()); }
	(rule__Touchpoint__DescriptionAssignment_6_1)
	{ after(grammarAccess.getTouchpointAccess().getDescriptionAssignment_6_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__Touchpoint__Group_7__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Touchpoint__Group_7__0__Impl
	rule__Touchpoint__Group_7__1
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_7__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getTouchpointAccess().getRoleKeyword_7_0()); }
	'role'
	{ after(grammarAccess.getTouchpointAccess().getRoleKeyword_7_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_7__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Touchpoint__Group_7__1__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_7__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getTouchpointAccess().getRoleAssignment_7_1()); }
	(rule__Touchpoint__RoleAssignment_7_1)
	{ after(grammarAccess.getTouchpointAccess().getRoleAssignment_7_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__Touchpoint__Group_8__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Touchpoint__Group_8__0__Impl
	rule__Touchpoint__Group_8__1
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_8__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getTouchpointAccess().getChannelKeyword_8_0()); }
	'channel'
	{ after(grammarAccess.getTouchpointAccess().getChannelKeyword_8_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_8__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Touchpoint__Group_8__1__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_8__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getTouchpointAccess().getChannelAssignment_8_1()); }
	(rule__Touchpoint__ChannelAssignment_8_1)
	{ after(grammarAccess.getTouchpointAccess().getChannelAssignment_8_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__Touchpoint__Group_9__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Touchpoint__Group_9__0__Impl
	rule__Touchpoint__Group_9__1
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_9__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getTouchpointAccess().getInitiatedKeyword_9_0()); }
	'initiated'
	{ after(grammarAccess.getTouchpointAccess().getInitiatedKeyword_9_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_9__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Touchpoint__Group_9__1__Impl
	rule__Touchpoint__Group_9__2
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_9__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getTouchpointAccess().getByKeyword_9_1()); }
	'by'
	{ after(grammarAccess.getTouchpointAccess().getByKeyword_9_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_9__2
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Touchpoint__Group_9__2__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_9__2__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getTouchpointAccess().getInitiatorAssignment_9_2()); }
	(rule__Touchpoint__InitiatorAssignment_9_2)
	{ after(grammarAccess.getTouchpointAccess().getInitiatorAssignment_9_2()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__Touchpoint__Group_10__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Touchpoint__Group_10__0__Impl
	rule__Touchpoint__Group_10__1
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_10__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getTouchpointAccess().getPurposeKeyword_10_0()); }
	'purpose'
	{ after(grammarAccess.getTouchpointAccess().getPurposeKeyword_10_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_10__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Touchpoint__Group_10__1__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_10__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getTouchpointAccess().getPurposeAssignment_10_1()); }
	(rule__Touchpoint__PurposeAssignment_10_1)
	{ after(grammarAccess.getTouchpointAccess().getPurposeAssignment_10_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__Touchpoint__Group_11__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Touchpoint__Group_11__0__Impl
	rule__Touchpoint__Group_11__1
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_11__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getTouchpointAccess().getDurationKeyword_11_0()); }
	'duration'
	{ after(grammarAccess.getTouchpointAccess().getDurationKeyword_11_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_11__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Touchpoint__Group_11__1__Impl
	rule__Touchpoint__Group_11__2
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_11__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getTouchpointAccess().getDurationAssignment_11_1()); }
	(rule__Touchpoint__DurationAssignment_11_1)
	{ after(grammarAccess.getTouchpointAccess().getDurationAssignment_11_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_11__2
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Touchpoint__Group_11__2__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_11__2__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getTouchpointAccess().getMinutesKeyword_11_2()); }
	'minutes'
	{ after(grammarAccess.getTouchpointAccess().getMinutesKeyword_11_2()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__Touchpoint__Group_12__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Touchpoint__Group_12__0__Impl
	rule__Touchpoint__Group_12__1
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_12__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getTouchpointAccess().getInterpreterKeyword_12_0()); }
	'interpreter'
	{ after(grammarAccess.getTouchpointAccess().getInterpreterKeyword_12_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_12__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Touchpoint__Group_12__1__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_12__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getTouchpointAccess().getInterpreterAssignment_12_1()); }
	(rule__Touchpoint__InterpreterAssignment_12_1)
	{ after(grammarAccess.getTouchpointAccess().getInterpreterAssignment_12_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__Touchpoint__Group_13__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Touchpoint__Group_13__0__Impl
	rule__Touchpoint__Group_13__1
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_13__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getTouchpointAccess().getFormsKeyword_13_0()); }
	'forms'
	{ after(grammarAccess.getTouchpointAccess().getFormsKeyword_13_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_13__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Touchpoint__Group_13__1__Impl
	rule__Touchpoint__Group_13__2
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_13__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getTouchpointAccess().getCommunicationFormsAssignment_13_1()); }
	(rule__Touchpoint__CommunicationFormsAssignment_13_1)
	{ after(grammarAccess.getTouchpointAccess().getCommunicationFormsAssignment_13_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_13__2
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Touchpoint__Group_13__2__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_13__2__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getTouchpointAccess().getGroup_13_2()); }
	(rule__Touchpoint__Group_13_2__0)*
	{ after(grammarAccess.getTouchpointAccess().getGroup_13_2()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__Touchpoint__Group_13_2__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Touchpoint__Group_13_2__0__Impl
	rule__Touchpoint__Group_13_2__1
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_13_2__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getTouchpointAccess().getCommaKeyword_13_2_0()); }
	','
	{ after(grammarAccess.getTouchpointAccess().getCommaKeyword_13_2_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_13_2__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Touchpoint__Group_13_2__1__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_13_2__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getTouchpointAccess().getCommunicationFormsAssignment_13_2_1()); }
	(rule__Touchpoint__CommunicationFormsAssignment_13_2_1)
	{ after(grammarAccess.getTouchpointAccess().getCommunicationFormsAssignment_13_2_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__Touchpoint__Group_14__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Touchpoint__Group_14__0__Impl
	rule__Touchpoint__Group_14__1
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_14__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getTouchpointAccess().getUnderstandingCheckedAssignment_14_0()); }
	(rule__Touchpoint__UnderstandingCheckedAssignment_14_0)
	{ after(grammarAccess.getTouchpointAccess().getUnderstandingCheckedAssignment_14_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_14__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Touchpoint__Group_14__1__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_14__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getTouchpointAccess().getCheckedKeyword_14_1()); }
	'checked'
	{ after(grammarAccess.getTouchpointAccess().getCheckedKeyword_14_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__Touchpoint__Group_15__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Touchpoint__Group_15__0__Impl
	rule__Touchpoint__Group_15__1
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_15__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getTouchpointAccess().getEmotionKeyword_15_0()); }
	'emotion'
	{ after(grammarAccess.getTouchpointAccess().getEmotionKeyword_15_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_15__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Touchpoint__Group_15__1__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_15__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getTouchpointAccess().getEmotionAssignment_15_1()); }
	(rule__Touchpoint__EmotionAssignment_15_1)
	{ after(grammarAccess.getTouchpointAccess().getEmotionAssignment_15_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__Touchpoint__Group_16__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Touchpoint__Group_16__0__Impl
	rule__Touchpoint__Group_16__1
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_16__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getTouchpointAccess().getDomainsKeyword_16_0()); }
	'domains'
	{ after(grammarAccess.getTouchpointAccess().getDomainsKeyword_16_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_16__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Touchpoint__Group_16__1__Impl
	rule__Touchpoint__Group_16__2
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_16__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getTouchpointAccess().getLifeDomainsAssignment_16_1()); }
	(rule__Touchpoint__LifeDomainsAssignment_16_1)
	{ after(grammarAccess.getTouchpointAccess().getLifeDomainsAssignment_16_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_16__2
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Touchpoint__Group_16__2__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_16__2__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getTouchpointAccess().getGroup_16_2()); }
	(rule__Touchpoint__Group_16_2__0)*
	{ after(grammarAccess.getTouchpointAccess().getGroup_16_2()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__Touchpoint__Group_16_2__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Touchpoint__Group_16_2__0__Impl
	rule__Touchpoint__Group_16_2__1
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_16_2__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getTouchpointAccess().getCommaKeyword_16_2_0()); }
	','
	{ after(grammarAccess.getTouchpointAccess().getCommaKeyword_16_2_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_16_2__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Touchpoint__Group_16_2__1__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_16_2__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getTouchpointAccess().getLifeDomainsAssignment_16_2_1()); }
	(rule__Touchpoint__LifeDomainsAssignment_16_2_1)
	{ after(grammarAccess.getTouchpointAccess().getLifeDomainsAssignment_16_2_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__Touchpoint__Group_17__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Touchpoint__Group_17__0__Impl
	rule__Touchpoint__Group_17__1
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_17__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getTouchpointAccess().getHealthSignalAssignment_17_0()); }
	(rule__Touchpoint__HealthSignalAssignment_17_0)
	{ after(grammarAccess.getTouchpointAccess().getHealthSignalAssignment_17_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_17__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Touchpoint__Group_17__1__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_17__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getTouchpointAccess().getSignalKeyword_17_1()); }
	'signal'
	{ after(grammarAccess.getTouchpointAccess().getSignalKeyword_17_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__Touchpoint__Group_18__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Touchpoint__Group_18__0__Impl
	rule__Touchpoint__Group_18__1
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_18__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getTouchpointAccess().getKeyKeyword_18_0()); }
	'key'
	{ after(grammarAccess.getTouchpointAccess().getKeyKeyword_18_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_18__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Touchpoint__Group_18__1__Impl
	rule__Touchpoint__Group_18__2
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_18__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getTouchpointAccess().getPersonsKeyword_18_1()); }
	'persons'
	{ after(grammarAccess.getTouchpointAccess().getPersonsKeyword_18_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_18__2
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Touchpoint__Group_18__2__Impl
	rule__Touchpoint__Group_18__3
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_18__2__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getTouchpointAccess().getKeyPersonsAssignment_18_2()); }
	(rule__Touchpoint__KeyPersonsAssignment_18_2)
	{ after(grammarAccess.getTouchpointAccess().getKeyPersonsAssignment_18_2()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_18__3
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Touchpoint__Group_18__3__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_18__3__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getTouchpointAccess().getGroup_18_3()); }
	(rule__Touchpoint__Group_18_3__0)*
	{ after(grammarAccess.getTouchpointAccess().getGroup_18_3()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__Touchpoint__Group_18_3__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Touchpoint__Group_18_3__0__Impl
	rule__Touchpoint__Group_18_3__1
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_18_3__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getTouchpointAccess().getCommaKeyword_18_3_0()); }
	','
	{ after(grammarAccess.getTouchpointAccess().getCommaKeyword_18_3_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_18_3__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Touchpoint__Group_18_3__1__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__Group_18_3__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getTouchpointAccess().getKeyPersonsAssignment_18_3_1()); }
	(rule__Touchpoint__KeyPersonsAssignment_18_3_1)
	{ after(grammarAccess.getTouchpointAccess().getKeyPersonsAssignment_18_3_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__Handover__Group__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Handover__Group__0__Impl
	rule__Handover__Group__1
;
finally {
	restoreStackSize(stackSize);
}

rule__Handover__Group__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getHandoverAccess().getHandoverKeyword_0()); }
	'handover'
	{ after(grammarAccess.getHandoverAccess().getHandoverKeyword_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Handover__Group__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Handover__Group__1__Impl
	rule__Handover__Group__2
;
finally {
	restoreStackSize(stackSize);
}

rule__Handover__Group__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getHandoverAccess().getSourceAssignment_1()); }
	(rule__Handover__SourceAssignment_1)
	{ after(grammarAccess.getHandoverAccess().getSourceAssignment_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Handover__Group__2
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Handover__Group__2__Impl
	rule__Handover__Group__3
;
finally {
	restoreStackSize(stackSize);
}

rule__Handover__Group__2__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getHandoverAccess().getHyphenMinusGreaterThanSignKeyword_2()); }
	'->'
	{ after(grammarAccess.getHandoverAccess().getHyphenMinusGreaterThanSignKeyword_2()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Handover__Group__3
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Handover__Group__3__Impl
	rule__Handover__Group__4
;
finally {
	restoreStackSize(stackSize);
}

rule__Handover__Group__3__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getHandoverAccess().getTargetAssignment_3()); }
	(rule__Handover__TargetAssignment_3)
	{ after(grammarAccess.getHandoverAccess().getTargetAssignment_3()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Handover__Group__4
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Handover__Group__4__Impl
	rule__Handover__Group__5
;
finally {
	restoreStackSize(stackSize);
}

rule__Handover__Group__4__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getHandoverAccess().getKindAssignment_4()); }
	(rule__Handover__KindAssignment_4)?
	{ after(grammarAccess.getHandoverAccess().getKindAssignment_4()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Handover__Group__5
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Handover__Group__5__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__Handover__Group__5__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getHandoverAccess().getDescriptionAssignment_5()); }
	(rule__Handover__DescriptionAssignment_5)?
	{ after(grammarAccess.getHandoverAccess().getDescriptionAssignment_5()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__PainPoint__Group__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__PainPoint__Group__0__Impl
	rule__PainPoint__Group__1
;
finally {
	restoreStackSize(stackSize);
}

rule__PainPoint__Group__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPainPointAccess().getPainKeyword_0()); }
	'pain'
	{ after(grammarAccess.getPainPointAccess().getPainKeyword_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__PainPoint__Group__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__PainPoint__Group__1__Impl
	rule__PainPoint__Group__2
;
finally {
	restoreStackSize(stackSize);
}

rule__PainPoint__Group__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPainPointAccess().getPointKeyword_1()); }
	'point'
	{ after(grammarAccess.getPainPointAccess().getPointKeyword_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__PainPoint__Group__2
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__PainPoint__Group__2__Impl
	rule__PainPoint__Group__3
;
finally {
	restoreStackSize(stackSize);
}

rule__PainPoint__Group__2__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPainPointAccess().getIdAssignment_2()); }
	(rule__PainPoint__IdAssignment_2)
	{ after(grammarAccess.getPainPointAccess().getIdAssignment_2()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__PainPoint__Group__3
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__PainPoint__Group__3__Impl
	rule__PainPoint__Group__4
;
finally {
	restoreStackSize(stackSize);
}

rule__PainPoint__Group__3__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPainPointAccess().getNameAssignment_3()); }
	(rule__PainPoint__NameAssignment_3)?
	{ after(grammarAccess.getPainPointAccess().getNameAssignment_3()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__PainPoint__Group__4
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__PainPoint__Group__4__Impl
	rule__PainPoint__Group__5
;
finally {
	restoreStackSize(stackSize);
}

rule__PainPoint__Group__4__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPainPointAccess().getLeftCurlyBracketKeyword_4()); }
	'{'
	{ after(grammarAccess.getPainPointAccess().getLeftCurlyBracketKeyword_4()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__PainPoint__Group__5
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__PainPoint__Group__5__Impl
	rule__PainPoint__Group__6
;
finally {
	restoreStackSize(stackSize);
}

rule__PainPoint__Group__5__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPainPointAccess().getGroup_5()); }
	(rule__PainPoint__Group_5__0)?
	{ after(grammarAccess.getPainPointAccess().getGroup_5()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__PainPoint__Group__6
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__PainPoint__Group__6__Impl
	rule__PainPoint__Group__7
;
finally {
	restoreStackSize(stackSize);
}

rule__PainPoint__Group__6__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPainPointAccess().getGroup_6()); }
	(rule__PainPoint__Group_6__0)?
	{ after(grammarAccess.getPainPointAccess().getGroup_6()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__PainPoint__Group__7
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__PainPoint__Group__7__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__PainPoint__Group__7__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPainPointAccess().getRightCurlyBracketKeyword_7()); }
	'}'
	{ after(grammarAccess.getPainPointAccess().getRightCurlyBracketKeyword_7()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__PainPoint__Group_5__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__PainPoint__Group_5__0__Impl
	rule__PainPoint__Group_5__1
;
finally {
	restoreStackSize(stackSize);
}

rule__PainPoint__Group_5__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPainPointAccess().getDescriptionKeyword_5_0()); }
	'description'
	{ after(grammarAccess.getPainPointAccess().getDescriptionKeyword_5_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__PainPoint__Group_5__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__PainPoint__Group_5__1__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__PainPoint__Group_5__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPainPointAccess().getDescriptionAssignment_5_1()); }
	(rule__PainPoint__DescriptionAssignment_5_1)
	{ after(grammarAccess.getPainPointAccess().getDescriptionAssignment_5_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__PainPoint__Group_6__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__PainPoint__Group_6__0__Impl
	rule__PainPoint__Group_6__1
;
finally {
	restoreStackSize(stackSize);
}

rule__PainPoint__Group_6__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPainPointAccess().getConcernsKeyword_6_0()); }
	'concerns'
	{ after(grammarAccess.getPainPointAccess().getConcernsKeyword_6_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__PainPoint__Group_6__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__PainPoint__Group_6__1__Impl
	rule__PainPoint__Group_6__2
;
finally {
	restoreStackSize(stackSize);
}

rule__PainPoint__Group_6__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPainPointAccess().getTouchpointsAssignment_6_1()); }
	(rule__PainPoint__TouchpointsAssignment_6_1)
	{ after(grammarAccess.getPainPointAccess().getTouchpointsAssignment_6_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__PainPoint__Group_6__2
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__PainPoint__Group_6__2__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__PainPoint__Group_6__2__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPainPointAccess().getGroup_6_2()); }
	(rule__PainPoint__Group_6_2__0)*
	{ after(grammarAccess.getPainPointAccess().getGroup_6_2()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__PainPoint__Group_6_2__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__PainPoint__Group_6_2__0__Impl
	rule__PainPoint__Group_6_2__1
;
finally {
	restoreStackSize(stackSize);
}

rule__PainPoint__Group_6_2__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPainPointAccess().getCommaKeyword_6_2_0()); }
	','
	{ after(grammarAccess.getPainPointAccess().getCommaKeyword_6_2_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__PainPoint__Group_6_2__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__PainPoint__Group_6_2__1__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__PainPoint__Group_6_2__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getPainPointAccess().getTouchpointsAssignment_6_2_1()); }
	(rule__PainPoint__TouchpointsAssignment_6_2_1)
	{ after(grammarAccess.getPainPointAccess().getTouchpointsAssignment_6_2_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__Improvement__Group__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Improvement__Group__0__Impl
	rule__Improvement__Group__1
;
finally {
	restoreStackSize(stackSize);
}

rule__Improvement__Group__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getImprovementAccess().getImprovementKeyword_0()); }
	'improvement'
	{ after(grammarAccess.getImprovementAccess().getImprovementKeyword_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Improvement__Group__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Improvement__Group__1__Impl
	rule__Improvement__Group__2
;
finally {
	restoreStackSize(stackSize);
}

rule__Improvement__Group__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getImprovementAccess().getIdAssignment_1()); }
	(rule__Improvement__IdAssignment_1)
	{ after(grammarAccess.getImprovementAccess().getIdAssignment_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Improvement__Group__2
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Improvement__Group__2__Impl
	rule__Improvement__Group__3
;
finally {
	restoreStackSize(stackSize);
}

rule__Improvement__Group__2__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getImprovementAccess().getNameAssignment_2()); }
	(rule__Improvement__NameAssignment_2)?
	{ after(grammarAccess.getImprovementAccess().getNameAssignment_2()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Improvement__Group__3
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Improvement__Group__3__Impl
	rule__Improvement__Group__4
;
finally {
	restoreStackSize(stackSize);
}

rule__Improvement__Group__3__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getImprovementAccess().getLeftCurlyBracketKeyword_3()); }
	'{'
	{ after(grammarAccess.getImprovementAccess().getLeftCurlyBracketKeyword_3()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Improvement__Group__4
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Improvement__Group__4__Impl
	rule__Improvement__Group__5
;
finally {
	restoreStackSize(stackSize);
}

rule__Improvement__Group__4__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getImprovementAccess().getGroup_4()); }
	(rule__Improvement__Group_4__0)?
	{ after(grammarAccess.getImprovementAccess().getGroup_4()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Improvement__Group__5
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Improvement__Group__5__Impl
	rule__Improvement__Group__6
;
finally {
	restoreStackSize(stackSize);
}

rule__Improvement__Group__5__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getImprovementAccess().getGroup_5()); }
	(rule__Improvement__Group_5__0)?
	{ after(grammarAccess.getImprovementAccess().getGroup_5()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Improvement__Group__6
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Improvement__Group__6__Impl
	rule__Improvement__Group__7
;
finally {
	restoreStackSize(stackSize);
}

rule__Improvement__Group__6__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getImprovementAccess().getGroup_6()); }
	(rule__Improvement__Group_6__0)?
	{ after(grammarAccess.getImprovementAccess().getGroup_6()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Improvement__Group__7
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Improvement__Group__7__Impl
	rule__Improvement__Group__8
;
finally {
	restoreStackSize(stackSize);
}

rule__Improvement__Group__7__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getImprovementAccess().getGroup_7()); }
	(rule__Improvement__Group_7__0)?
	{ after(grammarAccess.getImprovementAccess().getGroup_7()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Improvement__Group__8
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Improvement__Group__8__Impl
	rule__Improvement__Group__9
;
finally {
	restoreStackSize(stackSize);
}

rule__Improvement__Group__8__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getImprovementAccess().getGroup_8()); }
	(rule__Improvement__Group_8__0)?
	{ after(grammarAccess.getImprovementAccess().getGroup_8()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Improvement__Group__9
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Improvement__Group__9__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__Improvement__Group__9__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getImprovementAccess().getRightCurlyBracketKeyword_9()); }
	'}'
	{ after(grammarAccess.getImprovementAccess().getRightCurlyBracketKeyword_9()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__Improvement__Group_4__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Improvement__Group_4__0__Impl
	rule__Improvement__Group_4__1
;
finally {
	restoreStackSize(stackSize);
}

rule__Improvement__Group_4__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getImprovementAccess().getDescriptionKeyword_4_0()); }
	'description'
	{ after(grammarAccess.getImprovementAccess().getDescriptionKeyword_4_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Improvement__Group_4__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Improvement__Group_4__1__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__Improvement__Group_4__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getImprovementAccess().getDescriptionAssignment_4_1()); }
	(rule__Improvement__DescriptionAssignment_4_1)
	{ after(grammarAccess.getImprovementAccess().getDescriptionAssignment_4_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__Improvement__Group_5__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Improvement__Group_5__0__Impl
	rule__Improvement__Group_5__1
;
finally {
	restoreStackSize(stackSize);
}

rule__Improvement__Group_5__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getImprovementAccess().getOwnerKeyword_5_0()); }
	'owner'
	{ after(grammarAccess.getImprovementAccess().getOwnerKeyword_5_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Improvement__Group_5__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Improvement__Group_5__1__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__Improvement__Group_5__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getImprovementAccess().getOwnerAssignment_5_1()); }
	(rule__Improvement__OwnerAssignment_5_1)
	{ after(grammarAccess.getImprovementAccess().getOwnerAssignment_5_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__Improvement__Group_6__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Improvement__Group_6__0__Impl
	rule__Improvement__Group_6__1
;
finally {
	restoreStackSize(stackSize);
}

rule__Improvement__Group_6__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getImprovementAccess().getStatusKeyword_6_0()); }
	'status'
	{ after(grammarAccess.getImprovementAccess().getStatusKeyword_6_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Improvement__Group_6__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Improvement__Group_6__1__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__Improvement__Group_6__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getImprovementAccess().getStatusAssignment_6_1()); }
	(rule__Improvement__StatusAssignment_6_1)
	{ after(grammarAccess.getImprovementAccess().getStatusAssignment_6_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__Improvement__Group_7__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Improvement__Group_7__0__Impl
	rule__Improvement__Group_7__1
;
finally {
	restoreStackSize(stackSize);
}

rule__Improvement__Group_7__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getImprovementAccess().getDirectionKeyword_7_0()); }
	'direction'
	{ after(grammarAccess.getImprovementAccess().getDirectionKeyword_7_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Improvement__Group_7__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Improvement__Group_7__1__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__Improvement__Group_7__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getImprovementAccess().getDirectionAssignment_7_1()); }
	(rule__Improvement__DirectionAssignment_7_1)
	{ after(grammarAccess.getImprovementAccess().getDirectionAssignment_7_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__Improvement__Group_8__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Improvement__Group_8__0__Impl
	rule__Improvement__Group_8__1
;
finally {
	restoreStackSize(stackSize);
}

rule__Improvement__Group_8__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getImprovementAccess().getAddressesKeyword_8_0()); }
	'addresses'
	{ after(grammarAccess.getImprovementAccess().getAddressesKeyword_8_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Improvement__Group_8__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Improvement__Group_8__1__Impl
	rule__Improvement__Group_8__2
;
finally {
	restoreStackSize(stackSize);
}

rule__Improvement__Group_8__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getImprovementAccess().getAddressesAssignment_8_1()); }
	(rule__Improvement__AddressesAssignment_8_1)
	{ after(grammarAccess.getImprovementAccess().getAddressesAssignment_8_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Improvement__Group_8__2
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Improvement__Group_8__2__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__Improvement__Group_8__2__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getImprovementAccess().getGroup_8_2()); }
	(rule__Improvement__Group_8_2__0)*
	{ after(grammarAccess.getImprovementAccess().getGroup_8_2()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__Improvement__Group_8_2__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Improvement__Group_8_2__0__Impl
	rule__Improvement__Group_8_2__1
;
finally {
	restoreStackSize(stackSize);
}

rule__Improvement__Group_8_2__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getImprovementAccess().getCommaKeyword_8_2_0()); }
	','
	{ after(grammarAccess.getImprovementAccess().getCommaKeyword_8_2_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Improvement__Group_8_2__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Improvement__Group_8_2__1__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__Improvement__Group_8_2__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getImprovementAccess().getAddressesAssignment_8_2_1()); }
	(rule__Improvement__AddressesAssignment_8_2_1)
	{ after(grammarAccess.getImprovementAccess().getAddressesAssignment_8_2_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__RuleSetting__Group__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__RuleSetting__Group__0__Impl
	rule__RuleSetting__Group__1
;
finally {
	restoreStackSize(stackSize);
}

rule__RuleSetting__Group__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getRuleSettingAccess().getRuleKeyword_0()); }
	'rule'
	{ after(grammarAccess.getRuleSettingAccess().getRuleKeyword_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__RuleSetting__Group__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__RuleSetting__Group__1__Impl
	rule__RuleSetting__Group__2
;
finally {
	restoreStackSize(stackSize);
}

rule__RuleSetting__Group__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getRuleSettingAccess().getRuleIdAssignment_1()); }
	(rule__RuleSetting__RuleIdAssignment_1)
	{ after(grammarAccess.getRuleSettingAccess().getRuleIdAssignment_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__RuleSetting__Group__2
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__RuleSetting__Group__2__Impl
	rule__RuleSetting__Group__3
;
finally {
	restoreStackSize(stackSize);
}

rule__RuleSetting__Group__2__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getRuleSettingAccess().getEnabledAssignment_2()); }
	(rule__RuleSetting__EnabledAssignment_2)?
	{ after(grammarAccess.getRuleSettingAccess().getEnabledAssignment_2()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__RuleSetting__Group__3
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__RuleSetting__Group__3__Impl
	rule__RuleSetting__Group__4
;
finally {
	restoreStackSize(stackSize);
}

rule__RuleSetting__Group__3__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getRuleSettingAccess().getGroup_3()); }
	(rule__RuleSetting__Group_3__0)?
	{ after(grammarAccess.getRuleSettingAccess().getGroup_3()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__RuleSetting__Group__4
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__RuleSetting__Group__4__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__RuleSetting__Group__4__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getRuleSettingAccess().getGroup_4()); }
	(rule__RuleSetting__Group_4__0)?
	{ after(grammarAccess.getRuleSettingAccess().getGroup_4()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__RuleSetting__Group_3__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__RuleSetting__Group_3__0__Impl
	rule__RuleSetting__Group_3__1
;
finally {
	restoreStackSize(stackSize);
}

rule__RuleSetting__Group_3__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getRuleSettingAccess().getSeverityKeyword_3_0()); }
	'severity'
	{ after(grammarAccess.getRuleSettingAccess().getSeverityKeyword_3_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__RuleSetting__Group_3__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__RuleSetting__Group_3__1__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__RuleSetting__Group_3__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getRuleSettingAccess().getSeverityAssignment_3_1()); }
	(rule__RuleSetting__SeverityAssignment_3_1)
	{ after(grammarAccess.getRuleSettingAccess().getSeverityAssignment_3_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__RuleSetting__Group_4__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__RuleSetting__Group_4__0__Impl
	rule__RuleSetting__Group_4__1
;
finally {
	restoreStackSize(stackSize);
}

rule__RuleSetting__Group_4__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getRuleSettingAccess().getLeftCurlyBracketKeyword_4_0()); }
	'{'
	{ after(grammarAccess.getRuleSettingAccess().getLeftCurlyBracketKeyword_4_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__RuleSetting__Group_4__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__RuleSetting__Group_4__1__Impl
	rule__RuleSetting__Group_4__2
;
finally {
	restoreStackSize(stackSize);
}

rule__RuleSetting__Group_4__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getRuleSettingAccess().getParametersAssignment_4_1()); }
	(rule__RuleSetting__ParametersAssignment_4_1)*
	{ after(grammarAccess.getRuleSettingAccess().getParametersAssignment_4_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__RuleSetting__Group_4__2
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__RuleSetting__Group_4__2__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__RuleSetting__Group_4__2__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getRuleSettingAccess().getRightCurlyBracketKeyword_4_2()); }
	'}'
	{ after(grammarAccess.getRuleSettingAccess().getRightCurlyBracketKeyword_4_2()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__RuleParameter__Group__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__RuleParameter__Group__0__Impl
	rule__RuleParameter__Group__1
;
finally {
	restoreStackSize(stackSize);
}

rule__RuleParameter__Group__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getRuleParameterAccess().getKeyAssignment_0()); }
	(rule__RuleParameter__KeyAssignment_0)
	{ after(grammarAccess.getRuleParameterAccess().getKeyAssignment_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__RuleParameter__Group__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__RuleParameter__Group__1__Impl
	rule__RuleParameter__Group__2
;
finally {
	restoreStackSize(stackSize);
}

rule__RuleParameter__Group__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getRuleParameterAccess().getEqualsSignKeyword_1()); }
	'='
	{ after(grammarAccess.getRuleParameterAccess().getEqualsSignKeyword_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__RuleParameter__Group__2
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__RuleParameter__Group__2__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__RuleParameter__Group__2__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getRuleParameterAccess().getValueAssignment_2()); }
	(rule__RuleParameter__ValueAssignment_2)
	{ after(grammarAccess.getRuleParameterAccess().getValueAssignment_2()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__QualifiedName__Group__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__QualifiedName__Group__0__Impl
	rule__QualifiedName__Group__1
;
finally {
	restoreStackSize(stackSize);
}

rule__QualifiedName__Group__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getQualifiedNameAccess().getIDTerminalRuleCall_0()); }
	RULE_ID
	{ after(grammarAccess.getQualifiedNameAccess().getIDTerminalRuleCall_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__QualifiedName__Group__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__QualifiedName__Group__1__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__QualifiedName__Group__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getQualifiedNameAccess().getGroup_1()); }
	(rule__QualifiedName__Group_1__0)*
	{ after(grammarAccess.getQualifiedNameAccess().getGroup_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__QualifiedName__Group_1__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__QualifiedName__Group_1__0__Impl
	rule__QualifiedName__Group_1__1
;
finally {
	restoreStackSize(stackSize);
}

rule__QualifiedName__Group_1__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getQualifiedNameAccess().getFullStopKeyword_1_0()); }
	'.'
	{ after(grammarAccess.getQualifiedNameAccess().getFullStopKeyword_1_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__QualifiedName__Group_1__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__QualifiedName__Group_1__1__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__QualifiedName__Group_1__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getQualifiedNameAccess().getIDTerminalRuleCall_1_1()); }
	RULE_ID
	{ after(grammarAccess.getQualifiedNameAccess().getIDTerminalRuleCall_1_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__Emotion__Group__0
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Emotion__Group__0__Impl
	rule__Emotion__Group__1
;
finally {
	restoreStackSize(stackSize);
}

rule__Emotion__Group__0__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getEmotionAccess().getAlternatives_0()); }
	(rule__Emotion__Alternatives_0)?
	{ after(grammarAccess.getEmotionAccess().getAlternatives_0()); }
)
;
finally {
	restoreStackSize(stackSize);
}

rule__Emotion__Group__1
	@init {
		int stackSize = keepStackSize();
	}
:
	rule__Emotion__Group__1__Impl
;
finally {
	restoreStackSize(stackSize);
}

rule__Emotion__Group__1__Impl
	@init {
		int stackSize = keepStackSize();
	}
:
(
	{ before(grammarAccess.getEmotionAccess().getINTTerminalRuleCall_1()); }
	RULE_INT
	{ after(grammarAccess.getEmotionAccess().getINTTerminalRuleCall_1()); }
)
;
finally {
	restoreStackSize(stackSize);
}


rule__JourneyModel__IdAssignment_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getJourneyModelAccess().getIdIDTerminalRuleCall_1_0()); }
		RULE_ID
		{ after(grammarAccess.getJourneyModelAccess().getIdIDTerminalRuleCall_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__JourneyModel__NameAssignment_2
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getJourneyModelAccess().getNameSTRINGTerminalRuleCall_2_0()); }
		RULE_STRING
		{ after(grammarAccess.getJourneyModelAccess().getNameSTRINGTerminalRuleCall_2_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__JourneyModel__DescriptionAssignment_4_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getJourneyModelAccess().getDescriptionSTRINGTerminalRuleCall_4_1_0()); }
		RULE_STRING
		{ after(grammarAccess.getJourneyModelAccess().getDescriptionSTRINGTerminalRuleCall_4_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__JourneyModel__OrganisationsAssignment_5_0
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getJourneyModelAccess().getOrganisationsOrganisationParserRuleCall_5_0_0()); }
		ruleOrganisation
		{ after(grammarAccess.getJourneyModelAccess().getOrganisationsOrganisationParserRuleCall_5_0_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__JourneyModel__PersonasAssignment_5_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getJourneyModelAccess().getPersonasPersonaParserRuleCall_5_1_0()); }
		rulePersona
		{ after(grammarAccess.getJourneyModelAccess().getPersonasPersonaParserRuleCall_5_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__JourneyModel__KeyPersonsAssignment_5_2
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getJourneyModelAccess().getKeyPersonsKeyPersonParserRuleCall_5_2_0()); }
		ruleKeyPerson
		{ after(grammarAccess.getJourneyModelAccess().getKeyPersonsKeyPersonParserRuleCall_5_2_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__JourneyModel__JourneysAssignment_5_3
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getJourneyModelAccess().getJourneysJourneyParserRuleCall_5_3_0()); }
		ruleJourney
		{ after(grammarAccess.getJourneyModelAccess().getJourneysJourneyParserRuleCall_5_3_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__JourneyModel__RuleSettingsAssignment_5_4
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getJourneyModelAccess().getRuleSettingsRuleSettingParserRuleCall_5_4_0()); }
		ruleRuleSetting
		{ after(grammarAccess.getJourneyModelAccess().getRuleSettingsRuleSettingParserRuleCall_5_4_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Organisation__IdAssignment_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getOrganisationAccess().getIdIDTerminalRuleCall_1_0()); }
		RULE_ID
		{ after(grammarAccess.getOrganisationAccess().getIdIDTerminalRuleCall_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Organisation__NameAssignment_2
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getOrganisationAccess().getNameSTRINGTerminalRuleCall_2_0()); }
		RULE_STRING
		{ after(grammarAccess.getOrganisationAccess().getNameSTRINGTerminalRuleCall_2_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Organisation__DescriptionAssignment_4_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getOrganisationAccess().getDescriptionSTRINGTerminalRuleCall_4_1_0()); }
		RULE_STRING
		{ after(grammarAccess.getOrganisationAccess().getDescriptionSTRINGTerminalRuleCall_4_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Organisation__KindAssignment_5_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getOrganisationAccess().getKindOrganisationKindEnumRuleCall_5_1_0()); }
		ruleOrganisationKind
		{ after(grammarAccess.getOrganisationAccess().getKindOrganisationKindEnumRuleCall_5_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Organisation__TrainedStaffAssignment_6_0
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getOrganisationAccess().getTrainedStaffTrainedKeyword_6_0_0()); }
		(
			{ before(grammarAccess.getOrganisationAccess().getTrainedStaffTrainedKeyword_6_0_0()); }
			'trained'
			{ after(grammarAccess.getOrganisationAccess().getTrainedStaffTrainedKeyword_6_0_0()); }
		)
		{ after(grammarAccess.getOrganisationAccess().getTrainedStaffTrainedKeyword_6_0_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Organisation__InterpreterBudgetAssignment_7_0
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getOrganisationAccess().getInterpreterBudgetInterpreterKeyword_7_0_0()); }
		(
			{ before(grammarAccess.getOrganisationAccess().getInterpreterBudgetInterpreterKeyword_7_0_0()); }
			'interpreter'
			{ after(grammarAccess.getOrganisationAccess().getInterpreterBudgetInterpreterKeyword_7_0_0()); }
		)
		{ after(grammarAccess.getOrganisationAccess().getInterpreterBudgetInterpreterKeyword_7_0_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Organisation__StatusHolderCaseloadAssignment_8_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getOrganisationAccess().getStatusHolderCaseloadINTTerminalRuleCall_8_1_0()); }
		RULE_INT
		{ after(grammarAccess.getOrganisationAccess().getStatusHolderCaseloadINTTerminalRuleCall_8_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Organisation__StaffGroupsAssignment_9
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getOrganisationAccess().getStaffGroupsStaffGroupParserRuleCall_9_0()); }
		ruleStaffGroup
		{ after(grammarAccess.getOrganisationAccess().getStaffGroupsStaffGroupParserRuleCall_9_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__StaffGroup__NameAssignment_3
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getStaffGroupAccess().getNameSTRINGTerminalRuleCall_3_0()); }
		RULE_STRING
		{ after(grammarAccess.getStaffGroupAccess().getNameSTRINGTerminalRuleCall_3_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__StaffGroup__RefugeeBackgroundAssignment_5_0
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getStaffGroupAccess().getRefugeeBackgroundRefugeeKeyword_5_0_0()); }
		(
			{ before(grammarAccess.getStaffGroupAccess().getRefugeeBackgroundRefugeeKeyword_5_0_0()); }
			'refugee'
			{ after(grammarAccess.getStaffGroupAccess().getRefugeeBackgroundRefugeeKeyword_5_0_0()); }
		)
		{ after(grammarAccess.getStaffGroupAccess().getRefugeeBackgroundRefugeeKeyword_5_0_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__StaffGroup__MembersAssignment_6_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getStaffGroupAccess().getMembersINTTerminalRuleCall_6_1_0()); }
		RULE_INT
		{ after(grammarAccess.getStaffGroupAccess().getMembersINTTerminalRuleCall_6_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__StaffGroup__StatusHolderClientsAssignment_7_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getStaffGroupAccess().getStatusHolderClientsINTTerminalRuleCall_7_1_0()); }
		RULE_INT
		{ after(grammarAccess.getStaffGroupAccess().getStatusHolderClientsINTTerminalRuleCall_7_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__IdAssignment_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getPersonaAccess().getIdIDTerminalRuleCall_1_0()); }
		RULE_ID
		{ after(grammarAccess.getPersonaAccess().getIdIDTerminalRuleCall_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__NameAssignment_2
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getPersonaAccess().getNameSTRINGTerminalRuleCall_2_0()); }
		RULE_STRING
		{ after(grammarAccess.getPersonaAccess().getNameSTRINGTerminalRuleCall_2_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__DescriptionAssignment_4_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getPersonaAccess().getDescriptionSTRINGTerminalRuleCall_4_1_0()); }
		RULE_STRING
		{ after(grammarAccess.getPersonaAccess().getDescriptionSTRINGTerminalRuleCall_4_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__CountryOfOriginAssignment_5_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getPersonaAccess().getCountryOfOriginSTRINGTerminalRuleCall_5_1_0()); }
		RULE_STRING
		{ after(grammarAccess.getPersonaAccess().getCountryOfOriginSTRINGTerminalRuleCall_5_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__LanguagesAssignment_6_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getPersonaAccess().getLanguagesSTRINGTerminalRuleCall_6_1_0()); }
		RULE_STRING
		{ after(grammarAccess.getPersonaAccess().getLanguagesSTRINGTerminalRuleCall_6_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__LanguagesAssignment_6_2_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getPersonaAccess().getLanguagesSTRINGTerminalRuleCall_6_2_1_0()); }
		RULE_STRING
		{ after(grammarAccess.getPersonaAccess().getLanguagesSTRINGTerminalRuleCall_6_2_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__DutchLevelAssignment_7_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getPersonaAccess().getDutchLevelDutchLevelEnumRuleCall_7_1_0()); }
		ruleDutchLevel
		{ after(grammarAccess.getPersonaAccess().getDutchLevelDutchLevelEnumRuleCall_7_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__LiteracyAssignment_8_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getPersonaAccess().getLiteracySkillLevelEnumRuleCall_8_1_0()); }
		ruleSkillLevel
		{ after(grammarAccess.getPersonaAccess().getLiteracySkillLevelEnumRuleCall_8_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__HealthLiteracyAssignment_9_2
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getPersonaAccess().getHealthLiteracySkillLevelEnumRuleCall_9_2_0()); }
		ruleSkillLevel
		{ after(grammarAccess.getPersonaAccess().getHealthLiteracySkillLevelEnumRuleCall_9_2_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__DigitalSkillsAssignment_10_2
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getPersonaAccess().getDigitalSkillsSkillLevelEnumRuleCall_10_2_0()); }
		ruleSkillLevel
		{ after(grammarAccess.getPersonaAccess().getDigitalSkillsSkillLevelEnumRuleCall_10_2_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__HouseholdAssignment_11_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getPersonaAccess().getHouseholdHouseholdEnumRuleCall_11_1_0()); }
		ruleHousehold
		{ after(grammarAccess.getPersonaAccess().getHouseholdHouseholdEnumRuleCall_11_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__GenderAssignment_12_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getPersonaAccess().getGenderGenderEnumRuleCall_12_1_0()); }
		ruleGender
		{ after(grammarAccess.getPersonaAccess().getGenderGenderEnumRuleCall_12_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__ConcernsAssignment_13_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getPersonaAccess().getConcernsSTRINGTerminalRuleCall_13_1_0()); }
		RULE_STRING
		{ after(grammarAccess.getPersonaAccess().getConcernsSTRINGTerminalRuleCall_13_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Persona__ConcernsAssignment_13_2_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getPersonaAccess().getConcernsSTRINGTerminalRuleCall_13_2_1_0()); }
		RULE_STRING
		{ after(grammarAccess.getPersonaAccess().getConcernsSTRINGTerminalRuleCall_13_2_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__KeyPerson__IdAssignment_2
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getKeyPersonAccess().getIdIDTerminalRuleCall_2_0()); }
		RULE_ID
		{ after(grammarAccess.getKeyPersonAccess().getIdIDTerminalRuleCall_2_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__KeyPerson__NameAssignment_3
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getKeyPersonAccess().getNameSTRINGTerminalRuleCall_3_0()); }
		RULE_STRING
		{ after(grammarAccess.getKeyPersonAccess().getNameSTRINGTerminalRuleCall_3_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__KeyPerson__DescriptionAssignment_5_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getKeyPersonAccess().getDescriptionSTRINGTerminalRuleCall_5_1_0()); }
		RULE_STRING
		{ after(grammarAccess.getKeyPersonAccess().getDescriptionSTRINGTerminalRuleCall_5_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__KeyPerson__RolesAssignment_6_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getKeyPersonAccess().getRolesKeyPersonRoleEnumRuleCall_6_1_0()); }
		ruleKeyPersonRole
		{ after(grammarAccess.getKeyPersonAccess().getRolesKeyPersonRoleEnumRuleCall_6_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__KeyPerson__RolesAssignment_6_2_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getKeyPersonAccess().getRolesKeyPersonRoleEnumRuleCall_6_2_1_0()); }
		ruleKeyPersonRole
		{ after(grammarAccess.getKeyPersonAccess().getRolesKeyPersonRoleEnumRuleCall_6_2_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__KeyPerson__ContractAssignment_7_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getKeyPersonAccess().getContractContractKindEnumRuleCall_7_1_0()); }
		ruleContractKind
		{ after(grammarAccess.getKeyPersonAccess().getContractContractKindEnumRuleCall_7_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__KeyPerson__SupervisorAssignment_8_2
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getKeyPersonAccess().getSupervisorOrganisationCrossReference_8_2_0()); }
		(
			{ before(grammarAccess.getKeyPersonAccess().getSupervisorOrganisationQualifiedNameParserRuleCall_8_2_0_1()); }
			ruleQualifiedName
			{ after(grammarAccess.getKeyPersonAccess().getSupervisorOrganisationQualifiedNameParserRuleCall_8_2_0_1()); }
		)
		{ after(grammarAccess.getKeyPersonAccess().getSupervisorOrganisationCrossReference_8_2_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__KeyPerson__LanguagesAssignment_9_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getKeyPersonAccess().getLanguagesSTRINGTerminalRuleCall_9_1_0()); }
		RULE_STRING
		{ after(grammarAccess.getKeyPersonAccess().getLanguagesSTRINGTerminalRuleCall_9_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__KeyPerson__LanguagesAssignment_9_2_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getKeyPersonAccess().getLanguagesSTRINGTerminalRuleCall_9_2_1_0()); }
		RULE_STRING
		{ after(grammarAccess.getKeyPersonAccess().getLanguagesSTRINGTerminalRuleCall_9_2_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__IdAssignment_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getJourneyAccess().getIdIDTerminalRuleCall_1_0()); }
		RULE_ID
		{ after(grammarAccess.getJourneyAccess().getIdIDTerminalRuleCall_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__NameAssignment_2
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getJourneyAccess().getNameSTRINGTerminalRuleCall_2_0()); }
		RULE_STRING
		{ after(grammarAccess.getJourneyAccess().getNameSTRINGTerminalRuleCall_2_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__PersonaAssignment_4
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getJourneyAccess().getPersonaPersonaCrossReference_4_0()); }
		(
			{ before(grammarAccess.getJourneyAccess().getPersonaPersonaQualifiedNameParserRuleCall_4_0_1()); }
			ruleQualifiedName
			{ after(grammarAccess.getJourneyAccess().getPersonaPersonaQualifiedNameParserRuleCall_4_0_1()); }
		)
		{ after(grammarAccess.getJourneyAccess().getPersonaPersonaCrossReference_4_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__DescriptionAssignment_6_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getJourneyAccess().getDescriptionSTRINGTerminalRuleCall_6_1_0()); }
		RULE_STRING
		{ after(grammarAccess.getJourneyAccess().getDescriptionSTRINGTerminalRuleCall_6_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__KindAssignment_7_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getJourneyAccess().getKindJourneyKindEnumRuleCall_7_1_0()); }
		ruleJourneyKind
		{ after(grammarAccess.getJourneyAccess().getKindJourneyKindEnumRuleCall_7_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__StatusAssignment_8_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getJourneyAccess().getStatusJourneyStatusEnumRuleCall_8_1_0()); }
		ruleJourneyStatus
		{ after(grammarAccess.getJourneyAccess().getStatusJourneyStatusEnumRuleCall_8_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__OwnerAssignment_9_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getJourneyAccess().getOwnerOrganisationCrossReference_9_1_0()); }
		(
			{ before(grammarAccess.getJourneyAccess().getOwnerOrganisationQualifiedNameParserRuleCall_9_1_0_1()); }
			ruleQualifiedName
			{ after(grammarAccess.getJourneyAccess().getOwnerOrganisationQualifiedNameParserRuleCall_9_1_0_1()); }
		)
		{ after(grammarAccess.getJourneyAccess().getOwnerOrganisationCrossReference_9_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__BaselineAssignment_10_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getJourneyAccess().getBaselineJourneyCrossReference_10_1_0()); }
		(
			{ before(grammarAccess.getJourneyAccess().getBaselineJourneyQualifiedNameParserRuleCall_10_1_0_1()); }
			ruleQualifiedName
			{ after(grammarAccess.getJourneyAccess().getBaselineJourneyQualifiedNameParserRuleCall_10_1_0_1()); }
		)
		{ after(grammarAccess.getJourneyAccess().getBaselineJourneyCrossReference_10_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__TriggerAssignment_11
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getJourneyAccess().getTriggerLifeEventParserRuleCall_11_0()); }
		ruleLifeEvent
		{ after(grammarAccess.getJourneyAccess().getTriggerLifeEventParserRuleCall_11_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__PhasesAssignment_12
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getJourneyAccess().getPhasesPhaseParserRuleCall_12_0()); }
		rulePhase
		{ after(grammarAccess.getJourneyAccess().getPhasesPhaseParserRuleCall_12_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__HandoversAssignment_13
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getJourneyAccess().getHandoversHandoverParserRuleCall_13_0()); }
		ruleHandover
		{ after(grammarAccess.getJourneyAccess().getHandoversHandoverParserRuleCall_13_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__PainPointsAssignment_14
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getJourneyAccess().getPainPointsPainPointParserRuleCall_14_0()); }
		rulePainPoint
		{ after(grammarAccess.getJourneyAccess().getPainPointsPainPointParserRuleCall_14_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Journey__ImprovementsAssignment_15
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getJourneyAccess().getImprovementsImprovementParserRuleCall_15_0()); }
		ruleImprovement
		{ after(grammarAccess.getJourneyAccess().getImprovementsImprovementParserRuleCall_15_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__LifeEvent__KindAssignment_3
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getLifeEventAccess().getKindLifeEventKindEnumRuleCall_3_0()); }
		ruleLifeEventKind
		{ after(grammarAccess.getLifeEventAccess().getKindLifeEventKindEnumRuleCall_3_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__LifeEvent__DescriptionAssignment_4
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getLifeEventAccess().getDescriptionSTRINGTerminalRuleCall_4_0()); }
		RULE_STRING
		{ after(grammarAccess.getLifeEventAccess().getDescriptionSTRINGTerminalRuleCall_4_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Phase__IdAssignment_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getPhaseAccess().getIdIDTerminalRuleCall_1_0()); }
		RULE_ID
		{ after(grammarAccess.getPhaseAccess().getIdIDTerminalRuleCall_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Phase__NameAssignment_2
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getPhaseAccess().getNameSTRINGTerminalRuleCall_2_0()); }
		RULE_STRING
		{ after(grammarAccess.getPhaseAccess().getNameSTRINGTerminalRuleCall_2_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Phase__DescriptionAssignment_4_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getPhaseAccess().getDescriptionSTRINGTerminalRuleCall_4_1_0()); }
		RULE_STRING
		{ after(grammarAccess.getPhaseAccess().getDescriptionSTRINGTerminalRuleCall_4_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Phase__TouchpointsAssignment_5
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getPhaseAccess().getTouchpointsTouchpointParserRuleCall_5_0()); }
		ruleTouchpoint
		{ after(grammarAccess.getPhaseAccess().getTouchpointsTouchpointParserRuleCall_5_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__IdAssignment_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getTouchpointAccess().getIdIDTerminalRuleCall_1_0()); }
		RULE_ID
		{ after(grammarAccess.getTouchpointAccess().getIdIDTerminalRuleCall_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__NameAssignment_2
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getTouchpointAccess().getNameSTRINGTerminalRuleCall_2_0()); }
		RULE_STRING
		{ after(grammarAccess.getTouchpointAccess().getNameSTRINGTerminalRuleCall_2_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__OrganisationAssignment_4
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getTouchpointAccess().getOrganisationOrganisationCrossReference_4_0()); }
		(
			{ before(grammarAccess.getTouchpointAccess().getOrganisationOrganisationQualifiedNameParserRuleCall_4_0_1()); }
			ruleQualifiedName
			{ after(grammarAccess.getTouchpointAccess().getOrganisationOrganisationQualifiedNameParserRuleCall_4_0_1()); }
		)
		{ after(grammarAccess.getTouchpointAccess().getOrganisationOrganisationCrossReference_4_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__DescriptionAssignment_6_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getTouchpointAccess().getDescriptionSTRINGTerminalRuleCall_6_1_0()); }
		RULE_STRING
		{ after(grammarAccess.getTouchpointAccess().getDescriptionSTRINGTerminalRuleCall_6_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__RoleAssignment_7_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getTouchpointAccess().getRoleSTRINGTerminalRuleCall_7_1_0()); }
		RULE_STRING
		{ after(grammarAccess.getTouchpointAccess().getRoleSTRINGTerminalRuleCall_7_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__ChannelAssignment_8_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getTouchpointAccess().getChannelChannelEnumRuleCall_8_1_0()); }
		ruleChannel
		{ after(grammarAccess.getTouchpointAccess().getChannelChannelEnumRuleCall_8_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__InitiatorAssignment_9_2
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getTouchpointAccess().getInitiatorInitiatorEnumRuleCall_9_2_0()); }
		ruleInitiator
		{ after(grammarAccess.getTouchpointAccess().getInitiatorInitiatorEnumRuleCall_9_2_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__PurposeAssignment_10_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getTouchpointAccess().getPurposePurposeEnumRuleCall_10_1_0()); }
		rulePurpose
		{ after(grammarAccess.getTouchpointAccess().getPurposePurposeEnumRuleCall_10_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__DurationAssignment_11_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getTouchpointAccess().getDurationINTTerminalRuleCall_11_1_0()); }
		RULE_INT
		{ after(grammarAccess.getTouchpointAccess().getDurationINTTerminalRuleCall_11_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__InterpreterAssignment_12_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getTouchpointAccess().getInterpreterInterpreterArrangementEnumRuleCall_12_1_0()); }
		ruleInterpreterArrangement
		{ after(grammarAccess.getTouchpointAccess().getInterpreterInterpreterArrangementEnumRuleCall_12_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__CommunicationFormsAssignment_13_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getTouchpointAccess().getCommunicationFormsCommunicationFormEnumRuleCall_13_1_0()); }
		ruleCommunicationForm
		{ after(grammarAccess.getTouchpointAccess().getCommunicationFormsCommunicationFormEnumRuleCall_13_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__CommunicationFormsAssignment_13_2_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getTouchpointAccess().getCommunicationFormsCommunicationFormEnumRuleCall_13_2_1_0()); }
		ruleCommunicationForm
		{ after(grammarAccess.getTouchpointAccess().getCommunicationFormsCommunicationFormEnumRuleCall_13_2_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__UnderstandingCheckedAssignment_14_0
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getTouchpointAccess().getUnderstandingCheckedUnderstandingKeyword_14_0_0()); }
		(
			{ before(grammarAccess.getTouchpointAccess().getUnderstandingCheckedUnderstandingKeyword_14_0_0()); }
			'understanding'
			{ after(grammarAccess.getTouchpointAccess().getUnderstandingCheckedUnderstandingKeyword_14_0_0()); }
		)
		{ after(grammarAccess.getTouchpointAccess().getUnderstandingCheckedUnderstandingKeyword_14_0_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__EmotionAssignment_15_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getTouchpointAccess().getEmotionEmotionParserRuleCall_15_1_0()); }
		ruleEmotion
		{ after(grammarAccess.getTouchpointAccess().getEmotionEmotionParserRuleCall_15_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__LifeDomainsAssignment_16_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getTouchpointAccess().getLifeDomainsLifeDomainEnumRuleCall_16_1_0()); }
		ruleLifeDomain
		{ after(grammarAccess.getTouchpointAccess().getLifeDomainsLifeDomainEnumRuleCall_16_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__LifeDomainsAssignment_16_2_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getTouchpointAccess().getLifeDomainsLifeDomainEnumRuleCall_16_2_1_0()); }
		ruleLifeDomain
		{ after(grammarAccess.getTouchpointAccess().getLifeDomainsLifeDomainEnumRuleCall_16_2_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__HealthSignalAssignment_17_0
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getTouchpointAccess().getHealthSignalHealthKeyword_17_0_0()); }
		(
			{ before(grammarAccess.getTouchpointAccess().getHealthSignalHealthKeyword_17_0_0()); }
			'health'
			{ after(grammarAccess.getTouchpointAccess().getHealthSignalHealthKeyword_17_0_0()); }
		)
		{ after(grammarAccess.getTouchpointAccess().getHealthSignalHealthKeyword_17_0_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__KeyPersonsAssignment_18_2
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getTouchpointAccess().getKeyPersonsKeyPersonCrossReference_18_2_0()); }
		(
			{ before(grammarAccess.getTouchpointAccess().getKeyPersonsKeyPersonQualifiedNameParserRuleCall_18_2_0_1()); }
			ruleQualifiedName
			{ after(grammarAccess.getTouchpointAccess().getKeyPersonsKeyPersonQualifiedNameParserRuleCall_18_2_0_1()); }
		)
		{ after(grammarAccess.getTouchpointAccess().getKeyPersonsKeyPersonCrossReference_18_2_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Touchpoint__KeyPersonsAssignment_18_3_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getTouchpointAccess().getKeyPersonsKeyPersonCrossReference_18_3_1_0()); }
		(
			{ before(grammarAccess.getTouchpointAccess().getKeyPersonsKeyPersonQualifiedNameParserRuleCall_18_3_1_0_1()); }
			ruleQualifiedName
			{ after(grammarAccess.getTouchpointAccess().getKeyPersonsKeyPersonQualifiedNameParserRuleCall_18_3_1_0_1()); }
		)
		{ after(grammarAccess.getTouchpointAccess().getKeyPersonsKeyPersonCrossReference_18_3_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Handover__SourceAssignment_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getHandoverAccess().getSourceTouchpointCrossReference_1_0()); }
		(
			{ before(grammarAccess.getHandoverAccess().getSourceTouchpointQualifiedNameParserRuleCall_1_0_1()); }
			ruleQualifiedName
			{ after(grammarAccess.getHandoverAccess().getSourceTouchpointQualifiedNameParserRuleCall_1_0_1()); }
		)
		{ after(grammarAccess.getHandoverAccess().getSourceTouchpointCrossReference_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Handover__TargetAssignment_3
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getHandoverAccess().getTargetTouchpointCrossReference_3_0()); }
		(
			{ before(grammarAccess.getHandoverAccess().getTargetTouchpointQualifiedNameParserRuleCall_3_0_1()); }
			ruleQualifiedName
			{ after(grammarAccess.getHandoverAccess().getTargetTouchpointQualifiedNameParserRuleCall_3_0_1()); }
		)
		{ after(grammarAccess.getHandoverAccess().getTargetTouchpointCrossReference_3_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Handover__KindAssignment_4
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getHandoverAccess().getKindHandoverKindEnumRuleCall_4_0()); }
		ruleHandoverKind
		{ after(grammarAccess.getHandoverAccess().getKindHandoverKindEnumRuleCall_4_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Handover__DescriptionAssignment_5
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getHandoverAccess().getDescriptionSTRINGTerminalRuleCall_5_0()); }
		RULE_STRING
		{ after(grammarAccess.getHandoverAccess().getDescriptionSTRINGTerminalRuleCall_5_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__PainPoint__IdAssignment_2
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getPainPointAccess().getIdIDTerminalRuleCall_2_0()); }
		RULE_ID
		{ after(grammarAccess.getPainPointAccess().getIdIDTerminalRuleCall_2_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__PainPoint__NameAssignment_3
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getPainPointAccess().getNameSTRINGTerminalRuleCall_3_0()); }
		RULE_STRING
		{ after(grammarAccess.getPainPointAccess().getNameSTRINGTerminalRuleCall_3_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__PainPoint__DescriptionAssignment_5_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getPainPointAccess().getDescriptionSTRINGTerminalRuleCall_5_1_0()); }
		RULE_STRING
		{ after(grammarAccess.getPainPointAccess().getDescriptionSTRINGTerminalRuleCall_5_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__PainPoint__TouchpointsAssignment_6_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getPainPointAccess().getTouchpointsTouchpointCrossReference_6_1_0()); }
		(
			{ before(grammarAccess.getPainPointAccess().getTouchpointsTouchpointQualifiedNameParserRuleCall_6_1_0_1()); }
			ruleQualifiedName
			{ after(grammarAccess.getPainPointAccess().getTouchpointsTouchpointQualifiedNameParserRuleCall_6_1_0_1()); }
		)
		{ after(grammarAccess.getPainPointAccess().getTouchpointsTouchpointCrossReference_6_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__PainPoint__TouchpointsAssignment_6_2_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getPainPointAccess().getTouchpointsTouchpointCrossReference_6_2_1_0()); }
		(
			{ before(grammarAccess.getPainPointAccess().getTouchpointsTouchpointQualifiedNameParserRuleCall_6_2_1_0_1()); }
			ruleQualifiedName
			{ after(grammarAccess.getPainPointAccess().getTouchpointsTouchpointQualifiedNameParserRuleCall_6_2_1_0_1()); }
		)
		{ after(grammarAccess.getPainPointAccess().getTouchpointsTouchpointCrossReference_6_2_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Improvement__IdAssignment_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getImprovementAccess().getIdIDTerminalRuleCall_1_0()); }
		RULE_ID
		{ after(grammarAccess.getImprovementAccess().getIdIDTerminalRuleCall_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Improvement__NameAssignment_2
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getImprovementAccess().getNameSTRINGTerminalRuleCall_2_0()); }
		RULE_STRING
		{ after(grammarAccess.getImprovementAccess().getNameSTRINGTerminalRuleCall_2_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Improvement__DescriptionAssignment_4_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getImprovementAccess().getDescriptionSTRINGTerminalRuleCall_4_1_0()); }
		RULE_STRING
		{ after(grammarAccess.getImprovementAccess().getDescriptionSTRINGTerminalRuleCall_4_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Improvement__OwnerAssignment_5_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getImprovementAccess().getOwnerOrganisationCrossReference_5_1_0()); }
		(
			{ before(grammarAccess.getImprovementAccess().getOwnerOrganisationQualifiedNameParserRuleCall_5_1_0_1()); }
			ruleQualifiedName
			{ after(grammarAccess.getImprovementAccess().getOwnerOrganisationQualifiedNameParserRuleCall_5_1_0_1()); }
		)
		{ after(grammarAccess.getImprovementAccess().getOwnerOrganisationCrossReference_5_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Improvement__StatusAssignment_6_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getImprovementAccess().getStatusImprovementStatusEnumRuleCall_6_1_0()); }
		ruleImprovementStatus
		{ after(grammarAccess.getImprovementAccess().getStatusImprovementStatusEnumRuleCall_6_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Improvement__DirectionAssignment_7_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getImprovementAccess().getDirectionDirectionEnumRuleCall_7_1_0()); }
		ruleDirection
		{ after(grammarAccess.getImprovementAccess().getDirectionDirectionEnumRuleCall_7_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Improvement__AddressesAssignment_8_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getImprovementAccess().getAddressesPainPointCrossReference_8_1_0()); }
		(
			{ before(grammarAccess.getImprovementAccess().getAddressesPainPointQualifiedNameParserRuleCall_8_1_0_1()); }
			ruleQualifiedName
			{ after(grammarAccess.getImprovementAccess().getAddressesPainPointQualifiedNameParserRuleCall_8_1_0_1()); }
		)
		{ after(grammarAccess.getImprovementAccess().getAddressesPainPointCrossReference_8_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__Improvement__AddressesAssignment_8_2_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getImprovementAccess().getAddressesPainPointCrossReference_8_2_1_0()); }
		(
			{ before(grammarAccess.getImprovementAccess().getAddressesPainPointQualifiedNameParserRuleCall_8_2_1_0_1()); }
			ruleQualifiedName
			{ after(grammarAccess.getImprovementAccess().getAddressesPainPointQualifiedNameParserRuleCall_8_2_1_0_1()); }
		)
		{ after(grammarAccess.getImprovementAccess().getAddressesPainPointCrossReference_8_2_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__RuleSetting__RuleIdAssignment_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getRuleSettingAccess().getRuleIdIDTerminalRuleCall_1_0()); }
		RULE_ID
		{ after(grammarAccess.getRuleSettingAccess().getRuleIdIDTerminalRuleCall_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__RuleSetting__EnabledAssignment_2
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getRuleSettingAccess().getEnabledOnOffParserRuleCall_2_0()); }
		ruleOnOff
		{ after(grammarAccess.getRuleSettingAccess().getEnabledOnOffParserRuleCall_2_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__RuleSetting__SeverityAssignment_3_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getRuleSettingAccess().getSeveritySeverityEnumRuleCall_3_1_0()); }
		ruleSeverity
		{ after(grammarAccess.getRuleSettingAccess().getSeveritySeverityEnumRuleCall_3_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__RuleSetting__ParametersAssignment_4_1
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getRuleSettingAccess().getParametersRuleParameterParserRuleCall_4_1_0()); }
		ruleRuleParameter
		{ after(grammarAccess.getRuleSettingAccess().getParametersRuleParameterParserRuleCall_4_1_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__RuleParameter__KeyAssignment_0
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getRuleParameterAccess().getKeyIDTerminalRuleCall_0_0()); }
		RULE_ID
		{ after(grammarAccess.getRuleParameterAccess().getKeyIDTerminalRuleCall_0_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

rule__RuleParameter__ValueAssignment_2
	@init {
		int stackSize = keepStackSize();
	}
:
	(
		{ before(grammarAccess.getRuleParameterAccess().getValueSTRINGTerminalRuleCall_2_0()); }
		RULE_STRING
		{ after(grammarAccess.getRuleParameterAccess().getValueSTRINGTerminalRuleCall_2_0()); }
	)
;
finally {
	restoreStackSize(stackSize);
}

RULE_ID : ('a'..'z'|'A'..'Z'|'_') ('a'..'z'|'A'..'Z'|'_'|'0'..'9')* ('-' ('a'..'z'|'A'..'Z'|'_'|'0'..'9')+)*;

RULE_INT : ('0'..'9')+;

RULE_STRING : '"' ('\\' .|~(('\\'|'"')))* '"';

RULE_ML_COMMENT : '/*' ( options {greedy=false;} : . )*'*/';

RULE_SL_COMMENT : '//' ~(('\n'|'\r'))* ('\r'? '\n')?;

RULE_WS : (' '|'\t'|'\r'|'\n')+;

RULE_ANY_OTHER : .;
