/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules.catalogue;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.klantreis.model.Severity;

/** KR-PRIVACY-04: an IBAN in free text, written compactly or in groups of four, with a valid check digit. */
public final class BankAccountRule extends PersonalDataRule {

    private static final Pattern CANDIDATE = Pattern.compile(
            "\\b[A-Z]{2}\\d{2}(?:[A-Z0-9]{11,30}|(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,3})?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final int SHORTEST = 15;
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    public BankAccountRule() {
        super("KR-PRIVACY-04", Severity.ERROR);
    }

    @Override
    protected boolean mayHold(int digits, boolean at) {
        return digits >= 8;
    }

    @Override
    protected boolean holds(String text) {
        Matcher candidate = CANDIDATE.matcher(text);
        while (candidate.find()) {
            // A grouped IBAN may be followed by a word of four letters that the pattern took
            // for a group: try the groups from the longest reading down.
            String[] groups = candidate.group().split(" ");
            for (int count = groups.length; count >= 1; count--) {
                String iban = String.join("", Arrays.copyOf(groups, count));
                if (iban.length() >= SHORTEST && hasValidCheckDigits(iban)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** ISO 13616: move the first four characters to the end, letters to 10..35, and the number mod 97 is 1. */
    static boolean hasValidCheckDigits(String iban) {
        String rearranged = (iban.substring(4) + iban.substring(0, 4)).toUpperCase(Locale.ROOT);
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }
}
