/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worked example's extension (examples/extension) is generated as a modeler generates
 * theirs: its genmodel reuses Klantreis's, and its committed src-gen/ is what EMF makes.
 */
class GeneratedExampleCodeIsUpToDateTest {

    private static final Path BUNDLES = Path.of(System.getProperty("klantreis.bundles", "../../bundles"));
    private static final Path EXAMPLE = BUNDLES.resolve(KlantreisGenModel.EXAMPLE_EXTENSION);

    @TempDir
    static Path generated;

    private static KlantreisGenModel genModel;

    @BeforeAll
    static void generate() {
        genModel = KlantreisGenModel.reloadExample(BUNDLES);
        Diagnostic diagnostic = genModel.generate(Map.of(KlantreisGenModel.EXAMPLE_BUNDLE, generated));
        assertTrue(diagnostic.getSeverity() < Diagnostic.ERROR, diagnostic.toString());
    }

    @Test
    void genmodelIsInStepWithTheEcore() throws IOException {
        String committed = Files.readString(EXAMPLE.resolve(KlantreisGenModel.EXAMPLE_GENMODEL_PATH));
        assertEquals(committed, genModel.serialized(), "voorbeeldstad.genmodel differs from a reload of voorbeeldstad.ecore");
    }

    @Test
    void modelSourcesAreWhatTheGeneratorMakes() throws IOException {
        SourceTrees.assertSame(generated.resolve(KlantreisGenModel.SRC_GEN), EXAMPLE.resolve(KlantreisGenModel.SRC_GEN),
                KlantreisGenModel.EXAMPLE_BUNDLE);
    }
}
