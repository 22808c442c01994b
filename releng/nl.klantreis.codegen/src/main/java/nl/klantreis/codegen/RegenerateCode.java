/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;

/**
 * Regenerates every src-gen/ folder after a change to klantreis.ecore or Klantreis.xtext:
 * reloads and saves the genmodel, generates the EMF model, edit and editor code, then the
 * worked example's extension (examples/extension), then the Xtext language. Files outside
 * src-gen/ (plugin.xml, plugin.properties) are never overwritten.
 * Usage: {@code RegenerateCode <bundles folder>}.
 */
public final class RegenerateCode {

    private RegenerateCode() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: RegenerateCode <bundles folder>");
            System.exit(2);
        }
        Path bundles = Path.of(args[0]).toAbsolutePath().normalize();
        Map<String, Path> klantreis = new LinkedHashMap<>();
        KlantreisGenModel.BUNDLES.forEach(bundle -> klantreis.put(bundle, bundles.resolve(bundle)));
        regenerate(KlantreisGenModel.reload(bundles), klantreis);
        regenerate(KlantreisGenModel.reloadExample(bundles),
                Map.of(KlantreisGenModel.EXAMPLE_BUNDLE, bundles.resolve(KlantreisGenModel.EXAMPLE_EXTENSION).normalize()));
        KlantreisGrammar.generate(bundles);
        System.out.println("Regenerated the src-gen folders of " + bundles + " and of the example extension");
    }

    /**
     * Saves the reloaded genmodel and replaces the src-gen/ folder of each bundle. EMF also
     * writes plugin.xml and the like, which are kept by hand (the XMI parser is registered with
     * our own factory): generate elsewhere and take src-gen/ only.
     */
    private static void regenerate(KlantreisGenModel genModel, Map<String, Path> bundleFolders) throws IOException {
        genModel.save();
        Path scratch = Files.createTempDirectory("klantreis-emf");
        Map<String, Path> scratchFolders = new HashMap<>();
        bundleFolders.keySet().forEach(bundle -> scratchFolders.put(bundle, scratch.resolve(bundle)));
        Diagnostic diagnostic = genModel.generate(scratchFolders);
        diagnostic.getChildren().forEach(child -> System.err.println(child.getMessage()));
        if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
            System.exit(1);
        }
        for (Map.Entry<String, Path> bundle : bundleFolders.entrySet()) {
            Path srcGen = bundle.getValue().resolve(KlantreisGenModel.SRC_GEN);
            FileTrees.delete(srcGen);
            FileTrees.copy(scratch.resolve(bundle.getKey()).resolve(KlantreisGenModel.SRC_GEN), srcGen);
        }
        FileTrees.delete(scratch);
    }
}
