/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.klantreis.model.Channel;
import nl.klantreis.model.CommunicationForm;
import nl.klantreis.model.ContractKind;
import nl.klantreis.model.DutchLevel;
import nl.klantreis.model.HandoverKind;
import nl.klantreis.model.Initiator;
import nl.klantreis.model.InterpreterArrangement;
import nl.klantreis.model.LifeDomain;
import nl.klantreis.model.OrganisationKind;
import nl.klantreis.model.Purpose;
import nl.klantreis.model.SkillLevel;
import nl.klantreis.model.StaffGroup;
import nl.klantreis.model.Touchpoint;
import nl.klantreis.rules.RuleCatalogue;
import nl.klantreis.rules.RuleDescriptor;
import nl.klantreis.rules.RuleMessages;

/**
 * Every rule decides on recorded facts only: at each boundary, once with the fact recorded
 * (the finding) and once with it left out (no finding, or the info finding that asks for it).
 * A recorded value equal to the metamodel's default counts as recorded.
 */
class RecordedFactsTest {

    private final TestJourney t = new TestJourney();

    private List<String> found() {
        return t.ruleIds().stream().sorted().toList();
    }

    @Test
    void anInterpreterNobodyRecordedIsAskedFor() {
        Touchpoint counter = t.touchpoint("balie", tp -> tp.setInterpreter(InterpreterArrangement.NONE));
        assertEquals(List.of("KR-INTERPRETER-01"), found(), "recorded: no interpreter");
        counter.unsetInterpreter();
        assertEquals(List.of("KR-INTERPRETER-05"), found(), "not recorded: asked for, not assumed absent");
    }

    @Test
    void aPersonaWhoseDutchNobodyRecordedNeedsNoGuess() {
        t.touchpoint("balie", tp -> {
            tp.setOrganisation(t.workAndIncome);
            tp.setInterpreter(InterpreterArrangement.NONE);
        });
        t.touchpoint("brief", tp -> {
            tp.setInterpreter(InterpreterArrangement.NONE);
            tp.getCommunicationForms().clear();
            tp.setChannel(Channel.LETTER);
        });
        t.workAndIncome.setInterpreterBudget(false);
        t.persona.setDutchLevel(DutchLevel.NONE);
        assertEquals(List.of("KR-INTERPRETER-01", "KR-INTERPRETER-04", "KR-WRITTEN-02"), found(),
                "recorded: NONE, the first literal, is a level like any other");
        t.persona.unsetDutchLevel();
        assertEquals(List.of("KR-PERSONA-01"), found(), "not recorded: the language rules cannot decide, and say so once");
    }

    @Test
    void aContactWithoutChannelOrFormsIsNotKnownToBeSpoken() {
        Touchpoint contact = t.touchpoint("contact", tp -> {
            tp.setInterpreter(InterpreterArrangement.NONE);
            tp.getCommunicationForms().clear();
            tp.setChannel(Channel.COUNTER);
        });
        assertEquals(List.of("KR-INTERPRETER-01"), found(), "recorded: COUNTER, the first literal, is spoken");
        contact.unsetChannel();
        assertEquals(List.of(), found(), "neither channel nor forms recorded: whether it is spoken is not known");
        contact.getCommunicationForms().add(CommunicationForm.SPOKEN);
        assertEquals(List.of("KR-INTERPRETER-01"), found(), "the forms say it");
    }

    @Test
    void outreachIsMissingOnlyWhenEveryInitiatorIsRecorded() {
        t.intake.setInitiator(Initiator.RESIDENT);
        Touchpoint second = t.touchpoint("tweede", tp -> tp.setInitiator(Initiator.RESIDENT));
        assertEquals(List.of("KR-OUTREACH-01"), found(), "recorded: RESIDENT, the first literal, every time");
        second.unsetInitiator();
        assertEquals(List.of(), found(), "one initiator not recorded: it may have been outreach");
    }

    @Test
    void aTouchpointWithoutPurposeMayBeTheIntake() {
        t.intake.setPurpose(Purpose.SUPPORT);
        assertEquals(List.of("KR-INTAKE-01"), found(), "recorded: no touchpoint is an intake");
        t.intake.unsetPurpose();
        assertEquals(List.of(), found(), "not recorded: it may be the intake, and it is not judged as one either");
    }

