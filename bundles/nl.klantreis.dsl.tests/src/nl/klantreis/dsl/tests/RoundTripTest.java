package nl.klantreis.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
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
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import nl.klantreis.model.JourneyModel;
import nl.klantreis.model.io.KlantreisResources;
import nl.klantreis.model.synthetic.SyntheticMunicipality;

/**
 * Text and XMI are two serialisations of one model: text, model, XMI, model and text again
 * lose nothing, and formatting twice gives what formatting once gave.
 */
class RoundTripTest {

    static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.walk(KlantreisText.ROOT.resolve("examples"))) {
            return files.filter(f -> f.toString().endsWith(".klantreis")).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void exampleSurvivesTextXmiText(Path example) throws IOException {
        KlantreisText text = new KlantreisText();
        JourneyModel parsed = (JourneyModel) text.load(example).getContents().get(0);
        assertRoundTrip(EcoreUtil.copy(parsed));
    }

    @ParameterizedTest
    @ValueSource(ints = { 1, 2, 3 })
    void syntheticModelSurvivesTextXmiText(int seed) throws IOException {
        assertRoundTrip(SyntheticMunicipality.generate(200, seed));
    }

    private static void assertRoundTrip(JourneyModel original) throws IOException {
        KlantreisText text = new KlantreisText();
        String once = text.toText(EcoreUtil.copy(original));
        JourneyModel fromText = (JourneyModel) new KlantreisText().parse("once.klantreis", once).getContents().get(0);
        assertTrue(EcoreUtil.equals(original, fromText), "text loses nothing");

        JourneyModel fromXmi = throughXmi(fromText);
        assertTrue(EcoreUtil.equals(original, fromXmi), "XMI loses nothing");

        String twice = new KlantreisText().toText(fromXmi);
        assertEquals(once, twice, "formatting is stable");
        assertEquals(once, KlantreisText.serialize(new KlantreisText().parse("twice.klantreis", twice).getContents().get(0)),
                "formatting formatted text changes nothing");
    }

    private static JourneyModel throughXmi(JourneyModel model) throws IOException {
        ResourceSet resourceSet = KlantreisResources.newResourceSet();
        Resource out = resourceSet.createResource(URI.createURI("memory:/model.xmi"));
        out.getContents().add(EcoreUtil.copy(model));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        out.save(bytes, Map.of());
        Resource in = KlantreisResources.newResourceSet().createResource(URI.createURI("memory:/again.xmi"));
        in.load(new ByteArrayInputStream(bytes.toString(StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8)),
                KlantreisResources.loadOptions());
        return (JourneyModel) in.getContents().get(0);
    }
}
