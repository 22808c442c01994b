/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.codegen;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.mwe2.language.Mwe2StandaloneSetup;
import org.eclipse.emf.mwe2.launch.runtime.Mwe2Runner;

/**
 * The Xtext language of the klantreis notation, outside Eclipse: runs
 * nl.klantreis.dsl/src/nl/klantreis/dsl/GenerateKlantreis.mwe2 over a bundles folder, which
 * writes src-gen/ of nl.klantreis.dsl, nl.klantreis.dsl.ide and nl.klantreis.dsl.ui (and stubs that
 * do not exist yet).
 */
public final class KlantreisGrammar {

    public static final String DSL_BUNDLE = "nl.klantreis.dsl";
    public static final String IDE_BUNDLE = "nl.klantreis.dsl.ide";
    public static final String UI_BUNDLE = "nl.klantreis.dsl.ui";
    public static final String WORKFLOW = "src/nl/klantreis/dsl/GenerateKlantreis.mwe2";

    private KlantreisGrammar() {
    }

    /** Generates the language into the bundles below {@code bundles}. */
    public static void generate(Path bundles) {
        Path workflow = bundles.resolve(DSL_BUNDLE).resolve(WORKFLOW).toAbsolutePath();
        Mwe2Runner runner = new Mwe2StandaloneSetup().createInjectorAndDoEMFRegistration().getInstance(Mwe2Runner.class);
        runner.run(URI.createFileURI(workflow.toString()), Map.of("rootPath", bundles.toAbsolutePath().toString()));
    }
}
