/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules.catalogue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.klantreis.model.Severity;

/** KR-PRIVACY-02: a Dutch phone number in free text (06-12345678, 020 123 45 67, +31 6 12345678). */
public final class PhoneNumberRule extends PersonalDataRule {

    /**
     * Something that starts like a phone number and is written with digits, spaces, hyphens
     * and brackets; not the account part of an IBAN written in groups ("ABNA 0417 1643 00").
     */
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![\\w+])(?<![A-Z]{4} )(?:\\+|\\(?0)[\\d ()-]{7,20}\\d(?!\\d)");
    /** What a Dutch number is once only its digits are left: ten digits from 0, or 31 / 0031 and nine. */
    private static final Pattern DUTCH = Pattern.compile("0[1-9]\\d{8}|(?:\\+|00)31[1-9]\\d{8}");

    public PhoneNumberRule() {
        super("KR-PRIVACY-02", Severity.WARNING);
    }

    @Override
    protected boolean mayHold(int digits, boolean at) {
        return digits >= 10;
    }

    @Override
    protected boolean holds(String text) {
        Matcher candidate = CANDIDATE.matcher(text);
        while (candidate.find()) {
            // "+31 (0)6 ..." writes the national 0 beside the country code; it is not dialled.
            String number = candidate.group().replace("(0)", "").replaceAll("[^\\d+]", "");
            if (DUTCH.matcher(number).matches()) {
                return true;
            }
        }
        return false;
    }
}
