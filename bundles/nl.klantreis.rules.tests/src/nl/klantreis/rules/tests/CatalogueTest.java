/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.klantreis.rules.ParameterDescriptor;
import nl.klantreis.rules.RuleCatalogue;
import nl.klantreis.rules.RuleDescriptor;
import nl.klantreis.rules.RuleMessages;
import nl.klantreis.rules.RulesReference;

/** The catalogue is complete in both languages, quotes the handreiking truly, and matches its documentation. */
class CatalogueTest {

    private static final Path ROOT = Path.of(System.getProperty("klantreis.root", "../.."));
    private static final List<String> PARTS = List.of("title", "checks", "rationale", "message", "fix");

    @ParameterizedTest
    @ValueSource(strings = { "en", "nl" })
    void everyRuleHasEveryTextInBothLanguages(String language) {
        RuleMessages messages = RuleMessages.forLocale(Locale.forLanguageTag(language));
        List<String> missing = new ArrayList<>();
        for (RuleDescriptor rule : RuleCatalogue.KLANTREIS.descriptors()) {
            PARTS.stream().map(part -> rule.id() + "." + part).filter(key -> !messages.has(key)).forEach(missing::add);
            rule.parameters().stream().map(p -> rule.id() + ".parameter." + p.key()).filter(key -> !messages.has(key))
                    .forEach(missing::add);
        }
        assertEquals(List.of(), missing);
    }

    @ParameterizedTest
    @ValueSource(strings = { "en", "nl" })
    void dutchAndEnglishTextsDiffer(String language) {
        RuleMessages english = RuleMessages.forLocale(Locale.ENGLISH);
        RuleMessages dutch = RuleMessages.forLocale(Locale.forLanguageTag("nl"));
        for (RuleDescriptor rule : RuleCatalogue.KLANTREIS.descriptors()) {
            assertFalse(english.title(rule.id()).equals(dutch.title(rule.id())), rule.id());
            assertFalse(english.message(rule.id(), "x", 1, 2).equals(dutch.message(rule.id(), "x", 1, 2)),
                    rule.id());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "en", "nl" })
    void parameterDefaultsAreValid(String language) {
        for (RuleDescriptor rule : RuleCatalogue.KLANTREIS.descriptors()) {
            for (ParameterDescriptor parameter : rule.parameters()) {
                parameter.type().parse(parameter.defaultValue());
            }
        }
    }

    /** docs/rules.md and docs/regels.md are what the catalogue writes; regenerate them when this fails. */
    @ParameterizedTest
    @ValueSource(strings = { "en:rules.md", "nl:regels.md" })
    void documentationMatchesTheCatalogue(String languageAndFile) throws IOException {
        String[] parts = languageAndFile.split(":");
        String expected = new RulesReference(RuleCatalogue.KLANTREIS, Locale.forLanguageTag(parts[0])).markdown();
        assertEquals(expected, Files.readString(ROOT.resolve("docs").resolve(parts[1])));
    }

    /** Words compared without line breaks, hyphenation at line ends, or typographic quotes. */
}
