/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.cli;

import java.util.Locale;

import nl.klantreis.rules.Language;

/** The command line's own texts (messages.properties), in Dutch or English. */
final class Texts {

    private final Language.Texts texts;

    Texts(Locale locale) {
        this.texts = Language.texts("nl.klantreis.cli.messages", Texts.class, locale);
    }

    /** {@code nl} or {@code en} as asked; otherwise Dutch on a Dutch system, English elsewhere. */
    static Locale locale(String language) {
        return language != null ? Language.of(language) : Language.of(Locale.getDefault());
    }

    Locale locale() {
        return texts.locale();
    }

    String get(String key, Object... arguments) {
        return texts.get(key, arguments);
    }
}
