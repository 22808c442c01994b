/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
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
import java.util.Random;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import nl.klantreis.model.JourneyModel;
import nl.klantreis.model.Touchpoint;
import nl.klantreis.model.io.KlantreisResources;
import nl.klantreis.model.synthetic.SyntheticMunicipality;

/**
 * Text and XMI are two serialisations of one model: text, model, XMI, model and text again
 * lose nothing, and formatting twice gives what formatting once gave. "Lose nothing" includes
 * what was not recorded: EcoreUtil.equals compares whether each attribute is set, so a value
 * written on purpose (the first literal, 0) stays set and an unrecorded one stays unset.
 */
class RoundTripTest {

    static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.walk(KlantreisText.ROOT.resolve("examples"))) {
            return files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".klantreis")).sorted().toList();
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

    /** Values written on purpose although they are the metamodel's defaults, and an unrecorded emotion. */
    @Test
    void valuesEqualToTheDefaultsStayRecorded() throws IOException {
        String written = """
                model m {
                  organisation o { kind CUSTOMER_CONTACT_CENTRE caseload 0 staff group { members 0 clients 0 } }
                  persona p { dutch NONE literacy UNKNOWN health literacy UNKNOWN digital skills UNKNOWN household SINGLE gender UNSPECIFIED }
                  key person k { contract NONE }
                  journey j for p {
                    kind ACTUAL
                    status DRAFT
                    triggered by ARRIVAL
                    phase f {
                      touchpoint t at o {
                        channel COUNTER
                        initiated by RESIDENT
                        purpose INFORMATION
                        duration 0 minutes
                        interpreter NONE
                        emotion 0
                      }
                      touchpoint u at o { }
                    }
                    handover t -> u WARM
                    improvement i { status PROPOSED direction LIFEWORLD_KNOWLEDGE }
                  }
                  rule KR-REACH-01 on
                }
                """;
        JourneyModel model = (JourneyModel) new KlantreisText().parse("defaults.klantreis", written).getContents().get(0);
        String text = new KlantreisText().toText(EcoreUtil.copy(model));
        for (String statement : List.of("kind CUSTOMER_CONTACT_CENTRE", "caseload 0", "members 0", "clients 0", "dutch NONE",
                "literacy UNKNOWN", "household SINGLE", "gender UNSPECIFIED", "contract NONE", "kind ACTUAL", "status DRAFT",
                "channel COUNTER", "initiated by RESIDENT", "purpose INFORMATION", "duration 0 minutes", "interpreter NONE",
                "emotion 0", "status PROPOSED", "direction LIFEWORLD_KNOWLEDGE", "rule KR-REACH-01 on")) {
            assertTrue(text.contains(statement), statement + " is kept in\n" + text);
        }
        Touchpoint unrecorded = model.getJourneys().get(0).getPhases().get(0).getTouchpoints().get(1);
        assertTrue(!unrecorded.isSetChannel() && !unrecorded.isSetEmotion() && !unrecorded.isSetInitiator(),
                "a touchpoint written without them records no channel, emotion or initiator");
        assertRoundTrip(model);
    }

    /** Every attribute a facilitator may leave out, at random unset, set to its default or to another value. */
    @ParameterizedTest
    @ValueSource(ints = { 1, 2, 3, 4, 5 })
    void randomlyRecordedModelSurvivesBothWays(int seed) throws IOException {
        JourneyModel model = SyntheticMunicipality.generate(120, seed);
        RandomlyRecorded.apply(model, new Random(seed));
        assertRoundTrip(model);
        assertXmiTextXmi(model);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void exampleSurvivesXmiTextXmi(Path example) throws IOException {
        assertXmiTextXmi((JourneyModel) new KlantreisText().load(example).getContents().get(0));
    }

    /** XMI, model, text, model and XMI again: the same model, the same XMI. */
    private static void assertXmiTextXmi(JourneyModel model) throws IOException {
        String xmi = xmi(model);
        JourneyModel fromXmi = fromXmi(xmi);
        JourneyModel fromText = (JourneyModel) new KlantreisText().parse("again.klantreis",
                new KlantreisText().toText(EcoreUtil.copy(fromXmi))).getContents().get(0);
        assertTrue(EcoreUtil.equals(fromXmi, fromText),
                () -> "text keeps what the XMI records, and no more: " + RandomlyRecorded.difference(fromXmi, fromText));
        assertEquals(xmi, xmi(fromText), "the XMI comes back as it was");
    }

    private static void assertRoundTrip(JourneyModel original) throws IOException {
        KlantreisText text = new KlantreisText();
        String once = text.toText(EcoreUtil.copy(original));
        JourneyModel fromText = (JourneyModel) new KlantreisText().parse("once.klantreis", once).getContents().get(0);
        assertTrue(EcoreUtil.equals(original, fromText), () -> "text loses nothing: " + RandomlyRecorded.difference(original, fromText));

        JourneyModel fromXmi = throughXmi(fromText);
        assertTrue(EcoreUtil.equals(original, fromXmi), () -> "XMI loses nothing: " + RandomlyRecorded.difference(original, fromXmi));

        String twice = new KlantreisText().toText(fromXmi);
        assertEquals(once, twice, "formatting is stable");
        assertEquals(once, KlantreisText.serialize(new KlantreisText().parse("twice.klantreis", twice).getContents().get(0)),
                "formatting formatted text changes nothing");
    }

    private static JourneyModel throughXmi(JourneyModel model) throws IOException {
        return fromXmi(xmi(model));
    }

    private static String xmi(JourneyModel model) throws IOException {
        Resource out = KlantreisResources.newResourceSet().createResource(URI.createURI("memory:/model.xmi"));
        out.getContents().add(EcoreUtil.copy(model));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        out.save(bytes, Map.of());
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static JourneyModel fromXmi(String xmi) throws IOException {
        Resource in = KlantreisResources.newResourceSet().createResource(URI.createURI("memory:/again.xmi"));
        in.load(new ByteArrayInputStream(xmi.getBytes(StandardCharsets.UTF_8)), KlantreisResources.loadOptions());
        return (JourneyModel) in.getContents().get(0);
    }
}
