/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.report;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.owasp.encoder.Encode;

import nl.klantreis.model.Journey;
import nl.klantreis.model.Phase;
import nl.klantreis.model.Touchpoint;
import nl.klantreis.presentation.EmotionColours;
import nl.klantreis.presentation.Rgb;
import nl.klantreis.rules.Labels;

/**
 * The "heartbeat" of a journey: the emotion of each touchpoint, in written order, as an SVG line
 * over a -2 .. +2 scale that names each level in words and with a face (so it reads on paper,
 * in black and white too), the steps named under it and the phases marked above it.
 */
final class EmotionCurve {

    private static final int TOP = 34;
    private static final int LEVEL = 28;
    private static final int PLOT = 4 * LEVEL;
    private static final int NAMES = 110;
    static final int HEIGHT = TOP + PLOT + 20 + NAMES;
    /** Longest step name drawn in full; the whole name is in the tooltip. */
    private static final int NAME_LENGTH = 22;
    /** The "?" of an emotion nobody recorded: grey, yet 5.7:1 on white (WCAG asks 4.5:1; #777 had 4.48:1). */
    static final String NOT_RECORDED_INK = "#666";

    private EmotionCurve() {
    }

    /**
     * The curve under its map: as wide as the map, each step's point in the middle of the
     * step's column, the scale where the map names its lanes.
     */
    static String render(Journey journey, JourneyGrid grid, String title, ResourceBundle texts) {
        return render(journey, grid, title, texts, PageIds.of(journey));
    }

