/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.klantreis.model.Journey;
import nl.klantreis.model.Touchpoint;
import nl.klantreis.model.io.KlantreisResources;
import nl.klantreis.presentation.EmotionColours;
import nl.klantreis.presentation.Rgb;
import nl.klantreis.rules.catalogue.JourneyFacts;

/**
 * Text reads on what it is drawn on (WCAG AA: 4.5:1), computed from the colours the SVG
 * actually uses, on each of the five emotion colours and on a step whose emotion nobody recorded.
 */
class ContrastTest {

    private static final Path EXAMPLE = Path.of(System.getProperty("klantreis.root", "../.."))
            .resolve("bundles/nl.klantreis.model.tests/resources/loon-op-zand.xmi");
    private static final double AA = 4.5;

    private Journey journey;
    private List<Touchpoint> steps;

    /** The example's steps given every emotion, -2 to +2 (it has five). */
    @BeforeEach
    void everyEmotion() throws IOException {
        journey = KlantreisResources.root(KlantreisResources.load(KlantreisResources.newResourceSet(), EXAMPLE)).getJourneys().get(0);
        steps = JourneyFacts.touchpoints(journey).toList();
        assertTrue(steps.size() >= 5, "room for every emotion");
        for (int i = 0; i < steps.size(); i++) {
            steps.get(i).setEmotion(Math.min(i, 4) - 2);
        }
    }

    /**
     * Each step's name and channel on its box: the fill of its rect, the fill of the group that
     * holds its text; drawn with every emotion, then with the last step's not recorded.
     */
    @Test
    void stepTextReadsOnEveryEmotionFill() {
        String svg = SvgJourneyMap.render(journey, Set.of(), Locale.ENGLISH);
        steps.get(steps.size() - 1).unsetEmotion();
        svg += SvgJourneyMap.render(journey, Set.of(), Locale.ENGLISH);
        Matcher step = Pattern.compile("<g class=\"touchpoint\"[^>]*><rect [^>]*fill=\"(#[0-9a-f]{6})\"[^>]*/>.*?<g fill=\"(#[0-9a-f]{6})\">",
                Pattern.DOTALL).matcher(svg);
        Set<Rgb> fills = new LinkedHashSet<>();
        while (step.find()) {
            Rgb fill = rgb(step.group(1));
            fills.add(fill);
            double contrast = fill.contrast(rgb(step.group(2)));
            assertTrue(contrast >= AA, step.group(2) + " on " + step.group(1) + ": " + contrast);
        }
        Set<Rgb> all = new LinkedHashSet<>(EmotionColours.all());
        all.add(EmotionColours.NOT_RECORDED);
        assertTrue(fills.containsAll(all), "measured on every fill: " + fills);
    }

    /** A finding's mark: its letter on its disc (black on the orange of a short intake, white on the red of a missing interpreter). */
    @Test
    void markLettersReadOnTheirDiscs() {
        String svg = SvgJourneyMap.render(journey, Set.of(), Locale.ENGLISH);
        Matcher mark = Pattern.compile("r=\"8\" fill=\"(#[0-9a-f]{6})\"/><text [^>]*fill=\"(#[0-9a-f]{6})\" class=\"mark\">").matcher(svg);
        int marks = 0;
        for (; mark.find(); marks++) {
            double contrast = rgb(mark.group(1)).contrast(rgb(mark.group(2)));
            assertTrue(contrast >= AA, mark.group(2) + " on " + mark.group(1) + ": " + contrast);
        }
        assertTrue(marks >= 2, "the T and the I of the example");
    }

    /** The map's words outside boxes (a handover's kind) on its lightest ground, a phase's fill. */
    @Test
    void handoverWordsReadOnTheMap() {
        String svg = SvgJourneyMap.render(journey, Set.of(), Locale.ENGLISH);
        Matcher label = Pattern.compile("fill=\"(#[0-9a-f]{6})\" class=\"handover-label\"").matcher(svg);
        int labels = 0;
        for (; label.find(); labels++) {
            double contrast = rgb(label.group(1)).contrast(SvgJourneyMap.GROUND);
            assertTrue(contrast >= AA, label.group(1) + ": " + contrast);
        }
        assertEquals(journey.getHandovers().size(), labels);
    }

    /**
     * The curve: each level's face, its eyes and mouth on the level's colour, and the "?" of a
     * step whose emotion is not recorded, on white.
     */
    @Test
    void curveReadsOnEveryEmotionFill() {
        steps.get(0).unsetEmotion();
        ResourceBundle english = HtmlReport.texts(Locale.ENGLISH);
        String svg = EmotionCurve.render(journey, JourneyGrid.of(journey, Locale.ENGLISH), "emotion", english);
        Matcher face = Pattern.compile("<g class=\"face\"><circle [^>]*fill=\"(#[0-9a-f]{6})\"[^>]*/>"
                + "<circle [^>]*fill=\"(#[0-9a-f]{6})\"/><circle [^>]*fill=\"(#[0-9a-f]{6})\"/><path [^>]*stroke=\"(#[0-9a-f]{6})\"/></g>")
                .matcher(svg);
        List<Rgb> levels = new ArrayList<>();
        while (face.find()) {
            Rgb fill = rgb(face.group(1));
            levels.add(fill);
            for (int feature = 2; feature <= 4; feature++) {
                double contrast = fill.contrast(rgb(face.group(feature)));
                assertTrue(contrast >= AA, face.group(feature) + " on " + face.group(1) + ": " + contrast);
            }
        }
        assertEquals(Set.copyOf(EmotionColours.all()), Set.copyOf(levels), "a face on every emotion colour");
        Matcher unknown = Pattern.compile("class=\"not-recorded\"[^>]*fill=\"(#[0-9a-f]{3,6})\">\\?").matcher(svg);
        assertTrue(unknown.find(), "the first step's emotion is not recorded");
        assertTrue(rgb(unknown.group(1)).contrast(Rgb.WHITE) >= AA, unknown.group(1));
    }

    /** The page's own words (a warning's severity, "niet vastgelegd", the legend) on its white. */
    @Test
    void reportTextReadsOnThePage() {
        Matcher colour = Pattern.compile("[{;]color:(#[0-9a-f]{3,6})").matcher(HtmlReport.STYLE);
        int colours = 0;
        for (; colour.find(); colours++) {
            double contrast = rgb(colour.group(1)).contrast(Rgb.WHITE);
            assertTrue(contrast >= AA, colour.group(1) + ": " + contrast);
        }
        assertTrue(colours >= 4, "body, legend, severities, not recorded");
    }

    private static Rgb rgb(String hex) {
        String six = hex.length() == 4 ? "" + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2) + hex.charAt(3) + hex.charAt(3)
                : hex.substring(1);
        int value = Integer.parseInt(six, 16);
        return new Rgb(value >> 16, (value >> 8) & 0xff, value & 0xff);
    }
}
