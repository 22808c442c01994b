package nl.klantreis.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.owasp.encoder.Encode;

import nl.klantreis.model.Journey;
import nl.klantreis.model.Phase;
import nl.klantreis.model.Touchpoint;
import nl.klantreis.presentation.EmotionColours;
import nl.klantreis.presentation.JourneyLabels;

/**
 * The "heartbeat" of a journey: the emotion of each touchpoint, in written order, as an SVG line
 * over a -2 .. +2 scale that names each level in words and with a face (so it reads on paper,
 * in black and white too), the steps named under it and the phases marked above it.
 */
final class EmotionCurve {

    private static final int STEP = 90;
    private static final int AXIS = 170;
    private static final int TOP = 34;
    private static final int LEVEL = 28;
    private static final int PLOT = 4 * LEVEL;
    private static final int NAMES = 110;
    private static final int HEIGHT = TOP + PLOT + 20 + NAMES;
    /** Longest step name drawn in full; the whole name is in the tooltip. */
    private static final int NAME_LENGTH = 22;

    private EmotionCurve() {
    }

    static String render(Journey journey, String title, ResourceBundle texts) {
        List<Touchpoint> touchpoints = new ArrayList<>();
        List<Integer> phaseStarts = new ArrayList<>();
        for (Phase phase : journey.getPhases()) {
            phaseStarts.add(touchpoints.size());
            touchpoints.addAll(phase.getTouchpoints());
        }
        int width = AXIS + Math.max(STEP, touchpoints.size() * STEP);
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"emotion-curve\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">%n",
                width, HEIGHT, width, HEIGHT, Encode.forXmlAttribute(title)));
        axis(svg, width, texts);
        phases(svg, journey, phaseStarts, touchpoints.size());
        curve(svg, touchpoints);
        for (int i = 0; i < touchpoints.size(); i++) {
            Touchpoint touchpoint = touchpoints.get(i);
            String name = JourneyLabels.label(touchpoint);
            if (touchpoint.isSetEmotion()) {
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"7\" fill=\"%s\" stroke=\"#333\"><title>%s</title></circle>%n",
                        x(i), y(touchpoint.getEmotion()), EmotionColours.of(touchpoint).hex(),
                        Encode.forXml(name + ": " + signed(touchpoint.getEmotion()))));
            } else {
                svg.append(String.format(Locale.ROOT, "<text class=\"not-recorded\" x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"11\" fill=\"#777\">?<title>%s</title></text>%n",
                        x(i), TOP + PLOT + 12, Encode.forXml(name + ": " + texts.getString("emotion.notRecorded"))));
            }
            String shown = name.length() > NAME_LENGTH ? name.substring(0, NAME_LENGTH - 1) + "\u2026" : name;
            svg.append(String.format(Locale.ROOT,
                    "<text class=\"step-name\" x=\"%d\" y=\"%d\" transform=\"rotate(-35 %d %d)\" text-anchor=\"end\" font-size=\"11\">%s<title>%s</title></text>%n",
                    x(i), TOP + PLOT + 20, x(i), TOP + PLOT + 20, Encode.forXml(shown), Encode.forXml(name)));
        }
        return svg.append("</svg>\n").toString();
    }

    /** The line through the recorded emotions, broken where one is not recorded: no value stands in for it. */
    private static void curve(StringBuilder svg, List<Touchpoint> touchpoints) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i <= touchpoints.size(); i++) {
            if (i < touchpoints.size() && touchpoints.get(i).isSetEmotion()) {
                points.append(String.format(Locale.ROOT, "%d,%d ", x(i), y(touchpoints.get(i).getEmotion())));
            } else if (!points.isEmpty()) {
                svg.append("<polyline class=\"curve\" points=\"").append(points.toString().trim())
                        .append("\" fill=\"none\" stroke=\"#555\" stroke-width=\"2\"/>\n");
                points.setLength(0);
            }
        }
    }

    /** The scale: a line per level, named in words and with a face. */
    private static void axis(StringBuilder svg, int width, ResourceBundle texts) {
        for (int emotion = 2; emotion >= -2; emotion--) {
            int y = y(emotion);
            svg.append(String.format(Locale.ROOT, "<line class=\"level\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\"/>%n",
                    AXIS, y, width, y, emotion == 0 ? "#bbb" : "#eee"));
            svg.append(String.format(Locale.ROOT, "<text class=\"level-name\" x=\"%d\" y=\"%d\" text-anchor=\"end\" font-size=\"11\">%s %s</text>%n",
                    AXIS - 26, y + 4, signed(emotion), Encode.forXml(texts.getString("emotion." + emotion))));
            face(svg, AXIS - 13, y, emotion);
        }
    }

    /** A face for a level: a smile above neutral, a frown below, a straight mouth at neutral. */
    private static void face(StringBuilder svg, int cx, int cy, int emotion) {
        int mouth = cy + 3;
        int curve = emotion > 0 ? mouth + 2 * emotion : emotion < 0 ? mouth + 2 * emotion : mouth;
        svg.append(String.format(Locale.ROOT,
                "<g class=\"face\"><circle cx=\"%d\" cy=\"%d\" r=\"8\" fill=\"%s\" stroke=\"#333\"/>"
                        + "<circle cx=\"%d\" cy=\"%d\" r=\"1\" fill=\"#333\"/><circle cx=\"%d\" cy=\"%d\" r=\"1\" fill=\"#333\"/>"
                        + "<path d=\"M%d,%d Q%d,%d %d,%d\" fill=\"none\" stroke=\"#333\"/></g>%n",
                cx, cy, EmotionColours.of(emotion).hex(), cx - 3, cy - 2, cx + 3, cy - 2, cx - 4, mouth, cx, curve, cx + 4, mouth));
    }

    /** A dashed line where a phase begins, with the phase's name above the plot. */
    private static void phases(StringBuilder svg, Journey journey, List<Integer> starts, int steps) {
        for (int p = 0; p < starts.size(); p++) {
            int start = starts.get(p);
            if (start >= steps) {
                continue;
            }
            int x = x(start) - STEP / 2;
            svg.append(String.format(Locale.ROOT,
                    "<line class=\"phase-boundary\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#8aa9c9\" stroke-dasharray=\"4 3\"/>%n",
                    x, 4, x, TOP + PLOT + 8));
            svg.append(String.format(Locale.ROOT, "<text class=\"phase-name\" x=\"%d\" y=\"%d\" font-size=\"12\" font-weight=\"bold\">%s</text>%n",
                    x + 4, 16, Encode.forXml(JourneyLabels.label(journey.getPhases().get(p)))));
        }
    }

    private static int x(int index) {
        return AXIS + STEP / 2 + index * STEP;
    }

    private static int y(int emotion) {
        return TOP + PLOT / 2 - Math.max(-2, Math.min(2, emotion)) * LEVEL;
    }

    static String signed(int emotion) {
        return emotion > 0 ? "+" + emotion : String.valueOf(emotion);
    }
}
