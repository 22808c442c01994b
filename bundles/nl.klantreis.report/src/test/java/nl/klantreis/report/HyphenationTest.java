/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Long words on the map break between syllables, with a hyphen where they break. */
class HyphenationTest {

    /** The word with a hyphen at each place it may break. */
    private static String syllables(String word) {
        StringBuilder marked = new StringBuilder(word);
        List<Integer> breaks = Hyphenation.breaks(word);
        for (int i = breaks.size() - 1; i >= 0; i--) {
            if (word.charAt(breaks.get(i) - 1) != '-') {
                marked.insert((int) breaks.get(i), '-');
            }
        }
        return marked.toString();
    }

    @Test
    void dutchCompoundsBreakBetweenTheirSyllables() {
        assertEquals("schuld-hulp-ver-le-ning", syllables("schuldhulpverlening"));
        assertEquals("In-bur-ge-rings-voor-zie-ning", syllables("Inburgeringsvoorziening"));
        assertEquals("Vluch-te-lin-gen-Werk", syllables("VluchtelingenWerk"), "a capital inside the word changes nothing");
        assertEquals("Ge-zond-heids-dienst", syllables("Gezondheidsdienst"));
        assertEquals("ver-schil-len", syllables("verschillen"), "sch begins its syllable");
        assertEquals("la-chen", syllables("lachen"), "ch stays whole");
        assertEquals("schrij-ven", syllables("schrijven"), "ij is one vowel");
        assertEquals("zorg-ver-ze-ke-ring", syllables("zorg-verzekering"), "after its own hyphen, without a second");
        assertEquals("GGD", syllables("GGD"), "no syllables, no break");
    }

    /** Every line but the last of a broken word ends with a hyphen, and the parts make the word. */
    @Test
    void aWordWiderThanItsLineIsHyphenatedNeverJustCut() {
        List<String> lines = TextMeasure.wrap("Aanvraag schuldhulpverlening", JourneyGrid.NAME_SIZE, true, 100);
        assertEquals(List.of("Aanvraag", "schuldhulp-", "verlening"), lines);
        for (String word : List.of("Rijbewijsomwisselingsaanvraagformulierbespreking", "Xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")) {
            List<String> broken = TextMeasure.wrap(word, JourneyGrid.NAME_SIZE, true, JourneyGrid.TEXT_WIDTH);
            assertTrue(broken.size() > 1, broken.toString());
            for (String line : broken) {
                assertTrue(TextMeasure.width(line, JourneyGrid.NAME_SIZE, true) <= JourneyGrid.TEXT_WIDTH, line);
            }
            broken.subList(0, broken.size() - 1).forEach(line -> assertTrue(line.endsWith("-"), broken.toString()));
            assertEquals(word, String.join("", broken).replace("-", ""));
        }
    }

    /** A word that fits is never broken, and a line is filled before the next begins. */
    @Test
    void wordsThatFitAreNotBroken() {
        double width = TextMeasure.width("Welkom bij de", JourneyGrid.NAME_SIZE, true);
        assertEquals(List.of("Welkom bij de", "gemeente"), TextMeasure.wrap("Welkom bij de gemeente", JourneyGrid.NAME_SIZE, true, width));
    }
}
