/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl.services;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import java.util.List;
import org.eclipse.xtext.Action;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.Grammar;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.service.AbstractElementFinder;
import org.eclipse.xtext.service.GrammarProvider;

@Singleton
public class KlantreisGrammarAccess extends AbstractElementFinder.AbstractGrammarElementFinder {
	
	public class JourneyModelElements extends AbstractParserRuleElementFinder {
		private final ParserRule rule = (ParserRule) GrammarUtil.findRuleForName(getGrammar(), "nl.klantreis.dsl.Klantreis.JourneyModel");
		private final Group cGroup = (Group)rule.eContents().get(1);
		private final Keyword cModelKeyword_0 = (Keyword)cGroup.eContents().get(0);
		private final Assignment cIdAssignment_1 = (Assignment)cGroup.eContents().get(1);
		private final RuleCall cIdIDTerminalRuleCall_1_0 = (RuleCall)cIdAssignment_1.eContents().get(0);
		private final Assignment cNameAssignment_2 = (Assignment)cGroup.eContents().get(2);
		private final RuleCall cNameSTRINGTerminalRuleCall_2_0 = (RuleCall)cNameAssignment_2.eContents().get(0);
		private final Keyword cLeftCurlyBracketKeyword_3 = (Keyword)cGroup.eContents().get(3);
		private final Group cGroup_4 = (Group)cGroup.eContents().get(4);
		private final Keyword cDescriptionKeyword_4_0 = (Keyword)cGroup_4.eContents().get(0);
		private final Assignment cDescriptionAssignment_4_1 = (Assignment)cGroup_4.eContents().get(1);
		private final RuleCall cDescriptionSTRINGTerminalRuleCall_4_1_0 = (RuleCall)cDescriptionAssignment_4_1.eContents().get(0);
		private final Alternatives cAlternatives_5 = (Alternatives)cGroup.eContents().get(5);
		private final Assignment cOrganisationsAssignment_5_0 = (Assignment)cAlternatives_5.eContents().get(0);
		private final RuleCall cOrganisationsOrganisationParserRuleCall_5_0_0 = (RuleCall)cOrganisationsAssignment_5_0.eContents().get(0);
		private final Assignment cPersonasAssignment_5_1 = (Assignment)cAlternatives_5.eContents().get(1);
		private final RuleCall cPersonasPersonaParserRuleCall_5_1_0 = (RuleCall)cPersonasAssignment_5_1.eContents().get(0);
		private final Assignment cKeyPersonsAssignment_5_2 = (Assignment)cAlternatives_5.eContents().get(2);
		private final RuleCall cKeyPersonsKeyPersonParserRuleCall_5_2_0 = (RuleCall)cKeyPersonsAssignment_5_2.eContents().get(0);
		private final Assignment cJourneysAssignment_5_3 = (Assignment)cAlternatives_5.eContents().get(3);
		private final RuleCall cJourneysJourneyParserRuleCall_5_3_0 = (RuleCall)cJourneysAssignment_5_3.eContents().get(0);
		private final Assignment cRuleSettingsAssignment_5_4 = (Assignment)cAlternatives_5.eContents().get(4);
		private final RuleCall cRuleSettingsRuleSettingParserRuleCall_5_4_0 = (RuleCall)cRuleSettingsAssignment_5_4.eContents().get(0);
		private final Keyword cRightCurlyBracketKeyword_6 = (Keyword)cGroup.eContents().get(6);
		
		//JourneyModel:
		//    'model' id=ID (name=STRING)? '{'
		//        ('description' description=STRING)?
		//        (organisations+=Organisation
		//            | personas+=Persona
		//            | keyPersons+=KeyPerson
		//            | journeys+=Journey
		//            | ruleSettings+=RuleSetting)*
		//    '}';
		@Override public ParserRule getRule() { return rule; }
		
		//'model' id=ID (name=STRING)? '{'
		//    ('description' description=STRING)?
		//    (organisations+=Organisation
		//        | personas+=Persona
		//        | keyPersons+=KeyPerson
		//        | journeys+=Journey
		//        | ruleSettings+=RuleSetting)*
		//'}'
		public Group getGroup() { return cGroup; }
		
		//'model'
		public Keyword getModelKeyword_0() { return cModelKeyword_0; }
		
		//id=ID
		public Assignment getIdAssignment_1() { return cIdAssignment_1; }
		
		//ID
		public RuleCall getIdIDTerminalRuleCall_1_0() { return cIdIDTerminalRuleCall_1_0; }
		
		//(name=STRING)?
		public Assignment getNameAssignment_2() { return cNameAssignment_2; }
		
		//STRING
		public RuleCall getNameSTRINGTerminalRuleCall_2_0() { return cNameSTRINGTerminalRuleCall_2_0; }
		
		//'{'
		public Keyword getLeftCurlyBracketKeyword_3() { return cLeftCurlyBracketKeyword_3; }
		
		//('description' description=STRING)?
		public Group getGroup_4() { return cGroup_4; }
		
		//'description'
		public Keyword getDescriptionKeyword_4_0() { return cDescriptionKeyword_4_0; }
		
		//description=STRING
		public Assignment getDescriptionAssignment_4_1() { return cDescriptionAssignment_4_1; }
		
		//STRING
		public RuleCall getDescriptionSTRINGTerminalRuleCall_4_1_0() { return cDescriptionSTRINGTerminalRuleCall_4_1_0; }
		
		//(organisations+=Organisation
		//    | personas+=Persona
		//    | keyPersons+=KeyPerson
		//    | journeys+=Journey
		//    | ruleSettings+=RuleSetting)*
		public Alternatives getAlternatives_5() { return cAlternatives_5; }
		
		//organisations+=Organisation
		public Assignment getOrganisationsAssignment_5_0() { return cOrganisationsAssignment_5_0; }
		
		//Organisation
		public RuleCall getOrganisationsOrganisationParserRuleCall_5_0_0() { return cOrganisationsOrganisationParserRuleCall_5_0_0; }
		
		//personas+=Persona
		public Assignment getPersonasAssignment_5_1() { return cPersonasAssignment_5_1; }
		
		//Persona
		public RuleCall getPersonasPersonaParserRuleCall_5_1_0() { return cPersonasPersonaParserRuleCall_5_1_0; }
		
		//keyPersons+=KeyPerson
		public Assignment getKeyPersonsAssignment_5_2() { return cKeyPersonsAssignment_5_2; }
		
		//KeyPerson
		public RuleCall getKeyPersonsKeyPersonParserRuleCall_5_2_0() { return cKeyPersonsKeyPersonParserRuleCall_5_2_0; }
		
		//journeys+=Journey
		public Assignment getJourneysAssignment_5_3() { return cJourneysAssignment_5_3; }
		
		//Journey
		public RuleCall getJourneysJourneyParserRuleCall_5_3_0() { return cJourneysJourneyParserRuleCall_5_3_0; }
		
		//ruleSettings+=RuleSetting
		public Assignment getRuleSettingsAssignment_5_4() { return cRuleSettingsAssignment_5_4; }
		
		//RuleSetting
		public RuleCall getRuleSettingsRuleSettingParserRuleCall_5_4_0() { return cRuleSettingsRuleSettingParserRuleCall_5_4_0; }
		
		//'}'
		public Keyword getRightCurlyBracketKeyword_6() { return cRightCurlyBracketKeyword_6; }
	}
	public class OrganisationElements extends AbstractParserRuleElementFinder {
		private final ParserRule rule = (ParserRule) GrammarUtil.findRuleForName(getGrammar(), "nl.klantreis.dsl.Klantreis.Organisation");
		private final Group cGroup = (Group)rule.eContents().get(1);
		private final Keyword cOrganisationKeyword_0 = (Keyword)cGroup.eContents().get(0);
		private final Assignment cIdAssignment_1 = (Assignment)cGroup.eContents().get(1);
		private final RuleCall cIdIDTerminalRuleCall_1_0 = (RuleCall)cIdAssignment_1.eContents().get(0);
		private final Assignment cNameAssignment_2 = (Assignment)cGroup.eContents().get(2);
		private final RuleCall cNameSTRINGTerminalRuleCall_2_0 = (RuleCall)cNameAssignment_2.eContents().get(0);
		private final Keyword cLeftCurlyBracketKeyword_3 = (Keyword)cGroup.eContents().get(3);
		private final Group cGroup_4 = (Group)cGroup.eContents().get(4);
		private final Keyword cDescriptionKeyword_4_0 = (Keyword)cGroup_4.eContents().get(0);
		private final Assignment cDescriptionAssignment_4_1 = (Assignment)cGroup_4.eContents().get(1);
		private final RuleCall cDescriptionSTRINGTerminalRuleCall_4_1_0 = (RuleCall)cDescriptionAssignment_4_1.eContents().get(0);
		private final Group cGroup_5 = (Group)cGroup.eContents().get(5);
		private final Keyword cKindKeyword_5_0 = (Keyword)cGroup_5.eContents().get(0);
		private final Assignment cKindAssignment_5_1 = (Assignment)cGroup_5.eContents().get(1);
		private final RuleCall cKindOrganisationKindEnumRuleCall_5_1_0 = (RuleCall)cKindAssignment_5_1.eContents().get(0);
		private final Group cGroup_6 = (Group)cGroup.eContents().get(6);
		private final Assignment cTrainedStaffAssignment_6_0 = (Assignment)cGroup_6.eContents().get(0);
		private final Keyword cTrainedStaffTrainedKeyword_6_0_0 = (Keyword)cTrainedStaffAssignment_6_0.eContents().get(0);
		private final Keyword cStaffKeyword_6_1 = (Keyword)cGroup_6.eContents().get(1);
		private final Group cGroup_7 = (Group)cGroup.eContents().get(7);
		private final Assignment cInterpreterBudgetAssignment_7_0 = (Assignment)cGroup_7.eContents().get(0);
		private final Keyword cInterpreterBudgetInterpreterKeyword_7_0_0 = (Keyword)cInterpreterBudgetAssignment_7_0.eContents().get(0);
		private final Keyword cBudgetKeyword_7_1 = (Keyword)cGroup_7.eContents().get(1);
		private final Group cGroup_8 = (Group)cGroup.eContents().get(8);
		private final Keyword cCaseloadKeyword_8_0 = (Keyword)cGroup_8.eContents().get(0);
		private final Assignment cStatusHolderCaseloadAssignment_8_1 = (Assignment)cGroup_8.eContents().get(1);
		private final RuleCall cStatusHolderCaseloadINTTerminalRuleCall_8_1_0 = (RuleCall)cStatusHolderCaseloadAssignment_8_1.eContents().get(0);
		private final Assignment cStaffGroupsAssignment_9 = (Assignment)cGroup.eContents().get(9);
		private final RuleCall cStaffGroupsStaffGroupParserRuleCall_9_0 = (RuleCall)cStaffGroupsAssignment_9.eContents().get(0);
		private final Keyword cRightCurlyBracketKeyword_10 = (Keyword)cGroup.eContents().get(10);
		
		//Organisation:
		//    'organisation' id=ID (name=STRING)? '{'
		//        ('description' description=STRING)?
		//        ('kind' kind=OrganisationKind)?
		//        (trainedStaff?='trained' 'staff')?
		//        (interpreterBudget?='interpreter' 'budget')?
		//        ('caseload' statusHolderCaseload=INT)?
		//        staffGroups+=StaffGroup*
		//    '}';
		@Override public ParserRule getRule() { return rule; }
		
		//'organisation' id=ID (name=STRING)? '{'
		//    ('description' description=STRING)?
		//    ('kind' kind=OrganisationKind)?
		//    (trainedStaff?='trained' 'staff')?
		//    (interpreterBudget?='interpreter' 'budget')?
		//    ('caseload' statusHolderCaseload=INT)?
		//    staffGroups+=StaffGroup*
		//'}'
		public Group getGroup() { return cGroup; }
		
		//'organisation'
		public Keyword getOrganisationKeyword_0() { return cOrganisationKeyword_0; }
		
		//id=ID
		public Assignment getIdAssignment_1() { return cIdAssignment_1; }
		
		//ID
		public RuleCall getIdIDTerminalRuleCall_1_0() { return cIdIDTerminalRuleCall_1_0; }
		
		//(name=STRING)?
		public Assignment getNameAssignment_2() { return cNameAssignment_2; }
		
		//STRING
		public RuleCall getNameSTRINGTerminalRuleCall_2_0() { return cNameSTRINGTerminalRuleCall_2_0; }
		
		//'{'
		public Keyword getLeftCurlyBracketKeyword_3() { return cLeftCurlyBracketKeyword_3; }
		
		//('description' description=STRING)?
		public Group getGroup_4() { return cGroup_4; }
		
		//'description'
		public Keyword getDescriptionKeyword_4_0() { return cDescriptionKeyword_4_0; }
		
		//description=STRING
		public Assignment getDescriptionAssignment_4_1() { return cDescriptionAssignment_4_1; }
		
		//STRING
		public RuleCall getDescriptionSTRINGTerminalRuleCall_4_1_0() { return cDescriptionSTRINGTerminalRuleCall_4_1_0; }
		
		//('kind' kind=OrganisationKind)?
		public Group getGroup_5() { return cGroup_5; }
		
		//'kind'
		public Keyword getKindKeyword_5_0() { return cKindKeyword_5_0; }
		
		//kind=OrganisationKind
		public Assignment getKindAssignment_5_1() { return cKindAssignment_5_1; }
		
		//OrganisationKind
		public RuleCall getKindOrganisationKindEnumRuleCall_5_1_0() { return cKindOrganisationKindEnumRuleCall_5_1_0; }
		
		//(trainedStaff?='trained' 'staff')?
		public Group getGroup_6() { return cGroup_6; }
		
		//trainedStaff?='trained'
		public Assignment getTrainedStaffAssignment_6_0() { return cTrainedStaffAssignment_6_0; }
		
		//'trained'
		public Keyword getTrainedStaffTrainedKeyword_6_0_0() { return cTrainedStaffTrainedKeyword_6_0_0; }
		
		//'staff'
		public Keyword getStaffKeyword_6_1() { return cStaffKeyword_6_1; }
		
		//(interpreterBudget?='interpreter' 'budget')?
		public Group getGroup_7() { return cGroup_7; }
		
		//interpreterBudget?='interpreter'
		public Assignment getInterpreterBudgetAssignment_7_0() { return cInterpreterBudgetAssignment_7_0; }
		
		//'interpreter'
		public Keyword getInterpreterBudgetInterpreterKeyword_7_0_0() { return cInterpreterBudgetInterpreterKeyword_7_0_0; }
		
		//'budget'
		public Keyword getBudgetKeyword_7_1() { return cBudgetKeyword_7_1; }
		
		//('caseload' statusHolderCaseload=INT)?
		public Group getGroup_8() { return cGroup_8; }
		
		//'caseload'
		public Keyword getCaseloadKeyword_8_0() { return cCaseloadKeyword_8_0; }
		
		//statusHolderCaseload=INT
		public Assignment getStatusHolderCaseloadAssignment_8_1() { return cStatusHolderCaseloadAssignment_8_1; }
		
		//INT
		public RuleCall getStatusHolderCaseloadINTTerminalRuleCall_8_1_0() { return cStatusHolderCaseloadINTTerminalRuleCall_8_1_0; }
		
		//staffGroups+=StaffGroup*
		public Assignment getStaffGroupsAssignment_9() { return cStaffGroupsAssignment_9; }
		
		//StaffGroup
		public RuleCall getStaffGroupsStaffGroupParserRuleCall_9_0() { return cStaffGroupsStaffGroupParserRuleCall_9_0; }
		
		//'}'
		public Keyword getRightCurlyBracketKeyword_10() { return cRightCurlyBracketKeyword_10; }
	}
	public class StaffGroupElements extends AbstractParserRuleElementFinder {
		private final ParserRule rule = (ParserRule) GrammarUtil.findRuleForName(getGrammar(), "nl.klantreis.dsl.Klantreis.StaffGroup");
		private final Group cGroup = (Group)rule.eContents().get(1);
		private final Action cStaffGroupAction_0 = (Action)cGroup.eContents().get(0);
		private final Keyword cStaffKeyword_1 = (Keyword)cGroup.eContents().get(1);
		private final Keyword cGroupKeyword_2 = (Keyword)cGroup.eContents().get(2);
		private final Assignment cNameAssignment_3 = (Assignment)cGroup.eContents().get(3);
		private final RuleCall cNameSTRINGTerminalRuleCall_3_0 = (RuleCall)cNameAssignment_3.eContents().get(0);
		private final Keyword cLeftCurlyBracketKeyword_4 = (Keyword)cGroup.eContents().get(4);
		private final Group cGroup_5 = (Group)cGroup.eContents().get(5);
		private final Assignment cRefugeeBackgroundAssignment_5_0 = (Assignment)cGroup_5.eContents().get(0);
		private final Keyword cRefugeeBackgroundRefugeeKeyword_5_0_0 = (Keyword)cRefugeeBackgroundAssignment_5_0.eContents().get(0);
		private final Keyword cBackgroundKeyword_5_1 = (Keyword)cGroup_5.eContents().get(1);
		private final Group cGroup_6 = (Group)cGroup.eContents().get(6);
		private final Keyword cMembersKeyword_6_0 = (Keyword)cGroup_6.eContents().get(0);
		private final Assignment cMembersAssignment_6_1 = (Assignment)cGroup_6.eContents().get(1);
		private final RuleCall cMembersINTTerminalRuleCall_6_1_0 = (RuleCall)cMembersAssignment_6_1.eContents().get(0);
		private final Group cGroup_7 = (Group)cGroup.eContents().get(7);
		private final Keyword cClientsKeyword_7_0 = (Keyword)cGroup_7.eContents().get(0);
		private final Assignment cStatusHolderClientsAssignment_7_1 = (Assignment)cGroup_7.eContents().get(1);
		private final RuleCall cStatusHolderClientsINTTerminalRuleCall_7_1_0 = (RuleCall)cStatusHolderClientsAssignment_7_1.eContents().get(0);
		private final Keyword cRightCurlyBracketKeyword_8 = (Keyword)cGroup.eContents().get(8);
		
		//// The action creates the group (and the life event below) even when nothing in it is recorded.
		//StaffGroup:
		//    {StaffGroup} 'staff' 'group' (name=STRING)? '{'
		//        (refugeeBackground?='refugee' 'background')?
		//        ('members' members=INT)?
		//        ('clients' statusHolderClients=INT)?
		//    '}';
		@Override public ParserRule getRule() { return rule; }
		
		//{StaffGroup} 'staff' 'group' (name=STRING)? '{'
		//    (refugeeBackground?='refugee' 'background')?
		//    ('members' members=INT)?
		//    ('clients' statusHolderClients=INT)?
		//'}'
		public Group getGroup() { return cGroup; }
		
		//{StaffGroup}
		public Action getStaffGroupAction_0() { return cStaffGroupAction_0; }
		
		//'staff'
		public Keyword getStaffKeyword_1() { return cStaffKeyword_1; }
		
		//'group'
		public Keyword getGroupKeyword_2() { return cGroupKeyword_2; }
		
		//(name=STRING)?
		public Assignment getNameAssignment_3() { return cNameAssignment_3; }
		
		//STRING
		public RuleCall getNameSTRINGTerminalRuleCall_3_0() { return cNameSTRINGTerminalRuleCall_3_0; }
		
		//'{'
		public Keyword getLeftCurlyBracketKeyword_4() { return cLeftCurlyBracketKeyword_4; }
		
		//(refugeeBackground?='refugee' 'background')?
		public Group getGroup_5() { return cGroup_5; }
		
		//refugeeBackground?='refugee'
		public Assignment getRefugeeBackgroundAssignment_5_0() { return cRefugeeBackgroundAssignment_5_0; }
		
		//'refugee'
		public Keyword getRefugeeBackgroundRefugeeKeyword_5_0_0() { return cRefugeeBackgroundRefugeeKeyword_5_0_0; }
		
		//'background'
		public Keyword getBackgroundKeyword_5_1() { return cBackgroundKeyword_5_1; }
		
		//('members' members=INT)?
		public Group getGroup_6() { return cGroup_6; }
		
		//'members'
		public Keyword getMembersKeyword_6_0() { return cMembersKeyword_6_0; }
		
		//members=INT
		public Assignment getMembersAssignment_6_1() { return cMembersAssignment_6_1; }
		
		//INT
		public RuleCall getMembersINTTerminalRuleCall_6_1_0() { return cMembersINTTerminalRuleCall_6_1_0; }
		
		//('clients' statusHolderClients=INT)?
		public Group getGroup_7() { return cGroup_7; }
		
		//'clients'
		public Keyword getClientsKeyword_7_0() { return cClientsKeyword_7_0; }
		
		//statusHolderClients=INT
		public Assignment getStatusHolderClientsAssignment_7_1() { return cStatusHolderClientsAssignment_7_1; }
		
		//INT
		public RuleCall getStatusHolderClientsINTTerminalRuleCall_7_1_0() { return cStatusHolderClientsINTTerminalRuleCall_7_1_0; }
		
		//'}'
		public Keyword getRightCurlyBracketKeyword_8() { return cRightCurlyBracketKeyword_8; }
	}
	public class PersonaElements extends AbstractParserRuleElementFinder {
		private final ParserRule rule = (ParserRule) GrammarUtil.findRuleForName(getGrammar(), "nl.klantreis.dsl.Klantreis.Persona");
		private final Group cGroup = (Group)rule.eContents().get(1);
		private final Keyword cPersonaKeyword_0 = (Keyword)cGroup.eContents().get(0);
		private final Assignment cIdAssignment_1 = (Assignment)cGroup.eContents().get(1);
		private final RuleCall cIdIDTerminalRuleCall_1_0 = (RuleCall)cIdAssignment_1.eContents().get(0);
		private final Assignment cNameAssignment_2 = (Assignment)cGroup.eContents().get(2);
		private final RuleCall cNameSTRINGTerminalRuleCall_2_0 = (RuleCall)cNameAssignment_2.eContents().get(0);
		private final Keyword cLeftCurlyBracketKeyword_3 = (Keyword)cGroup.eContents().get(3);
		private final Group cGroup_4 = (Group)cGroup.eContents().get(4);
		private final Keyword cDescriptionKeyword_4_0 = (Keyword)cGroup_4.eContents().get(0);
		private final Assignment cDescriptionAssignment_4_1 = (Assignment)cGroup_4.eContents().get(1);
		private final RuleCall cDescriptionSTRINGTerminalRuleCall_4_1_0 = (RuleCall)cDescriptionAssignment_4_1.eContents().get(0);
		private final Group cGroup_5 = (Group)cGroup.eContents().get(5);
		private final Keyword cFromKeyword_5_0 = (Keyword)cGroup_5.eContents().get(0);
		private final Assignment cCountryOfOriginAssignment_5_1 = (Assignment)cGroup_5.eContents().get(1);
		private final RuleCall cCountryOfOriginSTRINGTerminalRuleCall_5_1_0 = (RuleCall)cCountryOfOriginAssignment_5_1.eContents().get(0);
		private final Group cGroup_6 = (Group)cGroup.eContents().get(6);
		private final Keyword cSpeaksKeyword_6_0 = (Keyword)cGroup_6.eContents().get(0);
		private final Assignment cLanguagesAssignment_6_1 = (Assignment)cGroup_6.eContents().get(1);
		private final RuleCall cLanguagesSTRINGTerminalRuleCall_6_1_0 = (RuleCall)cLanguagesAssignment_6_1.eContents().get(0);
		private final Group cGroup_6_2 = (Group)cGroup_6.eContents().get(2);
		private final Keyword cCommaKeyword_6_2_0 = (Keyword)cGroup_6_2.eContents().get(0);
		private final Assignment cLanguagesAssignment_6_2_1 = (Assignment)cGroup_6_2.eContents().get(1);
		private final RuleCall cLanguagesSTRINGTerminalRuleCall_6_2_1_0 = (RuleCall)cLanguagesAssignment_6_2_1.eContents().get(0);
		private final Group cGroup_7 = (Group)cGroup.eContents().get(7);
		private final Keyword cDutchKeyword_7_0 = (Keyword)cGroup_7.eContents().get(0);
		private final Assignment cDutchLevelAssignment_7_1 = (Assignment)cGroup_7.eContents().get(1);
		private final RuleCall cDutchLevelDutchLevelEnumRuleCall_7_1_0 = (RuleCall)cDutchLevelAssignment_7_1.eContents().get(0);
		private final Group cGroup_8 = (Group)cGroup.eContents().get(8);
		private final Keyword cLiteracyKeyword_8_0 = (Keyword)cGroup_8.eContents().get(0);
		private final Assignment cLiteracyAssignment_8_1 = (Assignment)cGroup_8.eContents().get(1);
		private final RuleCall cLiteracySkillLevelEnumRuleCall_8_1_0 = (RuleCall)cLiteracyAssignment_8_1.eContents().get(0);
		private final Group cGroup_9 = (Group)cGroup.eContents().get(9);
		private final Keyword cHealthKeyword_9_0 = (Keyword)cGroup_9.eContents().get(0);
		private final Keyword cLiteracyKeyword_9_1 = (Keyword)cGroup_9.eContents().get(1);
		private final Assignment cHealthLiteracyAssignment_9_2 = (Assignment)cGroup_9.eContents().get(2);
		private final RuleCall cHealthLiteracySkillLevelEnumRuleCall_9_2_0 = (RuleCall)cHealthLiteracyAssignment_9_2.eContents().get(0);
		private final Group cGroup_10 = (Group)cGroup.eContents().get(10);
		private final Keyword cDigitalKeyword_10_0 = (Keyword)cGroup_10.eContents().get(0);
		private final Keyword cSkillsKeyword_10_1 = (Keyword)cGroup_10.eContents().get(1);
		private final Assignment cDigitalSkillsAssignment_10_2 = (Assignment)cGroup_10.eContents().get(2);
		private final RuleCall cDigitalSkillsSkillLevelEnumRuleCall_10_2_0 = (RuleCall)cDigitalSkillsAssignment_10_2.eContents().get(0);
		private final Group cGroup_11 = (Group)cGroup.eContents().get(11);
		private final Keyword cHouseholdKeyword_11_0 = (Keyword)cGroup_11.eContents().get(0);
		private final Assignment cHouseholdAssignment_11_1 = (Assignment)cGroup_11.eContents().get(1);
		private final RuleCall cHouseholdHouseholdEnumRuleCall_11_1_0 = (RuleCall)cHouseholdAssignment_11_1.eContents().get(0);
		private final Group cGroup_12 = (Group)cGroup.eContents().get(12);
		private final Keyword cGenderKeyword_12_0 = (Keyword)cGroup_12.eContents().get(0);
		private final Assignment cGenderAssignment_12_1 = (Assignment)cGroup_12.eContents().get(1);
		private final RuleCall cGenderGenderEnumRuleCall_12_1_0 = (RuleCall)cGenderAssignment_12_1.eContents().get(0);
		private final Group cGroup_13 = (Group)cGroup.eContents().get(13);
		private final Keyword cConcernsKeyword_13_0 = (Keyword)cGroup_13.eContents().get(0);
		private final Assignment cConcernsAssignment_13_1 = (Assignment)cGroup_13.eContents().get(1);
		private final RuleCall cConcernsSTRINGTerminalRuleCall_13_1_0 = (RuleCall)cConcernsAssignment_13_1.eContents().get(0);
		private final Group cGroup_13_2 = (Group)cGroup_13.eContents().get(2);
		private final Keyword cCommaKeyword_13_2_0 = (Keyword)cGroup_13_2.eContents().get(0);
		private final Assignment cConcernsAssignment_13_2_1 = (Assignment)cGroup_13_2.eContents().get(1);
		private final RuleCall cConcernsSTRINGTerminalRuleCall_13_2_1_0 = (RuleCall)cConcernsAssignment_13_2_1.eContents().get(0);
		private final Keyword cRightCurlyBracketKeyword_14 = (Keyword)cGroup.eContents().get(14);
		
		//Persona:
		//    'persona' id=ID (name=STRING)? '{'
		//        ('description' description=STRING)?
		//        ('from' countryOfOrigin=STRING)?
		//        ('speaks' languages+=STRING (',' languages+=STRING)*)?
		//        ('dutch' dutchLevel=DutchLevel)?
		//        ('literacy' literacy=SkillLevel)?
		//        ('health' 'literacy' healthLiteracy=SkillLevel)?
		//        ('digital' 'skills' digitalSkills=SkillLevel)?
		//        ('household' household=Household)?
		//        ('gender' gender=Gender)?
		//        ('concerns' concerns+=STRING (',' concerns+=STRING)*)?
		//    '}';
		@Override public ParserRule getRule() { return rule; }
		
		//'persona' id=ID (name=STRING)? '{'
		//    ('description' description=STRING)?
		//    ('from' countryOfOrigin=STRING)?
		//    ('speaks' languages+=STRING (',' languages+=STRING)*)?
		//    ('dutch' dutchLevel=DutchLevel)?
		//    ('literacy' literacy=SkillLevel)?
		//    ('health' 'literacy' healthLiteracy=SkillLevel)?
		//    ('digital' 'skills' digitalSkills=SkillLevel)?
		//    ('household' household=Household)?
		//    ('gender' gender=Gender)?
		//    ('concerns' concerns+=STRING (',' concerns+=STRING)*)?
		//'}'
		public Group getGroup() { return cGroup; }
		
