/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A workshop's typos get one message each, in the platform's language, that says what to write:
 * the valid values, the keyword meant, the order of statements.
 */
class SyntaxMessagesTest {

    private static final String TOUCHPOINT = """
            model m "M" {
              organisation o "O" { kind INTEGRATION }
              persona p "P" { dutch A1 }
              journey j "J" for p {
                triggered by ARRIVAL
                phase f "F" {
                  touchpoint t "T" at o {
                    channel COUNTER
                    purpose INTAKE
                    duration 120 minutes
                  }
                }
              }
            }
            """;

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', value = {
            "channel COUNTER ⇒ channel BRIEF | en | 8:17 | 'BRIEF' is not a value for 'channel'. Write one of: COUNTER, PHONE,",
            "channel COUNTER ⇒ channel BRIEF | nl | 8:17 | 'BRIEF' is geen waarde voor 'channel'. Schrijf een van: COUNTER, PHONE,",
            "touchpoint t ⇒ touchpiont t     | en | 7:7  | unknown word 'touchpiont'. Did you mean 'touchpoint'?",
            "touchpoint t ⇒ touchpiont t     | nl | 7:7  | onbekend woord 'touchpiont'. Bedoelt u 'touchpoint'?",
            "touchpoint t ⇒ touchpoint coördinatie | nl | 7:20 | 'ö' kan niet in een id: een id heeft letters zonder accent, cijfers, '-' en '_' (schrijf 'o' voor 'ö')",
            "channel COUNTER ⇒ purpose INTAKE\\n        channel COUNTER;purpose INTAKE\\n        duration ⇒ duration | en | 9:9 | 'channel' cannot come after 'purpose': in this block the statements come in this order: description, role, channel, initiated by, purpose,",
            "120 minutes ⇒ 120 min           | en | 10:22 | 'minutes' is expected here, not 'min'.",
            "120 minutes ⇒ 120 min           | nl | 10:22 | hier hoort 'minutes', niet 'min'.",
            "120 minutes ⇒ -5 minutes        | nl | 10:18 | 'duration' is een aantal of een lengte: schrijf een heel getal van 0 of meer, zonder '-'.",
            "120 minutes ⇒ -5 minutes        | en | 10:18 | 'duration' is a count or a length: write a whole number of 0 or more, without '-'.",
            "organisation o ⇒ organisatie o  | nl | 2:3  | 'organisatie' is Nederlands; de sleutelwoorden van de notatie zijn Engels: schrijf 'organisation'.",
            "kind INTEGRATION } ⇒ kind INTEGRATION | en | 3:3 | 'persona' starts a new statement, but the block before it is not closed: add '}' before 'persona'." })
    void oneMessageThatSaysWhatToWrite(String change, String language, String place, String message) {
        String typed = TOUCHPOINT;
        for (String edit : change.replace("\\n", "\n").split(";")) {
            String[] fromTo = edit.split(" ⇒ ");
            assertTrue(typed.contains(fromTo[0]), fromTo[0]);
            typed = typed.replace(fromTo[0], fromTo[1]);
        }
        Resource resource = new KlantreisText(Locale.forLanguageTag(language)).parse("typo.klantreis", typed);
        List<String> errors = resource.getErrors().stream().map(error -> error.getLine() + ":" + error.getColumn() + " " + error.getMessage())
                .toList();
        assertEquals(1, errors.size(), errors + " in\n" + typed);
        assertTrue(errors.get(0).startsWith(place + " " + message), errors.get(0));
    }
}
