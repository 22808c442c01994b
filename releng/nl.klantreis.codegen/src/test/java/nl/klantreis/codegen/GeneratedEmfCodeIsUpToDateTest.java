/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed generated code is exactly what EMF makes from klantreis.ecore and
 * klantreis.genmodel: a hand edit in src-gen/, or an Ecore change without regeneration,
 * fails here. Fix by running RegenerateCode (see CONTRIBUTING.md).
 */
class GeneratedEmfCodeIsUpToDateTest {

    private static final Path BUNDLES = Path.of(System.getProperty("klantreis.bundles", "../../bundles"));

    @TempDir
    static Path generated;

    private static KlantreisGenModel genModel;

    @BeforeAll
    static void generate() {
        genModel = KlantreisGenModel.reload(BUNDLES);
        Map<String, Path> folders = new HashMap<>();
        KlantreisGenModel.BUNDLES.forEach(bundle -> folders.put(bundle, generated.resolve(bundle)));
        Diagnostic diagnostic = genModel.generate(folders);
        assertTrue(diagnostic.getSeverity() < Diagnostic.ERROR, diagnostic.toString());
    }

    @Test
    void genmodelIsInStepWithTheEcore() throws IOException {
        String committed = Files.readString(BUNDLES.resolve(KlantreisGenModel.MODEL_BUNDLE).resolve(KlantreisGenModel.GENMODEL_PATH));
        assertEquals(committed, genModel.serialized(), "klantreis.genmodel differs from a reload of klantreis.ecore");
    }

    @Test
    void modelSourcesAreWhatTheGeneratorMakes() throws IOException {
        assertSameTree(KlantreisGenModel.MODEL_BUNDLE);
    }

    @Test
    void editSourcesAreWhatTheGeneratorMakes() throws IOException {
        assertSameTree(KlantreisGenModel.EDIT_BUNDLE);
    }

    @Test
    void editorSourcesAreWhatTheGeneratorMakes() throws IOException {
        assertSameTree(KlantreisGenModel.EDITOR_BUNDLE);
    }

    /** plugin.properties is written once and then kept by EMF: every key it would write must be there. */
    @Test
    void editLabelsCoverEveryGeneratedKey() throws IOException {
        Properties fresh = properties(generated.resolve(KlantreisGenModel.EDIT_BUNDLE).resolve("plugin.properties"));
        Properties committed = properties(BUNDLES.resolve(KlantreisGenModel.EDIT_BUNDLE).resolve("plugin.properties"));
        TreeSet<String> missing = new TreeSet<>(fresh.stringPropertyNames());
        missing.removeAll(committed.stringPropertyNames());
        assertEquals(new TreeSet<String>(), missing, "keys to add to plugin.properties (and plugin_nl.properties)");
    }

    private static void assertSameTree(String bundle) throws IOException {
        SourceTrees.assertSame(generated.resolve(bundle).resolve(KlantreisGenModel.SRC_GEN),
                BUNDLES.resolve(bundle).resolve(KlantreisGenModel.SRC_GEN), bundle);
    }

    private static Properties properties(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            properties.load(reader);
        }
        return properties;
    }
}