    @Test
    void anIntakeWithoutRecordedInterpreterIsShortOnlyWithoutOne() {
        t.intake.setDuration(75);
        t.intake.setInterpreter(InterpreterArrangement.NONE);
        t.intake.getCommunicationForms().clear();
        t.intake.getCommunicationForms().add(CommunicationForm.VISUAL); // neither spoken nor written: no language rule
        assertEquals(List.of(), found(), "75 minutes without interpreter is long enough");
        t.intake.setInterpreter(InterpreterArrangement.PROFESSIONAL);
        assertEquals(List.of("KR-INTAKE-02"), found(), "75 minutes with an interpreter is short (90)");
        t.intake.unsetInterpreter();
        assertEquals(List.of(), found(), "interpreter not recorded: only the lower minimum is certain");
        t.intake.setDuration(45);
        assertEquals(List.of("KR-INTAKE-02"), found(), "45 minutes is short with or without one");
        assertTrue(t.findings().get(0).getMessage().contains("60"), t.findings().get(0).getMessage());
        t.intake.unsetDuration();
        assertEquals(List.of("KR-INTAKE-03"), found(), "no duration: asked for");
    }

    @Test
    void aHandoverWhoseKindNobodyRecordedIsNotCold() {
        Touchpoint doctor = t.touchpoint("huisarts", tp -> tp.setOrganisation(t.doctor));
        var handover = t.handover(t.intake, doctor, HandoverKind.COLD);
        assertEquals(List.of("KR-HANDOVER-01"), found());
        handover.unsetKind();
        assertEquals(List.of(), found());
    }

    @Test
    void aFrontlineOrganisationIsOneWhoseKindIsRecorded() {
        t.workAndIncome.setTrainedStaff(false);
        t.workAndIncome.setKind(OrganisationKind.CUSTOMER_CONTACT_CENTRE);
        assertEquals(List.of("KR-TRAINING-01"), found(), "recorded: the first literal, a frontline");
        t.workAndIncome.unsetKind();
        assertEquals(List.of(), found(), "not recorded: not known to be frontline");
    }

    @Test
    void aHealthSignalNeedsTheOrganisationsKind() {
        t.touchpoint("werkintake", tp -> {
            tp.setOrganisation(t.workAndIncome);
            tp.setHealthSignal(true);
        });
        assertEquals(List.of("KR-HEALTH-01"), found());
        t.workAndIncome.unsetKind();
        assertEquals(List.of(), found());
    }

    @Test
    void aKeyPersonsContractMustBeRecordedAsNone() {
        t.keyPerson.setContract(ContractKind.NONE);
        assertEquals(List.of("KR-KEYPERSON-02"), found(), "recorded: NONE, the first literal");
        t.keyPerson.unsetContract();
        assertEquals(List.of(), found(), "not recorded: not known to be without contract");
    }

    @Test
    void lowLiteracyMustBeRecorded() {
        t.persona.setDutchLevel(DutchLevel.B2);
        t.touchpoint("brief", tp -> {
            tp.getCommunicationForms().clear();
            tp.setChannel(Channel.LETTER);
        });
        t.persona.setLiteracy(SkillLevel.LIMITED);
        assertEquals(List.of("KR-WRITTEN-01"), found());
        t.persona.unsetLiteracy();
        assertEquals(List.of(), found());
    }

    @Test
    void theStaffShareNeedsEveryGroupsClients() {
        StaffGroup refugees = t.staffGroup(t.workAndIncome, true, 60);
        t.staffGroup(t.workAndIncome, false, 0);
        assertEquals(List.of("KR-STAFF-01"), found(), "recorded: 0 clients is a number");
        refugees.unsetStatusHolderClients();
        assertEquals(List.of(), found(), "a group's clients not recorded: the share is not known");
    }

    @Test
    void aBroadIntakeNeedsRecordedLifeDomains() {
        t.intake.getLifeDomains().clear();
        assertEquals(List.of(), found(), "no life domain recorded at the intake");
        t.intake.getLifeDomains().add(LifeDomain.WORK);
        assertEquals(List.of("KR-INTAKE-04"), found());
    }

    /** The rules reference says, per rule, what the rule does when a fact it needs is not recorded. */
    @Test
    void everyRuleSaysWhatItDoesWhenAFactIsNotRecorded() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"))) {
            RuleMessages messages = RuleMessages.forLocale(locale);
            for (RuleDescriptor rule : RuleCatalogue.KLANTREIS.descriptors()) {
                assertTrue(messages.has(rule.id() + ".unrecorded") && !messages.unrecorded(rule.id()).isBlank(),
                        rule.id() + " in " + locale);
            }
        }
    }

}
