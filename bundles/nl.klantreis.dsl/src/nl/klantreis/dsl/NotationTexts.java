/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl;

import java.util.Locale;

import com.google.inject.Inject;
import com.google.inject.Singleton;

import nl.klantreis.rules.Language;

/**
 * The notation's own messages (notation.properties, notation_nl.properties) in one language:
 * Dutch or English. One per injector: in Eclipse the platform's language (its {@code -nl}); the
 * command line and the language server bind the one their {@code --lang} asks for
 * ({@link KlantreisStandaloneSetup#createInjector(Locale)}).
 */
@Singleton
public class NotationTexts {

    private final Language.Texts texts;

    /** The platform's language, as Eclipse sets it. */
    @Inject
    public NotationTexts() {
        this(Locale.getDefault());
    }

    public NotationTexts(Locale asked) {
        this.texts = Language.texts("nl.klantreis.dsl.notation", NotationTexts.class, asked);
    }

    /** Dutch or English. */
    public Locale locale() {
        return texts.locale();
    }

    public String format(String key, Object... arguments) {
        return texts.get(key, arguments);
    }
}
