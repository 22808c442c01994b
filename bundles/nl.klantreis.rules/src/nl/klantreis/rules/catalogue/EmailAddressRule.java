/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules.catalogue;

import java.util.regex.Pattern;

import nl.klantreis.model.Severity;

/** KR-PRIVACY-03: an e-mail address in free text. */
public final class EmailAddressRule extends PersonalDataRule {

    private static final Pattern ADDRESS = Pattern.compile(
            "[\\p{L}\\d._%+-]+@[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*\\.\\p{L}{2,}");

    public EmailAddressRule() {
        super("KR-PRIVACY-03", Severity.WARNING);
    }

    @Override
    protected boolean mayHold(int digits, boolean at) {
        return at;
    }

    @Override
    protected boolean holds(String text) {
        return ADDRESS.matcher(text).find();
    }
}
