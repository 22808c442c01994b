/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.klantreis.model.Purpose;
import nl.klantreis.rules.ExtensionException;
import nl.klantreis.rules.KlantreisRules;
import nl.klantreis.rules.RuleCatalogue;
import nl.klantreis.rules.RuleDiagnostic;
import nl.klantreis.rules.RulesReference;
import nl.klantreis.rules.tests.extension.LongIntakeRule;
import nl.klantreis.rules.tests.extension.TestExtension;

/** Rules from outside Klantreis: they join the catalogue with their own ids and texts, or are refused with a reason. */
class ExtensionTest {

    private final TestExtension extension = new TestExtension("Teststad", new LongIntakeRule("TEST-INTAKE-01"));

    @AfterEach
    void removeExtensions() {
        KlantreisRules.remove(extension);
    }

    @Test
    void anExtensionsRuleFindsWithItsOwnTextsAndSettings() {
        KlantreisRules.add(extension);
        TestJourney t = new TestJourney();
        t.intake.setDuration(150);
        List<RuleDiagnostic> findings = t.validate(Locale.forLanguageTag("nl")).stream()
                .filter(RuleDiagnostic.class::isInstance).map(RuleDiagnostic.class::cast).toList();
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("TEST-INTAKE-01", findings.get(0).ruleId());
        assertTrue(findings.get(0).getMessage().startsWith("De intake \u2018intake\u2019 duurt 150 minuten. Splits hem."),
                findings.get(0).getMessage());
        t.setting("TEST-INTAKE-01").setEnabled(false);
        assertEquals(List.of(), t.ruleIds(), "switched off by a rule setting, like Klantreis's own");
    }

    @Test
    void theRulesReferenceNamesTheExtension() {
        KlantreisRules.add(extension);
        String reference = new RulesReference(KlantreisRules.catalogue(), Locale.ENGLISH).markdown();
        assertTrue(reference.contains("| [TEST-INTAKE-01](#test-intake-01) | info | Long intake | test |"), reference);
        assertTrue(reference.contains("- Extension: Teststad (source: test)"));
    }

    @Test
    void klantreisOwnNamespaceIsRefused() {
        ExtensionException refused = assertThrows(ExtensionException.class,
                () -> KlantreisRules.add(new TestExtension("Leenstad", new LongIntakeRule("KR-INTAKE-09"))));
        assertEquals("Uitbreiding Leenstad: regel KR-INTAKE-09 heeft een id in de eigen naamruimte van Klantreis, KR-; "
                + "geef de regels van de uitbreiding een eigen naamruimte, zoals UTRECHT-ONDERWERP-01.",
                refused.getMessage(Locale.forLanguageTag("nl")));
        assertFalse(KlantreisRules.catalogue().descriptor("KR-INTAKE-09").isPresent(), "nothing changed");
    }

    @Test
    void twoRulesWithOneIdAreRefusedNamingBoth() {
        KlantreisRules.add(extension);
        RuleCatalogue before = KlantreisRules.catalogue();
        TestExtension copy = new TestExtension("Kopiestad", new LongIntakeRule("TEST-INTAKE-01"));
        ExtensionException refused = assertThrows(ExtensionException.class, () -> KlantreisRules.add(copy));
        assertEquals("Extension Kopiestad: rule TEST-INTAKE-01 has the id of a rule of Teststad; give every rule an id of its own.",
                refused.getMessage(Locale.ENGLISH));
        assertEquals(before, KlantreisRules.catalogue(), "the catalogue is as it was");
    }

    @Test
    void missingDutchTextsAreNamed() {
        ExtensionException refused = assertThrows(ExtensionException.class,
                () -> KlantreisRules.add(new TestExtension("Engelsstad", new LongIntakeRule("TEST-NODUTCH-01"))));
        assertTrue(refused.getMessage(Locale.ENGLISH).startsWith("Extension Engelsstad: rule TEST-NODUTCH-01 lacks texts in its messages (nl): "
                + "TEST-NODUTCH-01.title, TEST-NODUTCH-01.checks"), refused.getMessage(Locale.ENGLISH));
    }

    @Test
    void klantreisOwnRulesStayWhenAnExtensionLeaves() {
        int own = RuleCatalogue.KLANTREIS.descriptors().size();
        KlantreisRules.add(extension);
        assertEquals(own + 1, KlantreisRules.catalogue().descriptors().size());
        KlantreisRules.remove(extension);
        assertEquals(RuleCatalogue.KLANTREIS.descriptors(), KlantreisRules.catalogue().descriptors());
        TestJourney t = new TestJourney();
        t.intake.setPurpose(Purpose.INTAKE);
        t.intake.setDuration(150);
        assertEquals(List.of(), t.ruleIds(), "the extension's rule left with it");
    }
}
