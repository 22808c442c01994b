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

    Locale locale() {
        return texts.locale();
    }

    String get(String key, Object... arguments) {
        return texts.get(key, arguments);
    }
}