		//'persona'
		public Keyword getPersonaKeyword_0() { return cPersonaKeyword_0; }
		
		//id=ID
		public Assignment getIdAssignment_1() { return cIdAssignment_1; }
		
		//ID
		public RuleCall getIdIDTerminalRuleCall_1_0() { return cIdIDTerminalRuleCall_1_0; }
		
		//(name=STRING)?
		public Assignment getNameAssignment_2() { return cNameAssignment_2; }
		
		//STRING
		public RuleCall getNameSTRINGTerminalRuleCall_2_0() { return cNameSTRINGTerminalRuleCall_2_0; }
		
		//'{'
		public Keyword getLeftCurlyBracketKeyword_3() { return cLeftCurlyBracketKeyword_3; }
		
		//('description' description=STRING)?
		public Group getGroup_4() { return cGroup_4; }
		
		//'description'
		public Keyword getDescriptionKeyword_4_0() { return cDescriptionKeyword_4_0; }
		
		//description=STRING
		public Assignment getDescriptionAssignment_4_1() { return cDescriptionAssignment_4_1; }
		
		//STRING
		public RuleCall getDescriptionSTRINGTerminalRuleCall_4_1_0() { return cDescriptionSTRINGTerminalRuleCall_4_1_0; }
		
		//('from' countryOfOrigin=STRING)?
		public Group getGroup_5() { return cGroup_5; }
		
		//'from'
		public Keyword getFromKeyword_5_0() { return cFromKeyword_5_0; }
		
		//countryOfOrigin=STRING
		public Assignment getCountryOfOriginAssignment_5_1() { return cCountryOfOriginAssignment_5_1; }
		
		//STRING
		public RuleCall getCountryOfOriginSTRINGTerminalRuleCall_5_1_0() { return cCountryOfOriginSTRINGTerminalRuleCall_5_1_0; }
		
		//('speaks' languages+=STRING (',' languages+=STRING)*)?
		public Group getGroup_6() { return cGroup_6; }
		
		//'speaks'
		public Keyword getSpeaksKeyword_6_0() { return cSpeaksKeyword_6_0; }
		
		//languages+=STRING
		public Assignment getLanguagesAssignment_6_1() { return cLanguagesAssignment_6_1; }
		
		//STRING
		public RuleCall getLanguagesSTRINGTerminalRuleCall_6_1_0() { return cLanguagesSTRINGTerminalRuleCall_6_1_0; }
		
		//(',' languages+=STRING)*
		public Group getGroup_6_2() { return cGroup_6_2; }
		
		//','
		public Keyword getCommaKeyword_6_2_0() { return cCommaKeyword_6_2_0; }
		
		//languages+=STRING
		public Assignment getLanguagesAssignment_6_2_1() { return cLanguagesAssignment_6_2_1; }
		
		//STRING
		public RuleCall getLanguagesSTRINGTerminalRuleCall_6_2_1_0() { return cLanguagesSTRINGTerminalRuleCall_6_2_1_0; }
		
		//('dutch' dutchLevel=DutchLevel)?
		public Group getGroup_7() { return cGroup_7; }
		
		//'dutch'
		public Keyword getDutchKeyword_7_0() { return cDutchKeyword_7_0; }
		
		//dutchLevel=DutchLevel
		public Assignment getDutchLevelAssignment_7_1() { return cDutchLevelAssignment_7_1; }
		
		//DutchLevel
		public RuleCall getDutchLevelDutchLevelEnumRuleCall_7_1_0() { return cDutchLevelDutchLevelEnumRuleCall_7_1_0; }
		
		//('literacy' literacy=SkillLevel)?
		public Group getGroup_8() { return cGroup_8; }
		
		//'literacy'
		public Keyword getLiteracyKeyword_8_0() { return cLiteracyKeyword_8_0; }
		
		//literacy=SkillLevel
		public Assignment getLiteracyAssignment_8_1() { return cLiteracyAssignment_8_1; }
		
		//SkillLevel
		public RuleCall getLiteracySkillLevelEnumRuleCall_8_1_0() { return cLiteracySkillLevelEnumRuleCall_8_1_0; }
		
		//('health' 'literacy' healthLiteracy=SkillLevel)?
		public Group getGroup_9() { return cGroup_9; }
		
		//'health'
		public Keyword getHealthKeyword_9_0() { return cHealthKeyword_9_0; }
		
		//'literacy'
		public Keyword getLiteracyKeyword_9_1() { return cLiteracyKeyword_9_1; }
		
		//healthLiteracy=SkillLevel
		public Assignment getHealthLiteracyAssignment_9_2() { return cHealthLiteracyAssignment_9_2; }
		
		//SkillLevel
		public RuleCall getHealthLiteracySkillLevelEnumRuleCall_9_2_0() { return cHealthLiteracySkillLevelEnumRuleCall_9_2_0; }
		
		//('digital' 'skills' digitalSkills=SkillLevel)?
		public Group getGroup_10() { return cGroup_10; }
		
		//'digital'
		public Keyword getDigitalKeyword_10_0() { return cDigitalKeyword_10_0; }
		
		//'skills'
		public Keyword getSkillsKeyword_10_1() { return cSkillsKeyword_10_1; }
		
		//digitalSkills=SkillLevel
		public Assignment getDigitalSkillsAssignment_10_2() { return cDigitalSkillsAssignment_10_2; }
		
		//SkillLevel
		public RuleCall getDigitalSkillsSkillLevelEnumRuleCall_10_2_0() { return cDigitalSkillsSkillLevelEnumRuleCall_10_2_0; }
		
		//('household' household=Household)?
		public Group getGroup_11() { return cGroup_11; }
		
		//'household'
		public Keyword getHouseholdKeyword_11_0() { return cHouseholdKeyword_11_0; }
		
		//household=Household
		public Assignment getHouseholdAssignment_11_1() { return cHouseholdAssignment_11_1; }
		
		//Household
		public RuleCall getHouseholdHouseholdEnumRuleCall_11_1_0() { return cHouseholdHouseholdEnumRuleCall_11_1_0; }
		
		//('gender' gender=Gender)?
		public Group getGroup_12() { return cGroup_12; }
		
		//'gender'
		public Keyword getGenderKeyword_12_0() { return cGenderKeyword_12_0; }
		
		//gender=Gender
		public Assignment getGenderAssignment_12_1() { return cGenderAssignment_12_1; }
		
		//Gender
		public RuleCall getGenderGenderEnumRuleCall_12_1_0() { return cGenderGenderEnumRuleCall_12_1_0; }
		
		//('concerns' concerns+=STRING (',' concerns+=STRING)*)?
		public Group getGroup_13() { return cGroup_13; }
		
		//'concerns'
		public Keyword getConcernsKeyword_13_0() { return cConcernsKeyword_13_0; }
		
		//concerns+=STRING
		public Assignment getConcernsAssignment_13_1() { return cConcernsAssignment_13_1; }
		
		//STRING
		public RuleCall getConcernsSTRINGTerminalRuleCall_13_1_0() { return cConcernsSTRINGTerminalRuleCall_13_1_0; }
		
		//(',' concerns+=STRING)*
		public Group getGroup_13_2() { return cGroup_13_2; }
		
		//','
		public Keyword getCommaKeyword_13_2_0() { return cCommaKeyword_13_2_0; }
		
		//concerns+=STRING
		public Assignment getConcernsAssignment_13_2_1() { return cConcernsAssignment_13_2_1; }
		
		//STRING
		public RuleCall getConcernsSTRINGTerminalRuleCall_13_2_1_0() { return cConcernsSTRINGTerminalRuleCall_13_2_1_0; }
		
		//'}'
		public Keyword getRightCurlyBracketKeyword_14() { return cRightCurlyBracketKeyword_14; }
	}
	public class KeyPersonElements extends AbstractParserRuleElementFinder {
		private final ParserRule rule = (ParserRule) GrammarUtil.findRuleForName(getGrammar(), "nl.klantreis.dsl.Klantreis.KeyPerson");
		private final Group cGroup = (Group)rule.eContents().get(1);
		private final Keyword cKeyKeyword_0 = (Keyword)cGroup.eContents().get(0);
		private final Keyword cPersonKeyword_1 = (Keyword)cGroup.eContents().get(1);
		private final Assignment cIdAssignment_2 = (Assignment)cGroup.eContents().get(2);
		private final RuleCall cIdIDTerminalRuleCall_2_0 = (RuleCall)cIdAssignment_2.eContents().get(0);
		private final Assignment cNameAssignment_3 = (Assignment)cGroup.eContents().get(3);
		private final RuleCall cNameSTRINGTerminalRuleCall_3_0 = (RuleCall)cNameAssignment_3.eContents().get(0);
		private final Keyword cLeftCurlyBracketKeyword_4 = (Keyword)cGroup.eContents().get(4);
		private final Group cGroup_5 = (Group)cGroup.eContents().get(5);
		private final Keyword cDescriptionKeyword_5_0 = (Keyword)cGroup_5.eContents().get(0);
		private final Assignment cDescriptionAssignment_5_1 = (Assignment)cGroup_5.eContents().get(1);
		private final RuleCall cDescriptionSTRINGTerminalRuleCall_5_1_0 = (RuleCall)cDescriptionAssignment_5_1.eContents().get(0);
		private final Group cGroup_6 = (Group)cGroup.eContents().get(6);
		private final Keyword cRolesKeyword_6_0 = (Keyword)cGroup_6.eContents().get(0);
		private final Assignment cRolesAssignment_6_1 = (Assignment)cGroup_6.eContents().get(1);
		private final RuleCall cRolesKeyPersonRoleEnumRuleCall_6_1_0 = (RuleCall)cRolesAssignment_6_1.eContents().get(0);
		private final Group cGroup_6_2 = (Group)cGroup_6.eContents().get(2);
		private final Keyword cCommaKeyword_6_2_0 = (Keyword)cGroup_6_2.eContents().get(0);
		private final Assignment cRolesAssignment_6_2_1 = (Assignment)cGroup_6_2.eContents().get(1);
		private final RuleCall cRolesKeyPersonRoleEnumRuleCall_6_2_1_0 = (RuleCall)cRolesAssignment_6_2_1.eContents().get(0);
		private final Group cGroup_7 = (Group)cGroup.eContents().get(7);
		private final Keyword cContractKeyword_7_0 = (Keyword)cGroup_7.eContents().get(0);
		private final Assignment cContractAssignment_7_1 = (Assignment)cGroup_7.eContents().get(1);
		private final RuleCall cContractContractKindEnumRuleCall_7_1_0 = (RuleCall)cContractAssignment_7_1.eContents().get(0);
		private final Group cGroup_8 = (Group)cGroup.eContents().get(8);
		private final Keyword cSupervisedKeyword_8_0 = (Keyword)cGroup_8.eContents().get(0);
		private final Keyword cByKeyword_8_1 = (Keyword)cGroup_8.eContents().get(1);
		private final Assignment cSupervisorAssignment_8_2 = (Assignment)cGroup_8.eContents().get(2);
		private final CrossReference cSupervisorOrganisationCrossReference_8_2_0 = (CrossReference)cSupervisorAssignment_8_2.eContents().get(0);
		private final RuleCall cSupervisorOrganisationQualifiedNameParserRuleCall_8_2_0_1 = (RuleCall)cSupervisorOrganisationCrossReference_8_2_0.eContents().get(1);
		private final Group cGroup_9 = (Group)cGroup.eContents().get(9);
		private final Keyword cSpeaksKeyword_9_0 = (Keyword)cGroup_9.eContents().get(0);
		private final Assignment cLanguagesAssignment_9_1 = (Assignment)cGroup_9.eContents().get(1);
		private final RuleCall cLanguagesSTRINGTerminalRuleCall_9_1_0 = (RuleCall)cLanguagesAssignment_9_1.eContents().get(0);
		private final Group cGroup_9_2 = (Group)cGroup_9.eContents().get(2);
		private final Keyword cCommaKeyword_9_2_0 = (Keyword)cGroup_9_2.eContents().get(0);
		private final Assignment cLanguagesAssignment_9_2_1 = (Assignment)cGroup_9_2.eContents().get(1);
		private final RuleCall cLanguagesSTRINGTerminalRuleCall_9_2_1_0 = (RuleCall)cLanguagesAssignment_9_2_1.eContents().get(0);
		private final Keyword cRightCurlyBracketKeyword_10 = (Keyword)cGroup.eContents().get(10);
		
		//KeyPerson:
		//    'key' 'person' id=ID (name=STRING)? '{'
		//        ('description' description=STRING)?
		//        ('roles' roles+=KeyPersonRole (',' roles+=KeyPersonRole)*)?
		//        ('contract' contract=ContractKind)?
		//        ('supervised' 'by' supervisor=[Organisation|QualifiedName])?
		//        ('speaks' languages+=STRING (',' languages+=STRING)*)?
		//    '}';
		@Override public ParserRule getRule() { return rule; }
		
		//'key' 'person' id=ID (name=STRING)? '{'
		//    ('description' description=STRING)?
		//    ('roles' roles+=KeyPersonRole (',' roles+=KeyPersonRole)*)?
		//    ('contract' contract=ContractKind)?
		//    ('supervised' 'by' supervisor=[Organisation|QualifiedName])?
		//    ('speaks' languages+=STRING (',' languages+=STRING)*)?
		//'}'
		public Group getGroup() { return cGroup; }
		
		//'key'
		public Keyword getKeyKeyword_0() { return cKeyKeyword_0; }
		
		//'person'
		public Keyword getPersonKeyword_1() { return cPersonKeyword_1; }
		
		//id=ID
		public Assignment getIdAssignment_2() { return cIdAssignment_2; }
		
		//ID
		public RuleCall getIdIDTerminalRuleCall_2_0() { return cIdIDTerminalRuleCall_2_0; }
		
		//(name=STRING)?
		public Assignment getNameAssignment_3() { return cNameAssignment_3; }
		
		//STRING
		public RuleCall getNameSTRINGTerminalRuleCall_3_0() { return cNameSTRINGTerminalRuleCall_3_0; }
		
		//'{'
		public Keyword getLeftCurlyBracketKeyword_4() { return cLeftCurlyBracketKeyword_4; }
		
		//('description' description=STRING)?
		public Group getGroup_5() { return cGroup_5; }
		
		//'description'
		public Keyword getDescriptionKeyword_5_0() { return cDescriptionKeyword_5_0; }
		
		//description=STRING
		public Assignment getDescriptionAssignment_5_1() { return cDescriptionAssignment_5_1; }
		
		//STRING
		public RuleCall getDescriptionSTRINGTerminalRuleCall_5_1_0() { return cDescriptionSTRINGTerminalRuleCall_5_1_0; }
		
		//('roles' roles+=KeyPersonRole (',' roles+=KeyPersonRole)*)?
		public Group getGroup_6() { return cGroup_6; }
		
		//'roles'
		public Keyword getRolesKeyword_6_0() { return cRolesKeyword_6_0; }
		
		//roles+=KeyPersonRole
		public Assignment getRolesAssignment_6_1() { return cRolesAssignment_6_1; }
		
		//KeyPersonRole
		public RuleCall getRolesKeyPersonRoleEnumRuleCall_6_1_0() { return cRolesKeyPersonRoleEnumRuleCall_6_1_0; }
		
		//(',' roles+=KeyPersonRole)*
		public Group getGroup_6_2() { return cGroup_6_2; }
		
		//','
		public Keyword getCommaKeyword_6_2_0() { return cCommaKeyword_6_2_0; }
		
		//roles+=KeyPersonRole
		public Assignment getRolesAssignment_6_2_1() { return cRolesAssignment_6_2_1; }
		
		//KeyPersonRole
		public RuleCall getRolesKeyPersonRoleEnumRuleCall_6_2_1_0() { return cRolesKeyPersonRoleEnumRuleCall_6_2_1_0; }
		
		//('contract' contract=ContractKind)?
		public Group getGroup_7() { return cGroup_7; }
		
		//'contract'
		public Keyword getContractKeyword_7_0() { return cContractKeyword_7_0; }
		
		//contract=ContractKind
		public Assignment getContractAssignment_7_1() { return cContractAssignment_7_1; }
		
		//ContractKind
		public RuleCall getContractContractKindEnumRuleCall_7_1_0() { return cContractContractKindEnumRuleCall_7_1_0; }
		
		//('supervised' 'by' supervisor=[Organisation|QualifiedName])?
		public Group getGroup_8() { return cGroup_8; }
		
		//'supervised'
		public Keyword getSupervisedKeyword_8_0() { return cSupervisedKeyword_8_0; }
		
		//'by'
		public Keyword getByKeyword_8_1() { return cByKeyword_8_1; }
		
		//supervisor=[Organisation|QualifiedName]
		public Assignment getSupervisorAssignment_8_2() { return cSupervisorAssignment_8_2; }
		
		//[Organisation|QualifiedName]
		public CrossReference getSupervisorOrganisationCrossReference_8_2_0() { return cSupervisorOrganisationCrossReference_8_2_0; }
		
		//QualifiedName
		public RuleCall getSupervisorOrganisationQualifiedNameParserRuleCall_8_2_0_1() { return cSupervisorOrganisationQualifiedNameParserRuleCall_8_2_0_1; }
		
		//('speaks' languages+=STRING (',' languages+=STRING)*)?
		public Group getGroup_9() { return cGroup_9; }
		
		//'speaks'
		public Keyword getSpeaksKeyword_9_0() { return cSpeaksKeyword_9_0; }
		
		//languages+=STRING
		public Assignment getLanguagesAssignment_9_1() { return cLanguagesAssignment_9_1; }
		
		//STRING
		public RuleCall getLanguagesSTRINGTerminalRuleCall_9_1_0() { return cLanguagesSTRINGTerminalRuleCall_9_1_0; }
		
		//(',' languages+=STRING)*
		public Group getGroup_9_2() { return cGroup_9_2; }
		
		//','
		public Keyword getCommaKeyword_9_2_0() { return cCommaKeyword_9_2_0; }
		
		//languages+=STRING
		public Assignment getLanguagesAssignment_9_2_1() { return cLanguagesAssignment_9_2_1; }
		
		//STRING
		public RuleCall getLanguagesSTRINGTerminalRuleCall_9_2_1_0() { return cLanguagesSTRINGTerminalRuleCall_9_2_1_0; }
		
		//'}'
		public Keyword getRightCurlyBracketKeyword_10() { return cRightCurlyBracketKeyword_10; }
	}
	public class JourneyElements extends AbstractParserRuleElementFinder {
		private final ParserRule rule = (ParserRule) GrammarUtil.findRuleForName(getGrammar(), "nl.klantreis.dsl.Klantreis.Journey");
		private final Group cGroup = (Group)rule.eContents().get(1);
		private final Keyword cJourneyKeyword_0 = (Keyword)cGroup.eContents().get(0);
		private final Assignment cIdAssignment_1 = (Assignment)cGroup.eContents().get(1);
		private final RuleCall cIdIDTerminalRuleCall_1_0 = (RuleCall)cIdAssignment_1.eContents().get(0);
		private final Assignment cNameAssignment_2 = (Assignment)cGroup.eContents().get(2);
		private final RuleCall cNameSTRINGTerminalRuleCall_2_0 = (RuleCall)cNameAssignment_2.eContents().get(0);
		private final Keyword cForKeyword_3 = (Keyword)cGroup.eContents().get(3);
		private final Assignment cPersonaAssignment_4 = (Assignment)cGroup.eContents().get(4);
		private final CrossReference cPersonaPersonaCrossReference_4_0 = (CrossReference)cPersonaAssignment_4.eContents().get(0);
		private final RuleCall cPersonaPersonaQualifiedNameParserRuleCall_4_0_1 = (RuleCall)cPersonaPersonaCrossReference_4_0.eContents().get(1);
		private final Keyword cLeftCurlyBracketKeyword_5 = (Keyword)cGroup.eContents().get(5);
		private final Group cGroup_6 = (Group)cGroup.eContents().get(6);
		private final Keyword cDescriptionKeyword_6_0 = (Keyword)cGroup_6.eContents().get(0);
		private final Assignment cDescriptionAssignment_6_1 = (Assignment)cGroup_6.eContents().get(1);
		private final RuleCall cDescriptionSTRINGTerminalRuleCall_6_1_0 = (RuleCall)cDescriptionAssignment_6_1.eContents().get(0);
		private final Group cGroup_7 = (Group)cGroup.eContents().get(7);
		private final Keyword cKindKeyword_7_0 = (Keyword)cGroup_7.eContents().get(0);
		private final Assignment cKindAssignment_7_1 = (Assignment)cGroup_7.eContents().get(1);
		private final RuleCall cKindJourneyKindEnumRuleCall_7_1_0 = (RuleCall)cKindAssignment_7_1.eContents().get(0);
		private final Group cGroup_8 = (Group)cGroup.eContents().get(8);
		private final Keyword cStatusKeyword_8_0 = (Keyword)cGroup_8.eContents().get(0);
		private final Assignment cStatusAssignment_8_1 = (Assignment)cGroup_8.eContents().get(1);
		private final RuleCall cStatusJourneyStatusEnumRuleCall_8_1_0 = (RuleCall)cStatusAssignment_8_1.eContents().get(0);
		private final Group cGroup_9 = (Group)cGroup.eContents().get(9);
		private final Keyword cOwnerKeyword_9_0 = (Keyword)cGroup_9.eContents().get(0);
		private final Assignment cOwnerAssignment_9_1 = (Assignment)cGroup_9.eContents().get(1);
		private final CrossReference cOwnerOrganisationCrossReference_9_1_0 = (CrossReference)cOwnerAssignment_9_1.eContents().get(0);
		private final RuleCall cOwnerOrganisationQualifiedNameParserRuleCall_9_1_0_1 = (RuleCall)cOwnerOrganisationCrossReference_9_1_0.eContents().get(1);
		private final Group cGroup_10 = (Group)cGroup.eContents().get(10);
		private final Keyword cBaselineKeyword_10_0 = (Keyword)cGroup_10.eContents().get(0);
		private final Assignment cBaselineAssignment_10_1 = (Assignment)cGroup_10.eContents().get(1);
		private final CrossReference cBaselineJourneyCrossReference_10_1_0 = (CrossReference)cBaselineAssignment_10_1.eContents().get(0);
		private final RuleCall cBaselineJourneyQualifiedNameParserRuleCall_10_1_0_1 = (RuleCall)cBaselineJourneyCrossReference_10_1_0.eContents().get(1);
		private final Assignment cTriggerAssignment_11 = (Assignment)cGroup.eContents().get(11);
		private final RuleCall cTriggerLifeEventParserRuleCall_11_0 = (RuleCall)cTriggerAssignment_11.eContents().get(0);
		private final Assignment cPhasesAssignment_12 = (Assignment)cGroup.eContents().get(12);
		private final RuleCall cPhasesPhaseParserRuleCall_12_0 = (RuleCall)cPhasesAssignment_12.eContents().get(0);
		private final Assignment cHandoversAssignment_13 = (Assignment)cGroup.eContents().get(13);
		private final RuleCall cHandoversHandoverParserRuleCall_13_0 = (RuleCall)cHandoversAssignment_13.eContents().get(0);
		private final Assignment cPainPointsAssignment_14 = (Assignment)cGroup.eContents().get(14);
		private final RuleCall cPainPointsPainPointParserRuleCall_14_0 = (RuleCall)cPainPointsAssignment_14.eContents().get(0);
		private final Assignment cImprovementsAssignment_15 = (Assignment)cGroup.eContents().get(15);
		private final RuleCall cImprovementsImprovementParserRuleCall_15_0 = (RuleCall)cImprovementsAssignment_15.eContents().get(0);
		private final Keyword cRightCurlyBracketKeyword_16 = (Keyword)cGroup.eContents().get(16);
		
		//Journey:
		//    'journey' id=ID (name=STRING)? 'for' persona=[Persona|QualifiedName] '{'
		//        ('description' description=STRING)?
		//        ('kind' kind=JourneyKind)?
		//        ('status' status=JourneyStatus)?
		//        ('owner' owner=[Organisation|QualifiedName])?
		//        ('baseline' baseline=[Journey|QualifiedName])?
		//        trigger=LifeEvent
		//        phases+=Phase*
		//        handovers+=Handover*
		//        painPoints+=PainPoint*
		//        improvements+=Improvement*
		//    '}';
		@Override public ParserRule getRule() { return rule; }
		
		//'journey' id=ID (name=STRING)? 'for' persona=[Persona|QualifiedName] '{'
		//    ('description' description=STRING)?
		//    ('kind' kind=JourneyKind)?
		//    ('status' status=JourneyStatus)?
		//    ('owner' owner=[Organisation|QualifiedName])?
		//    ('baseline' baseline=[Journey|QualifiedName])?
		//    trigger=LifeEvent
		//    phases+=Phase*
		//    handovers+=Handover*
		//    painPoints+=PainPoint*
		//    improvements+=Improvement*
		//'}'
		public Group getGroup() { return cGroup; }
		
		//'journey'
		public Keyword getJourneyKeyword_0() { return cJourneyKeyword_0; }
		
		//id=ID
		public Assignment getIdAssignment_1() { return cIdAssignment_1; }
		
		//ID
		public RuleCall getIdIDTerminalRuleCall_1_0() { return cIdIDTerminalRuleCall_1_0; }
		
		//(name=STRING)?
		public Assignment getNameAssignment_2() { return cNameAssignment_2; }
		
		//STRING
		public RuleCall getNameSTRINGTerminalRuleCall_2_0() { return cNameSTRINGTerminalRuleCall_2_0; }
		
		//'for'
		public Keyword getForKeyword_3() { return cForKeyword_3; }
		
		//persona=[Persona|QualifiedName]
		public Assignment getPersonaAssignment_4() { return cPersonaAssignment_4; }
		
		//[Persona|QualifiedName]
		public CrossReference getPersonaPersonaCrossReference_4_0() { return cPersonaPersonaCrossReference_4_0; }
		
		//QualifiedName
		public RuleCall getPersonaPersonaQualifiedNameParserRuleCall_4_0_1() { return cPersonaPersonaQualifiedNameParserRuleCall_4_0_1; }
		
		//'{'
		public Keyword getLeftCurlyBracketKeyword_5() { return cLeftCurlyBracketKeyword_5; }
		
		//('description' description=STRING)?
		public Group getGroup_6() { return cGroup_6; }
		
		//'description'
		public Keyword getDescriptionKeyword_6_0() { return cDescriptionKeyword_6_0; }
		
		//description=STRING
		public Assignment getDescriptionAssignment_6_1() { return cDescriptionAssignment_6_1; }
		
		//STRING
		public RuleCall getDescriptionSTRINGTerminalRuleCall_6_1_0() { return cDescriptionSTRINGTerminalRuleCall_6_1_0; }
		
		//('kind' kind=JourneyKind)?
		public Group getGroup_7() { return cGroup_7; }
		
		//'kind'
		public Keyword getKindKeyword_7_0() { return cKindKeyword_7_0; }
		
		//kind=JourneyKind
		public Assignment getKindAssignment_7_1() { return cKindAssignment_7_1; }
		
		//JourneyKind
		public RuleCall getKindJourneyKindEnumRuleCall_7_1_0() { return cKindJourneyKindEnumRuleCall_7_1_0; }
		
		//('status' status=JourneyStatus)?
		public Group getGroup_8() { return cGroup_8; }
		
		//'status'
		public Keyword getStatusKeyword_8_0() { return cStatusKeyword_8_0; }
		
		//status=JourneyStatus
		public Assignment getStatusAssignment_8_1() { return cStatusAssignment_8_1; }
		
		//JourneyStatus
		public RuleCall getStatusJourneyStatusEnumRuleCall_8_1_0() { return cStatusJourneyStatusEnumRuleCall_8_1_0; }
		
		//('owner' owner=[Organisation|QualifiedName])?
		public Group getGroup_9() { return cGroup_9; }
		
		//'owner'
		public Keyword getOwnerKeyword_9_0() { return cOwnerKeyword_9_0; }
		
		//owner=[Organisation|QualifiedName]
		public Assignment getOwnerAssignment_9_1() { return cOwnerAssignment_9_1; }
		
		//[Organisation|QualifiedName]
		public CrossReference getOwnerOrganisationCrossReference_9_1_0() { return cOwnerOrganisationCrossReference_9_1_0; }
		
		//QualifiedName
		public RuleCall getOwnerOrganisationQualifiedNameParserRuleCall_9_1_0_1() { return cOwnerOrganisationQualifiedNameParserRuleCall_9_1_0_1; }
		
		//('baseline' baseline=[Journey|QualifiedName])?
		public Group getGroup_10() { return cGroup_10; }
		
		//'baseline'
		public Keyword getBaselineKeyword_10_0() { return cBaselineKeyword_10_0; }
		
		//baseline=[Journey|QualifiedName]
		public Assignment getBaselineAssignment_10_1() { return cBaselineAssignment_10_1; }
		
		//[Journey|QualifiedName]
		public CrossReference getBaselineJourneyCrossReference_10_1_0() { return cBaselineJourneyCrossReference_10_1_0; }
		
		//QualifiedName
		public RuleCall getBaselineJourneyQualifiedNameParserRuleCall_10_1_0_1() { return cBaselineJourneyQualifiedNameParserRuleCall_10_1_0_1; }
		
