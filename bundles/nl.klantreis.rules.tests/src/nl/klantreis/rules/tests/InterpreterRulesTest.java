/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.klantreis.model.Channel;
import nl.klantreis.model.CommunicationForm;
import nl.klantreis.model.DutchLevel;
import nl.klantreis.model.InterpreterArrangement;
import nl.klantreis.model.SkillLevel;

/** KR-INTERPRETER-01..04 and KR-WRITTEN-01..02: language, interpreters and written contact (handreiking 2.2). */
class InterpreterRulesTest {

    private final TestJourney t = new TestJourney();

    @Test
    void cleanJourneyHasNoFindings() {
        assertEquals(List.of(), t.validate(java.util.Locale.ENGLISH));
    }

    @Test
    void spokenContactBelowB1WithoutInterpreterIsFound() {
        t.touchpoint("balie", tp -> tp.setInterpreter(InterpreterArrangement.NONE));
        t.workAndIncome.setInterpreterBudget(true);
        assertEquals(List.of("KR-INTERPRETER-01"), t.ruleIds());
    }

    @Test
    void personaExactlyAtB1NeedsNoInterpreter() {
        t.persona.setDutchLevel(DutchLevel.B1);
        t.touchpoint("balie", tp -> tp.setInterpreter(InterpreterArrangement.NONE));
        assertEquals(List.of(), t.ruleIds());
    }

    @Test
    void personaJustBelowB1NeedsAnInterpreter() {
        t.persona.setDutchLevel(DutchLevel.A2);
        t.touchpoint("balie", tp -> tp.setInterpreter(InterpreterArrangement.NONE));
        assertEquals(List.of("KR-INTERPRETER-01"), t.ruleIds());
    }

    @Test
    void channelDecidesWhenNoFormIsGiven() {
        t.touchpoint("telefoon", tp -> {
            tp.setInterpreter(InterpreterArrangement.NONE);
            tp.getCommunicationForms().clear();
            tp.setChannel(Channel.PHONE);
        });
        t.touchpoint("portaal", tp -> {
            tp.setInterpreter(InterpreterArrangement.NONE);
            tp.getCommunicationForms().clear();
            tp.setChannel(Channel.PORTAL);
        });
        // the phone call is spoken; the portal is written, so KR-WRITTEN-02 speaks for it
        assertEquals(List.of("KR-INTERPRETER-01", "KR-WRITTEN-02"), t.ruleIds());
    }

    @Test
    void thresholdIsConfigurable() {
        t.persona.setDutchLevel(DutchLevel.B1);
        t.touchpoint("balie", tp -> tp.setInterpreter(InterpreterArrangement.NONE));
        t.setting("KR-INTERPRETER-01", "dutchLevel", "B2");
        assertEquals(List.of("KR-INTERPRETER-01"), t.ruleIds());
    }

    @Test
    void childInterpreterIsFoundAndAdultProfessionalIsNot() {
        t.touchpoint("kind", tp -> tp.setInterpreter(InterpreterArrangement.CHILD));
        t.touchpoint("tweetalig", tp -> tp.setInterpreter(InterpreterArrangement.BILINGUAL_STAFF));
        assertEquals(List.of("KR-INTERPRETER-02"), t.ruleIds());
    }

    @Test
    void familyInterpreterIsFoundAndKeyPersonIsNot() {
        t.touchpoint("familie", tp -> tp.setInterpreter(InterpreterArrangement.FAMILY));
        t.touchpoint("sleutelpersoon-tolkt", tp -> tp.setInterpreter(InterpreterArrangement.KEY_PERSON));
        assertEquals(List.of("KR-INTERPRETER-03"), t.ruleIds());
    }

    @Test
    void interpreterNeededWithoutBudgetIsFound() {
        t.municipality.setInterpreterBudget(false);
        assertEquals(List.of("KR-INTERPRETER-04"), t.ruleIds());
    }

    @Test
    void noBudgetNeededForAPersonAtB1() {
        t.municipality.setInterpreterBudget(false);
        t.persona.setDutchLevel(DutchLevel.B1);
        assertEquals(List.of(), t.ruleIds());
    }

    @Test
    void writtenOnlyForLowLiteracyIsFound() {
        t.persona.setLiteracy(SkillLevel.LIMITED);
        t.touchpoint("brief", tp -> {
            tp.getCommunicationForms().clear();
            tp.getCommunicationForms().add(CommunicationForm.WRITTEN);
            tp.getCommunicationForms().add(CommunicationForm.TRANSLATED);
        });
        assertEquals(List.of("KR-WRITTEN-01"), t.ruleIds());
    }

    @Test
    void writtenWithPicturesIsFineForLowLiteracy() {
        t.persona.setLiteracy(SkillLevel.LIMITED);
        t.touchpoint("folder", tp -> {
            tp.getCommunicationForms().clear();
            tp.getCommunicationForms().add(CommunicationForm.WRITTEN);
            tp.getCommunicationForms().add(CommunicationForm.TRANSLATED);
            tp.getCommunicationForms().add(CommunicationForm.VISUAL);
        });
        assertEquals(List.of(), t.ruleIds());
    }

    @Test
    void untranslatedLetterFixTranslatesIt() {
        var letter = t.touchpoint("brief", tp -> {
            tp.getCommunicationForms().clear();
            tp.getCommunicationForms().add(CommunicationForm.WRITTEN);
        });
        t.findings().get(0).fix().orElseThrow().apply();
        assertEquals(List.of(CommunicationForm.WRITTEN, CommunicationForm.TRANSLATED), letter.getCommunicationForms());
        assertEquals(List.of(), t.ruleIds());
    }

    @Test
    void untranslatedLetterBelowB1IsFound() {
        t.touchpoint("brief", tp -> {
            tp.getCommunicationForms().clear();
            tp.getCommunicationForms().add(CommunicationForm.WRITTEN);
            tp.getCommunicationForms().add(CommunicationForm.PLAIN_LANGUAGE);
        });
        assertEquals(List.of("KR-WRITTEN-02"), t.ruleIds());
    }

    @Test
    void letterExplainedWithAnInterpreterIsFine() {
        t.touchpoint("brief-uitleg", tp -> tp.getCommunicationForms().add(CommunicationForm.WRITTEN));
        assertEquals(List.of(), t.ruleIds());
    }
}
