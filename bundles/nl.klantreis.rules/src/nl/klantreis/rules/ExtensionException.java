/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules;

import java.util.Locale;

/** Why an extension cannot join the catalogue, in the reader's language. */
public final class ExtensionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] arguments;

    ExtensionException(String key, Object... arguments) {
        super(RuleMessages.forLocale(Locale.ENGLISH, RuleCatalogue.KLANTREIS).format(key, arguments));
        this.key = key;
        this.arguments = arguments;
    }

    /** The reason in Dutch for a Dutch locale, in English otherwise. */
    public String getMessage(Locale locale) {
        return RuleMessages.forLocale(locale, RuleCatalogue.KLANTREIS).format(key, arguments);
    }
}