		//trigger=LifeEvent
		public Assignment getTriggerAssignment_11() { return cTriggerAssignment_11; }
		
		//LifeEvent
		public RuleCall getTriggerLifeEventParserRuleCall_11_0() { return cTriggerLifeEventParserRuleCall_11_0; }
		
		//phases+=Phase*
		public Assignment getPhasesAssignment_12() { return cPhasesAssignment_12; }
		
		//Phase
		public RuleCall getPhasesPhaseParserRuleCall_12_0() { return cPhasesPhaseParserRuleCall_12_0; }
		
		//handovers+=Handover*
		public Assignment getHandoversAssignment_13() { return cHandoversAssignment_13; }
		
		//Handover
		public RuleCall getHandoversHandoverParserRuleCall_13_0() { return cHandoversHandoverParserRuleCall_13_0; }
		
		//painPoints+=PainPoint*
		public Assignment getPainPointsAssignment_14() { return cPainPointsAssignment_14; }
		
		//PainPoint
		public RuleCall getPainPointsPainPointParserRuleCall_14_0() { return cPainPointsPainPointParserRuleCall_14_0; }
		
		//improvements+=Improvement*
		public Assignment getImprovementsAssignment_15() { return cImprovementsAssignment_15; }
		
		//Improvement
		public RuleCall getImprovementsImprovementParserRuleCall_15_0() { return cImprovementsImprovementParserRuleCall_15_0; }
		
		//'}'
		public Keyword getRightCurlyBracketKeyword_16() { return cRightCurlyBracketKeyword_16; }
	}
	public class LifeEventElements extends AbstractParserRuleElementFinder {
		private final ParserRule rule = (ParserRule) GrammarUtil.findRuleForName(getGrammar(), "nl.klantreis.dsl.Klantreis.LifeEvent");
		private final Group cGroup = (Group)rule.eContents().get(1);
		private final Action cLifeEventAction_0 = (Action)cGroup.eContents().get(0);
		private final Keyword cTriggeredKeyword_1 = (Keyword)cGroup.eContents().get(1);
		private final Keyword cByKeyword_2 = (Keyword)cGroup.eContents().get(2);
		private final Assignment cKindAssignment_3 = (Assignment)cGroup.eContents().get(3);
		private final RuleCall cKindLifeEventKindEnumRuleCall_3_0 = (RuleCall)cKindAssignment_3.eContents().get(0);
		private final Assignment cDescriptionAssignment_4 = (Assignment)cGroup.eContents().get(4);
		private final RuleCall cDescriptionSTRINGTerminalRuleCall_4_0 = (RuleCall)cDescriptionAssignment_4.eContents().get(0);
		
		//LifeEvent:
		//    {LifeEvent} 'triggered' 'by' (kind=LifeEventKind)? (description=STRING)?;
		@Override public ParserRule getRule() { return rule; }
		
		//{LifeEvent} 'triggered' 'by' (kind=LifeEventKind)? (description=STRING)?
		public Group getGroup() { return cGroup; }
		
		//{LifeEvent}
		public Action getLifeEventAction_0() { return cLifeEventAction_0; }
		
		//'triggered'
		public Keyword getTriggeredKeyword_1() { return cTriggeredKeyword_1; }
		
		//'by'
		public Keyword getByKeyword_2() { return cByKeyword_2; }
		
		//(kind=LifeEventKind)?
		public Assignment getKindAssignment_3() { return cKindAssignment_3; }
		
		//LifeEventKind
		public RuleCall getKindLifeEventKindEnumRuleCall_3_0() { return cKindLifeEventKindEnumRuleCall_3_0; }
		
		//(description=STRING)?
		public Assignment getDescriptionAssignment_4() { return cDescriptionAssignment_4; }
		
		//STRING
		public RuleCall getDescriptionSTRINGTerminalRuleCall_4_0() { return cDescriptionSTRINGTerminalRuleCall_4_0; }
	}
	public class PhaseElements extends AbstractParserRuleElementFinder {
		private final ParserRule rule = (ParserRule) GrammarUtil.findRuleForName(getGrammar(), "nl.klantreis.dsl.Klantreis.Phase");
		private final Group cGroup = (Group)rule.eContents().get(1);
		private final Keyword cPhaseKeyword_0 = (Keyword)cGroup.eContents().get(0);
		private final Assignment cIdAssignment_1 = (Assignment)cGroup.eContents().get(1);
		private final RuleCall cIdIDTerminalRuleCall_1_0 = (RuleCall)cIdAssignment_1.eContents().get(0);
		private final Assignment cNameAssignment_2 = (Assignment)cGroup.eContents().get(2);
		private final RuleCall cNameSTRINGTerminalRuleCall_2_0 = (RuleCall)cNameAssignment_2.eContents().get(0);
		private final Keyword cLeftCurlyBracketKeyword_3 = (Keyword)cGroup.eContents().get(3);
		private final Group cGroup_4 = (Group)cGroup.eContents().get(4);
		private final Keyword cDescriptionKeyword_4_0 = (Keyword)cGroup_4.eContents().get(0);
		private final Assignment cDescriptionAssignment_4_1 = (Assignment)cGroup_4.eContents().get(1);
		private final RuleCall cDescriptionSTRINGTerminalRuleCall_4_1_0 = (RuleCall)cDescriptionAssignment_4_1.eContents().get(0);
		private final Assignment cTouchpointsAssignment_5 = (Assignment)cGroup.eContents().get(5);
		private final RuleCall cTouchpointsTouchpointParserRuleCall_5_0 = (RuleCall)cTouchpointsAssignment_5.eContents().get(0);
		private final Keyword cRightCurlyBracketKeyword_6 = (Keyword)cGroup.eContents().get(6);
		
		//Phase:
		//    'phase' id=ID (name=STRING)? '{'
		//        ('description' description=STRING)?
		//        touchpoints+=Touchpoint*
		//    '}';
		@Override public ParserRule getRule() { return rule; }
		
		//'phase' id=ID (name=STRING)? '{'
		//    ('description' description=STRING)?
		//    touchpoints+=Touchpoint*
		//'}'
		public Group getGroup() { return cGroup; }
		
		//'phase'
		public Keyword getPhaseKeyword_0() { return cPhaseKeyword_0; }
		
		//id=ID
		public Assignment getIdAssignment_1() { return cIdAssignment_1; }
		
		//ID
		public RuleCall getIdIDTerminalRuleCall_1_0() { return cIdIDTerminalRuleCall_1_0; }
		
		//(name=STRING)?
		public Assignment getNameAssignment_2() { return cNameAssignment_2; }
		
		//STRING
		public RuleCall getNameSTRINGTerminalRuleCall_2_0() { return cNameSTRINGTerminalRuleCall_2_0; }
		
		//'{'
		public Keyword getLeftCurlyBracketKeyword_3() { return cLeftCurlyBracketKeyword_3; }
		
		//('description' description=STRING)?
		public Group getGroup_4() { return cGroup_4; }
		
		//'description'
		public Keyword getDescriptionKeyword_4_0() { return cDescriptionKeyword_4_0; }
		
		//description=STRING
		public Assignment getDescriptionAssignment_4_1() { return cDescriptionAssignment_4_1; }
		
		//STRING
		public RuleCall getDescriptionSTRINGTerminalRuleCall_4_1_0() { return cDescriptionSTRINGTerminalRuleCall_4_1_0; }
		
		//touchpoints+=Touchpoint*
		public Assignment getTouchpointsAssignment_5() { return cTouchpointsAssignment_5; }
		
		//Touchpoint
		public RuleCall getTouchpointsTouchpointParserRuleCall_5_0() { return cTouchpointsTouchpointParserRuleCall_5_0; }
		
		//'}'
		public Keyword getRightCurlyBracketKeyword_6() { return cRightCurlyBracketKeyword_6; }
	}
	public class TouchpointElements extends AbstractParserRuleElementFinder {
		private final ParserRule rule = (ParserRule) GrammarUtil.findRuleForName(getGrammar(), "nl.klantreis.dsl.Klantreis.Touchpoint");
		private final Group cGroup = (Group)rule.eContents().get(1);
		private final Keyword cTouchpointKeyword_0 = (Keyword)cGroup.eContents().get(0);
		private final Assignment cIdAssignment_1 = (Assignment)cGroup.eContents().get(1);
		private final RuleCall cIdIDTerminalRuleCall_1_0 = (RuleCall)cIdAssignment_1.eContents().get(0);
		private final Assignment cNameAssignment_2 = (Assignment)cGroup.eContents().get(2);
		private final RuleCall cNameSTRINGTerminalRuleCall_2_0 = (RuleCall)cNameAssignment_2.eContents().get(0);
		private final Keyword cAtKeyword_3 = (Keyword)cGroup.eContents().get(3);
		private final Assignment cOrganisationAssignment_4 = (Assignment)cGroup.eContents().get(4);
		private final CrossReference cOrganisationOrganisationCrossReference_4_0 = (CrossReference)cOrganisationAssignment_4.eContents().get(0);
		private final RuleCall cOrganisationOrganisationQualifiedNameParserRuleCall_4_0_1 = (RuleCall)cOrganisationOrganisationCrossReference_4_0.eContents().get(1);
		private final Keyword cLeftCurlyBracketKeyword_5 = (Keyword)cGroup.eContents().get(5);
		private final Group cGroup_6 = (Group)cGroup.eContents().get(6);
		private final Keyword cDescriptionKeyword_6_0 = (Keyword)cGroup_6.eContents().get(0);
		private final Assignment cDescriptionAssignment_6_1 = (Assignment)cGroup_6.eContents().get(1);
		private final RuleCall cDescriptionSTRINGTerminalRuleCall_6_1_0 = (RuleCall)cDescriptionAssignment_6_1.eContents().get(0);
		private final Group cGroup_7 = (Group)cGroup.eContents().get(7);
		private final Keyword cRoleKeyword_7_0 = (Keyword)cGroup_7.eContents().get(0);
		private final Assignment cRoleAssignment_7_1 = (Assignment)cGroup_7.eContents().get(1);
		private final RuleCall cRoleSTRINGTerminalRuleCall_7_1_0 = (RuleCall)cRoleAssignment_7_1.eContents().get(0);
		private final Group cGroup_8 = (Group)cGroup.eContents().get(8);
		private final Keyword cChannelKeyword_8_0 = (Keyword)cGroup_8.eContents().get(0);
		private final Assignment cChannelAssignment_8_1 = (Assignment)cGroup_8.eContents().get(1);
		private final RuleCall cChannelChannelEnumRuleCall_8_1_0 = (RuleCall)cChannelAssignment_8_1.eContents().get(0);
		private final Group cGroup_9 = (Group)cGroup.eContents().get(9);
		private final Keyword cInitiatedKeyword_9_0 = (Keyword)cGroup_9.eContents().get(0);
		private final Keyword cByKeyword_9_1 = (Keyword)cGroup_9.eContents().get(1);
		private final Assignment cInitiatorAssignment_9_2 = (Assignment)cGroup_9.eContents().get(2);
		private final RuleCall cInitiatorInitiatorEnumRuleCall_9_2_0 = (RuleCall)cInitiatorAssignment_9_2.eContents().get(0);
		private final Group cGroup_10 = (Group)cGroup.eContents().get(10);
		private final Keyword cPurposeKeyword_10_0 = (Keyword)cGroup_10.eContents().get(0);
		private final Assignment cPurposeAssignment_10_1 = (Assignment)cGroup_10.eContents().get(1);
		private final RuleCall cPurposePurposeEnumRuleCall_10_1_0 = (RuleCall)cPurposeAssignment_10_1.eContents().get(0);
		private final Group cGroup_11 = (Group)cGroup.eContents().get(11);
		private final Keyword cDurationKeyword_11_0 = (Keyword)cGroup_11.eContents().get(0);
		private final Assignment cDurationAssignment_11_1 = (Assignment)cGroup_11.eContents().get(1);
		private final RuleCall cDurationINTTerminalRuleCall_11_1_0 = (RuleCall)cDurationAssignment_11_1.eContents().get(0);
		private final Keyword cMinutesKeyword_11_2 = (Keyword)cGroup_11.eContents().get(2);
		private final Group cGroup_12 = (Group)cGroup.eContents().get(12);
		private final Keyword cInterpreterKeyword_12_0 = (Keyword)cGroup_12.eContents().get(0);
		private final Assignment cInterpreterAssignment_12_1 = (Assignment)cGroup_12.eContents().get(1);
		private final RuleCall cInterpreterInterpreterArrangementEnumRuleCall_12_1_0 = (RuleCall)cInterpreterAssignment_12_1.eContents().get(0);
		private final Group cGroup_13 = (Group)cGroup.eContents().get(13);
		private final Keyword cFormsKeyword_13_0 = (Keyword)cGroup_13.eContents().get(0);
		private final Assignment cCommunicationFormsAssignment_13_1 = (Assignment)cGroup_13.eContents().get(1);
		private final RuleCall cCommunicationFormsCommunicationFormEnumRuleCall_13_1_0 = (RuleCall)cCommunicationFormsAssignment_13_1.eContents().get(0);
		private final Group cGroup_13_2 = (Group)cGroup_13.eContents().get(2);
		private final Keyword cCommaKeyword_13_2_0 = (Keyword)cGroup_13_2.eContents().get(0);
		private final Assignment cCommunicationFormsAssignment_13_2_1 = (Assignment)cGroup_13_2.eContents().get(1);
		private final RuleCall cCommunicationFormsCommunicationFormEnumRuleCall_13_2_1_0 = (RuleCall)cCommunicationFormsAssignment_13_2_1.eContents().get(0);
		private final Group cGroup_14 = (Group)cGroup.eContents().get(14);
		private final Assignment cUnderstandingCheckedAssignment_14_0 = (Assignment)cGroup_14.eContents().get(0);
		private final Keyword cUnderstandingCheckedUnderstandingKeyword_14_0_0 = (Keyword)cUnderstandingCheckedAssignment_14_0.eContents().get(0);
		private final Keyword cCheckedKeyword_14_1 = (Keyword)cGroup_14.eContents().get(1);
		private final Group cGroup_15 = (Group)cGroup.eContents().get(15);
		private final Keyword cEmotionKeyword_15_0 = (Keyword)cGroup_15.eContents().get(0);
		private final Assignment cEmotionAssignment_15_1 = (Assignment)cGroup_15.eContents().get(1);
		private final RuleCall cEmotionEmotionParserRuleCall_15_1_0 = (RuleCall)cEmotionAssignment_15_1.eContents().get(0);
		private final Group cGroup_16 = (Group)cGroup.eContents().get(16);
		private final Keyword cDomainsKeyword_16_0 = (Keyword)cGroup_16.eContents().get(0);
		private final Assignment cLifeDomainsAssignment_16_1 = (Assignment)cGroup_16.eContents().get(1);
		private final RuleCall cLifeDomainsLifeDomainEnumRuleCall_16_1_0 = (RuleCall)cLifeDomainsAssignment_16_1.eContents().get(0);
		private final Group cGroup_16_2 = (Group)cGroup_16.eContents().get(2);
		private final Keyword cCommaKeyword_16_2_0 = (Keyword)cGroup_16_2.eContents().get(0);
		private final Assignment cLifeDomainsAssignment_16_2_1 = (Assignment)cGroup_16_2.eContents().get(1);
		private final RuleCall cLifeDomainsLifeDomainEnumRuleCall_16_2_1_0 = (RuleCall)cLifeDomainsAssignment_16_2_1.eContents().get(0);
		private final Group cGroup_17 = (Group)cGroup.eContents().get(17);
		private final Assignment cHealthSignalAssignment_17_0 = (Assignment)cGroup_17.eContents().get(0);
		private final Keyword cHealthSignalHealthKeyword_17_0_0 = (Keyword)cHealthSignalAssignment_17_0.eContents().get(0);
		private final Keyword cSignalKeyword_17_1 = (Keyword)cGroup_17.eContents().get(1);
		private final Group cGroup_18 = (Group)cGroup.eContents().get(18);
		private final Keyword cKeyKeyword_18_0 = (Keyword)cGroup_18.eContents().get(0);
		private final Keyword cPersonsKeyword_18_1 = (Keyword)cGroup_18.eContents().get(1);
		private final Assignment cKeyPersonsAssignment_18_2 = (Assignment)cGroup_18.eContents().get(2);
		private final CrossReference cKeyPersonsKeyPersonCrossReference_18_2_0 = (CrossReference)cKeyPersonsAssignment_18_2.eContents().get(0);
		private final RuleCall cKeyPersonsKeyPersonQualifiedNameParserRuleCall_18_2_0_1 = (RuleCall)cKeyPersonsKeyPersonCrossReference_18_2_0.eContents().get(1);
		private final Group cGroup_18_3 = (Group)cGroup_18.eContents().get(3);
		private final Keyword cCommaKeyword_18_3_0 = (Keyword)cGroup_18_3.eContents().get(0);
		private final Assignment cKeyPersonsAssignment_18_3_1 = (Assignment)cGroup_18_3.eContents().get(1);
		private final CrossReference cKeyPersonsKeyPersonCrossReference_18_3_1_0 = (CrossReference)cKeyPersonsAssignment_18_3_1.eContents().get(0);
		private final RuleCall cKeyPersonsKeyPersonQualifiedNameParserRuleCall_18_3_1_0_1 = (RuleCall)cKeyPersonsKeyPersonCrossReference_18_3_1_0.eContents().get(1);
		private final Keyword cRightCurlyBracketKeyword_19 = (Keyword)cGroup.eContents().get(19);
		
		//Touchpoint:
		//    'touchpoint' id=ID (name=STRING)? 'at' organisation=[Organisation|QualifiedName] '{'
		//        ('description' description=STRING)?
		//        ('role' role=STRING)?
		//        ('channel' channel=Channel)?
		//        ('initiated' 'by' initiator=Initiator)?
		//        ('purpose' purpose=Purpose)?
		//        ('duration' duration=INT 'minutes')?
		//        ('interpreter' interpreter=InterpreterArrangement)?
		//        ('forms' communicationForms+=CommunicationForm (',' communicationForms+=CommunicationForm)*)?
		//        (understandingChecked?='understanding' 'checked')?
		//        ('emotion' emotion=Emotion)?
		//        ('domains' lifeDomains+=LifeDomain (',' lifeDomains+=LifeDomain)*)?
		//        (healthSignal?='health' 'signal')?
		//        ('key' 'persons' keyPersons+=[KeyPerson|QualifiedName] (',' keyPersons+=[KeyPerson|QualifiedName])*)?
		//    '}';
		@Override public ParserRule getRule() { return rule; }
		
		//'touchpoint' id=ID (name=STRING)? 'at' organisation=[Organisation|QualifiedName] '{'
		//    ('description' description=STRING)?
		//    ('role' role=STRING)?
		//    ('channel' channel=Channel)?
		//    ('initiated' 'by' initiator=Initiator)?
		//    ('purpose' purpose=Purpose)?
		//    ('duration' duration=INT 'minutes')?
		//    ('interpreter' interpreter=InterpreterArrangement)?
		//    ('forms' communicationForms+=CommunicationForm (',' communicationForms+=CommunicationForm)*)?
		//    (understandingChecked?='understanding' 'checked')?
		//    ('emotion' emotion=Emotion)?
		//    ('domains' lifeDomains+=LifeDomain (',' lifeDomains+=LifeDomain)*)?
		//    (healthSignal?='health' 'signal')?
		//    ('key' 'persons' keyPersons+=[KeyPerson|QualifiedName] (',' keyPersons+=[KeyPerson|QualifiedName])*)?
		//'}'
		public Group getGroup() { return cGroup; }
		
		//'touchpoint'
		public Keyword getTouchpointKeyword_0() { return cTouchpointKeyword_0; }
		
		//id=ID
		public Assignment getIdAssignment_1() { return cIdAssignment_1; }
		
		//ID
		public RuleCall getIdIDTerminalRuleCall_1_0() { return cIdIDTerminalRuleCall_1_0; }
		
		//(name=STRING)?
		public Assignment getNameAssignment_2() { return cNameAssignment_2; }
		
		//STRING
		public RuleCall getNameSTRINGTerminalRuleCall_2_0() { return cNameSTRINGTerminalRuleCall_2_0; }
		
		//'at'
		public Keyword getAtKeyword_3() { return cAtKeyword_3; }
		
		//organisation=[Organisation|QualifiedName]
		public Assignment getOrganisationAssignment_4() { return cOrganisationAssignment_4; }
		
		//[Organisation|QualifiedName]
		public CrossReference getOrganisationOrganisationCrossReference_4_0() { return cOrganisationOrganisationCrossReference_4_0; }
		
		//QualifiedName
		public RuleCall getOrganisationOrganisationQualifiedNameParserRuleCall_4_0_1() { return cOrganisationOrganisationQualifiedNameParserRuleCall_4_0_1; }
		
		//'{'
		public Keyword getLeftCurlyBracketKeyword_5() { return cLeftCurlyBracketKeyword_5; }
		
		//('description' description=STRING)?
		public Group getGroup_6() { return cGroup_6; }
		
		//'description'
		public Keyword getDescriptionKeyword_6_0() { return cDescriptionKeyword_6_0; }
		
		//description=STRING
		public Assignment getDescriptionAssignment_6_1() { return cDescriptionAssignment_6_1; }
		
		//STRING
		public RuleCall getDescriptionSTRINGTerminalRuleCall_6_1_0() { return cDescriptionSTRINGTerminalRuleCall_6_1_0; }
		
		//('role' role=STRING)?
		public Group getGroup_7() { return cGroup_7; }
		
		//'role'
		public Keyword getRoleKeyword_7_0() { return cRoleKeyword_7_0; }
		
		//role=STRING
		public Assignment getRoleAssignment_7_1() { return cRoleAssignment_7_1; }
		
		//STRING
		public RuleCall getRoleSTRINGTerminalRuleCall_7_1_0() { return cRoleSTRINGTerminalRuleCall_7_1_0; }
		
		//('channel' channel=Channel)?
		public Group getGroup_8() { return cGroup_8; }
		
		//'channel'
		public Keyword getChannelKeyword_8_0() { return cChannelKeyword_8_0; }
		
		//channel=Channel
		public Assignment getChannelAssignment_8_1() { return cChannelAssignment_8_1; }
		
		//Channel
		public RuleCall getChannelChannelEnumRuleCall_8_1_0() { return cChannelChannelEnumRuleCall_8_1_0; }
		
		//('initiated' 'by' initiator=Initiator)?
		public Group getGroup_9() { return cGroup_9; }
		
		//'initiated'
		public Keyword getInitiatedKeyword_9_0() { return cInitiatedKeyword_9_0; }
		
		//'by'
		public Keyword getByKeyword_9_1() { return cByKeyword_9_1; }
		
		//initiator=Initiator
		public Assignment getInitiatorAssignment_9_2() { return cInitiatorAssignment_9_2; }
		
		//Initiator
		public RuleCall getInitiatorInitiatorEnumRuleCall_9_2_0() { return cInitiatorInitiatorEnumRuleCall_9_2_0; }
		
		//('purpose' purpose=Purpose)?
		public Group getGroup_10() { return cGroup_10; }
		
		//'purpose'
		public Keyword getPurposeKeyword_10_0() { return cPurposeKeyword_10_0; }
		
		//purpose=Purpose
		public Assignment getPurposeAssignment_10_1() { return cPurposeAssignment_10_1; }
		
		//Purpose
		public RuleCall getPurposePurposeEnumRuleCall_10_1_0() { return cPurposePurposeEnumRuleCall_10_1_0; }
		
		//('duration' duration=INT 'minutes')?
		public Group getGroup_11() { return cGroup_11; }
		
		//'duration'
		public Keyword getDurationKeyword_11_0() { return cDurationKeyword_11_0; }
		
		//duration=INT
		public Assignment getDurationAssignment_11_1() { return cDurationAssignment_11_1; }
		
		//INT
		public RuleCall getDurationINTTerminalRuleCall_11_1_0() { return cDurationINTTerminalRuleCall_11_1_0; }
		
		//'minutes'
		public Keyword getMinutesKeyword_11_2() { return cMinutesKeyword_11_2; }
		
		//('interpreter' interpreter=InterpreterArrangement)?
		public Group getGroup_12() { return cGroup_12; }
		
		//'interpreter'
		public Keyword getInterpreterKeyword_12_0() { return cInterpreterKeyword_12_0; }
		
		//interpreter=InterpreterArrangement
		public Assignment getInterpreterAssignment_12_1() { return cInterpreterAssignment_12_1; }
		
		//InterpreterArrangement
		public RuleCall getInterpreterInterpreterArrangementEnumRuleCall_12_1_0() { return cInterpreterInterpreterArrangementEnumRuleCall_12_1_0; }
		
		//('forms' communicationForms+=CommunicationForm (',' communicationForms+=CommunicationForm)*)?
		public Group getGroup_13() { return cGroup_13; }
		
		//'forms'
		public Keyword getFormsKeyword_13_0() { return cFormsKeyword_13_0; }
		
		//communicationForms+=CommunicationForm
		public Assignment getCommunicationFormsAssignment_13_1() { return cCommunicationFormsAssignment_13_1; }
		
		//CommunicationForm
		public RuleCall getCommunicationFormsCommunicationFormEnumRuleCall_13_1_0() { return cCommunicationFormsCommunicationFormEnumRuleCall_13_1_0; }
		
		//(',' communicationForms+=CommunicationForm)*
		public Group getGroup_13_2() { return cGroup_13_2; }
		
		//','
		public Keyword getCommaKeyword_13_2_0() { return cCommaKeyword_13_2_0; }
		
		//communicationForms+=CommunicationForm
		public Assignment getCommunicationFormsAssignment_13_2_1() { return cCommunicationFormsAssignment_13_2_1; }
		
		//CommunicationForm
		public RuleCall getCommunicationFormsCommunicationFormEnumRuleCall_13_2_1_0() { return cCommunicationFormsCommunicationFormEnumRuleCall_13_2_1_0; }
		
		//(understandingChecked?='understanding' 'checked')?
		public Group getGroup_14() { return cGroup_14; }
		
		//understandingChecked?='understanding'
		public Assignment getUnderstandingCheckedAssignment_14_0() { return cUnderstandingCheckedAssignment_14_0; }
		
		//'understanding'
		public Keyword getUnderstandingCheckedUnderstandingKeyword_14_0_0() { return cUnderstandingCheckedUnderstandingKeyword_14_0_0; }
		
		//'checked'
		public Keyword getCheckedKeyword_14_1() { return cCheckedKeyword_14_1; }
		
		//('emotion' emotion=Emotion)?
		public Group getGroup_15() { return cGroup_15; }
		
		//'emotion'
		public Keyword getEmotionKeyword_15_0() { return cEmotionKeyword_15_0; }
		
		//emotion=Emotion
		public Assignment getEmotionAssignment_15_1() { return cEmotionAssignment_15_1; }
		
		//Emotion
		public RuleCall getEmotionEmotionParserRuleCall_15_1_0() { return cEmotionEmotionParserRuleCall_15_1_0; }
		
		//('domains' lifeDomains+=LifeDomain (',' lifeDomains+=LifeDomain)*)?
		public Group getGroup_16() { return cGroup_16; }
		
		//'domains'
		public Keyword getDomainsKeyword_16_0() { return cDomainsKeyword_16_0; }
		
		//lifeDomains+=LifeDomain
		public Assignment getLifeDomainsAssignment_16_1() { return cLifeDomainsAssignment_16_1; }
		
		//LifeDomain
		public RuleCall getLifeDomainsLifeDomainEnumRuleCall_16_1_0() { return cLifeDomainsLifeDomainEnumRuleCall_16_1_0; }
		
		//(',' lifeDomains+=LifeDomain)*
		public Group getGroup_16_2() { return cGroup_16_2; }
		
		//','
		public Keyword getCommaKeyword_16_2_0() { return cCommaKeyword_16_2_0; }
		
		//lifeDomains+=LifeDomain
		public Assignment getLifeDomainsAssignment_16_2_1() { return cLifeDomainsAssignment_16_2_1; }
		
		//LifeDomain
		public RuleCall getLifeDomainsLifeDomainEnumRuleCall_16_2_1_0() { return cLifeDomainsLifeDomainEnumRuleCall_16_2_1_0; }
		
		//(healthSignal?='health' 'signal')?
		public Group getGroup_17() { return cGroup_17; }
		
		//healthSignal?='health'
		public Assignment getHealthSignalAssignment_17_0() { return cHealthSignalAssignment_17_0; }
		
		//'health'
		public Keyword getHealthSignalHealthKeyword_17_0_0() { return cHealthSignalHealthKeyword_17_0_0; }
		
		//'signal'
		public Keyword getSignalKeyword_17_1() { return cSignalKeyword_17_1; }
		
		//('key' 'persons' keyPersons+=[KeyPerson|QualifiedName] (',' keyPersons+=[KeyPerson|QualifiedName])*)?
		public Group getGroup_18() { return cGroup_18; }
		
		//'key'
		public Keyword getKeyKeyword_18_0() { return cKeyKeyword_18_0; }
		
		//'persons'
		public Keyword getPersonsKeyword_18_1() { return cPersonsKeyword_18_1; }
		
		//keyPersons+=[KeyPerson|QualifiedName]
		public Assignment getKeyPersonsAssignment_18_2() { return cKeyPersonsAssignment_18_2; }
		
