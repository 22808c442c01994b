/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules.catalogue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.klantreis.model.Severity;

/** KR-PRIVACY-01: a citizen service number (BSN) in free text: nine digits that pass the 11-test. */
public final class CitizenServiceNumberRule extends PersonalDataRule {

    /** Nine digits, optionally grouped by single spaces, dots or hyphens, not part of a longer number. */
    private static final Pattern NINE_DIGITS = Pattern.compile("(?<!\\d[ .-]?)\\d(?:[ .-]?\\d){8}(?![ .-]?\\d)");

    public CitizenServiceNumberRule() {
        super("KR-PRIVACY-01", Severity.ERROR);
    }

    @Override
    protected boolean mayHold(int digits, boolean at) {
        return digits >= 9;
    }

    @Override
    protected boolean holds(String text) {
        Matcher candidate = NINE_DIGITS.matcher(text);
        while (candidate.find()) {
            if (passesElevenTest(candidate.group().replaceAll("\\D", ""))) {
                return true;
            }
        }
        return false;
    }

    /** The BSN 11-test: 9a + 8b + 7c + 6d + 5e + 4f + 3g + 2h - i is a multiple of 11; 000000000 is no BSN. */
    static boolean passesElevenTest(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (nineDigits.charAt(i) - '0');
        }
        sum -= nineDigits.charAt(8) - '0';
        return sum % 11 == 0 && !nineDigits.equals("000000000");
    }
}
