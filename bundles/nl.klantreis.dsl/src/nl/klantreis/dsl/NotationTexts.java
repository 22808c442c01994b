/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The notation's own messages (notation.properties, notation_nl.properties), in the language of
 * the platform: Dutch on a Dutch platform, English elsewhere (the command line and the language
 * server set the platform's language from their --lang).
 */
public final class NotationTexts {

    private NotationTexts() {
    }

    public static Locale locale() {
        return "nl".equals(Locale.getDefault().getLanguage()) ? Locale.forLanguageTag("nl") : Locale.ENGLISH;
    }

    public static String format(String key, Object... arguments) {
        ResourceBundle texts = ResourceBundle.getBundle("nl.klantreis.dsl.notation", locale(), NotationTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(texts.getString(key).replace("'", "''"), locale()).format(arguments);
    }
}
