/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import nl.klantreis.model.Severity;

/**
 * The texts of the catalogue in English and Dutch: per rule a title, what it checks, the
 * message of a finding, how to fix it, the handreiking's words it rests on, and the reason
 * for each threshold's default. Keys are {@code <rule id>.<part>}; the texts of an extension's
 * rules come from the extension. One instance serves one validation at a time.
 */
public final class RuleMessages {

    private static final String BUNDLE = "nl.klantreis.rules.messages";

    private final ResourceBundle bundle;
    /** The extensions' texts, looked in after Klantreis's own. */
    private final List<ResourceBundle> extensions;
    private final Locale locale;
    /** Parsed patterns: parsing costs more than formatting, and findings repeat. Not thread-safe, like MessageFormat. */
    private final Map<String, MessageFormat> formats = new HashMap<>();

    private RuleMessages(ResourceBundle bundle, List<ResourceBundle> extensions, Locale locale) {
        this.bundle = bundle;
        this.extensions = extensions;
        this.locale = locale;
    }

    /**
     * The texts of the rules registered now (Klantreis's and its extensions'): Dutch for a Dutch
     * locale, English otherwise (never the JVM's default as fallback).
     */
    public static RuleMessages forLocale(Locale locale) {
        return forLocale(locale, KlantreisRules.catalogue());
    }

    /** The texts of the rules of {@code catalogue}. */
    public static RuleMessages forLocale(Locale locale, RuleCatalogue catalogue) {
        ResourceBundle bundle = Language.texts(BUNDLE, RuleMessages.class, locale).bundle();
        return new RuleMessages(bundle, catalogue.extensions().stream().map(e -> e.messages(locale)).toList(), locale);
    }

    public Locale locale() {
        return locale;
    }

    public String title(String ruleId) {
        return text(ruleId + ".title");
    }

    /** What the rule checks, in one or two sentences. */
    public String checks(String ruleId) {
        return text(ruleId + ".checks");
    }

    /** What the rule does when a fact it needs is not recorded. */
    public String unrecorded(String ruleId) {
        return text(ruleId + ".unrecorded");
    }

    /** The handreiking's own words the rule rests on (quoted in Dutch, the source language). */
    public String rationale(String ruleId) {
        return text(ruleId + ".rationale");
    }

    public String message(String ruleId, Object... arguments) {
        return format(ruleId + ".message", arguments);
    }

    public String fix(String ruleId, Object... arguments) {
        return format(ruleId + ".fix", arguments);
    }

    /** Why a threshold has the default it has. */
    public String parameterReason(String ruleId, String key) {
        return text(ruleId + ".parameter." + key);
    }

    /** A text that is not about one rule, such as the problems of a rule setting. */
    public String format(String key, Object... arguments) {
        return formats.computeIfAbsent(key, k -> new MessageFormat(text(k).replace("'", "''"), locale))
                .format(arguments);
    }

    /** A severity as the reader says it: "error", "fout", "waarschuwing" ... */
    public String severity(Severity severity) {
        return text("severity." + severity.getName());
    }

    public boolean has(String key) {
        return bundle.containsKey(key) || extensions.stream().anyMatch(texts -> texts.containsKey(key));
    }

    private String text(String key) {
        if (bundle.containsKey(key)) {
            return bundle.getString(key);
        }
        for (ResourceBundle texts : extensions) {
            if (texts.containsKey(key)) {
                return texts.getString(key);
            }
        }
        throw new MissingResourceException("No text " + key, BUNDLE, key);
    }
}
