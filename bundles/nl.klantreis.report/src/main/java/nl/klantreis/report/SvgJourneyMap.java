package nl.klantreis.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.util.ElkUtil;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.emf.ecore.EObject;
import org.owasp.encoder.Encode;

import nl.klantreis.model.Handover;
import nl.klantreis.model.HandoverKind;
import nl.klantreis.model.Improvement;
import nl.klantreis.model.Journey;
import nl.klantreis.model.NamedElement;
import nl.klantreis.model.PainPoint;
import nl.klantreis.model.Phase;
import nl.klantreis.model.Touchpoint;
import nl.klantreis.presentation.DesignCardFindings;
import nl.klantreis.presentation.EmotionColours;
import nl.klantreis.presentation.JourneyLabels;
import nl.klantreis.report.JourneyMapLayout.Layout;
import nl.klantreis.report.JourneyMapLayout.Link;
import nl.klantreis.rules.catalogue.JourneyFacts;

/**
 * Draws a laid-out journey as SVG, the way the Sirius journey map shows it: touchpoints
 * coloured by emotion with name, organisation and channel, warm handovers green and solid,
 * cold ones red and dashed, and the design card's findings as a "T" (interpreter) or "I"
 * (intake) mark. Every element links to its findings in the report.
 */
public final class SvgJourneyMap {

    private SvgJourneyMap() {
    }

    /** The map of one journey, labelled in {@code locale}; elements with findings link to {@code #findings-<id>}. */
    public static String render(Journey journey, Set<EObject> withFindings, Locale locale) {
        return render(journey, withFindings, locale, PageIds.of(journey));
    }

