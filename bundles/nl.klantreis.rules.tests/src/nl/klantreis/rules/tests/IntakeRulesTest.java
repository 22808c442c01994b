/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.klantreis.model.InterpreterArrangement;
import nl.klantreis.model.LifeDomain;
import nl.klantreis.model.Purpose;

/** KR-INTAKE-01..04 and KR-UNDERSTANDING-01: extended intake and checking understanding (handreiking 2.2, 2.3). */
class IntakeRulesTest {

    private final TestJourney t = new TestJourney();

    @Test
    void journeyWithoutIntakeIsFound() {
        t.intake.setPurpose(Purpose.INFORMATION);
        assertEquals(List.of("KR-INTAKE-01"), t.ruleIds());
    }

    @Test
    void intakeWithInterpreterExactlyAtNinetyMinutesIsLongEnough() {
        t.intake.setDuration(90);
        assertEquals(List.of(), t.ruleIds());
    }

    @Test
    void intakeWithInterpreterJustBelowNinetyMinutesIsTooShort() {
        t.intake.setDuration(89);
        assertEquals(List.of("KR-INTAKE-02"), t.ruleIds());
    }

    @Test
    void intakeWithoutInterpreterNeedsSixtyMinutes() {
        t.persona.setDutchLevel(nl.klantreis.model.DutchLevel.B2);
        t.intake.setInterpreter(InterpreterArrangement.NONE);
        t.intake.setDuration(60);
        assertEquals(List.of(), t.ruleIds());
        t.intake.setDuration(59);
        assertEquals(List.of("KR-INTAKE-02"), t.ruleIds());
    }

    @Test
    void minimumLengthIsConfigurable() {
        t.intake.setDuration(45);
        t.setting("KR-INTAKE-02", "minimumMinutesWithInterpreter", "45");
        assertEquals(List.of(), t.ruleIds());
    }

    @Test
    void shortIntakeFixExtendsItToTheMinimum() {
        t.intake.setDuration(30);
        t.findings().get(0).fix().orElseThrow().apply();
        assertEquals(90, t.intake.getDuration());
        assertEquals(List.of(), t.ruleIds());
    }

    @Test
    void intakeOfUnknownLengthIsReportedAsInformation() {
        t.intake.unsetDuration();
        assertEquals(List.of("KR-INTAKE-03"), t.ruleIds());
    }

    @Test
    void intakeMissingALifeDomainIsNotBroad() {
        t.intake.getLifeDomains().remove(LifeDomain.MENTAL_HEALTH);
        assertEquals(List.of("KR-INTAKE-04"), t.ruleIds());
        assertTrue(t.findings().get(0).getMessage().contains("Mental health"), "the life domain as a reader names it: " + t.findings().get(0).getMessage());
    }

    @Test
    void narrowIntakeFixCoversEveryLifeDomain() {
        t.intake.getLifeDomains().remove(LifeDomain.MENTAL_HEALTH);
        t.findings().get(0).fix().orElseThrow().apply();
        assertTrue(t.intake.getLifeDomains().contains(LifeDomain.MENTAL_HEALTH));
        assertEquals(List.of(), t.ruleIds());
    }

    @Test
    void twoIntakesTogetherCanBeBroad() {
        t.intake.getLifeDomains().remove(LifeDomain.MENTAL_HEALTH);
        t.touchpoint("tweede-intake", tp -> {
            tp.setPurpose(Purpose.INTAKE);
            tp.setDuration(90);
            tp.getLifeDomains().add(LifeDomain.MENTAL_HEALTH);
        });
        assertEquals(List.of(), t.ruleIds());
    }

    @Test
    void requiredLifeDomainsAreConfigurable() {
        t.intake.getLifeDomains().remove(LifeDomain.MENTAL_HEALTH);
        t.setting("KR-INTAKE-04", "lifeDomains", "INCOME WORK HOUSING");
        assertEquals(List.of(), t.ruleIds());
    }

    @Test
    void adviceWithoutCheckingUnderstandingIsFound() {
        t.touchpoint("advies", tp -> {
            tp.setPurpose(Purpose.ADVICE);
            tp.setUnderstandingChecked(false);
        });
        t.touchpoint("informatie", tp -> tp.setUnderstandingChecked(false));
        assertEquals(List.of("KR-UNDERSTANDING-01"), t.ruleIds());
    }

    @Test
    void decisionWithCheckedUnderstandingIsFine() {
        t.touchpoint("besluit", tp -> tp.setPurpose(Purpose.DECISION));
        assertEquals(List.of(), t.ruleIds());
    }
}
