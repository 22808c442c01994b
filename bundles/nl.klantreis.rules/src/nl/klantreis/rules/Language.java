/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The two languages Klantreis speaks, and the one way its bundles load their words: a
 * properties file per bundle ({@code messages.properties} in English, {@code messages_nl.properties}
 * in Dutch, UTF-8), in a language the caller passes down, never the JVM's default as a
 * fallback. Eclipse's editors pass the platform's language; the command line its {@code --lang}.
 */
public final class Language {

    public static final Locale DUTCH = Locale.forLanguageTag("nl");

    private Language() {
    }

    /** Dutch for a Dutch locale, English for any other. */
    public static Locale of(Locale asked) {
        return isDutch(asked) ? DUTCH : Locale.ENGLISH;
    }

    /** Dutch for {@code nl} (in any case), English for anything else. */
    public static Locale of(String asked) {
        return "nl".equalsIgnoreCase(asked) ? DUTCH : Locale.ENGLISH;
    }

    public static boolean isDutch(Locale locale) {
        return "nl".equals(locale.getLanguage());
    }

    /** The words of bundle {@code name} (for example {@code nl.klantreis.report.report}), found by {@code owner}'s class loader. */
    public static Texts texts(String name, Class<?> owner, Locale locale) {
        Locale language = of(locale);
        return new Texts(ResourceBundle.getBundle(name, language, owner.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)), language);
    }

    /** {@code pattern} with its arguments, as MessageFormat writes them; a ' in a text is an apostrophe, not a quote. */
    public static String format(String pattern, Locale locale, Object... arguments) {
        return new MessageFormat(pattern.replace("'", "''"), locale).format(arguments);
    }

    /** One bundle's words in one language. */
    public static final class Texts {

        private final ResourceBundle bundle;
        private final Locale locale;

        private Texts(ResourceBundle bundle, Locale locale) {
            this.bundle = bundle;
            this.locale = locale;
        }

        /** Dutch or English. */
        public Locale locale() {
            return locale;
        }

        /** The text of {@code key} with its arguments filled in. */
        public String get(String key, Object... arguments) {
            return format(bundle.getString(key), locale, arguments);
        }

        /** The bundle itself, for what looks its keys up itself (picocli's help, the rules' texts with their extensions'). */
        public ResourceBundle bundle() {
            return bundle;
        }
    }
}
