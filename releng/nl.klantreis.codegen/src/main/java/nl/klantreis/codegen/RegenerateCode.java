package nl.klantreis.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;

/**
 * Regenerates every src-gen/ folder after a change to klantreis.ecore or Klantreis.xtext:
 * reloads and saves the genmodel, generates the EMF model, edit and editor code, then the Xtext
 * language. Files outside src-gen/ (plugin.xml, plugin.properties) are never overwritten.
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
        KlantreisGenModel genModel = KlantreisGenModel.reload(bundles);
        genModel.save();
        // EMF also writes plugin.xml and the like, which are kept by hand (the XMI parser is
        // registered with our own factory): generate elsewhere and take src-gen/ only.
        Path scratch = Files.createTempDirectory("klantreis-emf");
        List<String> bundleNames = KlantreisGenModel.BUNDLES;
        Map<String, Path> scratchFolders = new HashMap<>();
        bundleNames.forEach(bundle -> scratchFolders.put(bundle, scratch.resolve(bundle)));
        Diagnostic diagnostic = genModel.generate(scratchFolders);
        diagnostic.getChildren().forEach(child -> System.err.println(child.getMessage()));
        if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
            System.exit(1);
        }
        for (String bundle : bundleNames) {
            Path srcGen = bundles.resolve(bundle).resolve(KlantreisGenModel.SRC_GEN);
            FileTrees.delete(srcGen);
            FileTrees.copy(scratch.resolve(bundle).resolve(KlantreisGenModel.SRC_GEN), srcGen);
        }
        FileTrees.delete(scratch);
        KlantreisGrammar.generate(bundles);
        System.out.println("Regenerated the src-gen folders of " + bundles);
    }
}