    /** The map as part of a page whose element ids are {@code ids}. */
    static String render(Journey journey, Set<EObject> withFindings, Locale locale, PageIds ids) {
        Layout layout = JourneyMapLayout.layOut(journey);
        ElkNode graph = layout.graph();
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"journey-map\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" role=\"img\" aria-label=\"%s\">%n",
                graph.getWidth(), graph.getHeight(), graph.getWidth(), graph.getHeight(),
                Encode.forXmlAttribute(JourneyLabels.label(journey))));
        String arrow = "arrow-" + ids.id(journey);
        svg.append("<defs><marker id=\"").append(arrow).append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/></marker></defs>\n");
        for (Phase phase : journey.getPhases()) {
            phase(svg, phase, layout.nodes(), ids);
        }
        for (Link link : layout.links()) {
            link(svg, link, arrow);
        }
        for (Map.Entry<EObject, ElkNode> entry : layout.nodes().entrySet()) {
            if (entry.getKey() instanceof Touchpoint touchpoint) {
                touchpoint(svg, touchpoint, entry.getValue(), withFindings.contains(touchpoint), locale, ids);
            } else if (entry.getKey() instanceof PainPoint || entry.getKey() instanceof Improvement) {
                note(svg, (NamedElement) entry.getKey(), entry.getValue(), ids);
            }
        }
        return svg.append("</svg>\n").toString();
    }

    private static void phase(StringBuilder svg, Phase phase, Map<EObject, ElkNode> nodes, PageIds ids) {
        ElkNode node = nodes.get(phase);
        KVector at = absolute(node);
        svg.append(String.format(Locale.ROOT,
                "<g class=\"phase\" id=\"map-%s\"><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"6\" fill=\"#f4f8fc\" stroke=\"#8aa9c9\"/>",
                ids.id(phase), at.x, at.y, node.getWidth(), node.getHeight()));
        svg.append(text(at.x + 10, at.y + 21, JourneyLabels.label(phase), "phase-label"));
        svg.append("</g>\n");
    }

    private static void touchpoint(StringBuilder svg, Touchpoint touchpoint, ElkNode node, boolean hasFindings,
            Locale locale, PageIds ids) {
        KVector at = absolute(node);
        String fill = EmotionColours.of(touchpoint).hex();
        svg.append(hasFindings ? "<a href=\"#findings-" + ids.id(touchpoint) + "\">" : "");
        svg.append(String.format(Locale.ROOT,
                "<g class=\"touchpoint\" id=\"map-%s\"><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"4\" fill=\"%s\" stroke=\"#555\"/>",
                ids.id(touchpoint), at.x, at.y, node.getWidth(), node.getHeight(), fill));
        // The lines below are shortened to fit the box; the title shows them whole on hover.
        svg.append("<title>").append(Encode.forXml(JourneyLabels.touchpoint(touchpoint, locale))).append("</title>");
        svg.append(text(at.x + 8, at.y + 22, JourneyLabels.label(touchpoint), "touchpoint-label"));
        svg.append(text(at.x + 8, at.y + 42, JourneyLabels.touchpointDetail(touchpoint, locale), "touchpoint-detail"));
        double markX = at.x + node.getWidth() - 12;
        if (DesignCardFindings.missingInterpreter(touchpoint)) {
            svg.append(mark(markX, at.y + 12, "#b22222", "T"));
            markX -= 20;
        }
        if (DesignCardFindings.shortIntake(touchpoint)) {
            svg.append(mark(markX, at.y + 12, "#e07b00", "I"));
        }
        svg.append("</g>").append(hasFindings ? "</a>" : "").append('\n');
    }

    private static void note(StringBuilder svg, NamedElement element, ElkNode node, PageIds ids) {
        KVector at = absolute(node);
        String fill = element instanceof PainPoint ? "#ffe0b3" : "#d9f2d0";
        svg.append(String.format(Locale.ROOT,
                "<g class=\"%s\" id=\"map-%s\"><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"10\" fill=\"%s\" stroke=\"#777\"/>",
                element instanceof PainPoint ? "pain-point" : "improvement", ids.id(element), at.x, at.y,
                node.getWidth(), node.getHeight(), fill));
        svg.append(text(at.x + 8, at.y + 26, JourneyLabels.label(element), "note-label"));
        svg.append("</g>\n");
    }

    private static void link(StringBuilder svg, Link link, String arrow) {
        KVector offset = absolute(link.edge().getContainingNode());
        for (ElkEdgeSection section : link.edge().getSections()) {
            StringBuilder points = new StringBuilder();
            points.append(point(offset, section.getStartX(), section.getStartY()));
            section.getBendPoints().forEach(bend -> points.append(' ').append(point(offset, bend.getX(), bend.getY())));
            points.append(' ').append(point(offset, section.getEndX(), section.getEndY()));
            String style;
            if (link.element() instanceof Handover handover) {
                HandoverKind kind = JourneyFacts.kindOf(handover);
                style = kind == HandoverKind.COLD ? "stroke=\"#b22222\" stroke-dasharray=\"6 4\" class=\"handover cold\""
                        : kind == HandoverKind.WARM ? "stroke=\"#228b22\" class=\"handover warm\""
                        : "stroke=\"#888\" stroke-dasharray=\"1 3\" class=\"handover not-recorded\"";
            } else {
                style = "stroke=\"#999\" stroke-dasharray=\"2 3\" class=\"note-link\"";
            }
            svg.append("<polyline points=\"").append(points).append("\" fill=\"none\" stroke-width=\"2\" ")
                    .append(style).append(link.element() instanceof Handover ? " marker-end=\"url(#" + arrow + ")\"" : "")
                    .append("/>\n");
        }
    }

    private static String mark(double x, double y, String colour, String letter) {
        return String.format(Locale.ROOT,
                "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"8\" fill=\"%s\"/><text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" class=\"mark\">%s</text>",
                x, y, colour, x, y + 4, letter);
    }

    /** One line of text, shortened to fit a box, escaped. */
    private static String text(double x, double y, String value, String cssClass) {
        String line = value.length() > 32 ? value.substring(0, 31) + "\u2026" : value;
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" class=\"%s\">%s</text>", x, y, cssClass,
                Encode.forXml(line));
    }

    private static String point(KVector offset, double x, double y) {
        return String.format(Locale.ROOT, "%.1f,%.1f", offset.x + x, offset.y + y);
    }

    private static KVector absolute(ElkNode node) {
        return node == null || node.getParent() == null ? new KVector() : ElkUtil.absolutePosition(node);
    }

    /** The element's id, escaped for an attribute (ids are checked by the rules, not trusted here). */
}
