/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.klantreis.model.HandoverKind;
import nl.klantreis.model.KlantreisPackage;
import nl.klantreis.model.Touchpoint;
import nl.klantreis.rules.RuleDiagnostic;

/** The personal-data rules: each kind of data that triggers one, and the nearest text that does not. */
class PrivacyRulesTest {

    private final TestJourney t = new TestJourney();

    private List<String> ruleIdsFor(String description) {
        t.persona.setDescription(description);
        return t.ruleIds();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // A BSN is nine digits that pass the 11-test, grouped or not.
            "Amina, BSN 111222333.                      | KR-PRIVACY-01",
            "BSN 1234.56.782                             | KR-PRIVACY-01",
            "BSN 123 456 782                             | KR-PRIVACY-01",
            "Dossier 111222334 (fails the 11-test)       | ''",
            "Klantnummer 000000000                       | ''",
            "Tien cijfers 1112223330                     | ''",
            // A Dutch phone number: ten digits from 0, or +31 and nine.
            "Bel 06-12345678                             | KR-PRIVACY-02",
            "Tel. 020 123 45 67                          | KR-PRIVACY-02",
            "Mobiel +31 (0)6 12345678                    | KR-PRIVACY-02",
            "0031 6 1234 5678                            | KR-PRIVACY-02",
            "Bel 06-1234567 (one digit short)            | ''",
            "Gemeentelijk nummer 14 0413                 | ''",
            // An e-mail address.
            "Mail amina.tesfay@example.nl                | KR-PRIVACY-03",
            "Afspraak @ 10:00 bij de balie               | ''",
            // An IBAN with valid check digits, compact or in groups of four.
            "Rekening NL91ABNA0417164300                 | KR-PRIVACY-04",
            "Rekening NL91 ABNA 0417 1643 00 voor huur    | KR-PRIVACY-04",
            "Rekening BE68 5390 0754 7034 voor huur      | KR-PRIVACY-04",
            "Rekening NL91ABNA0417164301 (check fails)   | ''",
            // A full date after words that make it a date of birth.
            "Geboren op 3 maart 1990 in Asmara           | KR-PRIVACY-05",
            "geb. 12-05-1988                             | KR-PRIVACY-05",
            "Date of birth: 1988-05-12                   | KR-PRIVACY-05",
            "Afspraak op 3 maart 2024                    | ''",
            "Geboren in Eritrea, rond 1990               | ''" })
    void personalDataInFreeTextIsFound(String description, String expected) {
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected), ruleIdsFor(description));
    }

    @Test
    void theFindingNamesTheAttributeButNeverRepeatsTheValue() {
        t.persona.setDescription("BSN 111222333");
        RuleDiagnostic finding = t.findings().get(0);
        assertEquals("KR-PRIVACY-01", finding.ruleId());
        assertEquals(List.of(t.persona, KlantreisPackage.Literals.NAMED_ELEMENT__DESCRIPTION), finding.getData());
        assertTrue(finding.getMessage().contains("description"), finding.getMessage());
        assertFalse(finding.getMessage().contains("111222333"), "a finding does not spread the number");
        assertFalse(t.validate(Locale.forLanguageTag("nl")).stream()
                .anyMatch(d -> d.getMessage().contains("111222333")));
    }

    /** Every text attribute of every element is read: lists, and elements without a name too. */
    @Test
    void everyTextAttributeOfEveryElementIsRead() {
        t.persona.getLanguages().add("Tigrinya, bel 06-12345678");
        Touchpoint next = t.touchpoint("vervolg", tp -> {});
        t.handover(t.intake, next, HandoverKind.WARM).setDescription("Mail naar amina@example.nl");
        t.journey.getTrigger().setDescription("Geboren 01-02-1990");
        t.intake.setRole("Consulent, IBAN NL91ABNA0417164300");
        assertEquals(List.of("KR-PRIVACY-02", "KR-PRIVACY-05", "KR-PRIVACY-04", "KR-PRIVACY-03"),
                t.ruleIds());
    }
}