		//[KeyPerson|QualifiedName]
		public CrossReference getKeyPersonsKeyPersonCrossReference_18_2_0() { return cKeyPersonsKeyPersonCrossReference_18_2_0; }
		
		//QualifiedName
		public RuleCall getKeyPersonsKeyPersonQualifiedNameParserRuleCall_18_2_0_1() { return cKeyPersonsKeyPersonQualifiedNameParserRuleCall_18_2_0_1; }
		
		//(',' keyPersons+=[KeyPerson|QualifiedName])*
		public Group getGroup_18_3() { return cGroup_18_3; }
		
		//','
		public Keyword getCommaKeyword_18_3_0() { return cCommaKeyword_18_3_0; }
		
		//keyPersons+=[KeyPerson|QualifiedName]
		public Assignment getKeyPersonsAssignment_18_3_1() { return cKeyPersonsAssignment_18_3_1; }
		
		//[KeyPerson|QualifiedName]
		public CrossReference getKeyPersonsKeyPersonCrossReference_18_3_1_0() { return cKeyPersonsKeyPersonCrossReference_18_3_1_0; }
		
		//QualifiedName
		public RuleCall getKeyPersonsKeyPersonQualifiedNameParserRuleCall_18_3_1_0_1() { return cKeyPersonsKeyPersonQualifiedNameParserRuleCall_18_3_1_0_1; }
		
		//'}'
		public Keyword getRightCurlyBracketKeyword_19() { return cRightCurlyBracketKeyword_19; }
	}
	public class HandoverElements extends AbstractParserRuleElementFinder {
		private final ParserRule rule = (ParserRule) GrammarUtil.findRuleForName(getGrammar(), "nl.klantreis.dsl.Klantreis.Handover");
		private final Group cGroup = (Group)rule.eContents().get(1);
		private final Keyword cHandoverKeyword_0 = (Keyword)cGroup.eContents().get(0);
		private final Assignment cSourceAssignment_1 = (Assignment)cGroup.eContents().get(1);
		private final CrossReference cSourceTouchpointCrossReference_1_0 = (CrossReference)cSourceAssignment_1.eContents().get(0);
		private final RuleCall cSourceTouchpointQualifiedNameParserRuleCall_1_0_1 = (RuleCall)cSourceTouchpointCrossReference_1_0.eContents().get(1);
		private final Keyword cHyphenMinusGreaterThanSignKeyword_2 = (Keyword)cGroup.eContents().get(2);
		private final Assignment cTargetAssignment_3 = (Assignment)cGroup.eContents().get(3);
		private final CrossReference cTargetTouchpointCrossReference_3_0 = (CrossReference)cTargetAssignment_3.eContents().get(0);
		private final RuleCall cTargetTouchpointQualifiedNameParserRuleCall_3_0_1 = (RuleCall)cTargetTouchpointCrossReference_3_0.eContents().get(1);
		private final Assignment cKindAssignment_4 = (Assignment)cGroup.eContents().get(4);
		private final RuleCall cKindHandoverKindEnumRuleCall_4_0 = (RuleCall)cKindAssignment_4.eContents().get(0);
		private final Assignment cDescriptionAssignment_5 = (Assignment)cGroup.eContents().get(5);
		private final RuleCall cDescriptionSTRINGTerminalRuleCall_5_0 = (RuleCall)cDescriptionAssignment_5.eContents().get(0);
		
		//Handover:
		//    'handover' source=[Touchpoint|QualifiedName] '->' target=[Touchpoint|QualifiedName] (kind=HandoverKind)?
		//        (description=STRING)?;
		@Override public ParserRule getRule() { return rule; }
		
		//'handover' source=[Touchpoint|QualifiedName] '->' target=[Touchpoint|QualifiedName] (kind=HandoverKind)?
		//    (description=STRING)?
		public Group getGroup() { return cGroup; }
		
		//'handover'
		public Keyword getHandoverKeyword_0() { return cHandoverKeyword_0; }
		
		//source=[Touchpoint|QualifiedName]
		public Assignment getSourceAssignment_1() { return cSourceAssignment_1; }
		
		//[Touchpoint|QualifiedName]
		public CrossReference getSourceTouchpointCrossReference_1_0() { return cSourceTouchpointCrossReference_1_0; }
		
		//QualifiedName
		public RuleCall getSourceTouchpointQualifiedNameParserRuleCall_1_0_1() { return cSourceTouchpointQualifiedNameParserRuleCall_1_0_1; }
		
		//'->'
		public Keyword getHyphenMinusGreaterThanSignKeyword_2() { return cHyphenMinusGreaterThanSignKeyword_2; }
		
		//target=[Touchpoint|QualifiedName]
		public Assignment getTargetAssignment_3() { return cTargetAssignment_3; }
		
		//[Touchpoint|QualifiedName]
		public CrossReference getTargetTouchpointCrossReference_3_0() { return cTargetTouchpointCrossReference_3_0; }
		
		//QualifiedName
		public RuleCall getTargetTouchpointQualifiedNameParserRuleCall_3_0_1() { return cTargetTouchpointQualifiedNameParserRuleCall_3_0_1; }
		
		//(kind=HandoverKind)?
		public Assignment getKindAssignment_4() { return cKindAssignment_4; }
		
		//HandoverKind
		public RuleCall getKindHandoverKindEnumRuleCall_4_0() { return cKindHandoverKindEnumRuleCall_4_0; }
		
		//(description=STRING)?
		public Assignment getDescriptionAssignment_5() { return cDescriptionAssignment_5; }
		
		//STRING
		public RuleCall getDescriptionSTRINGTerminalRuleCall_5_0() { return cDescriptionSTRINGTerminalRuleCall_5_0; }
	}
	public class PainPointElements extends AbstractParserRuleElementFinder {
		private final ParserRule rule = (ParserRule) GrammarUtil.findRuleForName(getGrammar(), "nl.klantreis.dsl.Klantreis.PainPoint");
		private final Group cGroup = (Group)rule.eContents().get(1);
		private final Keyword cPainKeyword_0 = (Keyword)cGroup.eContents().get(0);
		private final Keyword cPointKeyword_1 = (Keyword)cGroup.eContents().get(1);
		private final Assignment cIdAssignment_2 = (Assignment)cGroup.eContents().get(2);
		private final RuleCall cIdIDTerminalRuleCall_2_0 = (RuleCall)cIdAssignment_2.eContents().get(0);
		private final Assignment cNameAssignment_3 = (Assignment)cGroup.eContents().get(3);
		private final RuleCall cNameSTRINGTerminalRuleCall_3_0 = (RuleCall)cNameAssignment_3.eContents().get(0);
		private final Keyword cLeftCurlyBracketKeyword_4 = (Keyword)cGroup.eContents().get(4);
		private final Group cGroup_5 = (Group)cGroup.eContents().get(5);
		private final Keyword cDescriptionKeyword_5_0 = (Keyword)cGroup_5.eContents().get(0);
		private final Assignment cDescriptionAssignment_5_1 = (Assignment)cGroup_5.eContents().get(1);
		private final RuleCall cDescriptionSTRINGTerminalRuleCall_5_1_0 = (RuleCall)cDescriptionAssignment_5_1.eContents().get(0);
		private final Group cGroup_6 = (Group)cGroup.eContents().get(6);
		private final Keyword cConcernsKeyword_6_0 = (Keyword)cGroup_6.eContents().get(0);
		private final Assignment cTouchpointsAssignment_6_1 = (Assignment)cGroup_6.eContents().get(1);
		private final CrossReference cTouchpointsTouchpointCrossReference_6_1_0 = (CrossReference)cTouchpointsAssignment_6_1.eContents().get(0);
		private final RuleCall cTouchpointsTouchpointQualifiedNameParserRuleCall_6_1_0_1 = (RuleCall)cTouchpointsTouchpointCrossReference_6_1_0.eContents().get(1);
		private final Group cGroup_6_2 = (Group)cGroup_6.eContents().get(2);
		private final Keyword cCommaKeyword_6_2_0 = (Keyword)cGroup_6_2.eContents().get(0);
		private final Assignment cTouchpointsAssignment_6_2_1 = (Assignment)cGroup_6_2.eContents().get(1);
		private final CrossReference cTouchpointsTouchpointCrossReference_6_2_1_0 = (CrossReference)cTouchpointsAssignment_6_2_1.eContents().get(0);
		private final RuleCall cTouchpointsTouchpointQualifiedNameParserRuleCall_6_2_1_0_1 = (RuleCall)cTouchpointsTouchpointCrossReference_6_2_1_0.eContents().get(1);
		private final Keyword cRightCurlyBracketKeyword_7 = (Keyword)cGroup.eContents().get(7);
		
		//PainPoint:
		//    'pain' 'point' id=ID (name=STRING)? '{'
		//        ('description' description=STRING)?
		//        ('concerns' touchpoints+=[Touchpoint|QualifiedName] (',' touchpoints+=[Touchpoint|QualifiedName])*)?
		//    '}';
		@Override public ParserRule getRule() { return rule; }
		
		//'pain' 'point' id=ID (name=STRING)? '{'
		//    ('description' description=STRING)?
		//    ('concerns' touchpoints+=[Touchpoint|QualifiedName] (',' touchpoints+=[Touchpoint|QualifiedName])*)?
		//'}'
		public Group getGroup() { return cGroup; }
		
		//'pain'
		public Keyword getPainKeyword_0() { return cPainKeyword_0; }
		
		//'point'
		public Keyword getPointKeyword_1() { return cPointKeyword_1; }
		
		//id=ID
		public Assignment getIdAssignment_2() { return cIdAssignment_2; }
		
		//ID
		public RuleCall getIdIDTerminalRuleCall_2_0() { return cIdIDTerminalRuleCall_2_0; }
		
		//(name=STRING)?
		public Assignment getNameAssignment_3() { return cNameAssignment_3; }
		
		//STRING
		public RuleCall getNameSTRINGTerminalRuleCall_3_0() { return cNameSTRINGTerminalRuleCall_3_0; }
		
		//'{'
		public Keyword getLeftCurlyBracketKeyword_4() { return cLeftCurlyBracketKeyword_4; }
		
		//('description' description=STRING)?
		public Group getGroup_5() { return cGroup_5; }
		
		//'description'
		public Keyword getDescriptionKeyword_5_0() { return cDescriptionKeyword_5_0; }
		
		//description=STRING
		public Assignment getDescriptionAssignment_5_1() { return cDescriptionAssignment_5_1; }
		
		//STRING
		public RuleCall getDescriptionSTRINGTerminalRuleCall_5_1_0() { return cDescriptionSTRINGTerminalRuleCall_5_1_0; }
		
		//('concerns' touchpoints+=[Touchpoint|QualifiedName] (',' touchpoints+=[Touchpoint|QualifiedName])*)?
		public Group getGroup_6() { return cGroup_6; }
		
		//'concerns'
		public Keyword getConcernsKeyword_6_0() { return cConcernsKeyword_6_0; }
		
		//touchpoints+=[Touchpoint|QualifiedName]
		public Assignment getTouchpointsAssignment_6_1() { return cTouchpointsAssignment_6_1; }
		
		//[Touchpoint|QualifiedName]
		public CrossReference getTouchpointsTouchpointCrossReference_6_1_0() { return cTouchpointsTouchpointCrossReference_6_1_0; }
		
		//QualifiedName
		public RuleCall getTouchpointsTouchpointQualifiedNameParserRuleCall_6_1_0_1() { return cTouchpointsTouchpointQualifiedNameParserRuleCall_6_1_0_1; }
		
		//(',' touchpoints+=[Touchpoint|QualifiedName])*
		public Group getGroup_6_2() { return cGroup_6_2; }
		
		//','
		public Keyword getCommaKeyword_6_2_0() { return cCommaKeyword_6_2_0; }
		
		//touchpoints+=[Touchpoint|QualifiedName]
		public Assignment getTouchpointsAssignment_6_2_1() { return cTouchpointsAssignment_6_2_1; }
		
		//[Touchpoint|QualifiedName]
		public CrossReference getTouchpointsTouchpointCrossReference_6_2_1_0() { return cTouchpointsTouchpointCrossReference_6_2_1_0; }
		
		//QualifiedName
		public RuleCall getTouchpointsTouchpointQualifiedNameParserRuleCall_6_2_1_0_1() { return cTouchpointsTouchpointQualifiedNameParserRuleCall_6_2_1_0_1; }
		
		//'}'
		public Keyword getRightCurlyBracketKeyword_7() { return cRightCurlyBracketKeyword_7; }
	}
	public class ImprovementElements extends AbstractParserRuleElementFinder {
		private final ParserRule rule = (ParserRule) GrammarUtil.findRuleForName(getGrammar(), "nl.klantreis.dsl.Klantreis.Improvement");
		private final Group cGroup = (Group)rule.eContents().get(1);
		private final Keyword cImprovementKeyword_0 = (Keyword)cGroup.eContents().get(0);
		private final Assignment cIdAssignment_1 = (Assignment)cGroup.eContents().get(1);
		private final RuleCall cIdIDTerminalRuleCall_1_0 = (RuleCall)cIdAssignment_1.eContents().get(0);
		private final Assignment cNameAssignment_2 = (Assignment)cGroup.eContents().get(2);
		private final RuleCall cNameSTRINGTerminalRuleCall_2_0 = (RuleCall)cNameAssignment_2.eContents().get(0);
		private final Keyword cLeftCurlyBracketKeyword_3 = (Keyword)cGroup.eContents().get(3);
		private final Group cGroup_4 = (Group)cGroup.eContents().get(4);
		private final Keyword cDescriptionKeyword_4_0 = (Keyword)cGroup_4.eContents().get(0);
		private final Assignment cDescriptionAssignment_4_1 = (Assignment)cGroup_4.eContents().get(1);
		private final RuleCall cDescriptionSTRINGTerminalRuleCall_4_1_0 = (RuleCall)cDescriptionAssignment_4_1.eContents().get(0);
		private final Group cGroup_5 = (Group)cGroup.eContents().get(5);
		private final Keyword cOwnerKeyword_5_0 = (Keyword)cGroup_5.eContents().get(0);
		private final Assignment cOwnerAssignment_5_1 = (Assignment)cGroup_5.eContents().get(1);
		private final CrossReference cOwnerOrganisationCrossReference_5_1_0 = (CrossReference)cOwnerAssignment_5_1.eContents().get(0);
		private final RuleCall cOwnerOrganisationQualifiedNameParserRuleCall_5_1_0_1 = (RuleCall)cOwnerOrganisationCrossReference_5_1_0.eContents().get(1);
		private final Group cGroup_6 = (Group)cGroup.eContents().get(6);
		private final Keyword cStatusKeyword_6_0 = (Keyword)cGroup_6.eContents().get(0);
		private final Assignment cStatusAssignment_6_1 = (Assignment)cGroup_6.eContents().get(1);
		private final RuleCall cStatusImprovementStatusEnumRuleCall_6_1_0 = (RuleCall)cStatusAssignment_6_1.eContents().get(0);
		private final Group cGroup_7 = (Group)cGroup.eContents().get(7);
		private final Keyword cDirectionKeyword_7_0 = (Keyword)cGroup_7.eContents().get(0);
		private final Assignment cDirectionAssignment_7_1 = (Assignment)cGroup_7.eContents().get(1);
		private final RuleCall cDirectionDirectionEnumRuleCall_7_1_0 = (RuleCall)cDirectionAssignment_7_1.eContents().get(0);
		private final Group cGroup_8 = (Group)cGroup.eContents().get(8);
		private final Keyword cAddressesKeyword_8_0 = (Keyword)cGroup_8.eContents().get(0);
		private final Assignment cAddressesAssignment_8_1 = (Assignment)cGroup_8.eContents().get(1);
		private final CrossReference cAddressesPainPointCrossReference_8_1_0 = (CrossReference)cAddressesAssignment_8_1.eContents().get(0);
		private final RuleCall cAddressesPainPointQualifiedNameParserRuleCall_8_1_0_1 = (RuleCall)cAddressesPainPointCrossReference_8_1_0.eContents().get(1);
		private final Group cGroup_8_2 = (Group)cGroup_8.eContents().get(2);
		private final Keyword cCommaKeyword_8_2_0 = (Keyword)cGroup_8_2.eContents().get(0);
		private final Assignment cAddressesAssignment_8_2_1 = (Assignment)cGroup_8_2.eContents().get(1);
		private final CrossReference cAddressesPainPointCrossReference_8_2_1_0 = (CrossReference)cAddressesAssignment_8_2_1.eContents().get(0);
		private final RuleCall cAddressesPainPointQualifiedNameParserRuleCall_8_2_1_0_1 = (RuleCall)cAddressesPainPointCrossReference_8_2_1_0.eContents().get(1);
		private final Keyword cRightCurlyBracketKeyword_9 = (Keyword)cGroup.eContents().get(9);
		
		//Improvement:
		//    'improvement' id=ID (name=STRING)? '{'
		//        ('description' description=STRING)?
		//        ('owner' owner=[Organisation|QualifiedName])?
		//        ('status' status=ImprovementStatus)?
		//        ('direction' direction=Direction)?
		//        ('addresses' addresses+=[PainPoint|QualifiedName] (',' addresses+=[PainPoint|QualifiedName])*)?
		//    '}';
		@Override public ParserRule getRule() { return rule; }
		
		//'improvement' id=ID (name=STRING)? '{'
		//    ('description' description=STRING)?
		//    ('owner' owner=[Organisation|QualifiedName])?
		//    ('status' status=ImprovementStatus)?
		//    ('direction' direction=Direction)?
		//    ('addresses' addresses+=[PainPoint|QualifiedName] (',' addresses+=[PainPoint|QualifiedName])*)?
		//'}'
		public Group getGroup() { return cGroup; }
		
		//'improvement'
		public Keyword getImprovementKeyword_0() { return cImprovementKeyword_0; }
		
		//id=ID
		public Assignment getIdAssignment_1() { return cIdAssignment_1; }
		
		//ID
		public RuleCall getIdIDTerminalRuleCall_1_0() { return cIdIDTerminalRuleCall_1_0; }
		
		//(name=STRING)?
		public Assignment getNameAssignment_2() { return cNameAssignment_2; }
		
		//STRING
		public RuleCall getNameSTRINGTerminalRuleCall_2_0() { return cNameSTRINGTerminalRuleCall_2_0; }
		
		//'{'
		public Keyword getLeftCurlyBracketKeyword_3() { return cLeftCurlyBracketKeyword_3; }
		
		//('description' description=STRING)?
		public Group getGroup_4() { return cGroup_4; }
		
		//'description'
		public Keyword getDescriptionKeyword_4_0() { return cDescriptionKeyword_4_0; }
		
		//description=STRING
		public Assignment getDescriptionAssignment_4_1() { return cDescriptionAssignment_4_1; }
		
		//STRING
		public RuleCall getDescriptionSTRINGTerminalRuleCall_4_1_0() { return cDescriptionSTRINGTerminalRuleCall_4_1_0; }
		
		//('owner' owner=[Organisation|QualifiedName])?
		public Group getGroup_5() { return cGroup_5; }
		
		//'owner'
		public Keyword getOwnerKeyword_5_0() { return cOwnerKeyword_5_0; }
		
		//owner=[Organisation|QualifiedName]
		public Assignment getOwnerAssignment_5_1() { return cOwnerAssignment_5_1; }
		
		//[Organisation|QualifiedName]
		public CrossReference getOwnerOrganisationCrossReference_5_1_0() { return cOwnerOrganisationCrossReference_5_1_0; }
		
		//QualifiedName
		public RuleCall getOwnerOrganisationQualifiedNameParserRuleCall_5_1_0_1() { return cOwnerOrganisationQualifiedNameParserRuleCall_5_1_0_1; }
		
		//('status' status=ImprovementStatus)?
		public Group getGroup_6() { return cGroup_6; }
		
		//'status'
		public Keyword getStatusKeyword_6_0() { return cStatusKeyword_6_0; }
		
		//status=ImprovementStatus
		public Assignment getStatusAssignment_6_1() { return cStatusAssignment_6_1; }
		
		//ImprovementStatus
		public RuleCall getStatusImprovementStatusEnumRuleCall_6_1_0() { return cStatusImprovementStatusEnumRuleCall_6_1_0; }
		
		//('direction' direction=Direction)?
		public Group getGroup_7() { return cGroup_7; }
		
		//'direction'
		public Keyword getDirectionKeyword_7_0() { return cDirectionKeyword_7_0; }
		
		//direction=Direction
		public Assignment getDirectionAssignment_7_1() { return cDirectionAssignment_7_1; }
		
		//Direction
		public RuleCall getDirectionDirectionEnumRuleCall_7_1_0() { return cDirectionDirectionEnumRuleCall_7_1_0; }
		
		//('addresses' addresses+=[PainPoint|QualifiedName] (',' addresses+=[PainPoint|QualifiedName])*)?
		public Group getGroup_8() { return cGroup_8; }
		
		//'addresses'
		public Keyword getAddressesKeyword_8_0() { return cAddressesKeyword_8_0; }
		
		//addresses+=[PainPoint|QualifiedName]
		public Assignment getAddressesAssignment_8_1() { return cAddressesAssignment_8_1; }
		
		//[PainPoint|QualifiedName]
		public CrossReference getAddressesPainPointCrossReference_8_1_0() { return cAddressesPainPointCrossReference_8_1_0; }
		
		//QualifiedName
		public RuleCall getAddressesPainPointQualifiedNameParserRuleCall_8_1_0_1() { return cAddressesPainPointQualifiedNameParserRuleCall_8_1_0_1; }
		
		//(',' addresses+=[PainPoint|QualifiedName])*
		public Group getGroup_8_2() { return cGroup_8_2; }
		
		//','
		public Keyword getCommaKeyword_8_2_0() { return cCommaKeyword_8_2_0; }
		
		//addresses+=[PainPoint|QualifiedName]
		public Assignment getAddressesAssignment_8_2_1() { return cAddressesAssignment_8_2_1; }
		
		//[PainPoint|QualifiedName]
		public CrossReference getAddressesPainPointCrossReference_8_2_1_0() { return cAddressesPainPointCrossReference_8_2_1_0; }
		
		//QualifiedName
		public RuleCall getAddressesPainPointQualifiedNameParserRuleCall_8_2_1_0_1() { return cAddressesPainPointQualifiedNameParserRuleCall_8_2_1_0_1; }
		
		//'}'
		public Keyword getRightCurlyBracketKeyword_9() { return cRightCurlyBracketKeyword_9; }
	}
	public class RuleSettingElements extends AbstractParserRuleElementFinder {
		private final ParserRule rule = (ParserRule) GrammarUtil.findRuleForName(getGrammar(), "nl.klantreis.dsl.Klantreis.RuleSetting");
		private final Group cGroup = (Group)rule.eContents().get(1);
		private final Keyword cRuleKeyword_0 = (Keyword)cGroup.eContents().get(0);
		private final Assignment cRuleIdAssignment_1 = (Assignment)cGroup.eContents().get(1);
		private final RuleCall cRuleIdIDTerminalRuleCall_1_0 = (RuleCall)cRuleIdAssignment_1.eContents().get(0);
		private final Assignment cEnabledAssignment_2 = (Assignment)cGroup.eContents().get(2);
		private final RuleCall cEnabledOnOffParserRuleCall_2_0 = (RuleCall)cEnabledAssignment_2.eContents().get(0);
		private final Group cGroup_3 = (Group)cGroup.eContents().get(3);
		private final Keyword cSeverityKeyword_3_0 = (Keyword)cGroup_3.eContents().get(0);
		private final Assignment cSeverityAssignment_3_1 = (Assignment)cGroup_3.eContents().get(1);
		private final RuleCall cSeveritySeverityEnumRuleCall_3_1_0 = (RuleCall)cSeverityAssignment_3_1.eContents().get(0);
		private final Group cGroup_4 = (Group)cGroup.eContents().get(4);
		private final Keyword cLeftCurlyBracketKeyword_4_0 = (Keyword)cGroup_4.eContents().get(0);
		private final Assignment cParametersAssignment_4_1 = (Assignment)cGroup_4.eContents().get(1);
		private final RuleCall cParametersRuleParameterParserRuleCall_4_1_0 = (RuleCall)cParametersAssignment_4_1.eContents().get(0);
		private final Keyword cRightCurlyBracketKeyword_4_2 = (Keyword)cGroup_4.eContents().get(2);
		
		//RuleSetting:
		//    'rule' ruleId=ID (enabled=OnOff)? ('severity' severity=Severity)?
		//        ('{' parameters+=RuleParameter* '}')?;
		@Override public ParserRule getRule() { return rule; }
		
		//'rule' ruleId=ID (enabled=OnOff)? ('severity' severity=Severity)?
		//    ('{' parameters+=RuleParameter* '}')?
		public Group getGroup() { return cGroup; }
		
		//'rule'
		public Keyword getRuleKeyword_0() { return cRuleKeyword_0; }
		
		//ruleId=ID
		public Assignment getRuleIdAssignment_1() { return cRuleIdAssignment_1; }
		
		//ID
		public RuleCall getRuleIdIDTerminalRuleCall_1_0() { return cRuleIdIDTerminalRuleCall_1_0; }
		
		//(enabled=OnOff)?
		public Assignment getEnabledAssignment_2() { return cEnabledAssignment_2; }
		
		//OnOff
		public RuleCall getEnabledOnOffParserRuleCall_2_0() { return cEnabledOnOffParserRuleCall_2_0; }
		
		//('severity' severity=Severity)?
		public Group getGroup_3() { return cGroup_3; }
		
		//'severity'
		public Keyword getSeverityKeyword_3_0() { return cSeverityKeyword_3_0; }
		
		//severity=Severity
		public Assignment getSeverityAssignment_3_1() { return cSeverityAssignment_3_1; }
		
		//Severity
		public RuleCall getSeveritySeverityEnumRuleCall_3_1_0() { return cSeveritySeverityEnumRuleCall_3_1_0; }
		
		//('{' parameters+=RuleParameter* '}')?
		public Group getGroup_4() { return cGroup_4; }
		
		//'{'
		public Keyword getLeftCurlyBracketKeyword_4_0() { return cLeftCurlyBracketKeyword_4_0; }
		
		//parameters+=RuleParameter*
		public Assignment getParametersAssignment_4_1() { return cParametersAssignment_4_1; }
		
		//RuleParameter
		public RuleCall getParametersRuleParameterParserRuleCall_4_1_0() { return cParametersRuleParameterParserRuleCall_4_1_0; }
		
		//'}'
		public Keyword getRightCurlyBracketKeyword_4_2() { return cRightCurlyBracketKeyword_4_2; }
	}
	public class RuleParameterElements extends AbstractParserRuleElementFinder {
		private final ParserRule rule = (ParserRule) GrammarUtil.findRuleForName(getGrammar(), "nl.klantreis.dsl.Klantreis.RuleParameter");
		private final Group cGroup = (Group)rule.eContents().get(1);
		private final Assignment cKeyAssignment_0 = (Assignment)cGroup.eContents().get(0);
		private final RuleCall cKeyIDTerminalRuleCall_0_0 = (RuleCall)cKeyAssignment_0.eContents().get(0);
		private final Keyword cEqualsSignKeyword_1 = (Keyword)cGroup.eContents().get(1);
		private final Assignment cValueAssignment_2 = (Assignment)cGroup.eContents().get(2);
		private final RuleCall cValueSTRINGTerminalRuleCall_2_0 = (RuleCall)cValueAssignment_2.eContents().get(0);
		
		//RuleParameter:
		//    key=ID '=' value=STRING;
		@Override public ParserRule getRule() { return rule; }
		
		//key=ID '=' value=STRING
		public Group getGroup() { return cGroup; }
		
		//key=ID
		public Assignment getKeyAssignment_0() { return cKeyAssignment_0; }
		
		//ID
		public RuleCall getKeyIDTerminalRuleCall_0_0() { return cKeyIDTerminalRuleCall_0_0; }
		
		//'='
		public Keyword getEqualsSignKeyword_1() { return cEqualsSignKeyword_1; }
		
		//value=STRING
		public Assignment getValueAssignment_2() { return cValueAssignment_2; }
		
		//STRING
		public RuleCall getValueSTRINGTerminalRuleCall_2_0() { return cValueSTRINGTerminalRuleCall_2_0; }
	}
	public class QualifiedNameElements extends AbstractParserRuleElementFinder {
		private final ParserRule rule = (ParserRule) GrammarUtil.findRuleForName(getGrammar(), "nl.klantreis.dsl.Klantreis.QualifiedName");
		private final Group cGroup = (Group)rule.eContents().get(1);
		private final RuleCall cIDTerminalRuleCall_0 = (RuleCall)cGroup.eContents().get(0);
		private final Group cGroup_1 = (Group)cGroup.eContents().get(1);
		private final Keyword cFullStopKeyword_1_0 = (Keyword)cGroup_1.eContents().get(0);
		private final RuleCall cIDTerminalRuleCall_1_1 = (RuleCall)cGroup_1.eContents().get(1);
		
		//// Ids are the ID terminal itself, not a datatype rule over it: on a model of 100,000
		//// touchpoints each such rule call costs a node and a token object per id.
		//QualifiedName hidden():
		//    ID ('.' ID)*;
		@Override public ParserRule getRule() { return rule; }
		
		//ID ('.' ID)*
		public Group getGroup() { return cGroup; }
		
