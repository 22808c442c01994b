/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a word may be broken across lines: between its syllables, found as Dutch spelling
 * finds them (a consonant before a vowel begins a syllable: "schuld-hulp-ver-le-ning",
 * "in-bur-ge-rings-voor-zie-ning"; "ch" and "sch" stay whole, "ij" is one vowel), and after a
 * hyphen the word has. No dictionary: a compound's seam is not always found, but every break
 * falls between syllables and is marked with a hyphen.
 */
final class Hyphenation {

    /** The fewest letters left on either side of a break: no "a-" or "-n" alone on a line. */
    private static final int MIN_PART = 2;

    private Hyphenation() {
    }

    /** The places (indices into {@code word}) where it may be broken, in order. */
    static List<Integer> breaks(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        List<Integer> breaks = new ArrayList<>();
        int start = 0;
        for (int i = MIN_PART; i <= w.length() - MIN_PART; i++) {
            if (w.charAt(i - 1) == '-') {
                breaks.add(i);
                start = i;
            } else if (startsSyllable(w, i) && hasVowel(w, start, i) && Character.isLetter(w.charAt(i - 1))) {
                breaks.add(i);
            }
        }
        return breaks;
    }

    /** The part of {@code word} before a break at {@code at}, with the hyphen that marks the break. */
    static String head(String word, int at) {
        String head = word.substring(0, at);
        return head.endsWith("-") ? head : head + "-";
    }

    /** A syllable begins at {@code i}: its last consonant (or "ch", "sch") before a vowel. */
    private static boolean startsSyllable(String w, int i) {
        if (!Character.isLetter(w.charAt(i)) || vowel(w, i)) {
            return false;
        }
        int next = w.startsWith("sch", i) ? i + 3 : w.startsWith("ch", i) ? i + 2 : i + 1;
        if (next >= w.length() || !vowel(w, next)) {
            return false;
        }
        // not inside "ch" or "sch", which begin their syllable as one sound
        return !(w.charAt(i) == 'h' && w.charAt(i - 1) == 'c') && !(w.startsWith("ch", i) && w.charAt(i - 1) == 's');
    }

    private static boolean hasVowel(String w, int from, int to) {
        for (int i = from; i < to; i++) {
            if (vowel(w, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean vowel(String w, int i) {
        char c = w.charAt(i);
        return "aeiouyàáâäèéêëìíîïòóôöùúûü".indexOf(c) >= 0 || c == 'j' && i > 0 && w.charAt(i - 1) == 'i';
    }
}
