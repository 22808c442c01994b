/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl.ide.contentassist.antlr;

import com.google.common.collect.ImmutableMap;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import java.util.Map;
import nl.klantreis.dsl.ide.contentassist.antlr.internal.InternalKlantreisParser;
import nl.klantreis.dsl.services.KlantreisGrammarAccess;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.ide.editor.contentassist.antlr.AbstractContentAssistParser;

public class KlantreisParser extends AbstractContentAssistParser {

	@Singleton
	public static final class NameMappings {
		
		private final Map<AbstractElement, String> mappings;
		
		@Inject
		public NameMappings(KlantreisGrammarAccess grammarAccess) {
			ImmutableMap.Builder<AbstractElement, String> builder = ImmutableMap.builder();
			init(builder, grammarAccess);
			this.mappings = builder.build();
		}
		
		public String getRuleName(AbstractElement element) {
			return mappings.get(element);
		}
		
		private static void init(ImmutableMap.Builder<AbstractElement, String> builder, KlantreisGrammarAccess grammarAccess) {
			builder.put(grammarAccess.getJourneyModelAccess().getAlternatives_5(), "rule__JourneyModel__Alternatives_5");
			builder.put(grammarAccess.getEmotionAccess().getAlternatives_0(), "rule__Emotion__Alternatives_0");
			builder.put(grammarAccess.getOnOffAccess().getAlternatives(), "rule__OnOff__Alternatives");
			builder.put(grammarAccess.getJourneyKindAccess().getAlternatives(), "rule__JourneyKind__Alternatives");
			builder.put(grammarAccess.getJourneyStatusAccess().getAlternatives(), "rule__JourneyStatus__Alternatives");
			builder.put(grammarAccess.getLifeEventKindAccess().getAlternatives(), "rule__LifeEventKind__Alternatives");
			builder.put(grammarAccess.getChannelAccess().getAlternatives(), "rule__Channel__Alternatives");
			builder.put(grammarAccess.getInitiatorAccess().getAlternatives(), "rule__Initiator__Alternatives");
			builder.put(grammarAccess.getPurposeAccess().getAlternatives(), "rule__Purpose__Alternatives");
			builder.put(grammarAccess.getInterpreterArrangementAccess().getAlternatives(), "rule__InterpreterArrangement__Alternatives");
			builder.put(grammarAccess.getCommunicationFormAccess().getAlternatives(), "rule__CommunicationForm__Alternatives");
			builder.put(grammarAccess.getLifeDomainAccess().getAlternatives(), "rule__LifeDomain__Alternatives");
			builder.put(grammarAccess.getHandoverKindAccess().getAlternatives(), "rule__HandoverKind__Alternatives");
			builder.put(grammarAccess.getOrganisationKindAccess().getAlternatives(), "rule__OrganisationKind__Alternatives");
			builder.put(grammarAccess.getDutchLevelAccess().getAlternatives(), "rule__DutchLevel__Alternatives");
			builder.put(grammarAccess.getSkillLevelAccess().getAlternatives(), "rule__SkillLevel__Alternatives");
			builder.put(grammarAccess.getHouseholdAccess().getAlternatives(), "rule__Household__Alternatives");
			builder.put(grammarAccess.getGenderAccess().getAlternatives(), "rule__Gender__Alternatives");
			builder.put(grammarAccess.getKeyPersonRoleAccess().getAlternatives(), "rule__KeyPersonRole__Alternatives");
			builder.put(grammarAccess.getContractKindAccess().getAlternatives(), "rule__ContractKind__Alternatives");
			builder.put(grammarAccess.getImprovementStatusAccess().getAlternatives(), "rule__ImprovementStatus__Alternatives");
			builder.put(grammarAccess.getDirectionAccess().getAlternatives(), "rule__Direction__Alternatives");
			builder.put(grammarAccess.getSeverityAccess().getAlternatives(), "rule__Severity__Alternatives");
			builder.put(grammarAccess.getJourneyModelAccess().getGroup(), "rule__JourneyModel__Group__0");
			builder.put(grammarAccess.getJourneyModelAccess().getGroup_4(), "rule__JourneyModel__Group_4__0");
			builder.put(grammarAccess.getOrganisationAccess().getGroup(), "rule__Organisation__Group__0");
			builder.put(grammarAccess.getOrganisationAccess().getGroup_4(), "rule__Organisation__Group_4__0");
			builder.put(grammarAccess.getOrganisationAccess().getGroup_5(), "rule__Organisation__Group_5__0");
			builder.put(grammarAccess.getOrganisationAccess().getGroup_6(), "rule__Organisation__Group_6__0");
			builder.put(grammarAccess.getOrganisationAccess().getGroup_7(), "rule__Organisation__Group_7__0");
			builder.put(grammarAccess.getOrganisationAccess().getGroup_8(), "rule__Organisation__Group_8__0");
			builder.put(grammarAccess.getStaffGroupAccess().getGroup(), "rule__StaffGroup__Group__0");
			builder.put(grammarAccess.getStaffGroupAccess().getGroup_5(), "rule__StaffGroup__Group_5__0");
			builder.put(grammarAccess.getStaffGroupAccess().getGroup_6(), "rule__StaffGroup__Group_6__0");
			builder.put(grammarAccess.getStaffGroupAccess().getGroup_7(), "rule__StaffGroup__Group_7__0");
			builder.put(grammarAccess.getPersonaAccess().getGroup(), "rule__Persona__Group__0");
			builder.put(grammarAccess.getPersonaAccess().getGroup_4(), "rule__Persona__Group_4__0");
			builder.put(grammarAccess.getPersonaAccess().getGroup_5(), "rule__Persona__Group_5__0");
			builder.put(grammarAccess.getPersonaAccess().getGroup_6(), "rule__Persona__Group_6__0");
			builder.put(grammarAccess.getPersonaAccess().getGroup_6_2(), "rule__Persona__Group_6_2__0");
			builder.put(grammarAccess.getPersonaAccess().getGroup_7(), "rule__Persona__Group_7__0");
			builder.put(grammarAccess.getPersonaAccess().getGroup_8(), "rule__Persona__Group_8__0");
			builder.put(grammarAccess.getPersonaAccess().getGroup_9(), "rule__Persona__Group_9__0");
			builder.put(grammarAccess.getPersonaAccess().getGroup_10(), "rule__Persona__Group_10__0");
			builder.put(grammarAccess.getPersonaAccess().getGroup_11(), "rule__Persona__Group_11__0");
			builder.put(grammarAccess.getPersonaAccess().getGroup_12(), "rule__Persona__Group_12__0");
			builder.put(grammarAccess.getPersonaAccess().getGroup_13(), "rule__Persona__Group_13__0");
			builder.put(grammarAccess.getPersonaAccess().getGroup_13_2(), "rule__Persona__Group_13_2__0");
			builder.put(grammarAccess.getKeyPersonAccess().getGroup(), "rule__KeyPerson__Group__0");
			builder.put(grammarAccess.getKeyPersonAccess().getGroup_5(), "rule__KeyPerson__Group_5__0");
			builder.put(grammarAccess.getKeyPersonAccess().getGroup_6(), "rule__KeyPerson__Group_6__0");
			builder.put(grammarAccess.getKeyPersonAccess().getGroup_6_2(), "rule__KeyPerson__Group_6_2__0");
			builder.put(grammarAccess.getKeyPersonAccess().getGroup_7(), "rule__KeyPerson__Group_7__0");
			builder.put(grammarAccess.getKeyPersonAccess().getGroup_8(), "rule__KeyPerson__Group_8__0");
			builder.put(grammarAccess.getKeyPersonAccess().getGroup_9(), "rule__KeyPerson__Group_9__0");
			builder.put(grammarAccess.getKeyPersonAccess().getGroup_9_2(), "rule__KeyPerson__Group_9_2__0");
			builder.put(grammarAccess.getJourneyAccess().getGroup(), "rule__Journey__Group__0");
			builder.put(grammarAccess.getJourneyAccess().getGroup_6(), "rule__Journey__Group_6__0");
			builder.put(grammarAccess.getJourneyAccess().getGroup_7(), "rule__Journey__Group_7__0");
			builder.put(grammarAccess.getJourneyAccess().getGroup_8(), "rule__Journey__Group_8__0");
			builder.put(grammarAccess.getJourneyAccess().getGroup_9(), "rule__Journey__Group_9__0");
			builder.put(grammarAccess.getJourneyAccess().getGroup_10(), "rule__Journey__Group_10__0");
			builder.put(grammarAccess.getLifeEventAccess().getGroup(), "rule__LifeEvent__Group__0");
			builder.put(grammarAccess.getPhaseAccess().getGroup(), "rule__Phase__Group__0");
			builder.put(grammarAccess.getPhaseAccess().getGroup_4(), "rule__Phase__Group_4__0");
			builder.put(grammarAccess.getTouchpointAccess().getGroup(), "rule__Touchpoint__Group__0");
			builder.put(grammarAccess.getTouchpointAccess().getGroup_6(), "rule__Touchpoint__Group_6__0");
			builder.put(grammarAccess.getTouchpointAccess().getGroup_7(), "rule__Touchpoint__Group_7__0");
			builder.put(grammarAccess.getTouchpointAccess().getGroup_8(), "rule__Touchpoint__Group_8__0");
			builder.put(grammarAccess.getTouchpointAccess().getGroup_9(), "rule__Touchpoint__Group_9__0");
			builder.put(grammarAccess.getTouchpointAccess().getGroup_10(), "rule__Touchpoint__Group_10__0");
			builder.put(grammarAccess.getTouchpointAccess().getGroup_11(), "rule__Touchpoint__Group_11__0");
			builder.put(grammarAccess.getTouchpointAccess().getGroup_12(), "rule__Touchpoint__Group_12__0");
			builder.put(grammarAccess.getTouchpointAccess().getGroup_13(), "rule__Touchpoint__Group_13__0");
			builder.put(grammarAccess.getTouchpointAccess().getGroup_13_2(), "rule__Touchpoint__Group_13_2__0");
			builder.put(grammarAccess.getTouchpointAccess().getGroup_14(), "rule__Touchpoint__Group_14__0");
			builder.put(grammarAccess.getTouchpointAccess().getGroup_15(), "rule__Touchpoint__Group_15__0");
			builder.put(grammarAccess.getTouchpointAccess().getGroup_16(), "rule__Touchpoint__Group_16__0");
			builder.put(grammarAccess.getTouchpointAccess().getGroup_16_2(), "rule__Touchpoint__Group_16_2__0");
			builder.put(grammarAccess.getTouchpointAccess().getGroup_17(), "rule__Touchpoint__Group_17__0");
			builder.put(grammarAccess.getTouchpointAccess().getGroup_18(), "rule__Touchpoint__Group_18__0");
			builder.put(grammarAccess.getTouchpointAccess().getGroup_18_3(), "rule__Touchpoint__Group_18_3__0");
			builder.put(grammarAccess.getHandoverAccess().getGroup(), "rule__Handover__Group__0");
			builder.put(grammarAccess.getPainPointAccess().getGroup(), "rule__PainPoint__Group__0");
			builder.put(grammarAccess.getPainPointAccess().getGroup_5(), "rule__PainPoint__Group_5__0");
			builder.put(grammarAccess.getPainPointAccess().getGroup_6(), "rule__PainPoint__Group_6__0");
			builder.put(grammarAccess.getPainPointAccess().getGroup_6_2(), "rule__PainPoint__Group_6_2__0");
			builder.put(grammarAccess.getImprovementAccess().getGroup(), "rule__Improvement__Group__0");
			builder.put(grammarAccess.getImprovementAccess().getGroup_4(), "rule__Improvement__Group_4__0");
			builder.put(grammarAccess.getImprovementAccess().getGroup_5(), "rule__Improvement__Group_5__0");
			builder.put(grammarAccess.getImprovementAccess().getGroup_6(), "rule__Improvement__Group_6__0");
			builder.put(grammarAccess.getImprovementAccess().getGroup_7(), "rule__Improvement__Group_7__0");
			builder.put(grammarAccess.getImprovementAccess().getGroup_8(), "rule__Improvement__Group_8__0");
			builder.put(grammarAccess.getImprovementAccess().getGroup_8_2(), "rule__Improvement__Group_8_2__0");
			builder.put(grammarAccess.getRuleSettingAccess().getGroup(), "rule__RuleSetting__Group__0");
			builder.put(grammarAccess.getRuleSettingAccess().getGroup_3(), "rule__RuleSetting__Group_3__0");
			builder.put(grammarAccess.getRuleSettingAccess().getGroup_4(), "rule__RuleSetting__Group_4__0");
			builder.put(grammarAccess.getRuleParameterAccess().getGroup(), "rule__RuleParameter__Group__0");
			builder.put(grammarAccess.getQualifiedNameAccess().getGroup(), "rule__QualifiedName__Group__0");
			builder.put(grammarAccess.getQualifiedNameAccess().getGroup_1(), "rule__QualifiedName__Group_1__0");
			builder.put(grammarAccess.getEmotionAccess().getGroup(), "rule__Emotion__Group__0");
			builder.put(grammarAccess.getJourneyModelAccess().getIdAssignment_1(), "rule__JourneyModel__IdAssignment_1");
			builder.put(grammarAccess.getJourneyModelAccess().getNameAssignment_2(), "rule__JourneyModel__NameAssignment_2");
			builder.put(grammarAccess.getJourneyModelAccess().getDescriptionAssignment_4_1(), "rule__JourneyModel__DescriptionAssignment_4_1");
			builder.put(grammarAccess.getJourneyModelAccess().getOrganisationsAssignment_5_0(), "rule__JourneyModel__OrganisationsAssignment_5_0");
			builder.put(grammarAccess.getJourneyModelAccess().getPersonasAssignment_5_1(), "rule__JourneyModel__PersonasAssignment_5_1");
			builder.put(grammarAccess.getJourneyModelAccess().getKeyPersonsAssignment_5_2(), "rule__JourneyModel__KeyPersonsAssignment_5_2");
			builder.put(grammarAccess.getJourneyModelAccess().getJourneysAssignment_5_3(), "rule__JourneyModel__JourneysAssignment_5_3");
			builder.put(grammarAccess.getJourneyModelAccess().getRuleSettingsAssignment_5_4(), "rule__JourneyModel__RuleSettingsAssignment_5_4");
			builder.put(grammarAccess.getOrganisationAccess().getIdAssignment_1(), "rule__Organisation__IdAssignment_1");
			builder.put(grammarAccess.getOrganisationAccess().getNameAssignment_2(), "rule__Organisation__NameAssignment_2");
			builder.put(grammarAccess.getOrganisationAccess().getDescriptionAssignment_4_1(), "rule__Organisation__DescriptionAssignment_4_1");
			builder.put(grammarAccess.getOrganisationAccess().getKindAssignment_5_1(), "rule__Organisation__KindAssignment_5_1");
			builder.put(grammarAccess.getOrganisationAccess().getTrainedStaffAssignment_6_0(), "rule__Organisation__TrainedStaffAssignment_6_0");
			builder.put(grammarAccess.getOrganisationAccess().getInterpreterBudgetAssignment_7_0(), "rule__Organisation__InterpreterBudgetAssignment_7_0");
			builder.put(grammarAccess.getOrganisationAccess().getStatusHolderCaseloadAssignment_8_1(), "rule__Organisation__StatusHolderCaseloadAssignment_8_1");
			builder.put(grammarAccess.getOrganisationAccess().getStaffGroupsAssignment_9(), "rule__Organisation__StaffGroupsAssignment_9");
			builder.put(grammarAccess.getStaffGroupAccess().getNameAssignment_3(), "rule__StaffGroup__NameAssignment_3");
			builder.put(grammarAccess.getStaffGroupAccess().getRefugeeBackgroundAssignment_5_0(), "rule__StaffGroup__RefugeeBackgroundAssignment_5_0");
			builder.put(grammarAccess.getStaffGroupAccess().getMembersAssignment_6_1(), "rule__StaffGroup__MembersAssignment_6_1");
			builder.put(grammarAccess.getStaffGroupAccess().getStatusHolderClientsAssignment_7_1(), "rule__StaffGroup__StatusHolderClientsAssignment_7_1");
			builder.put(grammarAccess.getPersonaAccess().getIdAssignment_1(), "rule__Persona__IdAssignment_1");
			builder.put(grammarAccess.getPersonaAccess().getNameAssignment_2(), "rule__Persona__NameAssignment_2");
			builder.put(grammarAccess.getPersonaAccess().getDescriptionAssignment_4_1(), "rule__Persona__DescriptionAssignment_4_1");
			builder.put(grammarAccess.getPersonaAccess().getCountryOfOriginAssignment_5_1(), "rule__Persona__CountryOfOriginAssignment_5_1");
			builder.put(grammarAccess.getPersonaAccess().getLanguagesAssignment_6_1(), "rule__Persona__LanguagesAssignment_6_1");
			builder.put(grammarAccess.getPersonaAccess().getLanguagesAssignment_6_2_1(), "rule__Persona__LanguagesAssignment_6_2_1");
			builder.put(grammarAccess.getPersonaAccess().getDutchLevelAssignment_7_1(), "rule__Persona__DutchLevelAssignment_7_1");
			builder.put(grammarAccess.getPersonaAccess().getLiteracyAssignment_8_1(), "rule__Persona__LiteracyAssignment_8_1");
			builder.put(grammarAccess.getPersonaAccess().getHealthLiteracyAssignment_9_2(), "rule__Persona__HealthLiteracyAssignment_9_2");
			builder.put(grammarAccess.getPersonaAccess().getDigitalSkillsAssignment_10_2(), "rule__Persona__DigitalSkillsAssignment_10_2");
			builder.put(grammarAccess.getPersonaAccess().getHouseholdAssignment_11_1(), "rule__Persona__HouseholdAssignment_11_1");
			builder.put(grammarAccess.getPersonaAccess().getGenderAssignment_12_1(), "rule__Persona__GenderAssignment_12_1");
			builder.put(grammarAccess.getPersonaAccess().getConcernsAssignment_13_1(), "rule__Persona__ConcernsAssignment_13_1");
			builder.put(grammarAccess.getPersonaAccess().getConcernsAssignment_13_2_1(), "rule__Persona__ConcernsAssignment_13_2_1");
			builder.put(grammarAccess.getKeyPersonAccess().getIdAssignment_2(), "rule__KeyPerson__IdAssignment_2");
			builder.put(grammarAccess.getKeyPersonAccess().getNameAssignment_3(), "rule__KeyPerson__NameAssignment_3");
			builder.put(grammarAccess.getKeyPersonAccess().getDescriptionAssignment_5_1(), "rule__KeyPerson__DescriptionAssignment_5_1");
			builder.put(grammarAccess.getKeyPersonAccess().getRolesAssignment_6_1(), "rule__KeyPerson__RolesAssignment_6_1");
			builder.put(grammarAccess.getKeyPersonAccess().getRolesAssignment_6_2_1(), "rule__KeyPerson__RolesAssignment_6_2_1");
			builder.put(grammarAccess.getKeyPersonAccess().getContractAssignment_7_1(), "rule__KeyPerson__ContractAssignment_7_1");
			builder.put(grammarAccess.getKeyPersonAccess().getSupervisorAssignment_8_2(), "rule__KeyPerson__SupervisorAssignment_8_2");
			builder.put(grammarAccess.getKeyPersonAccess().getLanguagesAssignment_9_1(), "rule__KeyPerson__LanguagesAssignment_9_1");
			builder.put(grammarAccess.getKeyPersonAccess().getLanguagesAssignment_9_2_1(), "rule__KeyPerson__LanguagesAssignment_9_2_1");
			builder.put(grammarAccess.getJourneyAccess().getIdAssignment_1(), "rule__Journey__IdAssignment_1");
			builder.put(grammarAccess.getJourneyAccess().getNameAssignment_2(), "rule__Journey__NameAssignment_2");
			builder.put(grammarAccess.getJourneyAccess().getPersonaAssignment_4(), "rule__Journey__PersonaAssignment_4");
			builder.put(grammarAccess.getJourneyAccess().getDescriptionAssignment_6_1(), "rule__Journey__DescriptionAssignment_6_1");
			builder.put(grammarAccess.getJourneyAccess().getKindAssignment_7_1(), "rule__Journey__KindAssignment_7_1");
			builder.put(grammarAccess.getJourneyAccess().getStatusAssignment_8_1(), "rule__Journey__StatusAssignment_8_1");
			builder.put(grammarAccess.getJourneyAccess().getOwnerAssignment_9_1(), "rule__Journey__OwnerAssignment_9_1");
			builder.put(grammarAccess.getJourneyAccess().getBaselineAssignment_10_1(), "rule__Journey__BaselineAssignment_10_1");
			builder.put(grammarAccess.getJourneyAccess().getTriggerAssignment_11(), "rule__Journey__TriggerAssignment_11");
			builder.put(grammarAccess.getJourneyAccess().getPhasesAssignment_12(), "rule__Journey__PhasesAssignment_12");
			builder.put(grammarAccess.getJourneyAccess().getHandoversAssignment_13(), "rule__Journey__HandoversAssignment_13");
			builder.put(grammarAccess.getJourneyAccess().getPainPointsAssignment_14(), "rule__Journey__PainPointsAssignment_14");
			builder.put(grammarAccess.getJourneyAccess().getImprovementsAssignment_15(), "rule__Journey__ImprovementsAssignment_15");
			builder.put(grammarAccess.getLifeEventAccess().getKindAssignment_3(), "rule__LifeEvent__KindAssignment_3");
			builder.put(grammarAccess.getLifeEventAccess().getDescriptionAssignment_4(), "rule__LifeEvent__DescriptionAssignment_4");
			builder.put(grammarAccess.getPhaseAccess().getIdAssignment_1(), "rule__Phase__IdAssignment_1");
			builder.put(grammarAccess.getPhaseAccess().getNameAssignment_2(), "rule__Phase__NameAssignment_2");
			builder.put(grammarAccess.getPhaseAccess().getDescriptionAssignment_4_1(), "rule__Phase__DescriptionAssignment_4_1");
			builder.put(grammarAccess.getPhaseAccess().getTouchpointsAssignment_5(), "rule__Phase__TouchpointsAssignment_5");
			builder.put(grammarAccess.getTouchpointAccess().getIdAssignment_1(), "rule__Touchpoint__IdAssignment_1");
			builder.put(grammarAccess.getTouchpointAccess().getNameAssignment_2(), "rule__Touchpoint__NameAssignment_2");
			builder.put(grammarAccess.getTouchpointAccess().getOrganisationAssignment_4(), "rule__Touchpoint__OrganisationAssignment_4");
			builder.put(grammarAccess.getTouchpointAccess().getDescriptionAssignment_6_1(), "rule__Touchpoint__DescriptionAssignment_6_1");
			builder.put(grammarAccess.getTouchpointAccess().getRoleAssignment_7_1(), "rule__Touchpoint__RoleAssignment_7_1");
			builder.put(grammarAccess.getTouchpointAccess().getChannelAssignment_8_1(), "rule__Touchpoint__ChannelAssignment_8_1");
			builder.put(grammarAccess.getTouchpointAccess().getInitiatorAssignment_9_2(), "rule__Touchpoint__InitiatorAssignment_9_2");
			builder.put(grammarAccess.getTouchpointAccess().getPurposeAssignment_10_1(), "rule__Touchpoint__PurposeAssignment_10_1");
			builder.put(grammarAccess.getTouchpointAccess().getDurationAssignment_11_1(), "rule__Touchpoint__DurationAssignment_11_1");
			builder.put(grammarAccess.getTouchpointAccess().getInterpreterAssignment_12_1(), "rule__Touchpoint__InterpreterAssignment_12_1");
			builder.put(grammarAccess.getTouchpointAccess().getCommunicationFormsAssignment_13_1(), "rule__Touchpoint__CommunicationFormsAssignment_13_1");
			builder.put(grammarAccess.getTouchpointAccess().getCommunicationFormsAssignment_13_2_1(), "rule__Touchpoint__CommunicationFormsAssignment_13_2_1");
			builder.put(grammarAccess.getTouchpointAccess().getUnderstandingCheckedAssignment_14_0(), "rule__Touchpoint__UnderstandingCheckedAssignment_14_0");
			builder.put(grammarAccess.getTouchpointAccess().getEmotionAssignment_15_1(), "rule__Touchpoint__EmotionAssignment_15_1");
			builder.put(grammarAccess.getTouchpointAccess().getLifeDomainsAssignment_16_1(), "rule__Touchpoint__LifeDomainsAssignment_16_1");
			builder.put(grammarAccess.getTouchpointAccess().getLifeDomainsAssignment_16_2_1(), "rule__Touchpoint__LifeDomainsAssignment_16_2_1");
			builder.put(grammarAccess.getTouchpointAccess().getHealthSignalAssignment_17_0(), "rule__Touchpoint__HealthSignalAssignment_17_0");
			builder.put(grammarAccess.getTouchpointAccess().getKeyPersonsAssignment_18_2(), "rule__Touchpoint__KeyPersonsAssignment_18_2");
			builder.put(grammarAccess.getTouchpointAccess().getKeyPersonsAssignment_18_3_1(), "rule__Touchpoint__KeyPersonsAssignment_18_3_1");
			builder.put(grammarAccess.getHandoverAccess().getSourceAssignment_1(), "rule__Handover__SourceAssignment_1");
			builder.put(grammarAccess.getHandoverAccess().getTargetAssignment_3(), "rule__Handover__TargetAssignment_3");
			builder.put(grammarAccess.getHandoverAccess().getKindAssignment_4(), "rule__Handover__KindAssignment_4");
			builder.put(grammarAccess.getHandoverAccess().getDescriptionAssignment_5(), "rule__Handover__DescriptionAssignment_5");
			builder.put(grammarAccess.getPainPointAccess().getIdAssignment_2(), "rule__PainPoint__IdAssignment_2");
			builder.put(grammarAccess.getPainPointAccess().getNameAssignment_3(), "rule__PainPoint__NameAssignment_3");
			builder.put(grammarAccess.getPainPointAccess().getDescriptionAssignment_5_1(), "rule__PainPoint__DescriptionAssignment_5_1");
			builder.put(grammarAccess.getPainPointAccess().getTouchpointsAssignment_6_1(), "rule__PainPoint__TouchpointsAssignment_6_1");
			builder.put(grammarAccess.getPainPointAccess().getTouchpointsAssignment_6_2_1(), "rule__PainPoint__TouchpointsAssignment_6_2_1");
			builder.put(grammarAccess.getImprovementAccess().getIdAssignment_1(), "rule__Improvement__IdAssignment_1");
			builder.put(grammarAccess.getImprovementAccess().getNameAssignment_2(), "rule__Improvement__NameAssignment_2");
			builder.put(grammarAccess.getImprovementAccess().getDescriptionAssignment_4_1(), "rule__Improvement__DescriptionAssignment_4_1");
			builder.put(grammarAccess.getImprovementAccess().getOwnerAssignment_5_1(), "rule__Improvement__OwnerAssignment_5_1");
			builder.put(grammarAccess.getImprovementAccess().getStatusAssignment_6_1(), "rule__Improvement__StatusAssignment_6_1");
			builder.put(grammarAccess.getImprovementAccess().getDirectionAssignment_7_1(), "rule__Improvement__DirectionAssignment_7_1");
			builder.put(grammarAccess.getImprovementAccess().getAddressesAssignment_8_1(), "rule__Improvement__AddressesAssignment_8_1");
			builder.put(grammarAccess.getImprovementAccess().getAddressesAssignment_8_2_1(), "rule__Improvement__AddressesAssignment_8_2_1");
			builder.put(grammarAccess.getRuleSettingAccess().getRuleIdAssignment_1(), "rule__RuleSetting__RuleIdAssignment_1");
			builder.put(grammarAccess.getRuleSettingAccess().getEnabledAssignment_2(), "rule__RuleSetting__EnabledAssignment_2");
			builder.put(grammarAccess.getRuleSettingAccess().getSeverityAssignment_3_1(), "rule__RuleSetting__SeverityAssignment_3_1");
			builder.put(grammarAccess.getRuleSettingAccess().getParametersAssignment_4_1(), "rule__RuleSetting__ParametersAssignment_4_1");
			builder.put(grammarAccess.getRuleParameterAccess().getKeyAssignment_0(), "rule__RuleParameter__KeyAssignment_0");
			builder.put(grammarAccess.getRuleParameterAccess().getValueAssignment_2(), "rule__RuleParameter__ValueAssignment_2");
		}
	}
	
	@Inject
	private NameMappings nameMappings;

	@Inject
	private KlantreisGrammarAccess grammarAccess;

	@Override
	protected InternalKlantreisParser createParser() {
		InternalKlantreisParser result = new InternalKlantreisParser(null);
		result.setGrammarAccess(grammarAccess);
		return result;
	}

	@Override
	protected String getRuleName(AbstractElement element) {
		return nameMappings.getRuleName(element);
	}

	@Override
	protected String[] getInitialHiddenTokens() {
		return new String[] { "RULE_WS", "RULE_ML_COMMENT", "RULE_SL_COMMENT" };
	}

	public KlantreisGrammarAccess getGrammarAccess() {
		return this.grammarAccess;
	}

	public void setGrammarAccess(KlantreisGrammarAccess grammarAccess) {
		this.grammarAccess = grammarAccess;
	}
	
	public NameMappings getNameMappings() {
		return nameMappings;
	}
	
	public void setNameMappings(NameMappings nameMappings) {
		this.nameMappings = nameMappings;
	}
}
