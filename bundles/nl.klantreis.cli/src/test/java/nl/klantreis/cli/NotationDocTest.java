/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.klantreis.model.JourneyModel;

/**
 * Every example of the notation in the docs reads without error: the blocks marked
 * {@code ```klantreis} in docs/notation.md (which also holds the example that was the README's),
 * written to the file their first line names ({@code // file: keten.klantreis}), all blocks of a
 * page in one folder.
 */
class NotationDocTest {

    private static final Pattern BLOCK = Pattern.compile("```klantreis\\R(.*?)```", Pattern.DOTALL);
    private static final Pattern FILE = Pattern.compile("^// file: (\\S+)");

    @TempDir
    Path folder;

    /** docs/notation.md lists every value a statement takes: a facilitator should not have to read the grammar. */
    @org.junit.jupiter.api.Test
    void theGuideListsEveryValue() throws IOException {
        String guide = Files.readString(ModelOutsideOsgiTest.ROOT.resolve("docs/notation.md"));
        List<String> missing = new ArrayList<>();
        for (org.eclipse.emf.ecore.EClassifier classifier : nl.klantreis.model.KlantreisPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof org.eclipse.emf.ecore.EEnum values) {
                values.getELiterals().stream().map(literal -> "`" + literal.getLiteral() + "`").filter(literal -> !guide.contains(literal))
                        .forEach(missing::add);
            }
        }
        assertEquals(List.of(), missing, "values docs/notation.md does not list");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "docs/notation.md" })
    void everyExampleReadsWithoutError(String page) throws IOException {
        String text = Files.readString(ModelOutsideOsgiTest.ROOT.resolve(page));
        List<Path> files = new ArrayList<>();
        Matcher block = BLOCK.matcher(text);
        while (block.find()) {
            Matcher named = FILE.matcher(block.group(1));
            Path file = folder.resolve(named.find() ? named.group(1) : "voorbeeld-" + (files.size() + 1) + ".klantreis");
            files.add(Files.writeString(file, block.group(1)));
        }
        assertFalse(files.isEmpty(), page + " has no ```klantreis example");
        ModelSet set = ModelSet.read(files, new Texts(Locale.ENGLISH));
        assertEquals(Map.of(), set.problems(), page);
        for (Path file : files) {
            JourneyModel model = set.model(file);
            assertTrue(set.check(file).stream().noneMatch(finding -> finding.id().equals("KR-SETTING") || finding.id().equals("KR-MODEL")),
                    file + ": " + set.check(file));
            assertTrue(model.getId() != null, file.toString());
        }
    }
}
