/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.klantreis.rules.RuleCatalogue;
import nl.klantreis.rules.RuleDescriptor;
import nl.klantreis.rules.RuleMessages;

/**
 * The rules quote the handreiking truly. It is read from ../shared/reference, which is not part
 * of this repository: where that folder is missing this class is left out of the run (profile
 * without-shared in the root pom); in the project's CI it always runs.
 */
class QuotationsHandreikingTest {

    private static final Path ROOT = Path.of(System.getProperty("klantreis.root", "../.."));

    /**
     * Every quotation in a rationale stands in the handreiking, word for word ([...] marks an
     * elision). The personal-data rules quote the AVG instead, which is not in this repository.
     */
    @ParameterizedTest
    @ValueSource(strings = { "en", "nl" })
    void rationalesQuoteTheHandreikingTruly(String language) throws IOException {
        String handreiking = normalise(Files.readString(
                ROOT.resolve("../shared/reference/handreiking-cultuursensitief-werken.txt")));
        RuleMessages messages = RuleMessages.forLocale(Locale.forLanguageTag(language));
        List<String> untrue = new ArrayList<>();
        for (RuleDescriptor rule : RuleCatalogue.KLANTREIS.descriptors()) {
            Matcher quote = Pattern.compile("\"([^\"]+)\"").matcher(messages.rationale(rule.id()));
            boolean fromAvg = rule.id().startsWith("KR-PRIVACY-");
            assertTrue(rule.section().matches(fromAvg ? "AVG art\\. 5\\(1\\)\\(c\\)" : "[12](\\.[1-6])?"),
                    rule.id() + " section " + rule.section());
            boolean any = false;
            while (quote.find()) {
                any = true;
                for (String fragment : quote.group(1).split("\\[\\.\\.\\.\\]")) {
                    if (!fromAvg && !fragment.isBlank() && !handreiking.contains(normalise(fragment))) {
                        untrue.add(rule.id() + ": " + fragment.trim());
                    }
                }
            }
            if (!any) {
                untrue.add(rule.id() + ": no quotation");
            }
        }
        assertEquals(List.of(), untrue);
    }

    private static String normalise(String text) {
        return text.replace('\u00a0', ' ').replace("-\n", "").replace('\u2019', '\'').replace('\u2018', '\'').replaceAll("\\s+", " ")
                .trim();
    }
}