		//ID
		public RuleCall getIDTerminalRuleCall_0() { return cIDTerminalRuleCall_0; }
		
		//('.' ID)*
		public Group getGroup_1() { return cGroup_1; }
		
		//'.'
		public Keyword getFullStopKeyword_1_0() { return cFullStopKeyword_1_0; }
		
		//ID
		public RuleCall getIDTerminalRuleCall_1_1() { return cIDTerminalRuleCall_1_1; }
	}
	public class EmotionElements extends AbstractParserRuleElementFinder {
		private final ParserRule rule = (ParserRule) GrammarUtil.findRuleForName(getGrammar(), "nl.klantreis.dsl.Klantreis.Emotion");
		private final Group cGroup = (Group)rule.eContents().get(1);
		private final Alternatives cAlternatives_0 = (Alternatives)cGroup.eContents().get(0);
		private final Keyword cHyphenMinusKeyword_0_0 = (Keyword)cAlternatives_0.eContents().get(0);
		private final Keyword cPlusSignKeyword_0_1 = (Keyword)cAlternatives_0.eContents().get(1);
		private final RuleCall cINTTerminalRuleCall_1 = (RuleCall)cGroup.eContents().get(1);
		
		//Emotion returns ecore::EInt hidden():
		//    ('-' | '+')? INT;
		@Override public ParserRule getRule() { return rule; }
		
		//('-' | '+')? INT
		public Group getGroup() { return cGroup; }
		
		//('-' | '+')?
		public Alternatives getAlternatives_0() { return cAlternatives_0; }
		
		//'-'
		public Keyword getHyphenMinusKeyword_0_0() { return cHyphenMinusKeyword_0_0; }
		
		//'+'
		public Keyword getPlusSignKeyword_0_1() { return cPlusSignKeyword_0_1; }
		
		//INT
		public RuleCall getINTTerminalRuleCall_1() { return cINTTerminalRuleCall_1; }
	}
	public class OnOffElements extends AbstractParserRuleElementFinder {
		private final ParserRule rule = (ParserRule) GrammarUtil.findRuleForName(getGrammar(), "nl.klantreis.dsl.Klantreis.OnOff");
		private final Alternatives cAlternatives = (Alternatives)rule.eContents().get(1);
		private final Keyword cOnKeyword_0 = (Keyword)cAlternatives.eContents().get(0);
		private final Keyword cOffKeyword_1 = (Keyword)cAlternatives.eContents().get(1);
		
		//OnOff returns ecore::EBoolean:
		//    'on' | 'off';
		@Override public ParserRule getRule() { return rule; }
		
		//'on' | 'off'
		public Alternatives getAlternatives() { return cAlternatives; }
		
		//'on'
		public Keyword getOnKeyword_0() { return cOnKeyword_0; }
		
		//'off'
		public Keyword getOffKeyword_1() { return cOffKeyword_1; }
	}
	
	public class JourneyKindElements extends AbstractElementFinder.AbstractEnumRuleElementFinder {
		private final EnumRule rule = (EnumRule) GrammarUtil.findRuleForName(getGrammar(), "nl.klantreis.dsl.Klantreis.JourneyKind");
		private final Alternatives cAlternatives = (Alternatives)rule.eContents().get(1);
		private final EnumLiteralDeclaration cACTUALEnumLiteralDeclaration_0 = (EnumLiteralDeclaration)cAlternatives.eContents().get(0);
		private final Keyword cACTUALACTUALKeyword_0_0 = (Keyword)cACTUALEnumLiteralDeclaration_0.eContents().get(0);
		private final EnumLiteralDeclaration cPLANNEDEnumLiteralDeclaration_1 = (EnumLiteralDeclaration)cAlternatives.eContents().get(1);
		private final Keyword cPLANNEDPLANNEDKeyword_1_0 = (Keyword)cPLANNEDEnumLiteralDeclaration_1.eContents().get(0);
		
		//enum JourneyKind: ACTUAL | PLANNED;
		public EnumRule getRule() { return rule; }
		
		//ACTUAL | PLANNED
		public Alternatives getAlternatives() { return cAlternatives; }
		
		//ACTUAL
		public EnumLiteralDeclaration getACTUALEnumLiteralDeclaration_0() { return cACTUALEnumLiteralDeclaration_0; }
		
		public Keyword getACTUALACTUALKeyword_0_0() { return cACTUALACTUALKeyword_0_0; }
		
		//PLANNED
		public EnumLiteralDeclaration getPLANNEDEnumLiteralDeclaration_1() { return cPLANNEDEnumLiteralDeclaration_1; }
		
		public Keyword getPLANNEDPLANNEDKeyword_1_0() { return cPLANNEDPLANNEDKeyword_1_0; }
	}
	public class JourneyStatusElements extends AbstractElementFinder.AbstractEnumRuleElementFinder {
		private final EnumRule rule = (EnumRule) GrammarUtil.findRuleForName(getGrammar(), "nl.klantreis.dsl.Klantreis.JourneyStatus");
		private final Alternatives cAlternatives = (Alternatives)rule.eContents().get(1);
		private final EnumLiteralDeclaration cDRAFTEnumLiteralDeclaration_0 = (EnumLiteralDeclaration)cAlternatives.eContents().get(0);
		private final Keyword cDRAFTDRAFTKeyword_0_0 = (Keyword)cDRAFTEnumLiteralDeclaration_0.eContents().get(0);
		private final EnumLiteralDeclaration cREVIEWEDEnumLiteralDeclaration_1 = (EnumLiteralDeclaration)cAlternatives.eContents().get(1);
		private final Keyword cREVIEWEDREVIEWEDKeyword_1_0 = (Keyword)cREVIEWEDEnumLiteralDeclaration_1.eContents().get(0);
		private final EnumLiteralDeclaration cADOPTEDEnumLiteralDeclaration_2 = (EnumLiteralDeclaration)cAlternatives.eContents().get(2);
		private final Keyword cADOPTEDADOPTEDKeyword_2_0 = (Keyword)cADOPTEDEnumLiteralDeclaration_2.eContents().get(0);
		
		//enum JourneyStatus: DRAFT | REVIEWED | ADOPTED;
		public EnumRule getRule() { return rule; }
		
		//DRAFT | REVIEWED | ADOPTED
		public Alternatives getAlternatives() { return cAlternatives; }
		
		//DRAFT
		public EnumLiteralDeclaration getDRAFTEnumLiteralDeclaration_0() { return cDRAFTEnumLiteralDeclaration_0; }
		
		public Keyword getDRAFTDRAFTKeyword_0_0() { return cDRAFTDRAFTKeyword_0_0; }
		
		//REVIEWED
		public EnumLiteralDeclaration getREVIEWEDEnumLiteralDeclaration_1() { return cREVIEWEDEnumLiteralDeclaration_1; }
		
		public Keyword getREVIEWEDREVIEWEDKeyword_1_0() { return cREVIEWEDREVIEWEDKeyword_1_0; }
		
		//ADOPTED
		public EnumLiteralDeclaration getADOPTEDEnumLiteralDeclaration_2() { return cADOPTEDEnumLiteralDeclaration_2; }
		
		public Keyword getADOPTEDADOPTEDKeyword_2_0() { return cADOPTEDADOPTEDKeyword_2_0; }
	}
	public class LifeEventKindElements extends AbstractElementFinder.AbstractEnumRuleElementFinder {
		private final EnumRule rule = (EnumRule) GrammarUtil.findRuleForName(getGrammar(), "nl.klantreis.dsl.Klantreis.LifeEventKind");
		private final Alternatives cAlternatives = (Alternatives)rule.eContents().get(1);
		private final EnumLiteralDeclaration cARRIVALEnumLiteralDeclaration_0 = (EnumLiteralDeclaration)cAlternatives.eContents().get(0);
		private final Keyword cARRIVALARRIVALKeyword_0_0 = (Keyword)cARRIVALEnumLiteralDeclaration_0.eContents().get(0);
		private final EnumLiteralDeclaration cINBURGERINGEnumLiteralDeclaration_1 = (EnumLiteralDeclaration)cAlternatives.eContents().get(1);
		private final Keyword cINBURGERINGINBURGERINGKeyword_1_0 = (Keyword)cINBURGERINGEnumLiteralDeclaration_1.eContents().get(0);
		private final EnumLiteralDeclaration cFAMILY_REUNIFICATIONEnumLiteralDeclaration_2 = (EnumLiteralDeclaration)cAlternatives.eContents().get(2);
		private final Keyword cFAMILY_REUNIFICATIONFAMILY_REUNIFICATIONKeyword_2_0 = (Keyword)cFAMILY_REUNIFICATIONEnumLiteralDeclaration_2.eContents().get(0);
		private final EnumLiteralDeclaration cBIRTHEnumLiteralDeclaration_3 = (EnumLiteralDeclaration)cAlternatives.eContents().get(3);
		private final Keyword cBIRTHBIRTHKeyword_3_0 = (Keyword)cBIRTHEnumLiteralDeclaration_3.eContents().get(0);
		private final EnumLiteralDeclaration cSCHOOLEnumLiteralDeclaration_4 = (EnumLiteralDeclaration)cAlternatives.eContents().get(4);
		private final Keyword cSCHOOLSCHOOLKeyword_4_0 = (Keyword)cSCHOOLEnumLiteralDeclaration_4.eContents().get(0);
		private final EnumLiteralDeclaration cJOB_SEARCHEnumLiteralDeclaration_5 = (EnumLiteralDeclaration)cAlternatives.eContents().get(5);
		private final Keyword cJOB_SEARCHJOB_SEARCHKeyword_5_0 = (Keyword)cJOB_SEARCHEnumLiteralDeclaration_5.eContents().get(0);
		private final EnumLiteralDeclaration cJOB_LOSSEnumLiteralDeclaration_6 = (EnumLiteralDeclaration)cAlternatives.eContents().get(6);
		private final Keyword cJOB_LOSSJOB_LOSSKeyword_6_0 = (Keyword)cJOB_LOSSEnumLiteralDeclaration_6.eContents().get(0);
		private final EnumLiteralDeclaration cILLNESSEnumLiteralDeclaration_7 = (EnumLiteralDeclaration)cAlternatives.eContents().get(7);
		private final Keyword cILLNESSILLNESSKeyword_7_0 = (Keyword)cILLNESSEnumLiteralDeclaration_7.eContents().get(0);
		private final EnumLiteralDeclaration cMOVINGEnumLiteralDeclaration_8 = (EnumLiteralDeclaration)cAlternatives.eContents().get(8);
		private final Keyword cMOVINGMOVINGKeyword_8_0 = (Keyword)cMOVINGEnumLiteralDeclaration_8.eContents().get(0);
		private final EnumLiteralDeclaration cDEBTEnumLiteralDeclaration_9 = (EnumLiteralDeclaration)cAlternatives.eContents().get(9);
		private final Keyword cDEBTDEBTKeyword_9_0 = (Keyword)cDEBTEnumLiteralDeclaration_9.eContents().get(0);
		private final EnumLiteralDeclaration cOTHEREnumLiteralDeclaration_10 = (EnumLiteralDeclaration)cAlternatives.eContents().get(10);
		private final Keyword cOTHEROTHERKeyword_10_0 = (Keyword)cOTHEREnumLiteralDeclaration_10.eContents().get(0);
		
		//enum LifeEventKind: ARRIVAL | INBURGERING | FAMILY_REUNIFICATION | BIRTH | SCHOOL | JOB_SEARCH | JOB_LOSS
		//    | ILLNESS | MOVING | DEBT | OTHER;
		public EnumRule getRule() { return rule; }
		
		//ARRIVAL | INBURGERING | FAMILY_REUNIFICATION | BIRTH | SCHOOL | JOB_SEARCH | JOB_LOSS
		//   | ILLNESS | MOVING | DEBT | OTHER
		public Alternatives getAlternatives() { return cAlternatives; }
		
		//ARRIVAL
		public EnumLiteralDeclaration getARRIVALEnumLiteralDeclaration_0() { return cARRIVALEnumLiteralDeclaration_0; }
		
		public Keyword getARRIVALARRIVALKeyword_0_0() { return cARRIVALARRIVALKeyword_0_0; }
		
		//INBURGERING
		public EnumLiteralDeclaration getINBURGERINGEnumLiteralDeclaration_1() { return cINBURGERINGEnumLiteralDeclaration_1; }
		
		public Keyword getINBURGERINGINBURGERINGKeyword_1_0() { return cINBURGERINGINBURGERINGKeyword_1_0; }
		
		//FAMILY_REUNIFICATION
		public EnumLiteralDeclaration getFAMILY_REUNIFICATIONEnumLiteralDeclaration_2() { return cFAMILY_REUNIFICATIONEnumLiteralDeclaration_2; }
		
		public Keyword getFAMILY_REUNIFICATIONFAMILY_REUNIFICATIONKeyword_2_0() { return cFAMILY_REUNIFICATIONFAMILY_REUNIFICATIONKeyword_2_0; }
		
		//BIRTH
		public EnumLiteralDeclaration getBIRTHEnumLiteralDeclaration_3() { return cBIRTHEnumLiteralDeclaration_3; }
		
		public Keyword getBIRTHBIRTHKeyword_3_0() { return cBIRTHBIRTHKeyword_3_0; }
		
		//SCHOOL
		public EnumLiteralDeclaration getSCHOOLEnumLiteralDeclaration_4() { return cSCHOOLEnumLiteralDeclaration_4; }
		
		public Keyword getSCHOOLSCHOOLKeyword_4_0() { return cSCHOOLSCHOOLKeyword_4_0; }
		
		//JOB_SEARCH
		public EnumLiteralDeclaration getJOB_SEARCHEnumLiteralDeclaration_5() { return cJOB_SEARCHEnumLiteralDeclaration_5; }
		
		public Keyword getJOB_SEARCHJOB_SEARCHKeyword_5_0() { return cJOB_SEARCHJOB_SEARCHKeyword_5_0; }
		
		//JOB_LOSS
		public EnumLiteralDeclaration getJOB_LOSSEnumLiteralDeclaration_6() { return cJOB_LOSSEnumLiteralDeclaration_6; }
		
		public Keyword getJOB_LOSSJOB_LOSSKeyword_6_0() { return cJOB_LOSSJOB_LOSSKeyword_6_0; }
		
		//ILLNESS
		public EnumLiteralDeclaration getILLNESSEnumLiteralDeclaration_7() { return cILLNESSEnumLiteralDeclaration_7; }
		
		public Keyword getILLNESSILLNESSKeyword_7_0() { return cILLNESSILLNESSKeyword_7_0; }
		
		//MOVING
		public EnumLiteralDeclaration getMOVINGEnumLiteralDeclaration_8() { return cMOVINGEnumLiteralDeclaration_8; }
		
		public Keyword getMOVINGMOVINGKeyword_8_0() { return cMOVINGMOVINGKeyword_8_0; }
		
		//DEBT
		public EnumLiteralDeclaration getDEBTEnumLiteralDeclaration_9() { return cDEBTEnumLiteralDeclaration_9; }
		
		public Keyword getDEBTDEBTKeyword_9_0() { return cDEBTDEBTKeyword_9_0; }
		
		//OTHER
		public EnumLiteralDeclaration getOTHEREnumLiteralDeclaration_10() { return cOTHEREnumLiteralDeclaration_10; }
		
		public Keyword getOTHEROTHERKeyword_10_0() { return cOTHEROTHERKeyword_10_0; }
	}
	public class ChannelElements extends AbstractElementFinder.AbstractEnumRuleElementFinder {
		private final EnumRule rule = (EnumRule) GrammarUtil.findRuleForName(getGrammar(), "nl.klantreis.dsl.Klantreis.Channel");
		private final Alternatives cAlternatives = (Alternatives)rule.eContents().get(1);
		private final EnumLiteralDeclaration cCOUNTEREnumLiteralDeclaration_0 = (EnumLiteralDeclaration)cAlternatives.eContents().get(0);
		private final Keyword cCOUNTERCOUNTERKeyword_0_0 = (Keyword)cCOUNTEREnumLiteralDeclaration_0.eContents().get(0);
		private final EnumLiteralDeclaration cPHONEEnumLiteralDeclaration_1 = (EnumLiteralDeclaration)cAlternatives.eContents().get(1);
		private final Keyword cPHONEPHONEKeyword_1_0 = (Keyword)cPHONEEnumLiteralDeclaration_1.eContents().get(0);
		private final EnumLiteralDeclaration cLETTEREnumLiteralDeclaration_2 = (EnumLiteralDeclaration)cAlternatives.eContents().get(2);
		private final Keyword cLETTERLETTERKeyword_2_0 = (Keyword)cLETTEREnumLiteralDeclaration_2.eContents().get(0);
		private final EnumLiteralDeclaration cEMAILEnumLiteralDeclaration_3 = (EnumLiteralDeclaration)cAlternatives.eContents().get(3);
		private final Keyword cEMAILEMAILKeyword_3_0 = (Keyword)cEMAILEnumLiteralDeclaration_3.eContents().get(0);
		private final EnumLiteralDeclaration cPORTALEnumLiteralDeclaration_4 = (EnumLiteralDeclaration)cAlternatives.eContents().get(4);
		private final Keyword cPORTALPORTALKeyword_4_0 = (Keyword)cPORTALEnumLiteralDeclaration_4.eContents().get(0);
		private final EnumLiteralDeclaration cHOME_VISITEnumLiteralDeclaration_5 = (EnumLiteralDeclaration)cAlternatives.eContents().get(5);
		private final Keyword cHOME_VISITHOME_VISITKeyword_5_0 = (Keyword)cHOME_VISITEnumLiteralDeclaration_5.eContents().get(0);
		private final EnumLiteralDeclaration cGROUP_SESSIONEnumLiteralDeclaration_6 = (EnumLiteralDeclaration)cAlternatives.eContents().get(6);
		private final Keyword cGROUP_SESSIONGROUP_SESSIONKeyword_6_0 = (Keyword)cGROUP_SESSIONEnumLiteralDeclaration_6.eContents().get(0);
		private final EnumLiteralDeclaration cCONSULTATION_HOUREnumLiteralDeclaration_7 = (EnumLiteralDeclaration)cAlternatives.eContents().get(7);
		private final Keyword cCONSULTATION_HOURCONSULTATION_HOURKeyword_7_0 = (Keyword)cCONSULTATION_HOUREnumLiteralDeclaration_7.eContents().get(0);
		private final EnumLiteralDeclaration cSOCIAL_MEDIAEnumLiteralDeclaration_8 = (EnumLiteralDeclaration)cAlternatives.eContents().get(8);
		private final Keyword cSOCIAL_MEDIASOCIAL_MEDIAKeyword_8_0 = (Keyword)cSOCIAL_MEDIAEnumLiteralDeclaration_8.eContents().get(0);
		private final EnumLiteralDeclaration cVIDEO_CALLEnumLiteralDeclaration_9 = (EnumLiteralDeclaration)cAlternatives.eContents().get(9);
		private final Keyword cVIDEO_CALLVIDEO_CALLKeyword_9_0 = (Keyword)cVIDEO_CALLEnumLiteralDeclaration_9.eContents().get(0);
		private final EnumLiteralDeclaration cMEETINGEnumLiteralDeclaration_10 = (EnumLiteralDeclaration)cAlternatives.eContents().get(10);
		private final Keyword cMEETINGMEETINGKeyword_10_0 = (Keyword)cMEETINGEnumLiteralDeclaration_10.eContents().get(0);
		
		//enum Channel: COUNTER | PHONE | LETTER | EMAIL | PORTAL | HOME_VISIT | GROUP_SESSION | CONSULTATION_HOUR
		//    | SOCIAL_MEDIA | VIDEO_CALL | MEETING;
		public EnumRule getRule() { return rule; }
		
		//COUNTER | PHONE | LETTER | EMAIL | PORTAL | HOME_VISIT | GROUP_SESSION | CONSULTATION_HOUR
		//   | SOCIAL_MEDIA | VIDEO_CALL | MEETING
		public Alternatives getAlternatives() { return cAlternatives; }
		
		//COUNTER
		public EnumLiteralDeclaration getCOUNTEREnumLiteralDeclaration_0() { return cCOUNTEREnumLiteralDeclaration_0; }
		
		public Keyword getCOUNTERCOUNTERKeyword_0_0() { return cCOUNTERCOUNTERKeyword_0_0; }
		
		//PHONE
		public EnumLiteralDeclaration getPHONEEnumLiteralDeclaration_1() { return cPHONEEnumLiteralDeclaration_1; }
		
		public Keyword getPHONEPHONEKeyword_1_0() { return cPHONEPHONEKeyword_1_0; }
		
		//LETTER
		public EnumLiteralDeclaration getLETTEREnumLiteralDeclaration_2() { return cLETTEREnumLiteralDeclaration_2; }
		
		public Keyword getLETTERLETTERKeyword_2_0() { return cLETTERLETTERKeyword_2_0; }
		
		//EMAIL
		public EnumLiteralDeclaration getEMAILEnumLiteralDeclaration_3() { return cEMAILEnumLiteralDeclaration_3; }
		
		public Keyword getEMAILEMAILKeyword_3_0() { return cEMAILEMAILKeyword_3_0; }
		
		//PORTAL
		public EnumLiteralDeclaration getPORTALEnumLiteralDeclaration_4() { return cPORTALEnumLiteralDeclaration_4; }
		
		public Keyword getPORTALPORTALKeyword_4_0() { return cPORTALPORTALKeyword_4_0; }
		
		//HOME_VISIT
		public EnumLiteralDeclaration getHOME_VISITEnumLiteralDeclaration_5() { return cHOME_VISITEnumLiteralDeclaration_5; }
		
		public Keyword getHOME_VISITHOME_VISITKeyword_5_0() { return cHOME_VISITHOME_VISITKeyword_5_0; }
		
		//GROUP_SESSION
		public EnumLiteralDeclaration getGROUP_SESSIONEnumLiteralDeclaration_6() { return cGROUP_SESSIONEnumLiteralDeclaration_6; }
		
		public Keyword getGROUP_SESSIONGROUP_SESSIONKeyword_6_0() { return cGROUP_SESSIONGROUP_SESSIONKeyword_6_0; }
		
		//CONSULTATION_HOUR
		public EnumLiteralDeclaration getCONSULTATION_HOUREnumLiteralDeclaration_7() { return cCONSULTATION_HOUREnumLiteralDeclaration_7; }
		
		public Keyword getCONSULTATION_HOURCONSULTATION_HOURKeyword_7_0() { return cCONSULTATION_HOURCONSULTATION_HOURKeyword_7_0; }
		
		//SOCIAL_MEDIA
		public EnumLiteralDeclaration getSOCIAL_MEDIAEnumLiteralDeclaration_8() { return cSOCIAL_MEDIAEnumLiteralDeclaration_8; }
		
		public Keyword getSOCIAL_MEDIASOCIAL_MEDIAKeyword_8_0() { return cSOCIAL_MEDIASOCIAL_MEDIAKeyword_8_0; }
		
		//VIDEO_CALL
		public EnumLiteralDeclaration getVIDEO_CALLEnumLiteralDeclaration_9() { return cVIDEO_CALLEnumLiteralDeclaration_9; }
		
		public Keyword getVIDEO_CALLVIDEO_CALLKeyword_9_0() { return cVIDEO_CALLVIDEO_CALLKeyword_9_0; }
		
		//MEETING
		public EnumLiteralDeclaration getMEETINGEnumLiteralDeclaration_10() { return cMEETINGEnumLiteralDeclaration_10; }
		
		public Keyword getMEETINGMEETINGKeyword_10_0() { return cMEETINGMEETINGKeyword_10_0; }
	}
	public class InitiatorElements extends AbstractElementFinder.AbstractEnumRuleElementFinder {
		private final EnumRule rule = (EnumRule) GrammarUtil.findRuleForName(getGrammar(), "nl.klantreis.dsl.Klantreis.Initiator");
		private final Alternatives cAlternatives = (Alternatives)rule.eContents().get(1);
		private final EnumLiteralDeclaration cRESIDENTEnumLiteralDeclaration_0 = (EnumLiteralDeclaration)cAlternatives.eContents().get(0);
		private final Keyword cRESIDENTRESIDENTKeyword_0_0 = (Keyword)cRESIDENTEnumLiteralDeclaration_0.eContents().get(0);
		private final EnumLiteralDeclaration cORGANISATIONEnumLiteralDeclaration_1 = (EnumLiteralDeclaration)cAlternatives.eContents().get(1);
		private final Keyword cORGANISATIONORGANISATIONKeyword_1_0 = (Keyword)cORGANISATIONEnumLiteralDeclaration_1.eContents().get(0);
		
		//enum Initiator: RESIDENT | ORGANISATION;
		public EnumRule getRule() { return rule; }
		
		//RESIDENT | ORGANISATION
		public Alternatives getAlternatives() { return cAlternatives; }
		
		//RESIDENT
		public EnumLiteralDeclaration getRESIDENTEnumLiteralDeclaration_0() { return cRESIDENTEnumLiteralDeclaration_0; }
		
		public Keyword getRESIDENTRESIDENTKeyword_0_0() { return cRESIDENTRESIDENTKeyword_0_0; }
		
		//ORGANISATION
		public EnumLiteralDeclaration getORGANISATIONEnumLiteralDeclaration_1() { return cORGANISATIONEnumLiteralDeclaration_1; }
		
		public Keyword getORGANISATIONORGANISATIONKeyword_1_0() { return cORGANISATIONORGANISATIONKeyword_1_0; }
	}
	public class PurposeElements extends AbstractElementFinder.AbstractEnumRuleElementFinder {
		private final EnumRule rule = (EnumRule) GrammarUtil.findRuleForName(getGrammar(), "nl.klantreis.dsl.Klantreis.Purpose");
		private final Alternatives cAlternatives = (Alternatives)rule.eContents().get(1);
		private final EnumLiteralDeclaration cINFORMATIONEnumLiteralDeclaration_0 = (EnumLiteralDeclaration)cAlternatives.eContents().get(0);
		private final Keyword cINFORMATIONINFORMATIONKeyword_0_0 = (Keyword)cINFORMATIONEnumLiteralDeclaration_0.eContents().get(0);
		private final EnumLiteralDeclaration cINTAKEEnumLiteralDeclaration_1 = (EnumLiteralDeclaration)cAlternatives.eContents().get(1);
		private final Keyword cINTAKEINTAKEKeyword_1_0 = (Keyword)cINTAKEEnumLiteralDeclaration_1.eContents().get(0);
		private final EnumLiteralDeclaration cADVICEEnumLiteralDeclaration_2 = (EnumLiteralDeclaration)cAlternatives.eContents().get(2);
		private final Keyword cADVICEADVICEKeyword_2_0 = (Keyword)cADVICEEnumLiteralDeclaration_2.eContents().get(0);
		private final EnumLiteralDeclaration cDECISIONEnumLiteralDeclaration_3 = (EnumLiteralDeclaration)cAlternatives.eContents().get(3);
		private final Keyword cDECISIONDECISIONKeyword_3_0 = (Keyword)cDECISIONEnumLiteralDeclaration_3.eContents().get(0);
		private final EnumLiteralDeclaration cREFERRALEnumLiteralDeclaration_4 = (EnumLiteralDeclaration)cAlternatives.eContents().get(4);
		private final Keyword cREFERRALREFERRALKeyword_4_0 = (Keyword)cREFERRALEnumLiteralDeclaration_4.eContents().get(0);
		private final EnumLiteralDeclaration cFOLLOW_UPEnumLiteralDeclaration_5 = (EnumLiteralDeclaration)cAlternatives.eContents().get(5);
		private final Keyword cFOLLOW_UPFOLLOW_UPKeyword_5_0 = (Keyword)cFOLLOW_UPEnumLiteralDeclaration_5.eContents().get(0);
		private final EnumLiteralDeclaration cSUPPORTEnumLiteralDeclaration_6 = (EnumLiteralDeclaration)cAlternatives.eContents().get(6);
		private final Keyword cSUPPORTSUPPORTKeyword_6_0 = (Keyword)cSUPPORTEnumLiteralDeclaration_6.eContents().get(0);
		
		//enum Purpose: INFORMATION | INTAKE | ADVICE | DECISION | REFERRAL | FOLLOW_UP | SUPPORT;
		public EnumRule getRule() { return rule; }
		
		//INFORMATION | INTAKE | ADVICE | DECISION | REFERRAL | FOLLOW_UP | SUPPORT
		public Alternatives getAlternatives() { return cAlternatives; }
		
		//INFORMATION
		public EnumLiteralDeclaration getINFORMATIONEnumLiteralDeclaration_0() { return cINFORMATIONEnumLiteralDeclaration_0; }
		
		public Keyword getINFORMATIONINFORMATIONKeyword_0_0() { return cINFORMATIONINFORMATIONKeyword_0_0; }
		
		//INTAKE
		public EnumLiteralDeclaration getINTAKEEnumLiteralDeclaration_1() { return cINTAKEEnumLiteralDeclaration_1; }
		
		public Keyword getINTAKEINTAKEKeyword_1_0() { return cINTAKEINTAKEKeyword_1_0; }
		
		//ADVICE
		public EnumLiteralDeclaration getADVICEEnumLiteralDeclaration_2() { return cADVICEEnumLiteralDeclaration_2; }
		
		public Keyword getADVICEADVICEKeyword_2_0() { return cADVICEADVICEKeyword_2_0; }
		
