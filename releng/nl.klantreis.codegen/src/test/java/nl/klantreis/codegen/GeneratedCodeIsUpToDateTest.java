package nl.klantreis.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed generated code is exactly what EMF makes from klantreis.ecore and
 * klantreis.genmodel: a hand edit in src-gen/, or an Ecore change without regeneration,
 * fails here. Fix by running RegenerateEmfCode (see CONTRIBUTING.md).
 */
class GeneratedCodeIsUpToDateTest {

    private static final Path BUNDLES = Path.of(System.getProperty("klantreis.bundles", "../../bundles"));

    @TempDir
    static Path generated;

    private static KlantreisGenModel genModel;

    @BeforeAll
    static void generate() {
        genModel = KlantreisGenModel.reload(BUNDLES);
        Diagnostic diagnostic = genModel.generate(Map.of(
                KlantreisGenModel.MODEL_BUNDLE, generated.resolve(KlantreisGenModel.MODEL_BUNDLE),
                KlantreisGenModel.EDIT_BUNDLE, generated.resolve(KlantreisGenModel.EDIT_BUNDLE)));
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
        Path expected = generated.resolve(bundle).resolve(KlantreisGenModel.SRC_GEN);
        Path actual = BUNDLES.resolve(bundle).resolve(KlantreisGenModel.SRC_GEN);
        List<String> expectedFiles = files(expected);
        assertFalse(expectedFiles.isEmpty(), "the generator made nothing for " + bundle);
        assertEquals(expectedFiles, files(actual), bundle + ": the set of generated files differs");
        List<String> differing = new ArrayList<>();
        for (String file : expectedFiles) {
            if (!Files.readString(expected.resolve(file)).equals(Files.readString(actual.resolve(file)))) {
                differing.add(file);
            }
        }
        assertEquals(List.of(), differing, bundle + ": generated files edited by hand or out of date");
    }

    private static List<String> files(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    private static Properties properties(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            properties.load(reader);
        }
        return properties;
    }
}
