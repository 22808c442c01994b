/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

import nl.klantreis.model.InterpreterArrangement;
import nl.klantreis.model.Severity;
import nl.klantreis.rules.KlantreisRuleValidator;
import nl.klantreis.rules.RuleDiagnostic;

/** A model switches rules off, changes their severity and thresholds; bad settings are reported. */
class RuleSettingsTest {

    private final TestJourney t = new TestJourney();

    @Test
    void defaultSeverityApplies() {
        t.touchpoint("kind", tp -> tp.setInterpreter(InterpreterArrangement.CHILD));
        assertEquals(Diagnostic.ERROR, t.findings().get(0).getSeverity());
    }

    @Test
    void severityCanBeOverridden() {
        t.touchpoint("kind", tp -> tp.setInterpreter(InterpreterArrangement.CHILD));
        t.setting("KR-INTERPRETER-02").setSeverity(Severity.INFO);
        assertEquals(Diagnostic.INFO, t.findings().get(0).getSeverity());
    }

    @Test
    void ruleCanBeSwitchedOff() {
        t.touchpoint("kind", tp -> tp.setInterpreter(InterpreterArrangement.CHILD));
        t.setting("KR-INTERPRETER-02").setEnabled(false);
        assertEquals(List.of(), t.ruleIds());
    }

    @Test
    void unknownRuleIdIsReportedOnTheSetting() {
        t.setting("KR-NOPE-01");
        List<Diagnostic> problems = settingProblems();
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).getMessage().contains("KR-NOPE-01"), problems.get(0).getMessage());
    }

    @Test
    void unknownParameterAndBadValueAreReportedAndTheDefaultStays() {
        t.intake.setDuration(89);
        t.setting("KR-INTAKE-02", "minimumMinutes", "veel", "maximumMinutes", "10");
        List<Diagnostic> problems = settingProblems();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).getMessage().contains("veel"), problems.get(0).getMessage());
        assertTrue(problems.get(1).getMessage().contains("maximumMinutes"), problems.get(1).getMessage());
        assertTrue(problems.get(1).getMessage().endsWith("its parameters are minimumMinutes, minimumMinutesWithInterpreter."),
                "the list as a reader writes it: "
                        + problems.get(1).getMessage());
        assertEquals(List.of("KR-INTAKE-02"), t.ruleIds());
    }

    @Test
    void aParameterOfARuleWithoutParametersSaysSo() {
        t.setting("KR-REACH-01", "minimum", "3");
        List<Diagnostic> problems = settingProblems();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("Rule KR-REACH-01 has no parameters, so not 'minimum' either: remove it.", problems.get(0).getMessage());
    }

    @Test
    void messagesComeInDutchAndEnglish() {
        t.touchpoint("kind", tp -> tp.setInterpreter(InterpreterArrangement.CHILD));
        String english = message(Locale.ENGLISH);
        String dutch = message(Locale.forLanguageTag("nl"));
        assertTrue(english.contains("a child interprets"), english);
        assertTrue(dutch.contains("tolkt een kind"), dutch);
    }

    @Test
    void findingCarriesElementFeatureAndRuleId() {
        t.touchpoint("balie", tp -> tp.setInterpreter(InterpreterArrangement.NONE));
        RuleDiagnostic finding = t.findings().get(0);
        assertEquals("KR-INTERPRETER-01", finding.ruleId());
        assertEquals("balie", ((nl.klantreis.model.Touchpoint) finding.element()).getId());
        assertEquals(nl.klantreis.model.KlantreisPackage.Literals.TOUCHPOINT__INTERPRETER, finding.getData().get(1));
        assertEquals(KlantreisRuleValidator.DIAGNOSTIC_SOURCE, finding.getSource());
        finding.fix().orElseThrow().apply();
        assertEquals(List.of(), t.ruleIds());
    }

    private String message(Locale locale) {
        return t.validate(locale).stream().filter(RuleDiagnostic.class::isInstance).findFirst().orElseThrow()
                .getMessage();
    }

    private List<Diagnostic> settingProblems() {
        return t.validate(Locale.ENGLISH).stream()
                .filter(d -> d.getCode() == KlantreisRuleValidator.SETTING_PROBLEM
                        && KlantreisRuleValidator.DIAGNOSTIC_SOURCE.equals(d.getSource()))
                .toList();
    }
}