		//DECISION
		public EnumLiteralDeclaration getDECISIONEnumLiteralDeclaration_3() { return cDECISIONEnumLiteralDeclaration_3; }
		
		public Keyword getDECISIONDECISIONKeyword_3_0() { return cDECISIONDECISIONKeyword_3_0; }
		
		//REFERRAL
		public EnumLiteralDeclaration getREFERRALEnumLiteralDeclaration_4() { return cREFERRALEnumLiteralDeclaration_4; }
		
		public Keyword getREFERRALREFERRALKeyword_4_0() { return cREFERRALREFERRALKeyword_4_0; }
		
		//FOLLOW_UP
		public EnumLiteralDeclaration getFOLLOW_UPEnumLiteralDeclaration_5() { return cFOLLOW_UPEnumLiteralDeclaration_5; }
		
		public Keyword getFOLLOW_UPFOLLOW_UPKeyword_5_0() { return cFOLLOW_UPFOLLOW_UPKeyword_5_0; }
		
		//SUPPORT
		public EnumLiteralDeclaration getSUPPORTEnumLiteralDeclaration_6() { return cSUPPORTEnumLiteralDeclaration_6; }
		
		public Keyword getSUPPORTSUPPORTKeyword_6_0() { return cSUPPORTSUPPORTKeyword_6_0; }
	}
	public class InterpreterArrangementElements extends AbstractElementFinder.AbstractEnumRuleElementFinder {
		private final EnumRule rule = (EnumRule) GrammarUtil.findRuleForName(getGrammar(), "nl.klantreis.dsl.Klantreis.InterpreterArrangement");
		private final Alternatives cAlternatives = (Alternatives)rule.eContents().get(1);
		private final EnumLiteralDeclaration cNONEEnumLiteralDeclaration_0 = (EnumLiteralDeclaration)cAlternatives.eContents().get(0);
		private final Keyword cNONENONEKeyword_0_0 = (Keyword)cNONEEnumLiteralDeclaration_0.eContents().get(0);
		private final EnumLiteralDeclaration cPROFESSIONALEnumLiteralDeclaration_1 = (EnumLiteralDeclaration)cAlternatives.eContents().get(1);
		private final Keyword cPROFESSIONALPROFESSIONALKeyword_1_0 = (Keyword)cPROFESSIONALEnumLiteralDeclaration_1.eContents().get(0);
		private final EnumLiteralDeclaration cBILINGUAL_STAFFEnumLiteralDeclaration_2 = (EnumLiteralDeclaration)cAlternatives.eContents().get(2);
		private final Keyword cBILINGUAL_STAFFBILINGUAL_STAFFKeyword_2_0 = (Keyword)cBILINGUAL_STAFFEnumLiteralDeclaration_2.eContents().get(0);
		private final EnumLiteralDeclaration cKEY_PERSONEnumLiteralDeclaration_3 = (EnumLiteralDeclaration)cAlternatives.eContents().get(3);
		private final Keyword cKEY_PERSONKEY_PERSONKeyword_3_0 = (Keyword)cKEY_PERSONEnumLiteralDeclaration_3.eContents().get(0);
		private final EnumLiteralDeclaration cFAMILYEnumLiteralDeclaration_4 = (EnumLiteralDeclaration)cAlternatives.eContents().get(4);
		private final Keyword cFAMILYFAMILYKeyword_4_0 = (Keyword)cFAMILYEnumLiteralDeclaration_4.eContents().get(0);
		private final EnumLiteralDeclaration cCHILDEnumLiteralDeclaration_5 = (EnumLiteralDeclaration)cAlternatives.eContents().get(5);
		private final Keyword cCHILDCHILDKeyword_5_0 = (Keyword)cCHILDEnumLiteralDeclaration_5.eContents().get(0);
		
		//enum InterpreterArrangement: NONE | PROFESSIONAL | BILINGUAL_STAFF | KEY_PERSON | FAMILY | CHILD;
		public EnumRule getRule() { return rule; }
		
		//NONE | PROFESSIONAL | BILINGUAL_STAFF | KEY_PERSON | FAMILY | CHILD
		public Alternatives getAlternatives() { return cAlternatives; }
		
		//NONE
		public EnumLiteralDeclaration getNONEEnumLiteralDeclaration_0() { return cNONEEnumLiteralDeclaration_0; }
		
		public Keyword getNONENONEKeyword_0_0() { return cNONENONEKeyword_0_0; }
		
		//PROFESSIONAL
		public EnumLiteralDeclaration getPROFESSIONALEnumLiteralDeclaration_1() { return cPROFESSIONALEnumLiteralDeclaration_1; }
		
		public Keyword getPROFESSIONALPROFESSIONALKeyword_1_0() { return cPROFESSIONALPROFESSIONALKeyword_1_0; }
		
		//BILINGUAL_STAFF
		public EnumLiteralDeclaration getBILINGUAL_STAFFEnumLiteralDeclaration_2() { return cBILINGUAL_STAFFEnumLiteralDeclaration_2; }
		
		public Keyword getBILINGUAL_STAFFBILINGUAL_STAFFKeyword_2_0() { return cBILINGUAL_STAFFBILINGUAL_STAFFKeyword_2_0; }
		
		//KEY_PERSON
		public EnumLiteralDeclaration getKEY_PERSONEnumLiteralDeclaration_3() { return cKEY_PERSONEnumLiteralDeclaration_3; }
		
		public Keyword getKEY_PERSONKEY_PERSONKeyword_3_0() { return cKEY_PERSONKEY_PERSONKeyword_3_0; }
		
		//FAMILY
		public EnumLiteralDeclaration getFAMILYEnumLiteralDeclaration_4() { return cFAMILYEnumLiteralDeclaration_4; }
		
		public Keyword getFAMILYFAMILYKeyword_4_0() { return cFAMILYFAMILYKeyword_4_0; }
		
		//CHILD
		public EnumLiteralDeclaration getCHILDEnumLiteralDeclaration_5() { return cCHILDEnumLiteralDeclaration_5; }
		
		public Keyword getCHILDCHILDKeyword_5_0() { return cCHILDCHILDKeyword_5_0; }
	}
	public class CommunicationFormElements extends AbstractElementFinder.AbstractEnumRuleElementFinder {
		private final EnumRule rule = (EnumRule) GrammarUtil.findRuleForName(getGrammar(), "nl.klantreis.dsl.Klantreis.CommunicationForm");
		private final Alternatives cAlternatives = (Alternatives)rule.eContents().get(1);
		private final EnumLiteralDeclaration cSPOKENEnumLiteralDeclaration_0 = (EnumLiteralDeclaration)cAlternatives.eContents().get(0);
		private final Keyword cSPOKENSPOKENKeyword_0_0 = (Keyword)cSPOKENEnumLiteralDeclaration_0.eContents().get(0);
		private final EnumLiteralDeclaration cWRITTENEnumLiteralDeclaration_1 = (EnumLiteralDeclaration)cAlternatives.eContents().get(1);
		private final Keyword cWRITTENWRITTENKeyword_1_0 = (Keyword)cWRITTENEnumLiteralDeclaration_1.eContents().get(0);
		private final EnumLiteralDeclaration cPLAIN_LANGUAGEEnumLiteralDeclaration_2 = (EnumLiteralDeclaration)cAlternatives.eContents().get(2);
		private final Keyword cPLAIN_LANGUAGEPLAIN_LANGUAGEKeyword_2_0 = (Keyword)cPLAIN_LANGUAGEEnumLiteralDeclaration_2.eContents().get(0);
		private final EnumLiteralDeclaration cTRANSLATEDEnumLiteralDeclaration_3 = (EnumLiteralDeclaration)cAlternatives.eContents().get(3);
		private final Keyword cTRANSLATEDTRANSLATEDKeyword_3_0 = (Keyword)cTRANSLATEDEnumLiteralDeclaration_3.eContents().get(0);
		private final EnumLiteralDeclaration cVISUALEnumLiteralDeclaration_4 = (EnumLiteralDeclaration)cAlternatives.eContents().get(4);
		private final Keyword cVISUALVISUALKeyword_4_0 = (Keyword)cVISUALEnumLiteralDeclaration_4.eContents().get(0);
		
		//enum CommunicationForm: SPOKEN | WRITTEN | PLAIN_LANGUAGE | TRANSLATED | VISUAL;
		public EnumRule getRule() { return rule; }
		
		//SPOKEN | WRITTEN | PLAIN_LANGUAGE | TRANSLATED | VISUAL
		public Alternatives getAlternatives() { return cAlternatives; }
		
		//SPOKEN
		public EnumLiteralDeclaration getSPOKENEnumLiteralDeclaration_0() { return cSPOKENEnumLiteralDeclaration_0; }
		
		public Keyword getSPOKENSPOKENKeyword_0_0() { return cSPOKENSPOKENKeyword_0_0; }
		
		//WRITTEN
		public EnumLiteralDeclaration getWRITTENEnumLiteralDeclaration_1() { return cWRITTENEnumLiteralDeclaration_1; }
		
		public Keyword getWRITTENWRITTENKeyword_1_0() { return cWRITTENWRITTENKeyword_1_0; }
		
		//PLAIN_LANGUAGE
		public EnumLiteralDeclaration getPLAIN_LANGUAGEEnumLiteralDeclaration_2() { return cPLAIN_LANGUAGEEnumLiteralDeclaration_2; }
		
		public Keyword getPLAIN_LANGUAGEPLAIN_LANGUAGEKeyword_2_0() { return cPLAIN_LANGUAGEPLAIN_LANGUAGEKeyword_2_0; }
		
		//TRANSLATED
		public EnumLiteralDeclaration getTRANSLATEDEnumLiteralDeclaration_3() { return cTRANSLATEDEnumLiteralDeclaration_3; }
		
		public Keyword getTRANSLATEDTRANSLATEDKeyword_3_0() { return cTRANSLATEDTRANSLATEDKeyword_3_0; }
		
		//VISUAL
		public EnumLiteralDeclaration getVISUALEnumLiteralDeclaration_4() { return cVISUALEnumLiteralDeclaration_4; }
		
		public Keyword getVISUALVISUALKeyword_4_0() { return cVISUALVISUALKeyword_4_0; }
	}
	public class LifeDomainElements extends AbstractElementFinder.AbstractEnumRuleElementFinder {
		private final EnumRule rule = (EnumRule) GrammarUtil.findRuleForName(getGrammar(), "nl.klantreis.dsl.Klantreis.LifeDomain");
		private final Alternatives cAlternatives = (Alternatives)rule.eContents().get(1);
		private final EnumLiteralDeclaration cINCOMEEnumLiteralDeclaration_0 = (EnumLiteralDeclaration)cAlternatives.eContents().get(0);
		private final Keyword cINCOMEINCOMEKeyword_0_0 = (Keyword)cINCOMEEnumLiteralDeclaration_0.eContents().get(0);
		private final EnumLiteralDeclaration cWORKEnumLiteralDeclaration_1 = (EnumLiteralDeclaration)cAlternatives.eContents().get(1);
		private final Keyword cWORKWORKKeyword_1_0 = (Keyword)cWORKEnumLiteralDeclaration_1.eContents().get(0);
		private final EnumLiteralDeclaration cEDUCATIONEnumLiteralDeclaration_2 = (EnumLiteralDeclaration)cAlternatives.eContents().get(2);
		private final Keyword cEDUCATIONEDUCATIONKeyword_2_0 = (Keyword)cEDUCATIONEnumLiteralDeclaration_2.eContents().get(0);
		private final EnumLiteralDeclaration cHOUSINGEnumLiteralDeclaration_3 = (EnumLiteralDeclaration)cAlternatives.eContents().get(3);
		private final Keyword cHOUSINGHOUSINGKeyword_3_0 = (Keyword)cHOUSINGEnumLiteralDeclaration_3.eContents().get(0);
		private final EnumLiteralDeclaration cPHYSICAL_HEALTHEnumLiteralDeclaration_4 = (EnumLiteralDeclaration)cAlternatives.eContents().get(4);
		private final Keyword cPHYSICAL_HEALTHPHYSICAL_HEALTHKeyword_4_0 = (Keyword)cPHYSICAL_HEALTHEnumLiteralDeclaration_4.eContents().get(0);
		private final EnumLiteralDeclaration cMENTAL_HEALTHEnumLiteralDeclaration_5 = (EnumLiteralDeclaration)cAlternatives.eContents().get(5);
		private final Keyword cMENTAL_HEALTHMENTAL_HEALTHKeyword_5_0 = (Keyword)cMENTAL_HEALTHEnumLiteralDeclaration_5.eContents().get(0);
		private final EnumLiteralDeclaration cFAMILYEnumLiteralDeclaration_6 = (EnumLiteralDeclaration)cAlternatives.eContents().get(6);
		private final Keyword cFAMILYFAMILYKeyword_6_0 = (Keyword)cFAMILYEnumLiteralDeclaration_6.eContents().get(0);
		private final EnumLiteralDeclaration cSOCIAL_NETWORKEnumLiteralDeclaration_7 = (EnumLiteralDeclaration)cAlternatives.eContents().get(7);
		private final Keyword cSOCIAL_NETWORKSOCIAL_NETWORKKeyword_7_0 = (Keyword)cSOCIAL_NETWORKEnumLiteralDeclaration_7.eContents().get(0);
		
		//enum LifeDomain: INCOME | WORK | EDUCATION | HOUSING | PHYSICAL_HEALTH | MENTAL_HEALTH | FAMILY | SOCIAL_NETWORK;
		public EnumRule getRule() { return rule; }
		
		//INCOME | WORK | EDUCATION | HOUSING | PHYSICAL_HEALTH | MENTAL_HEALTH | FAMILY | SOCIAL_NETWORK
		public Alternatives getAlternatives() { return cAlternatives; }
		
		//INCOME
		public EnumLiteralDeclaration getINCOMEEnumLiteralDeclaration_0() { return cINCOMEEnumLiteralDeclaration_0; }
		
		public Keyword getINCOMEINCOMEKeyword_0_0() { return cINCOMEINCOMEKeyword_0_0; }
		
		//WORK
		public EnumLiteralDeclaration getWORKEnumLiteralDeclaration_1() { return cWORKEnumLiteralDeclaration_1; }
		
		public Keyword getWORKWORKKeyword_1_0() { return cWORKWORKKeyword_1_0; }
		
		//EDUCATION
		public EnumLiteralDeclaration getEDUCATIONEnumLiteralDeclaration_2() { return cEDUCATIONEnumLiteralDeclaration_2; }
		
		public Keyword getEDUCATIONEDUCATIONKeyword_2_0() { return cEDUCATIONEDUCATIONKeyword_2_0; }
		
		//HOUSING
		public EnumLiteralDeclaration getHOUSINGEnumLiteralDeclaration_3() { return cHOUSINGEnumLiteralDeclaration_3; }
		
		public Keyword getHOUSINGHOUSINGKeyword_3_0() { return cHOUSINGHOUSINGKeyword_3_0; }
		
		//PHYSICAL_HEALTH
		public EnumLiteralDeclaration getPHYSICAL_HEALTHEnumLiteralDeclaration_4() { return cPHYSICAL_HEALTHEnumLiteralDeclaration_4; }
		
		public Keyword getPHYSICAL_HEALTHPHYSICAL_HEALTHKeyword_4_0() { return cPHYSICAL_HEALTHPHYSICAL_HEALTHKeyword_4_0; }
		
		//MENTAL_HEALTH
		public EnumLiteralDeclaration getMENTAL_HEALTHEnumLiteralDeclaration_5() { return cMENTAL_HEALTHEnumLiteralDeclaration_5; }
		
		public Keyword getMENTAL_HEALTHMENTAL_HEALTHKeyword_5_0() { return cMENTAL_HEALTHMENTAL_HEALTHKeyword_5_0; }
		
		//FAMILY
		public EnumLiteralDeclaration getFAMILYEnumLiteralDeclaration_6() { return cFAMILYEnumLiteralDeclaration_6; }
		
		public Keyword getFAMILYFAMILYKeyword_6_0() { return cFAMILYFAMILYKeyword_6_0; }
		
		//SOCIAL_NETWORK
		public EnumLiteralDeclaration getSOCIAL_NETWORKEnumLiteralDeclaration_7() { return cSOCIAL_NETWORKEnumLiteralDeclaration_7; }
		
		public Keyword getSOCIAL_NETWORKSOCIAL_NETWORKKeyword_7_0() { return cSOCIAL_NETWORKSOCIAL_NETWORKKeyword_7_0; }
	}
	public class HandoverKindElements extends AbstractElementFinder.AbstractEnumRuleElementFinder {
		private final EnumRule rule = (EnumRule) GrammarUtil.findRuleForName(getGrammar(), "nl.klantreis.dsl.Klantreis.HandoverKind");
		private final Alternatives cAlternatives = (Alternatives)rule.eContents().get(1);
		private final EnumLiteralDeclaration cWARMEnumLiteralDeclaration_0 = (EnumLiteralDeclaration)cAlternatives.eContents().get(0);
		private final Keyword cWARMWARMKeyword_0_0 = (Keyword)cWARMEnumLiteralDeclaration_0.eContents().get(0);
		private final EnumLiteralDeclaration cCOLDEnumLiteralDeclaration_1 = (EnumLiteralDeclaration)cAlternatives.eContents().get(1);
		private final Keyword cCOLDCOLDKeyword_1_0 = (Keyword)cCOLDEnumLiteralDeclaration_1.eContents().get(0);
		
		//enum HandoverKind: WARM | COLD;
		public EnumRule getRule() { return rule; }
		
		//WARM | COLD
		public Alternatives getAlternatives() { return cAlternatives; }
		
		//WARM
		public EnumLiteralDeclaration getWARMEnumLiteralDeclaration_0() { return cWARMEnumLiteralDeclaration_0; }
		
		public Keyword getWARMWARMKeyword_0_0() { return cWARMWARMKeyword_0_0; }
		
		//COLD
		public EnumLiteralDeclaration getCOLDEnumLiteralDeclaration_1() { return cCOLDEnumLiteralDeclaration_1; }
		
		public Keyword getCOLDCOLDKeyword_1_0() { return cCOLDCOLDKeyword_1_0; }
	}
	public class OrganisationKindElements extends AbstractElementFinder.AbstractEnumRuleElementFinder {
		private final EnumRule rule = (EnumRule) GrammarUtil.findRuleForName(getGrammar(), "nl.klantreis.dsl.Klantreis.OrganisationKind");
		private final Alternatives cAlternatives = (Alternatives)rule.eContents().get(1);
		private final EnumLiteralDeclaration cCUSTOMER_CONTACT_CENTREEnumLiteralDeclaration_0 = (EnumLiteralDeclaration)cAlternatives.eContents().get(0);
		private final Keyword cCUSTOMER_CONTACT_CENTRECUSTOMER_CONTACT_CENTREKeyword_0_0 = (Keyword)cCUSTOMER_CONTACT_CENTREEnumLiteralDeclaration_0.eContents().get(0);
		private final EnumLiteralDeclaration cWORK_AND_INCOMEEnumLiteralDeclaration_1 = (EnumLiteralDeclaration)cAlternatives.eContents().get(1);
		private final Keyword cWORK_AND_INCOMEWORK_AND_INCOMEKeyword_1_0 = (Keyword)cWORK_AND_INCOMEEnumLiteralDeclaration_1.eContents().get(0);
		private final EnumLiteralDeclaration cSOCIAL_SUPPORTEnumLiteralDeclaration_2 = (EnumLiteralDeclaration)cAlternatives.eContents().get(2);
		private final Keyword cSOCIAL_SUPPORTSOCIAL_SUPPORTKeyword_2_0 = (Keyword)cSOCIAL_SUPPORTEnumLiteralDeclaration_2.eContents().get(0);
		private final EnumLiteralDeclaration cINTEGRATIONEnumLiteralDeclaration_3 = (EnumLiteralDeclaration)cAlternatives.eContents().get(3);
		private final Keyword cINTEGRATIONINTEGRATIONKeyword_3_0 = (Keyword)cINTEGRATIONEnumLiteralDeclaration_3.eContents().get(0);
		private final EnumLiteralDeclaration cPUBLIC_HEALTHEnumLiteralDeclaration_4 = (EnumLiteralDeclaration)cAlternatives.eContents().get(4);
		private final Keyword cPUBLIC_HEALTHPUBLIC_HEALTHKeyword_4_0 = (Keyword)cPUBLIC_HEALTHEnumLiteralDeclaration_4.eContents().get(0);
		private final EnumLiteralDeclaration cGENERAL_PRACTITIONEREnumLiteralDeclaration_5 = (EnumLiteralDeclaration)cAlternatives.eContents().get(5);
		private final Keyword cGENERAL_PRACTITIONERGENERAL_PRACTITIONERKeyword_5_0 = (Keyword)cGENERAL_PRACTITIONEREnumLiteralDeclaration_5.eContents().get(0);
		private final EnumLiteralDeclaration cMENTAL_HEALTH_CAREEnumLiteralDeclaration_6 = (EnumLiteralDeclaration)cAlternatives.eContents().get(6);
		private final Keyword cMENTAL_HEALTH_CAREMENTAL_HEALTH_CAREKeyword_6_0 = (Keyword)cMENTAL_HEALTH_CAREEnumLiteralDeclaration_6.eContents().get(0);
		private final EnumLiteralDeclaration cDISTRICT_NURSINGEnumLiteralDeclaration_7 = (EnumLiteralDeclaration)cAlternatives.eContents().get(7);
		private final Keyword cDISTRICT_NURSINGDISTRICT_NURSINGKeyword_7_0 = (Keyword)cDISTRICT_NURSINGEnumLiteralDeclaration_7.eContents().get(0);
		private final EnumLiteralDeclaration cYOUTH_AND_FAMILYEnumLiteralDeclaration_8 = (EnumLiteralDeclaration)cAlternatives.eContents().get(8);
		private final Keyword cYOUTH_AND_FAMILYYOUTH_AND_FAMILYKeyword_8_0 = (Keyword)cYOUTH_AND_FAMILYEnumLiteralDeclaration_8.eContents().get(0);
		private final EnumLiteralDeclaration cREFUGEE_SUPPORTEnumLiteralDeclaration_9 = (EnumLiteralDeclaration)cAlternatives.eContents().get(9);
		private final Keyword cREFUGEE_SUPPORTREFUGEE_SUPPORTKeyword_9_0 = (Keyword)cREFUGEE_SUPPORTEnumLiteralDeclaration_9.eContents().get(0);
		private final EnumLiteralDeclaration cSCHOOLEnumLiteralDeclaration_10 = (EnumLiteralDeclaration)cAlternatives.eContents().get(10);
		private final Keyword cSCHOOLSCHOOLKeyword_10_0 = (Keyword)cSCHOOLEnumLiteralDeclaration_10.eContents().get(0);
		private final EnumLiteralDeclaration cEMPLOYEREnumLiteralDeclaration_11 = (EnumLiteralDeclaration)cAlternatives.eContents().get(11);
		private final Keyword cEMPLOYEREMPLOYERKeyword_11_0 = (Keyword)cEMPLOYEREnumLiteralDeclaration_11.eContents().get(0);
		private final EnumLiteralDeclaration cWELFAREEnumLiteralDeclaration_12 = (EnumLiteralDeclaration)cAlternatives.eContents().get(12);
		private final Keyword cWELFAREWELFAREKeyword_12_0 = (Keyword)cWELFAREEnumLiteralDeclaration_12.eContents().get(0);
		private final EnumLiteralDeclaration cMIGRANT_ORGANISATIONEnumLiteralDeclaration_13 = (EnumLiteralDeclaration)cAlternatives.eContents().get(13);
		private final Keyword cMIGRANT_ORGANISATIONMIGRANT_ORGANISATIONKeyword_13_0 = (Keyword)cMIGRANT_ORGANISATIONEnumLiteralDeclaration_13.eContents().get(0);
		private final EnumLiteralDeclaration cHOUSING_CORPORATIONEnumLiteralDeclaration_14 = (EnumLiteralDeclaration)cAlternatives.eContents().get(14);
		private final Keyword cHOUSING_CORPORATIONHOUSING_CORPORATIONKeyword_14_0 = (Keyword)cHOUSING_CORPORATIONEnumLiteralDeclaration_14.eContents().get(0);
		private final EnumLiteralDeclaration cRECEPTION_CENTREEnumLiteralDeclaration_15 = (EnumLiteralDeclaration)cAlternatives.eContents().get(15);
		private final Keyword cRECEPTION_CENTRERECEPTION_CENTREKeyword_15_0 = (Keyword)cRECEPTION_CENTREEnumLiteralDeclaration_15.eContents().get(0);
		private final EnumLiteralDeclaration cOTHEREnumLiteralDeclaration_16 = (EnumLiteralDeclaration)cAlternatives.eContents().get(16);
		private final Keyword cOTHEROTHERKeyword_16_0 = (Keyword)cOTHEREnumLiteralDeclaration_16.eContents().get(0);
		
		//enum OrganisationKind: CUSTOMER_CONTACT_CENTRE | WORK_AND_INCOME | SOCIAL_SUPPORT | INTEGRATION | PUBLIC_HEALTH
		//    | GENERAL_PRACTITIONER | MENTAL_HEALTH_CARE | DISTRICT_NURSING | YOUTH_AND_FAMILY | REFUGEE_SUPPORT | SCHOOL
		//    | EMPLOYER | WELFARE | MIGRANT_ORGANISATION | HOUSING_CORPORATION | RECEPTION_CENTRE | OTHER;
		public EnumRule getRule() { return rule; }
		
		//CUSTOMER_CONTACT_CENTRE | WORK_AND_INCOME | SOCIAL_SUPPORT | INTEGRATION | PUBLIC_HEALTH
		//   | GENERAL_PRACTITIONER | MENTAL_HEALTH_CARE | DISTRICT_NURSING | YOUTH_AND_FAMILY | REFUGEE_SUPPORT | SCHOOL
		//   | EMPLOYER | WELFARE | MIGRANT_ORGANISATION | HOUSING_CORPORATION | RECEPTION_CENTRE | OTHER
		public Alternatives getAlternatives() { return cAlternatives; }
		
		//CUSTOMER_CONTACT_CENTRE
		public EnumLiteralDeclaration getCUSTOMER_CONTACT_CENTREEnumLiteralDeclaration_0() { return cCUSTOMER_CONTACT_CENTREEnumLiteralDeclaration_0; }
		
		public Keyword getCUSTOMER_CONTACT_CENTRECUSTOMER_CONTACT_CENTREKeyword_0_0() { return cCUSTOMER_CONTACT_CENTRECUSTOMER_CONTACT_CENTREKeyword_0_0; }
		
		//WORK_AND_INCOME
		public EnumLiteralDeclaration getWORK_AND_INCOMEEnumLiteralDeclaration_1() { return cWORK_AND_INCOMEEnumLiteralDeclaration_1; }
		
		public Keyword getWORK_AND_INCOMEWORK_AND_INCOMEKeyword_1_0() { return cWORK_AND_INCOMEWORK_AND_INCOMEKeyword_1_0; }
		
		//SOCIAL_SUPPORT
		public EnumLiteralDeclaration getSOCIAL_SUPPORTEnumLiteralDeclaration_2() { return cSOCIAL_SUPPORTEnumLiteralDeclaration_2; }
		
		public Keyword getSOCIAL_SUPPORTSOCIAL_SUPPORTKeyword_2_0() { return cSOCIAL_SUPPORTSOCIAL_SUPPORTKeyword_2_0; }
		
		//INTEGRATION
		public EnumLiteralDeclaration getINTEGRATIONEnumLiteralDeclaration_3() { return cINTEGRATIONEnumLiteralDeclaration_3; }
		
		public Keyword getINTEGRATIONINTEGRATIONKeyword_3_0() { return cINTEGRATIONINTEGRATIONKeyword_3_0; }
		
		//PUBLIC_HEALTH
		public EnumLiteralDeclaration getPUBLIC_HEALTHEnumLiteralDeclaration_4() { return cPUBLIC_HEALTHEnumLiteralDeclaration_4; }
		
		public Keyword getPUBLIC_HEALTHPUBLIC_HEALTHKeyword_4_0() { return cPUBLIC_HEALTHPUBLIC_HEALTHKeyword_4_0; }
		
		//GENERAL_PRACTITIONER
		public EnumLiteralDeclaration getGENERAL_PRACTITIONEREnumLiteralDeclaration_5() { return cGENERAL_PRACTITIONEREnumLiteralDeclaration_5; }
		
		public Keyword getGENERAL_PRACTITIONERGENERAL_PRACTITIONERKeyword_5_0() { return cGENERAL_PRACTITIONERGENERAL_PRACTITIONERKeyword_5_0; }
		
		//MENTAL_HEALTH_CARE
		public EnumLiteralDeclaration getMENTAL_HEALTH_CAREEnumLiteralDeclaration_6() { return cMENTAL_HEALTH_CAREEnumLiteralDeclaration_6; }
		
		public Keyword getMENTAL_HEALTH_CAREMENTAL_HEALTH_CAREKeyword_6_0() { return cMENTAL_HEALTH_CAREMENTAL_HEALTH_CAREKeyword_6_0; }
		
		//DISTRICT_NURSING
		public EnumLiteralDeclaration getDISTRICT_NURSINGEnumLiteralDeclaration_7() { return cDISTRICT_NURSINGEnumLiteralDeclaration_7; }
		