    /** The curve as part of a page whose element ids are {@code ids}. */
    static String render(Journey journey, JourneyGrid grid, String title, ResourceBundle texts, PageIds ids) {
        double width = grid.width;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"emotion-curve\" %s height=\"%d\" viewBox=\"0 0 %.0f %d\" role=\"img\" aria-label=\"%s\" font-family=\"%s\">%n",
                grid.svgSize(), HEIGHT, width, HEIGHT, Encode.forXmlAttribute(title), Encode.forXmlAttribute(TextMeasure.FONT_FAMILY)));
        svg.append("<g id=\"").append(drawingId(journey, ids)).append("\">\n");
        axis(svg, grid.left, width, texts);
        phases(svg, journey, grid);
        List<Touchpoint> steps = grid.steps;
        curve(svg, steps, grid);
        for (Touchpoint step : steps) {
            String name = Labels.of(step);
            double x = grid.columnCenter(step);
            if (step.isSetEmotion()) {
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.0f\" cy=\"%d\" r=\"7\" fill=\"%s\" stroke=\"#333\"><title>%s</title></circle>%n",
                        x, y(step.getEmotion()), EmotionColours.of(step).hex(), Encode.forXml(name + ": " + signed(step.getEmotion()))));
            } else {
                svg.append(String.format(Locale.ROOT,
                        "<text class=\"not-recorded\" x=\"%.0f\" y=\"%d\" text-anchor=\"middle\" font-size=\"11\" fill=\"%s\">?<title>%s</title></text>%n",
                        x, TOP + PLOT + 12, NOT_RECORDED_INK, Encode.forXml(name + ": " + texts.getString("emotion.notRecorded"))));
            }
            String shown = name.length() > NAME_LENGTH ? name.substring(0, NAME_LENGTH - 1) + "\u2026" : name;
            svg.append(String.format(Locale.ROOT,
                    "<text class=\"step-name\" x=\"%.0f\" y=\"%d\" transform=\"rotate(-35 %.0f %d)\" text-anchor=\"end\" font-size=\"11\">%s<title>%s</title></text>%n",
                    x, TOP + PLOT + 20, x, TOP + PLOT + 20, Encode.forXml(shown), Encode.forXml(name)));
        }
        return svg.append("</g>\n</svg>\n").toString();
    }

    /** The id of the curve's drawing, which its pieces for print show again ({@link PrintSlices}). */
    static String drawingId(Journey journey, PageIds ids) {
        return "curve-" + ids.id(journey);
    }

    /** The line through the recorded emotions, broken where one is not recorded: no value stands in for it. */
    private static void curve(StringBuilder svg, List<Touchpoint> steps, JourneyGrid grid) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i <= steps.size(); i++) {
            if (i < steps.size() && steps.get(i).isSetEmotion()) {
                points.append(String.format(Locale.ROOT, "%.0f,%d ", grid.columnCenter(steps.get(i)), y(steps.get(i).getEmotion())));
            } else if (!points.isEmpty()) {
                svg.append("<polyline class=\"curve\" points=\"").append(points.toString().trim())
                        .append("\" fill=\"none\" stroke=\"#555\" stroke-width=\"2\"/>\n");
                points.setLength(0);
            }
        }
    }

    /** The scale: a line per level, named in words and with a face. */
    private static void axis(StringBuilder svg, double left, double width, ResourceBundle texts) {
        for (int emotion = 2; emotion >= -2; emotion--) {
            int y = y(emotion);
            svg.append(String.format(Locale.ROOT, "<line class=\"level\" x1=\"%.0f\" y1=\"%d\" x2=\"%.0f\" y2=\"%d\" stroke=\"%s\"/>%n",
                    left, y, width, y, emotion == 0 ? "#bbb" : "#eee"));
            svg.append(String.format(Locale.ROOT, "<text class=\"level-name\" x=\"%.0f\" y=\"%d\" text-anchor=\"end\" font-size=\"11\">%s %s</text>%n",
                    left - 26, y + 4, signed(emotion), Encode.forXml(texts.getString("emotion." + emotion))));
            face(svg, (int) left - 13, y, emotion);
        }
    }

    /**
     * A face for a level: a smile above neutral, a frown below, a straight mouth at neutral; its
     * eyes and mouth black or white, whichever reads on the level's colour (white on the dark red of -2).
     */
    private static void face(StringBuilder svg, int cx, int cy, int emotion) {
        int mouth = cy + 3;
        Rgb fill = EmotionColours.of(emotion);
        String ink = fill.text().hex();
        int curve = emotion > 0 ? mouth + 2 * emotion : emotion < 0 ? mouth + 2 * emotion : mouth;
        svg.append(String.format(Locale.ROOT,
                "<g class=\"face\"><circle cx=\"%d\" cy=\"%d\" r=\"8\" fill=\"%s\" stroke=\"#333\"/>"
                        + "<circle cx=\"%d\" cy=\"%d\" r=\"1\" fill=\"%s\"/><circle cx=\"%d\" cy=\"%d\" r=\"1\" fill=\"%s\"/>"
                        + "<path d=\"M%d,%d Q%d,%d %d,%d\" fill=\"none\" stroke=\"%s\"/></g>%n",
                cx, cy, fill.hex(), cx - 3, cy - 2, ink, cx + 3, cy - 2, ink, cx - 4, mouth, cx, curve, cx + 4, mouth, ink));
    }

    /** A dashed line where a phase begins, under the phase's column on the map above. */
    private static void phases(StringBuilder svg, Journey journey, JourneyGrid grid) {
        for (Phase phase : journey.getPhases()) {
            double x = grid.phaseStart(phase);
            svg.append(String.format(Locale.ROOT,
                    "<line class=\"phase-boundary\" x1=\"%.0f\" y1=\"%d\" x2=\"%.0f\" y2=\"%d\" stroke=\"#8aa9c9\" stroke-dasharray=\"4 3\"/>%n",
                    x, 4, x, TOP + PLOT + 8));
        }
    }

    private static int y(int emotion) {
        return TOP + PLOT / 2 - Math.max(-2, Math.min(2, emotion)) * LEVEL;
    }

    static String signed(int emotion) {
        return emotion > 0 ? "+" + emotion : String.valueOf(emotion);
    }
}
