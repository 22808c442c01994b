/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules.catalogue;

import java.util.List;
import java.util.regex.Pattern;

import nl.klantreis.model.Severity;

/**
 * KR-PRIVACY-05: a date of birth in free text: a full date after words that say it is one
 * ("geboren", "geboortedatum", "born", "date of birth"). A date alone is not flagged: a
 * journey names the dates of its appointments.
 */
public final class DateOfBirthRule extends PersonalDataRule {

    private static final String MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober"
            + "|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|okt|nov|dec"
            + "|january|february|march|may|june|july|august|october|mar|oct";
    private static final String DATE = "(?:\\d{1,2}[-/.]\\d{1,2}[-/.](?:19|20)\\d{2}"
            + "|\\d{1,2}\\.? (?:" + MONTHS + ")\\.? (?:19|20)\\d{2}"
            + "|(?:19|20)\\d{2}-\\d{2}-\\d{2})";
    private static final Pattern BIRTH_DATE = Pattern.compile(
            "\\b(?:geboren|geb\\.|geboortedatum|geboortedag|born|birth ?date|date of birth|d\\.?o\\.?b\\.?)"
                    + "[^\\d\\n]{0,20}" + DATE + "\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    public DateOfBirthRule() {
        super("KR-PRIVACY-05", Severity.WARNING);
    }

    /** The stems of the cue words, for a cheap look before the pattern. */
    private static final List<String> CUE_STEMS = List.of("geb", "born", "birth", "dob", "d.o.b");

    @Override
    protected boolean mayHold(int digits, boolean at) {
        return digits >= 5;
    }

    @Override
    protected boolean holds(String text) {
        return hasCue(text) && BIRTH_DATE.matcher(text).find();
    }

    private static boolean hasCue(String text) {
        for (int i = 0; i < text.length(); i++) {
            // Every stem starts with g, b or d; only there is a comparison worth making.
            char c = (char) (text.charAt(i) | 0x20);
            if (c == 'g' || c == 'b' || c == 'd') {
                for (String stem : CUE_STEMS) {
                    if (stem.charAt(0) == c && text.regionMatches(true, i, stem, 0, stem.length())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