		public Keyword getDISTRICT_NURSINGDISTRICT_NURSINGKeyword_7_0() { return cDISTRICT_NURSINGDISTRICT_NURSINGKeyword_7_0; }
		
		//YOUTH_AND_FAMILY
		public EnumLiteralDeclaration getYOUTH_AND_FAMILYEnumLiteralDeclaration_8() { return cYOUTH_AND_FAMILYEnumLiteralDeclaration_8; }
		
		public Keyword getYOUTH_AND_FAMILYYOUTH_AND_FAMILYKeyword_8_0() { return cYOUTH_AND_FAMILYYOUTH_AND_FAMILYKeyword_8_0; }
		
		//REFUGEE_SUPPORT
		public EnumLiteralDeclaration getREFUGEE_SUPPORTEnumLiteralDeclaration_9() { return cREFUGEE_SUPPORTEnumLiteralDeclaration_9; }
		
		public Keyword getREFUGEE_SUPPORTREFUGEE_SUPPORTKeyword_9_0() { return cREFUGEE_SUPPORTREFUGEE_SUPPORTKeyword_9_0; }
		
		//SCHOOL
		public EnumLiteralDeclaration getSCHOOLEnumLiteralDeclaration_10() { return cSCHOOLEnumLiteralDeclaration_10; }
		
		public Keyword getSCHOOLSCHOOLKeyword_10_0() { return cSCHOOLSCHOOLKeyword_10_0; }
		
		//EMPLOYER
		public EnumLiteralDeclaration getEMPLOYEREnumLiteralDeclaration_11() { return cEMPLOYEREnumLiteralDeclaration_11; }
		
		public Keyword getEMPLOYEREMPLOYERKeyword_11_0() { return cEMPLOYEREMPLOYERKeyword_11_0; }
		
		//WELFARE
		public EnumLiteralDeclaration getWELFAREEnumLiteralDeclaration_12() { return cWELFAREEnumLiteralDeclaration_12; }
		
		public Keyword getWELFAREWELFAREKeyword_12_0() { return cWELFAREWELFAREKeyword_12_0; }
		
		//MIGRANT_ORGANISATION
		public EnumLiteralDeclaration getMIGRANT_ORGANISATIONEnumLiteralDeclaration_13() { return cMIGRANT_ORGANISATIONEnumLiteralDeclaration_13; }
		
		public Keyword getMIGRANT_ORGANISATIONMIGRANT_ORGANISATIONKeyword_13_0() { return cMIGRANT_ORGANISATIONMIGRANT_ORGANISATIONKeyword_13_0; }
		
		//HOUSING_CORPORATION
		public EnumLiteralDeclaration getHOUSING_CORPORATIONEnumLiteralDeclaration_14() { return cHOUSING_CORPORATIONEnumLiteralDeclaration_14; }
		
		public Keyword getHOUSING_CORPORATIONHOUSING_CORPORATIONKeyword_14_0() { return cHOUSING_CORPORATIONHOUSING_CORPORATIONKeyword_14_0; }
		
		//RECEPTION_CENTRE
		public EnumLiteralDeclaration getRECEPTION_CENTREEnumLiteralDeclaration_15() { return cRECEPTION_CENTREEnumLiteralDeclaration_15; }
		
		public Keyword getRECEPTION_CENTRERECEPTION_CENTREKeyword_15_0() { return cRECEPTION_CENTRERECEPTION_CENTREKeyword_15_0; }
		
		//OTHER
		public EnumLiteralDeclaration getOTHEREnumLiteralDeclaration_16() { return cOTHEREnumLiteralDeclaration_16; }
		
		public Keyword getOTHEROTHERKeyword_16_0() { return cOTHEROTHERKeyword_16_0; }
	}
	public class DutchLevelElements extends AbstractElementFinder.AbstractEnumRuleElementFinder {
		private final EnumRule rule = (EnumRule) GrammarUtil.findRuleForName(getGrammar(), "nl.klantreis.dsl.Klantreis.DutchLevel");
		private final Alternatives cAlternatives = (Alternatives)rule.eContents().get(1);
		private final EnumLiteralDeclaration cNONEEnumLiteralDeclaration_0 = (EnumLiteralDeclaration)cAlternatives.eContents().get(0);
		private final Keyword cNONENONEKeyword_0_0 = (Keyword)cNONEEnumLiteralDeclaration_0.eContents().get(0);
		private final EnumLiteralDeclaration cA1EnumLiteralDeclaration_1 = (EnumLiteralDeclaration)cAlternatives.eContents().get(1);
		private final Keyword cA1A1Keyword_1_0 = (Keyword)cA1EnumLiteralDeclaration_1.eContents().get(0);
		private final EnumLiteralDeclaration cA2EnumLiteralDeclaration_2 = (EnumLiteralDeclaration)cAlternatives.eContents().get(2);
		private final Keyword cA2A2Keyword_2_0 = (Keyword)cA2EnumLiteralDeclaration_2.eContents().get(0);
		private final EnumLiteralDeclaration cB1EnumLiteralDeclaration_3 = (EnumLiteralDeclaration)cAlternatives.eContents().get(3);
		private final Keyword cB1B1Keyword_3_0 = (Keyword)cB1EnumLiteralDeclaration_3.eContents().get(0);
		private final EnumLiteralDeclaration cB2EnumLiteralDeclaration_4 = (EnumLiteralDeclaration)cAlternatives.eContents().get(4);
		private final Keyword cB2B2Keyword_4_0 = (Keyword)cB2EnumLiteralDeclaration_4.eContents().get(0);
		private final EnumLiteralDeclaration cC1EnumLiteralDeclaration_5 = (EnumLiteralDeclaration)cAlternatives.eContents().get(5);
		private final Keyword cC1C1Keyword_5_0 = (Keyword)cC1EnumLiteralDeclaration_5.eContents().get(0);
		private final EnumLiteralDeclaration cC2EnumLiteralDeclaration_6 = (EnumLiteralDeclaration)cAlternatives.eContents().get(6);
		private final Keyword cC2C2Keyword_6_0 = (Keyword)cC2EnumLiteralDeclaration_6.eContents().get(0);
		
		//enum DutchLevel: NONE | A1 | A2 | B1 | B2 | C1 | C2;
		public EnumRule getRule() { return rule; }
		
		//NONE | A1 | A2 | B1 | B2 | C1 | C2
		public Alternatives getAlternatives() { return cAlternatives; }
		
		//NONE
		public EnumLiteralDeclaration getNONEEnumLiteralDeclaration_0() { return cNONEEnumLiteralDeclaration_0; }
		
		public Keyword getNONENONEKeyword_0_0() { return cNONENONEKeyword_0_0; }
		
		//A1
		public EnumLiteralDeclaration getA1EnumLiteralDeclaration_1() { return cA1EnumLiteralDeclaration_1; }
		
		public Keyword getA1A1Keyword_1_0() { return cA1A1Keyword_1_0; }
		
		//A2
		public EnumLiteralDeclaration getA2EnumLiteralDeclaration_2() { return cA2EnumLiteralDeclaration_2; }
		
		public Keyword getA2A2Keyword_2_0() { return cA2A2Keyword_2_0; }
		
		//B1
		public EnumLiteralDeclaration getB1EnumLiteralDeclaration_3() { return cB1EnumLiteralDeclaration_3; }
		
		public Keyword getB1B1Keyword_3_0() { return cB1B1Keyword_3_0; }
		
		//B2
		public EnumLiteralDeclaration getB2EnumLiteralDeclaration_4() { return cB2EnumLiteralDeclaration_4; }
		
		public Keyword getB2B2Keyword_4_0() { return cB2B2Keyword_4_0; }
		
		//C1
		public EnumLiteralDeclaration getC1EnumLiteralDeclaration_5() { return cC1EnumLiteralDeclaration_5; }
		
		public Keyword getC1C1Keyword_5_0() { return cC1C1Keyword_5_0; }
		
		//C2
		public EnumLiteralDeclaration getC2EnumLiteralDeclaration_6() { return cC2EnumLiteralDeclaration_6; }
		
		public Keyword getC2C2Keyword_6_0() { return cC2C2Keyword_6_0; }
	}
	public class SkillLevelElements extends AbstractElementFinder.AbstractEnumRuleElementFinder {
		private final EnumRule rule = (EnumRule) GrammarUtil.findRuleForName(getGrammar(), "nl.klantreis.dsl.Klantreis.SkillLevel");
		private final Alternatives cAlternatives = (Alternatives)rule.eContents().get(1);
		private final EnumLiteralDeclaration cUNKNOWNEnumLiteralDeclaration_0 = (EnumLiteralDeclaration)cAlternatives.eContents().get(0);
		private final Keyword cUNKNOWNUNKNOWNKeyword_0_0 = (Keyword)cUNKNOWNEnumLiteralDeclaration_0.eContents().get(0);
		private final EnumLiteralDeclaration cNONEEnumLiteralDeclaration_1 = (EnumLiteralDeclaration)cAlternatives.eContents().get(1);
		private final Keyword cNONENONEKeyword_1_0 = (Keyword)cNONEEnumLiteralDeclaration_1.eContents().get(0);
		private final EnumLiteralDeclaration cLIMITEDEnumLiteralDeclaration_2 = (EnumLiteralDeclaration)cAlternatives.eContents().get(2);
		private final Keyword cLIMITEDLIMITEDKeyword_2_0 = (Keyword)cLIMITEDEnumLiteralDeclaration_2.eContents().get(0);
		private final EnumLiteralDeclaration cADEQUATEEnumLiteralDeclaration_3 = (EnumLiteralDeclaration)cAlternatives.eContents().get(3);
		private final Keyword cADEQUATEADEQUATEKeyword_3_0 = (Keyword)cADEQUATEEnumLiteralDeclaration_3.eContents().get(0);
		
		//enum SkillLevel: UNKNOWN | NONE | LIMITED | ADEQUATE;
		public EnumRule getRule() { return rule; }
		
		//UNKNOWN | NONE | LIMITED | ADEQUATE
		public Alternatives getAlternatives() { return cAlternatives; }
		
		//UNKNOWN
		public EnumLiteralDeclaration getUNKNOWNEnumLiteralDeclaration_0() { return cUNKNOWNEnumLiteralDeclaration_0; }
		
		public Keyword getUNKNOWNUNKNOWNKeyword_0_0() { return cUNKNOWNUNKNOWNKeyword_0_0; }
		
		//NONE
		public EnumLiteralDeclaration getNONEEnumLiteralDeclaration_1() { return cNONEEnumLiteralDeclaration_1; }
		
		public Keyword getNONENONEKeyword_1_0() { return cNONENONEKeyword_1_0; }
		
		//LIMITED
		public EnumLiteralDeclaration getLIMITEDEnumLiteralDeclaration_2() { return cLIMITEDEnumLiteralDeclaration_2; }
		
		public Keyword getLIMITEDLIMITEDKeyword_2_0() { return cLIMITEDLIMITEDKeyword_2_0; }
		
		//ADEQUATE
		public EnumLiteralDeclaration getADEQUATEEnumLiteralDeclaration_3() { return cADEQUATEEnumLiteralDeclaration_3; }
		
		public Keyword getADEQUATEADEQUATEKeyword_3_0() { return cADEQUATEADEQUATEKeyword_3_0; }
	}
	public class HouseholdElements extends AbstractElementFinder.AbstractEnumRuleElementFinder {
		private final EnumRule rule = (EnumRule) GrammarUtil.findRuleForName(getGrammar(), "nl.klantreis.dsl.Klantreis.Household");
		private final Alternatives cAlternatives = (Alternatives)rule.eContents().get(1);
		private final EnumLiteralDeclaration cSINGLEEnumLiteralDeclaration_0 = (EnumLiteralDeclaration)cAlternatives.eContents().get(0);
		private final Keyword cSINGLESINGLEKeyword_0_0 = (Keyword)cSINGLEEnumLiteralDeclaration_0.eContents().get(0);
		private final EnumLiteralDeclaration cCOUPLEEnumLiteralDeclaration_1 = (EnumLiteralDeclaration)cAlternatives.eContents().get(1);
		private final Keyword cCOUPLECOUPLEKeyword_1_0 = (Keyword)cCOUPLEEnumLiteralDeclaration_1.eContents().get(0);
		private final EnumLiteralDeclaration cFAMILYEnumLiteralDeclaration_2 = (EnumLiteralDeclaration)cAlternatives.eContents().get(2);
		private final Keyword cFAMILYFAMILYKeyword_2_0 = (Keyword)cFAMILYEnumLiteralDeclaration_2.eContents().get(0);
		private final EnumLiteralDeclaration cSINGLE_PARENTEnumLiteralDeclaration_3 = (EnumLiteralDeclaration)cAlternatives.eContents().get(3);
		private final Keyword cSINGLE_PARENTSINGLE_PARENTKeyword_3_0 = (Keyword)cSINGLE_PARENTEnumLiteralDeclaration_3.eContents().get(0);
		private final EnumLiteralDeclaration cAWAITING_REUNIFICATIONEnumLiteralDeclaration_4 = (EnumLiteralDeclaration)cAlternatives.eContents().get(4);
		private final Keyword cAWAITING_REUNIFICATIONAWAITING_REUNIFICATIONKeyword_4_0 = (Keyword)cAWAITING_REUNIFICATIONEnumLiteralDeclaration_4.eContents().get(0);
		
		//enum Household: SINGLE | COUPLE | FAMILY | SINGLE_PARENT | AWAITING_REUNIFICATION;
		public EnumRule getRule() { return rule; }
		
		//SINGLE | COUPLE | FAMILY | SINGLE_PARENT | AWAITING_REUNIFICATION
		public Alternatives getAlternatives() { return cAlternatives; }
		
		//SINGLE
		public EnumLiteralDeclaration getSINGLEEnumLiteralDeclaration_0() { return cSINGLEEnumLiteralDeclaration_0; }
		
		public Keyword getSINGLESINGLEKeyword_0_0() { return cSINGLESINGLEKeyword_0_0; }
		
		//COUPLE
		public EnumLiteralDeclaration getCOUPLEEnumLiteralDeclaration_1() { return cCOUPLEEnumLiteralDeclaration_1; }
		
		public Keyword getCOUPLECOUPLEKeyword_1_0() { return cCOUPLECOUPLEKeyword_1_0; }
		
		//FAMILY
		public EnumLiteralDeclaration getFAMILYEnumLiteralDeclaration_2() { return cFAMILYEnumLiteralDeclaration_2; }
		
		public Keyword getFAMILYFAMILYKeyword_2_0() { return cFAMILYFAMILYKeyword_2_0; }
		
		//SINGLE_PARENT
		public EnumLiteralDeclaration getSINGLE_PARENTEnumLiteralDeclaration_3() { return cSINGLE_PARENTEnumLiteralDeclaration_3; }
		
		public Keyword getSINGLE_PARENTSINGLE_PARENTKeyword_3_0() { return cSINGLE_PARENTSINGLE_PARENTKeyword_3_0; }
		
		//AWAITING_REUNIFICATION
		public EnumLiteralDeclaration getAWAITING_REUNIFICATIONEnumLiteralDeclaration_4() { return cAWAITING_REUNIFICATIONEnumLiteralDeclaration_4; }
		
		public Keyword getAWAITING_REUNIFICATIONAWAITING_REUNIFICATIONKeyword_4_0() { return cAWAITING_REUNIFICATIONAWAITING_REUNIFICATIONKeyword_4_0; }
	}
	public class GenderElements extends AbstractElementFinder.AbstractEnumRuleElementFinder {
		private final EnumRule rule = (EnumRule) GrammarUtil.findRuleForName(getGrammar(), "nl.klantreis.dsl.Klantreis.Gender");
		private final Alternatives cAlternatives = (Alternatives)rule.eContents().get(1);
		private final EnumLiteralDeclaration cUNSPECIFIEDEnumLiteralDeclaration_0 = (EnumLiteralDeclaration)cAlternatives.eContents().get(0);
		private final Keyword cUNSPECIFIEDUNSPECIFIEDKeyword_0_0 = (Keyword)cUNSPECIFIEDEnumLiteralDeclaration_0.eContents().get(0);
		private final EnumLiteralDeclaration cFEMALEEnumLiteralDeclaration_1 = (EnumLiteralDeclaration)cAlternatives.eContents().get(1);
		private final Keyword cFEMALEFEMALEKeyword_1_0 = (Keyword)cFEMALEEnumLiteralDeclaration_1.eContents().get(0);
		private final EnumLiteralDeclaration cMALEEnumLiteralDeclaration_2 = (EnumLiteralDeclaration)cAlternatives.eContents().get(2);
		private final Keyword cMALEMALEKeyword_2_0 = (Keyword)cMALEEnumLiteralDeclaration_2.eContents().get(0);
		private final EnumLiteralDeclaration cOTHEREnumLiteralDeclaration_3 = (EnumLiteralDeclaration)cAlternatives.eContents().get(3);
		private final Keyword cOTHEROTHERKeyword_3_0 = (Keyword)cOTHEREnumLiteralDeclaration_3.eContents().get(0);
		
		//enum Gender: UNSPECIFIED | FEMALE | MALE | OTHER;
		public EnumRule getRule() { return rule; }
		
		//UNSPECIFIED | FEMALE | MALE | OTHER
		public Alternatives getAlternatives() { return cAlternatives; }
		
		//UNSPECIFIED
		public EnumLiteralDeclaration getUNSPECIFIEDEnumLiteralDeclaration_0() { return cUNSPECIFIEDEnumLiteralDeclaration_0; }
		
		public Keyword getUNSPECIFIEDUNSPECIFIEDKeyword_0_0() { return cUNSPECIFIEDUNSPECIFIEDKeyword_0_0; }
		
		//FEMALE
		public EnumLiteralDeclaration getFEMALEEnumLiteralDeclaration_1() { return cFEMALEEnumLiteralDeclaration_1; }
		
		public Keyword getFEMALEFEMALEKeyword_1_0() { return cFEMALEFEMALEKeyword_1_0; }
		
		//MALE
		public EnumLiteralDeclaration getMALEEnumLiteralDeclaration_2() { return cMALEEnumLiteralDeclaration_2; }
		
		public Keyword getMALEMALEKeyword_2_0() { return cMALEMALEKeyword_2_0; }
		
		//OTHER
		public EnumLiteralDeclaration getOTHEREnumLiteralDeclaration_3() { return cOTHEREnumLiteralDeclaration_3; }
		
		public Keyword getOTHEROTHERKeyword_3_0() { return cOTHEROTHERKeyword_3_0; }
	}
	public class KeyPersonRoleElements extends AbstractElementFinder.AbstractEnumRuleElementFinder {
		private final EnumRule rule = (EnumRule) GrammarUtil.findRuleForName(getGrammar(), "nl.klantreis.dsl.Klantreis.KeyPersonRole");
		private final Alternatives cAlternatives = (Alternatives)rule.eContents().get(1);
		private final EnumLiteralDeclaration cEDUCATOREnumLiteralDeclaration_0 = (EnumLiteralDeclaration)cAlternatives.eContents().get(0);
		private final Keyword cEDUCATOREDUCATORKeyword_0_0 = (Keyword)cEDUCATOREnumLiteralDeclaration_0.eContents().get(0);
		private final EnumLiteralDeclaration cADVISOREnumLiteralDeclaration_1 = (EnumLiteralDeclaration)cAlternatives.eContents().get(1);
		private final Keyword cADVISORADVISORKeyword_1_0 = (Keyword)cADVISOREnumLiteralDeclaration_1.eContents().get(0);
		private final EnumLiteralDeclaration cMEDIATOREnumLiteralDeclaration_2 = (EnumLiteralDeclaration)cAlternatives.eContents().get(2);
		private final Keyword cMEDIATORMEDIATORKeyword_2_0 = (Keyword)cMEDIATOREnumLiteralDeclaration_2.eContents().get(0);
		private final EnumLiteralDeclaration cSCOUTEnumLiteralDeclaration_3 = (EnumLiteralDeclaration)cAlternatives.eContents().get(3);
		private final Keyword cSCOUTSCOUTKeyword_3_0 = (Keyword)cSCOUTEnumLiteralDeclaration_3.eContents().get(0);
		private final EnumLiteralDeclaration cACTIVATOREnumLiteralDeclaration_4 = (EnumLiteralDeclaration)cAlternatives.eContents().get(4);
		private final Keyword cACTIVATORACTIVATORKeyword_4_0 = (Keyword)cACTIVATOREnumLiteralDeclaration_4.eContents().get(0);
		
		//enum KeyPersonRole: EDUCATOR | ADVISOR | MEDIATOR | SCOUT | ACTIVATOR;
		public EnumRule getRule() { return rule; }
		
		//EDUCATOR | ADVISOR | MEDIATOR | SCOUT | ACTIVATOR
		public Alternatives getAlternatives() { return cAlternatives; }
		
		//EDUCATOR
		public EnumLiteralDeclaration getEDUCATOREnumLiteralDeclaration_0() { return cEDUCATOREnumLiteralDeclaration_0; }
		
		public Keyword getEDUCATOREDUCATORKeyword_0_0() { return cEDUCATOREDUCATORKeyword_0_0; }
		
		//ADVISOR
		public EnumLiteralDeclaration getADVISOREnumLiteralDeclaration_1() { return cADVISOREnumLiteralDeclaration_1; }
		
		public Keyword getADVISORADVISORKeyword_1_0() { return cADVISORADVISORKeyword_1_0; }
		
		//MEDIATOR
		public EnumLiteralDeclaration getMEDIATOREnumLiteralDeclaration_2() { return cMEDIATOREnumLiteralDeclaration_2; }
		
		public Keyword getMEDIATORMEDIATORKeyword_2_0() { return cMEDIATORMEDIATORKeyword_2_0; }
		
		//SCOUT
		public EnumLiteralDeclaration getSCOUTEnumLiteralDeclaration_3() { return cSCOUTEnumLiteralDeclaration_3; }
		
		public Keyword getSCOUTSCOUTKeyword_3_0() { return cSCOUTSCOUTKeyword_3_0; }
		
		//ACTIVATOR
		public EnumLiteralDeclaration getACTIVATOREnumLiteralDeclaration_4() { return cACTIVATOREnumLiteralDeclaration_4; }
		
		public Keyword getACTIVATORACTIVATORKeyword_4_0() { return cACTIVATORACTIVATORKeyword_4_0; }
	}
	public class ContractKindElements extends AbstractElementFinder.AbstractEnumRuleElementFinder {
		private final EnumRule rule = (EnumRule) GrammarUtil.findRuleForName(getGrammar(), "nl.klantreis.dsl.Klantreis.ContractKind");
		private final Alternatives cAlternatives = (Alternatives)rule.eContents().get(1);
		private final EnumLiteralDeclaration cNONEEnumLiteralDeclaration_0 = (EnumLiteralDeclaration)cAlternatives.eContents().get(0);
		private final Keyword cNONENONEKeyword_0_0 = (Keyword)cNONEEnumLiteralDeclaration_0.eContents().get(0);
		private final EnumLiteralDeclaration cVOLUNTEEREnumLiteralDeclaration_1 = (EnumLiteralDeclaration)cAlternatives.eContents().get(1);
		private final Keyword cVOLUNTEERVOLUNTEERKeyword_1_0 = (Keyword)cVOLUNTEEREnumLiteralDeclaration_1.eContents().get(0);
		private final EnumLiteralDeclaration cEMPLOYMENTEnumLiteralDeclaration_2 = (EnumLiteralDeclaration)cAlternatives.eContents().get(2);
		private final Keyword cEMPLOYMENTEMPLOYMENTKeyword_2_0 = (Keyword)cEMPLOYMENTEnumLiteralDeclaration_2.eContents().get(0);
		
		//enum ContractKind: NONE | VOLUNTEER | EMPLOYMENT;
		public EnumRule getRule() { return rule; }
		
		//NONE | VOLUNTEER | EMPLOYMENT
		public Alternatives getAlternatives() { return cAlternatives; }
		
		//NONE
		public EnumLiteralDeclaration getNONEEnumLiteralDeclaration_0() { return cNONEEnumLiteralDeclaration_0; }
		
		public Keyword getNONENONEKeyword_0_0() { return cNONENONEKeyword_0_0; }
		
		//VOLUNTEER
		public EnumLiteralDeclaration getVOLUNTEEREnumLiteralDeclaration_1() { return cVOLUNTEEREnumLiteralDeclaration_1; }
		
		public Keyword getVOLUNTEERVOLUNTEERKeyword_1_0() { return cVOLUNTEERVOLUNTEERKeyword_1_0; }
		
		//EMPLOYMENT
		public EnumLiteralDeclaration getEMPLOYMENTEnumLiteralDeclaration_2() { return cEMPLOYMENTEnumLiteralDeclaration_2; }
		
		public Keyword getEMPLOYMENTEMPLOYMENTKeyword_2_0() { return cEMPLOYMENTEMPLOYMENTKeyword_2_0; }
	}
	public class ImprovementStatusElements extends AbstractElementFinder.AbstractEnumRuleElementFinder {
		private final EnumRule rule = (EnumRule) GrammarUtil.findRuleForName(getGrammar(), "nl.klantreis.dsl.Klantreis.ImprovementStatus");
		private final Alternatives cAlternatives = (Alternatives)rule.eContents().get(1);
		private final EnumLiteralDeclaration cPROPOSEDEnumLiteralDeclaration_0 = (EnumLiteralDeclaration)cAlternatives.eContents().get(0);
		private final Keyword cPROPOSEDPROPOSEDKeyword_0_0 = (Keyword)cPROPOSEDEnumLiteralDeclaration_0.eContents().get(0);
		private final EnumLiteralDeclaration cAGREEDEnumLiteralDeclaration_1 = (EnumLiteralDeclaration)cAlternatives.eContents().get(1);
		private final Keyword cAGREEDAGREEDKeyword_1_0 = (Keyword)cAGREEDEnumLiteralDeclaration_1.eContents().get(0);
		private final EnumLiteralDeclaration cIN_PROGRESSEnumLiteralDeclaration_2 = (EnumLiteralDeclaration)cAlternatives.eContents().get(2);
		private final Keyword cIN_PROGRESSIN_PROGRESSKeyword_2_0 = (Keyword)cIN_PROGRESSEnumLiteralDeclaration_2.eContents().get(0);
		private final EnumLiteralDeclaration cDONEEnumLiteralDeclaration_3 = (EnumLiteralDeclaration)cAlternatives.eContents().get(3);
		private final Keyword cDONEDONEKeyword_3_0 = (Keyword)cDONEEnumLiteralDeclaration_3.eContents().get(0);
		private final EnumLiteralDeclaration cDROPPEDEnumLiteralDeclaration_4 = (EnumLiteralDeclaration)cAlternatives.eContents().get(4);
		private final Keyword cDROPPEDDROPPEDKeyword_4_0 = (Keyword)cDROPPEDEnumLiteralDeclaration_4.eContents().get(0);
		
		//enum ImprovementStatus: PROPOSED | AGREED | IN_PROGRESS | DONE | DROPPED;
		public EnumRule getRule() { return rule; }
		
		//PROPOSED | AGREED | IN_PROGRESS | DONE | DROPPED
		public Alternatives getAlternatives() { return cAlternatives; }
		
		//PROPOSED
		public EnumLiteralDeclaration getPROPOSEDEnumLiteralDeclaration_0() { return cPROPOSEDEnumLiteralDeclaration_0; }
		
		public Keyword getPROPOSEDPROPOSEDKeyword_0_0() { return cPROPOSEDPROPOSEDKeyword_0_0; }
		
		//AGREED
		public EnumLiteralDeclaration getAGREEDEnumLiteralDeclaration_1() { return cAGREEDEnumLiteralDeclaration_1; }
		
		public Keyword getAGREEDAGREEDKeyword_1_0() { return cAGREEDAGREEDKeyword_1_0; }
		
		//IN_PROGRESS
		public EnumLiteralDeclaration getIN_PROGRESSEnumLiteralDeclaration_2() { return cIN_PROGRESSEnumLiteralDeclaration_2; }
		
		public Keyword getIN_PROGRESSIN_PROGRESSKeyword_2_0() { return cIN_PROGRESSIN_PROGRESSKeyword_2_0; }
		
		//DONE
		public EnumLiteralDeclaration getDONEEnumLiteralDeclaration_3() { return cDONEEnumLiteralDeclaration_3; }
		
		public Keyword getDONEDONEKeyword_3_0() { return cDONEDONEKeyword_3_0; }
		
		//DROPPED
		public EnumLiteralDeclaration getDROPPEDEnumLiteralDeclaration_4() { return cDROPPEDEnumLiteralDeclaration_4; }
		
