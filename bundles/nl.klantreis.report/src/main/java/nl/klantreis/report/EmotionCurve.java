package nl.klantreis.report;

import java.util.List;
import java.util.Locale;

import org.owasp.encoder.Encode;

import nl.klantreis.model.Journey;
import nl.klantreis.model.Touchpoint;
import nl.klantreis.presentation.EmotionColours;
import nl.klantreis.presentation.JourneyLabels;
import nl.klantreis.rules.catalogue.JourneyFacts;

/** The "heartbeat" of a journey: the emotion of each touchpoint, in order, as an SVG line. */
final class EmotionCurve {

    private static final int STEP = 90;
    private static final int HEIGHT = 150;
    private static final int LEVEL = 28;

    private EmotionCurve() {
    }

    static String render(Journey journey, String title) {
        List<Touchpoint> touchpoints = JourneyFacts.touchpoints(journey).toList();
        int width = Math.max(STEP, touchpoints.size() * STEP);
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"emotion-curve\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">%n",
                width, HEIGHT, width, HEIGHT, Encode.forXmlAttribute(title)));
        svg.append(String.format(Locale.ROOT, "<line x1=\"0\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#ccc\"/>%n", y(0), width, y(0)));
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < touchpoints.size(); i++) {
            points.append(String.format(Locale.ROOT, "%d,%d ", x(i), y(touchpoints.get(i).getEmotion())));
        }
        svg.append("<polyline points=\"").append(points.toString().trim()).append("\" fill=\"none\" stroke=\"#555\" stroke-width=\"2\"/>\n");
        for (int i = 0; i < touchpoints.size(); i++) {
            Touchpoint touchpoint = touchpoints.get(i);
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"7\" fill=\"%s\" stroke=\"#333\"><title>%s</title></circle>%n",
                    x(i), y(touchpoint.getEmotion()), EmotionColours.of(touchpoint.getEmotion()).hex(),
                    Encode.forXml(JourneyLabels.label(touchpoint) + ": " + signed(touchpoint.getEmotion()))));
        }
        return svg.append("</svg>\n").toString();
    }

    private static int x(int index) {
        return STEP / 2 + index * STEP;
    }

    private static int y(int emotion) {
        return HEIGHT / 2 - Math.max(-2, Math.min(2, emotion)) * LEVEL;
    }

    static String signed(int emotion) {
        return emotion > 0 ? "+" + emotion : String.valueOf(emotion);
    }
}
