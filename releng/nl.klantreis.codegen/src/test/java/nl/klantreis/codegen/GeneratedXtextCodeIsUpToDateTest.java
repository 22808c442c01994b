/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.codegen;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed src-gen/ of the notation is exactly what Xtext makes from Klantreis.xtext:
 * the workflow runs over a copy of the bundles it reads, and the result must equal the
 * committed code. Fix a failure by running RegenerateCode (see CONTRIBUTING.md).
 */
class GeneratedXtextCodeIsUpToDateTest {

    private static final Path BUNDLES = Path.of(System.getProperty("klantreis.bundles", "../../bundles"));

    @TempDir
    static Path copy;

    @BeforeAll
    static void generate() {
        for (String bundle : new String[] { KlantreisGrammar.DSL_BUNDLE, KlantreisGrammar.IDE_BUNDLE,
                KlantreisGrammar.UI_BUNDLE }) {
            FileTrees.copy(BUNDLES.resolve(bundle).resolve("src"), copy.resolve(bundle).resolve("src"));
        }
        FileTrees.copy(BUNDLES.resolve(KlantreisGenModel.MODEL_BUNDLE).resolve("model"),
                copy.resolve(KlantreisGenModel.MODEL_BUNDLE).resolve("model"));
        KlantreisGrammar.generate(copy);
    }

    @Test
    void languageSourcesAreWhatXtextMakes() throws IOException {
        assertSameTree(KlantreisGrammar.DSL_BUNDLE);
    }

    @Test
    void languageServerSourcesAreWhatXtextMakes() throws IOException {
        assertSameTree(KlantreisGrammar.IDE_BUNDLE);
    }

    @Test
    void editorSourcesAreWhatXtextMakes() throws IOException {
        assertSameTree(KlantreisGrammar.UI_BUNDLE);
    }

    private static void assertSameTree(String bundle) throws IOException {
        SourceTrees.assertSame(copy.resolve(bundle).resolve(KlantreisGenModel.SRC_GEN),
                BUNDLES.resolve(bundle).resolve(KlantreisGenModel.SRC_GEN), bundle);
    }
}
