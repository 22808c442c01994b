package nl.klantreis.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;

/**
 * Regenerates every src-gen/ folder after a change to klantreis.ecore or Klantreis.xtext:
 * reloads and saves the genmodel, generates the EMF model and edit code, then the Xtext
 * language. Usage: {@code RegenerateCode <bundles folder>}.
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
        Path model = bundles.resolve(KlantreisGenModel.MODEL_BUNDLE);
        Path edit = bundles.resolve(KlantreisGenModel.EDIT_BUNDLE);
        deleteTree(model.resolve(KlantreisGenModel.SRC_GEN));
        deleteTree(edit.resolve(KlantreisGenModel.SRC_GEN));
        Diagnostic diagnostic = genModel.generate(
                Map.of(KlantreisGenModel.MODEL_BUNDLE, model, KlantreisGenModel.EDIT_BUNDLE, edit));
        diagnostic.getChildren().forEach(child -> System.err.println(child.getMessage()));
        if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
            System.exit(1);
        }
        KlantreisGrammar.generate(bundles);
        System.out.println("Regenerated the src-gen folders of " + bundles);
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
