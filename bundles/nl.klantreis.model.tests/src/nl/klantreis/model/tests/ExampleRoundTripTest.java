package nl.klantreis.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.klantreis.model.JourneyModel;

/** Every example in examples/ loads without error and saves back byte for byte. */
class ExampleRoundTripTest {

    static List<Path> examples() throws IOException {
        Path folder = Path.of(System.getProperty("klantreis.root", "../..")).resolve("examples");
        try (Stream<Path> files = Files.walk(folder)) {
            // the journey examples (examples/<name>/<name>.xmi); the extension's example needs its package
            List<Path> xmi = files.filter(f -> f.toString().endsWith(".xmi"))
                    .filter(f -> f.getFileName().toString().equals(f.getParent().getFileName() + ".xmi")).sorted().toList();
            assertFalse(xmi.isEmpty(), "no .xmi example under " + folder.toAbsolutePath());
            return xmi;
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void loadsAndSavesBackIdentically(Path example) throws IOException {
        Resource resource = new ResourceSetImpl().getResource(URI.createFileURI(example.toAbsolutePath().toString()), true);
        assertEquals(List.of(), resource.getErrors(), "load errors");
        assertTrue(resource.getContents().get(0) instanceof JourneyModel, "root is a JourneyModel");
        EcoreUtil.resolveAll(resource);
        assertTrue(EcoreUtil.UnresolvedProxyCrossReferencer.find(resource).isEmpty(), "unresolved references");

        ByteArrayOutputStream saved = new ByteArrayOutputStream();
        resource.save(saved, Map.of());
        assertEquals(Files.readString(example, StandardCharsets.UTF_8), saved.toString(StandardCharsets.UTF_8));
    }
}