		public Keyword getDROPPEDDROPPEDKeyword_4_0() { return cDROPPEDDROPPEDKeyword_4_0; }
	}
	public class DirectionElements extends AbstractElementFinder.AbstractEnumRuleElementFinder {
		private final EnumRule rule = (EnumRule) GrammarUtil.findRuleForName(getGrammar(), "nl.klantreis.dsl.Klantreis.Direction");
		private final Alternatives cAlternatives = (Alternatives)rule.eContents().get(1);
		private final EnumLiteralDeclaration cLIFEWORLD_KNOWLEDGEEnumLiteralDeclaration_0 = (EnumLiteralDeclaration)cAlternatives.eContents().get(0);
		private final Keyword cLIFEWORLD_KNOWLEDGELIFEWORLD_KNOWLEDGEKeyword_0_0 = (Keyword)cLIFEWORLD_KNOWLEDGEEnumLiteralDeclaration_0.eContents().get(0);
		private final EnumLiteralDeclaration cTAILORED_SUPPORTEnumLiteralDeclaration_1 = (EnumLiteralDeclaration)cAlternatives.eContents().get(1);
		private final Keyword cTAILORED_SUPPORTTAILORED_SUPPORTKeyword_1_0 = (Keyword)cTAILORED_SUPPORTEnumLiteralDeclaration_1.eContents().get(0);
		private final EnumLiteralDeclaration cOUTREACHEnumLiteralDeclaration_2 = (EnumLiteralDeclaration)cAlternatives.eContents().get(2);
		private final Keyword cOUTREACHOUTREACHKeyword_2_0 = (Keyword)cOUTREACHEnumLiteralDeclaration_2.eContents().get(0);
		private final EnumLiteralDeclaration cEXPERIENCE_EXPERTSEnumLiteralDeclaration_3 = (EnumLiteralDeclaration)cAlternatives.eContents().get(3);
		private final Keyword cEXPERIENCE_EXPERTSEXPERIENCE_EXPERTSKeyword_3_0 = (Keyword)cEXPERIENCE_EXPERTSEnumLiteralDeclaration_3.eContents().get(0);
		private final EnumLiteralDeclaration cSTAFF_DIVERSITYEnumLiteralDeclaration_4 = (EnumLiteralDeclaration)cAlternatives.eContents().get(4);
		private final Keyword cSTAFF_DIVERSITYSTAFF_DIVERSITYKeyword_4_0 = (Keyword)cSTAFF_DIVERSITYEnumLiteralDeclaration_4.eContents().get(0);
		
		//enum Direction: LIFEWORLD_KNOWLEDGE | TAILORED_SUPPORT | OUTREACH | EXPERIENCE_EXPERTS | STAFF_DIVERSITY;
		public EnumRule getRule() { return rule; }
		
		//LIFEWORLD_KNOWLEDGE | TAILORED_SUPPORT | OUTREACH | EXPERIENCE_EXPERTS | STAFF_DIVERSITY
		public Alternatives getAlternatives() { return cAlternatives; }
		
		//LIFEWORLD_KNOWLEDGE
		public EnumLiteralDeclaration getLIFEWORLD_KNOWLEDGEEnumLiteralDeclaration_0() { return cLIFEWORLD_KNOWLEDGEEnumLiteralDeclaration_0; }
		
		public Keyword getLIFEWORLD_KNOWLEDGELIFEWORLD_KNOWLEDGEKeyword_0_0() { return cLIFEWORLD_KNOWLEDGELIFEWORLD_KNOWLEDGEKeyword_0_0; }
		
		//TAILORED_SUPPORT
		public EnumLiteralDeclaration getTAILORED_SUPPORTEnumLiteralDeclaration_1() { return cTAILORED_SUPPORTEnumLiteralDeclaration_1; }
		
		public Keyword getTAILORED_SUPPORTTAILORED_SUPPORTKeyword_1_0() { return cTAILORED_SUPPORTTAILORED_SUPPORTKeyword_1_0; }
		
		//OUTREACH
		public EnumLiteralDeclaration getOUTREACHEnumLiteralDeclaration_2() { return cOUTREACHEnumLiteralDeclaration_2; }
		
		public Keyword getOUTREACHOUTREACHKeyword_2_0() { return cOUTREACHOUTREACHKeyword_2_0; }
		
		//EXPERIENCE_EXPERTS
		public EnumLiteralDeclaration getEXPERIENCE_EXPERTSEnumLiteralDeclaration_3() { return cEXPERIENCE_EXPERTSEnumLiteralDeclaration_3; }
		
		public Keyword getEXPERIENCE_EXPERTSEXPERIENCE_EXPERTSKeyword_3_0() { return cEXPERIENCE_EXPERTSEXPERIENCE_EXPERTSKeyword_3_0; }
		
		//STAFF_DIVERSITY
		public EnumLiteralDeclaration getSTAFF_DIVERSITYEnumLiteralDeclaration_4() { return cSTAFF_DIVERSITYEnumLiteralDeclaration_4; }
		
		public Keyword getSTAFF_DIVERSITYSTAFF_DIVERSITYKeyword_4_0() { return cSTAFF_DIVERSITYSTAFF_DIVERSITYKeyword_4_0; }
	}
	public class SeverityElements extends AbstractElementFinder.AbstractEnumRuleElementFinder {
		private final EnumRule rule = (EnumRule) GrammarUtil.findRuleForName(getGrammar(), "nl.klantreis.dsl.Klantreis.Severity");
		private final Alternatives cAlternatives = (Alternatives)rule.eContents().get(1);
		private final EnumLiteralDeclaration cINFOEnumLiteralDeclaration_0 = (EnumLiteralDeclaration)cAlternatives.eContents().get(0);
		private final Keyword cINFOINFOKeyword_0_0 = (Keyword)cINFOEnumLiteralDeclaration_0.eContents().get(0);
		private final EnumLiteralDeclaration cWARNINGEnumLiteralDeclaration_1 = (EnumLiteralDeclaration)cAlternatives.eContents().get(1);
		private final Keyword cWARNINGWARNINGKeyword_1_0 = (Keyword)cWARNINGEnumLiteralDeclaration_1.eContents().get(0);
		private final EnumLiteralDeclaration cERROREnumLiteralDeclaration_2 = (EnumLiteralDeclaration)cAlternatives.eContents().get(2);
		private final Keyword cERRORERRORKeyword_2_0 = (Keyword)cERROREnumLiteralDeclaration_2.eContents().get(0);
		
		//enum Severity: INFO | WARNING | ERROR;
		public EnumRule getRule() { return rule; }
		
		//INFO | WARNING | ERROR
		public Alternatives getAlternatives() { return cAlternatives; }
		
		//INFO
		public EnumLiteralDeclaration getINFOEnumLiteralDeclaration_0() { return cINFOEnumLiteralDeclaration_0; }
		
		public Keyword getINFOINFOKeyword_0_0() { return cINFOINFOKeyword_0_0; }
		
		//WARNING
		public EnumLiteralDeclaration getWARNINGEnumLiteralDeclaration_1() { return cWARNINGEnumLiteralDeclaration_1; }
		
		public Keyword getWARNINGWARNINGKeyword_1_0() { return cWARNINGWARNINGKeyword_1_0; }
		
		//ERROR
		public EnumLiteralDeclaration getERROREnumLiteralDeclaration_2() { return cERROREnumLiteralDeclaration_2; }
		
		public Keyword getERRORERRORKeyword_2_0() { return cERRORERRORKeyword_2_0; }
	}
	
	private final JourneyModelElements pJourneyModel;
	private final OrganisationElements pOrganisation;
	private final StaffGroupElements pStaffGroup;
	private final PersonaElements pPersona;
	private final KeyPersonElements pKeyPerson;
	private final JourneyElements pJourney;
	private final LifeEventElements pLifeEvent;
	private final PhaseElements pPhase;
	private final TouchpointElements pTouchpoint;
	private final HandoverElements pHandover;
	private final PainPointElements pPainPoint;
	private final ImprovementElements pImprovement;
	private final RuleSettingElements pRuleSetting;
	private final RuleParameterElements pRuleParameter;
	private final QualifiedNameElements pQualifiedName;
	private final EmotionElements pEmotion;
	private final OnOffElements pOnOff;
	private final JourneyKindElements eJourneyKind;
	private final JourneyStatusElements eJourneyStatus;
	private final LifeEventKindElements eLifeEventKind;
	private final ChannelElements eChannel;
	private final InitiatorElements eInitiator;
	private final PurposeElements ePurpose;
	private final InterpreterArrangementElements eInterpreterArrangement;
	private final CommunicationFormElements eCommunicationForm;
	private final LifeDomainElements eLifeDomain;
	private final HandoverKindElements eHandoverKind;
	private final OrganisationKindElements eOrganisationKind;
	private final DutchLevelElements eDutchLevel;
	private final SkillLevelElements eSkillLevel;
	private final HouseholdElements eHousehold;
	private final GenderElements eGender;
	private final KeyPersonRoleElements eKeyPersonRole;
	private final ContractKindElements eContractKind;
	private final ImprovementStatusElements eImprovementStatus;
	private final DirectionElements eDirection;
	private final SeverityElements eSeverity;
	private final TerminalRule tID;
	private final TerminalRule tINT;
	private final TerminalRule tSTRING;
	private final TerminalRule tML_COMMENT;
	private final TerminalRule tSL_COMMENT;
	private final TerminalRule tWS;
	private final TerminalRule tANY_OTHER;
	
	private final Grammar grammar;

	@Inject
	public KlantreisGrammarAccess(GrammarProvider grammarProvider) {
		this.grammar = internalFindGrammar(grammarProvider);
		this.pJourneyModel = new JourneyModelElements();
		this.pOrganisation = new OrganisationElements();
		this.pStaffGroup = new StaffGroupElements();
		this.pPersona = new PersonaElements();
		this.pKeyPerson = new KeyPersonElements();
		this.pJourney = new JourneyElements();
		this.pLifeEvent = new LifeEventElements();
		this.pPhase = new PhaseElements();
		this.pTouchpoint = new TouchpointElements();
		this.pHandover = new HandoverElements();
		this.pPainPoint = new PainPointElements();
		this.pImprovement = new ImprovementElements();
		this.pRuleSetting = new RuleSettingElements();
		this.pRuleParameter = new RuleParameterElements();
		this.pQualifiedName = new QualifiedNameElements();
		this.pEmotion = new EmotionElements();
		this.pOnOff = new OnOffElements();
		this.eJourneyKind = new JourneyKindElements();
		this.eJourneyStatus = new JourneyStatusElements();
		this.eLifeEventKind = new LifeEventKindElements();
		this.eChannel = new ChannelElements();
		this.eInitiator = new InitiatorElements();
		this.ePurpose = new PurposeElements();
		this.eInterpreterArrangement = new InterpreterArrangementElements();
		this.eCommunicationForm = new CommunicationFormElements();
		this.eLifeDomain = new LifeDomainElements();
		this.eHandoverKind = new HandoverKindElements();
		this.eOrganisationKind = new OrganisationKindElements();
		this.eDutchLevel = new DutchLevelElements();
		this.eSkillLevel = new SkillLevelElements();
		this.eHousehold = new HouseholdElements();
		this.eGender = new GenderElements();
		this.eKeyPersonRole = new KeyPersonRoleElements();
		this.eContractKind = new ContractKindElements();
		this.eImprovementStatus = new ImprovementStatusElements();
		this.eDirection = new DirectionElements();
		this.eSeverity = new SeverityElements();
		this.tID = (TerminalRule) GrammarUtil.findRuleForName(getGrammar(), "nl.klantreis.dsl.Klantreis.ID");
		this.tINT = (TerminalRule) GrammarUtil.findRuleForName(getGrammar(), "nl.klantreis.dsl.Klantreis.INT");
		this.tSTRING = (TerminalRule) GrammarUtil.findRuleForName(getGrammar(), "nl.klantreis.dsl.Klantreis.STRING");
		this.tML_COMMENT = (TerminalRule) GrammarUtil.findRuleForName(getGrammar(), "nl.klantreis.dsl.Klantreis.ML_COMMENT");
		this.tSL_COMMENT = (TerminalRule) GrammarUtil.findRuleForName(getGrammar(), "nl.klantreis.dsl.Klantreis.SL_COMMENT");
		this.tWS = (TerminalRule) GrammarUtil.findRuleForName(getGrammar(), "nl.klantreis.dsl.Klantreis.WS");
		this.tANY_OTHER = (TerminalRule) GrammarUtil.findRuleForName(getGrammar(), "nl.klantreis.dsl.Klantreis.ANY_OTHER");
	}
	
	protected Grammar internalFindGrammar(GrammarProvider grammarProvider) {
		Grammar grammar = grammarProvider.getGrammar(this);
		while (grammar != null) {
			if ("nl.klantreis.dsl.Klantreis".equals(grammar.getName())) {
				return grammar;
			}
			List<Grammar> grammars = grammar.getUsedGrammars();
			if (!grammars.isEmpty()) {
				grammar = grammars.iterator().next();
			} else {
				return null;
			}
		}
		return grammar;
	}
	
	@Override
	public Grammar getGrammar() {
		return grammar;
	}
	

	
	//JourneyModel:
	//    'model' id=ID (name=STRING)? '{'
	//        ('description' description=STRING)?
	//        (organisations+=Organisation
	//            | personas+=Persona
	//            | keyPersons+=KeyPerson
	//            | journeys+=Journey
	//            | ruleSettings+=RuleSetting)*
	//    '}';
	public JourneyModelElements getJourneyModelAccess() {
		return pJourneyModel;
	}
	
	public ParserRule getJourneyModelRule() {
		return getJourneyModelAccess().getRule();
	}
	
	//Organisation:
	//    'organisation' id=ID (name=STRING)? '{'
	//        ('description' description=STRING)?
	//        ('kind' kind=OrganisationKind)?
	//        (trainedStaff?='trained' 'staff')?
	//        (interpreterBudget?='interpreter' 'budget')?
	//        ('caseload' statusHolderCaseload=INT)?
	//        staffGroups+=StaffGroup*
	//    '}';
	public OrganisationElements getOrganisationAccess() {
		return pOrganisation;
	}
	
	public ParserRule getOrganisationRule() {
		return getOrganisationAccess().getRule();
	}
	
	//// The action creates the group (and the life event below) even when nothing in it is recorded.
	//StaffGroup:
	//    {StaffGroup} 'staff' 'group' (name=STRING)? '{'
	//        (refugeeBackground?='refugee' 'background')?
	//        ('members' members=INT)?
	//        ('clients' statusHolderClients=INT)?
	//    '}';
	public StaffGroupElements getStaffGroupAccess() {
		return pStaffGroup;
	}
	
	public ParserRule getStaffGroupRule() {
		return getStaffGroupAccess().getRule();
	}
	
	//Persona:
	//    'persona' id=ID (name=STRING)? '{'
	//        ('description' description=STRING)?
	//        ('from' countryOfOrigin=STRING)?
	//        ('speaks' languages+=STRING (',' languages+=STRING)*)?
	//        ('dutch' dutchLevel=DutchLevel)?
	//        ('literacy' literacy=SkillLevel)?
	//        ('health' 'literacy' healthLiteracy=SkillLevel)?
	//        ('digital' 'skills' digitalSkills=SkillLevel)?
	//        ('household' household=Household)?
	//        ('gender' gender=Gender)?
	//        ('concerns' concerns+=STRING (',' concerns+=STRING)*)?
	//    '}';
	public PersonaElements getPersonaAccess() {
		return pPersona;
	}
	
	public ParserRule getPersonaRule() {
		return getPersonaAccess().getRule();
	}
	
	//KeyPerson:
	//    'key' 'person' id=ID (name=STRING)? '{'
	//        ('description' description=STRING)?
	//        ('roles' roles+=KeyPersonRole (',' roles+=KeyPersonRole)*)?
	//        ('contract' contract=ContractKind)?
	//        ('supervised' 'by' supervisor=[Organisation|QualifiedName])?
	//        ('speaks' languages+=STRING (',' languages+=STRING)*)?
	//    '}';
	public KeyPersonElements getKeyPersonAccess() {
		return pKeyPerson;
	}
	
	public ParserRule getKeyPersonRule() {
		return getKeyPersonAccess().getRule();
	}
	
	//Journey:
	//    'journey' id=ID (name=STRING)? 'for' persona=[Persona|QualifiedName] '{'
	//        ('description' description=STRING)?
	//        ('kind' kind=JourneyKind)?
	//        ('status' status=JourneyStatus)?
	//        ('owner' owner=[Organisation|QualifiedName])?
	//        ('baseline' baseline=[Journey|QualifiedName])?
	//        trigger=LifeEvent
	//        phases+=Phase*
	//        handovers+=Handover*
	//        painPoints+=PainPoint*
	//        improvements+=Improvement*
	//    '}';
	public JourneyElements getJourneyAccess() {
		return pJourney;
	}
	
	public ParserRule getJourneyRule() {
		return getJourneyAccess().getRule();
	}
	
	//LifeEvent:
	//    {LifeEvent} 'triggered' 'by' (kind=LifeEventKind)? (description=STRING)?;
	public LifeEventElements getLifeEventAccess() {
		return pLifeEvent;
	}
	
	public ParserRule getLifeEventRule() {
		return getLifeEventAccess().getRule();
	}
	
	//Phase:
	//    'phase' id=ID (name=STRING)? '{'
	//        ('description' description=STRING)?
	//        touchpoints+=Touchpoint*
	//    '}';
	public PhaseElements getPhaseAccess() {
		return pPhase;
	}
	
	public ParserRule getPhaseRule() {
		return getPhaseAccess().getRule();
	}
	
	//Touchpoint:
	//    'touchpoint' id=ID (name=STRING)? 'at' organisation=[Organisation|QualifiedName] '{'
	//        ('description' description=STRING)?
	//        ('role' role=STRING)?
	//        ('channel' channel=Channel)?
	//        ('initiated' 'by' initiator=Initiator)?
	//        ('purpose' purpose=Purpose)?
	//        ('duration' duration=INT 'minutes')?
	//        ('interpreter' interpreter=InterpreterArrangement)?
	//        ('forms' communicationForms+=CommunicationForm (',' communicationForms+=CommunicationForm)*)?
	//        (understandingChecked?='understanding' 'checked')?
	//        ('emotion' emotion=Emotion)?
	//        ('domains' lifeDomains+=LifeDomain (',' lifeDomains+=LifeDomain)*)?
	//        (healthSignal?='health' 'signal')?
	//        ('key' 'persons' keyPersons+=[KeyPerson|QualifiedName] (',' keyPersons+=[KeyPerson|QualifiedName])*)?
	//    '}';
	public TouchpointElements getTouchpointAccess() {
		return pTouchpoint;
	}
	
	public ParserRule getTouchpointRule() {
		return getTouchpointAccess().getRule();
	}
	
	//Handover:
	//    'handover' source=[Touchpoint|QualifiedName] '->' target=[Touchpoint|QualifiedName] (kind=HandoverKind)?
	//        (description=STRING)?;
	public HandoverElements getHandoverAccess() {
		return pHandover;
	}
	
	public ParserRule getHandoverRule() {
		return getHandoverAccess().getRule();
	}
	
	//PainPoint:
	//    'pain' 'point' id=ID (name=STRING)? '{'
	//        ('description' description=STRING)?
	//        ('concerns' touchpoints+=[Touchpoint|QualifiedName] (',' touchpoints+=[Touchpoint|QualifiedName])*)?
	//    '}';
	public PainPointElements getPainPointAccess() {
		return pPainPoint;
	}
	
	public ParserRule getPainPointRule() {
		return getPainPointAccess().getRule();
	}
	
	//Improvement:
	//    'improvement' id=ID (name=STRING)? '{'
	//        ('description' description=STRING)?
	//        ('owner' owner=[Organisation|QualifiedName])?
	//        ('status' status=ImprovementStatus)?
	//        ('direction' direction=Direction)?
	//        ('addresses' addresses+=[PainPoint|QualifiedName] (',' addresses+=[PainPoint|QualifiedName])*)?
	//    '}';
	public ImprovementElements getImprovementAccess() {
		return pImprovement;
	}
	
	public ParserRule getImprovementRule() {
		return getImprovementAccess().getRule();
	}
	
	//RuleSetting:
	//    'rule' ruleId=ID (enabled=OnOff)? ('severity' severity=Severity)?
	//        ('{' parameters+=RuleParameter* '}')?;
	public RuleSettingElements getRuleSettingAccess() {
		return pRuleSetting;
	}
	
	public ParserRule getRuleSettingRule() {
		return getRuleSettingAccess().getRule();
	}
	
	//RuleParameter:
	//    key=ID '=' value=STRING;
	public RuleParameterElements getRuleParameterAccess() {
		return pRuleParameter;
	}
	
	public ParserRule getRuleParameterRule() {
		return getRuleParameterAccess().getRule();
	}
	
	//// Ids are the ID terminal itself, not a datatype rule over it: on a model of 100,000
	//// touchpoints each such rule call costs a node and a token object per id.
	//QualifiedName hidden():
	//    ID ('.' ID)*;
	public QualifiedNameElements getQualifiedNameAccess() {
		return pQualifiedName;
	}
	
	public ParserRule getQualifiedNameRule() {
		return getQualifiedNameAccess().getRule();
	}
	
	//Emotion returns ecore::EInt hidden():
	//    ('-' | '+')? INT;
	public EmotionElements getEmotionAccess() {
		return pEmotion;
	}
	
	public ParserRule getEmotionRule() {
		return getEmotionAccess().getRule();
	}
	
	//OnOff returns ecore::EBoolean:
	//    'on' | 'off';
	public OnOffElements getOnOffAccess() {
		return pOnOff;
	}
	
	public ParserRule getOnOffRule() {
		return getOnOffAccess().getRule();
	}
	
	//enum JourneyKind: ACTUAL | PLANNED;
	public JourneyKindElements getJourneyKindAccess() {
		return eJourneyKind;
	}
	
	public EnumRule getJourneyKindRule() {
		return getJourneyKindAccess().getRule();
	}
	
	//enum JourneyStatus: DRAFT | REVIEWED | ADOPTED;
	public JourneyStatusElements getJourneyStatusAccess() {
		return eJourneyStatus;
	}
	
	public EnumRule getJourneyStatusRule() {
		return getJourneyStatusAccess().getRule();
	}
	
	//enum LifeEventKind: ARRIVAL | INBURGERING | FAMILY_REUNIFICATION | BIRTH | SCHOOL | JOB_SEARCH | JOB_LOSS
	//    | ILLNESS | MOVING | DEBT | OTHER;
	public LifeEventKindElements getLifeEventKindAccess() {
		return eLifeEventKind;
	}
	
	public EnumRule getLifeEventKindRule() {
		return getLifeEventKindAccess().getRule();
	}
	
	//enum Channel: COUNTER | PHONE | LETTER | EMAIL | PORTAL | HOME_VISIT | GROUP_SESSION | CONSULTATION_HOUR
	//    | SOCIAL_MEDIA | VIDEO_CALL | MEETING;
	public ChannelElements getChannelAccess() {
		return eChannel;
	}
	
	public EnumRule getChannelRule() {
		return getChannelAccess().getRule();
	}
	
	//enum Initiator: RESIDENT | ORGANISATION;
	public InitiatorElements getInitiatorAccess() {
		return eInitiator;
	}
	
	public EnumRule getInitiatorRule() {
		return getInitiatorAccess().getRule();
	}
	
	//enum Purpose: INFORMATION | INTAKE | ADVICE | DECISION | REFERRAL | FOLLOW_UP | SUPPORT;
	public PurposeElements getPurposeAccess() {
		return ePurpose;
	}
	
	public EnumRule getPurposeRule() {
		return getPurposeAccess().getRule();
	}
	
	//enum InterpreterArrangement: NONE | PROFESSIONAL | BILINGUAL_STAFF | KEY_PERSON | FAMILY | CHILD;
	public InterpreterArrangementElements getInterpreterArrangementAccess() {
		return eInterpreterArrangement;
	}
	
	public EnumRule getInterpreterArrangementRule() {
		return getInterpreterArrangementAccess().getRule();
	}
	
	//enum CommunicationForm: SPOKEN | WRITTEN | PLAIN_LANGUAGE | TRANSLATED | VISUAL;
	public CommunicationFormElements getCommunicationFormAccess() {
		return eCommunicationForm;
	}
	
	public EnumRule getCommunicationFormRule() {
		return getCommunicationFormAccess().getRule();
	}
	
	//enum LifeDomain: INCOME | WORK | EDUCATION | HOUSING | PHYSICAL_HEALTH | MENTAL_HEALTH | FAMILY | SOCIAL_NETWORK;
	public LifeDomainElements getLifeDomainAccess() {
		return eLifeDomain;
	}
	
	public EnumRule getLifeDomainRule() {
		return getLifeDomainAccess().getRule();
	}
	
	//enum HandoverKind: WARM | COLD;
	public HandoverKindElements getHandoverKindAccess() {
		return eHandoverKind;
	}
	
	public EnumRule getHandoverKindRule() {
		return getHandoverKindAccess().getRule();
	}
	
	//enum OrganisationKind: CUSTOMER_CONTACT_CENTRE | WORK_AND_INCOME | SOCIAL_SUPPORT | INTEGRATION | PUBLIC_HEALTH
	//    | GENERAL_PRACTITIONER | MENTAL_HEALTH_CARE | DISTRICT_NURSING | YOUTH_AND_FAMILY | REFUGEE_SUPPORT | SCHOOL
	//    | EMPLOYER | WELFARE | MIGRANT_ORGANISATION | HOUSING_CORPORATION | RECEPTION_CENTRE | OTHER;
	public OrganisationKindElements getOrganisationKindAccess() {
		return eOrganisationKind;
	}
	
	public EnumRule getOrganisationKindRule() {
		return getOrganisationKindAccess().getRule();
	}
	
	//enum DutchLevel: NONE | A1 | A2 | B1 | B2 | C1 | C2;
	public DutchLevelElements getDutchLevelAccess() {
		return eDutchLevel;
	}
	
	public EnumRule getDutchLevelRule() {
		return getDutchLevelAccess().getRule();
	}
	
	//enum SkillLevel: UNKNOWN | NONE | LIMITED | ADEQUATE;
	public SkillLevelElements getSkillLevelAccess() {
		return eSkillLevel;
	}
	
	public EnumRule getSkillLevelRule() {
		return getSkillLevelAccess().getRule();
	}
	
	//enum Household: SINGLE | COUPLE | FAMILY | SINGLE_PARENT | AWAITING_REUNIFICATION;
	public HouseholdElements getHouseholdAccess() {
		return eHousehold;
	}
	
	public EnumRule getHouseholdRule() {
		return getHouseholdAccess().getRule();
	}
	
	//enum Gender: UNSPECIFIED | FEMALE | MALE | OTHER;
	public GenderElements getGenderAccess() {
		return eGender;
	}
	
	public EnumRule getGenderRule() {
		return getGenderAccess().getRule();
	}
	
	//enum KeyPersonRole: EDUCATOR | ADVISOR | MEDIATOR | SCOUT | ACTIVATOR;
	public KeyPersonRoleElements getKeyPersonRoleAccess() {
		return eKeyPersonRole;
	}
	
	public EnumRule getKeyPersonRoleRule() {
		return getKeyPersonRoleAccess().getRule();
	}
	
	//enum ContractKind: NONE | VOLUNTEER | EMPLOYMENT;
	public ContractKindElements getContractKindAccess() {
		return eContractKind;
	}
	
	public EnumRule getContractKindRule() {
		return getContractKindAccess().getRule();
	}
	
	//enum ImprovementStatus: PROPOSED | AGREED | IN_PROGRESS | DONE | DROPPED;
	public ImprovementStatusElements getImprovementStatusAccess() {
		return eImprovementStatus;
	}
	
	public EnumRule getImprovementStatusRule() {
		return getImprovementStatusAccess().getRule();
	}
	
	//enum Direction: LIFEWORLD_KNOWLEDGE | TAILORED_SUPPORT | OUTREACH | EXPERIENCE_EXPERTS | STAFF_DIVERSITY;
	public DirectionElements getDirectionAccess() {
		return eDirection;
	}
	
	public EnumRule getDirectionRule() {
		return getDirectionAccess().getRule();
	}
	
	//enum Severity: INFO | WARNING | ERROR;
	public SeverityElements getSeverityAccess() {
		return eSeverity;
	}
	
	public EnumRule getSeverityRule() {
		return getSeverityAccess().getRule();
	}
	
	//// An id: letters, digits and '_', with single '-' between parts ("brede-intake", "KR-INTAKE-02").
	//terminal ID: ('a'..'z' | 'A'..'Z' | '_') ('a'..'z' | 'A'..'Z' | '_' | '0'..'9')*
	//    ('-' ('a'..'z' | 'A'..'Z' | '_' | '0'..'9')+)*;
	public TerminalRule getIDRule() {
		return tID;
	}
	
	//terminal INT returns ecore::EInt: ('0'..'9')+;
	public TerminalRule getINTRule() {
		return tINT;
	}
	
	//terminal STRING:
	//    '"' ('\\' . /* 'b'|'t'|'n'|'f'|'r'|'u'|'"'|"'"|'\\' */ | !('\\' | '"'))* '"';
	public TerminalRule getSTRINGRule() {
		return tSTRING;
	}
	
	//terminal ML_COMMENT: '/*'->'*/';
	public TerminalRule getML_COMMENTRule() {
		return tML_COMMENT;
	}
	
	//terminal SL_COMMENT: '//' !('\n' | '\r')* ('\r'? '\n')?;
	public TerminalRule getSL_COMMENTRule() {
		return tSL_COMMENT;
	}
	
	//terminal WS: (' ' | '\t' | '\r' | '\n')+;
	public TerminalRule getWSRule() {
		return tWS;
	}
	
	//terminal ANY_OTHER: .;
	public TerminalRule getANY_OTHERRule() {
		return tANY_OTHER;
	}
}
