/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.owasp.encoder.Encode;

import nl.klantreis.model.Handover;
import nl.klantreis.model.Journey;
import nl.klantreis.model.Organisation;
import nl.klantreis.model.PainPoint;
import nl.klantreis.model.Phase;
import nl.klantreis.model.Touchpoint;
import nl.klantreis.presentation.DesignCardFindings;
import nl.klantreis.presentation.EmotionColours;
import nl.klantreis.presentation.HandoverStyle;
import nl.klantreis.presentation.JourneyLabels;
import nl.klantreis.presentation.Rgb;
import nl.klantreis.report.JourneyGrid.Box;
import nl.klantreis.report.JourneyGrid.Cell;
import nl.klantreis.report.JourneyGrid.Lane;
import nl.klantreis.report.JourneyGrid.Route;
import nl.klantreis.rules.Labels;

/**
 * A journey map as SVG, drawn on its {@link JourneyGrid}: phases over their columns, a lane
 * per organisation, touchpoints in the colour of how they felt (white when not recorded),
 * handovers told apart by colour, line and word (warm, cold, not recorded), marks for the
 * design card's findings, pain points and improvements under the steps they concern.
 */
public final class SvgJourneyMap {

    private static final Rgb MISSING_INTERPRETER = new Rgb(0xb2, 0x22, 0x22);
    private static final Rgb SHORT_INTAKE = new Rgb(0xe0, 0x7b, 0x00);
    /** The lightest ground a map's text stands on outside its boxes: a phase's fill. */
    static final Rgb GROUND = new Rgb(0xf4, 0xf8, 0xfc);
    /** The outline of a step a comparison marks: blue, a colour no emotion and no finding has. */
    static final String MARKED = "#1f5fbf";

    private SvgJourneyMap() {
    }

    /** The map of one journey, labelled in {@code locale}; elements with findings link to {@code #findings-<id>}. */
    public static String render(Journey journey, Set<EObject> withFindings, Locale locale) {
        return render(journey, JourneyGrid.of(journey, locale), withFindings, locale, PageIds.of(journey));
    }

    /** The map, on its grid, as part of a page whose element ids are {@code ids}. */
    static String render(Journey journey, JourneyGrid grid, Set<EObject> withFindings, Locale locale, PageIds ids) {
        return render(journey, grid, withFindings, Set.of(), locale, ids);
    }

    /** The map with the steps in {@code marked} outlined: what a comparison found changed, added or removed. */
    static String render(Journey journey, JourneyGrid grid, Set<EObject> withFindings, Set<EObject> marked, Locale locale,
            PageIds ids) {
        ResourceBundle texts = HtmlReport.texts(locale);
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"journey-map\" %s height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" role=\"img\" aria-label=\"%s\" font-family=\"%s\">%n",
                grid.svgSize(), grid.height, grid.width, grid.height, Encode.forXmlAttribute(Labels.of(journey)),
                Encode.forXmlAttribute(TextMeasure.FONT_FAMILY)));
        String arrows = "arrow-" + ids.id(journey);
        svg.append("<defs>");
        for (HandoverStyle style : HandoverStyle.values()) {
            svg.append(String.format(Locale.ROOT,
                    "<marker id=\"%s-%s\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"%s\"/></marker>",
                    arrows, style.cssClass(), style.colour().hex()));
        }
        svg.append("</defs>\n<g id=\"").append(drawingId(journey, ids)).append("\">\n");
        grid.lanes.forEach((organisation, lane) -> lane(svg, laneId(journey, organisation, ids), lane, grid));
        for (Phase phase : journey.getPhases()) {
            phase(svg, phase, grid.cells.get(phase), ids);
        }
        if (DesignCardFindings.missingIntake(journey)) {
            svg.append(mark(14, grid.headerHeight / 2, SHORT_INTAKE, "I"));
            svg.append(text(28, grid.headerHeight / 2 + 4, List.of(texts.getString("map.noIntake")), 11, false, "no-intake"));
        }
        for (Route route : grid.routes) {
            route(svg, route, arrows, withFindings, locale, ids);
        }
        for (Map.Entry<EObject, Cell> entry : grid.cells.entrySet()) {
            if (marked.contains(entry.getKey())) {
                Box box = entry.getValue().box();
                svg.append(String.format(Locale.ROOT,
                        "<rect class=\"marked\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"6\" fill=\"none\" stroke=\"%s\" stroke-width=\"3\"/>%n",
                        box.x() - 5, box.y() - 5, box.width() + 10, box.height() + 10, MARKED));
            }
            if (entry.getKey() instanceof Touchpoint touchpoint) {
                touchpoint(svg, touchpoint, grid.column(touchpoint), entry.getValue(), withFindings.contains(touchpoint), locale, ids);
            } else if (!(entry.getKey() instanceof Phase)) {
                note(svg, entry.getKey(), entry.getValue(), ids);
            }
        }
        return svg.append("</g>\n</svg>\n").toString();
    }

    /** The id of the map's drawing, which its pieces for print show again ({@link PrintSlices}). */
    static String drawingId(Journey journey, PageIds ids) {
        return "drawing-" + ids.id(journey);
    }

    /**
     * The id of an organisation's lane on a journey's map, where the findings about the
     * organisation link to; null for the lane of steps whose organisation is not recorded.
     */
    static String laneId(Journey journey, Organisation organisation, PageIds ids) {
        return organisation == null ? null : "lane-" + ids.id(journey) + "-" + ids.id(organisation);
    }

    /** A lane: its name left of the phases, level with its row, and a line under its band where another lane follows. */
    private static void lane(StringBuilder svg, String id, Lane lane, JourneyGrid grid) {
        Box band = lane.band();
        svg.append("<g class=\"lane\"").append(id == null ? "" : " id=\"" + id + "\"").append('>');
        if (band.bottom() < grid.lanesBottom - JourneyGrid.PADDING) {
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#c9d6e3\"/>",
                    band.x(), band.bottom(), band.right(), band.bottom()));
        }
        Box name = lane.name();
        double top = name.centerY() - lane.lines().size() * JourneyGrid.lineHeight(JourneyGrid.LANE_SIZE) / 2;
        svg.append(text(name.x() + JourneyGrid.PADDING, top + JourneyGrid.LANE_SIZE, lane.lines(), JourneyGrid.LANE_SIZE, true,
                "lane-label"));
        svg.append("</g>\n");
    }

    private static void phase(StringBuilder svg, Phase phase, Cell cell, PageIds ids) {
        Box box = cell.box();
        svg.append(String.format(Locale.ROOT,
                "<g class=\"phase\" id=\"map-%s\"><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#f4f8fc\" fill-opacity=\"0.6\" stroke=\"#8aa9c9\"/>",
                ids.id(phase), box.x(), box.y(), box.width(), box.height()));
        svg.append(text(box.x() + JourneyGrid.TEXT_INSET, box.y() + JourneyGrid.PADDING + JourneyGrid.PHASE_SIZE, cell.lines(),
                JourneyGrid.PHASE_SIZE, true, "phase-label"));
        svg.append("</g>\n");
    }

    private static void touchpoint(StringBuilder svg, Touchpoint touchpoint, int column, Cell cell, boolean hasFindings,
            Locale locale, PageIds ids) {
        Box box = cell.box();
        svg.append(hasFindings ? "<a href=\"#findings-" + ids.id(touchpoint) + "\">" : "");
        Rgb fill = EmotionColours.of(touchpoint);
        svg.append(String.format(Locale.ROOT,
                "<g class=\"touchpoint\" id=\"map-%s\" data-step=\"%d\"><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"4\" fill=\"%s\" stroke=\"#555\"/>",
                ids.id(touchpoint), column, box.x(), box.y(), box.width(), box.height(), fill.hex()));
        svg.append("<title>").append(Encode.forXml(JourneyLabels.touchpoint(touchpoint, locale))).append("</title>");
        // black or white, whichever reads on the emotion's colour (white on the dark red of -2)
        svg.append("<g fill=\"").append(fill.text().hex()).append("\">");
        double y = box.y() + JourneyGrid.TEXT_TOP + JourneyGrid.NAME_SIZE;
        svg.append(text(box.x() + JourneyGrid.TEXT_INSET, y, cell.lines(), JourneyGrid.NAME_SIZE, true, "touchpoint-label"));
        y += cell.lines().size() * JourneyGrid.lineHeight(JourneyGrid.NAME_SIZE);
        svg.append(text(box.x() + JourneyGrid.TEXT_INSET, y, cell.detail(), JourneyGrid.DETAIL_SIZE, false, "touchpoint-detail"));
        svg.append("</g>");
        double markX = box.right() - 12;
        Set<String> found = DesignCardFindings.ruleIds(touchpoint);
        if (DesignCardFindings.missingInterpreter(found)) {
            svg.append(mark(markX, box.y(), MISSING_INTERPRETER, "T"));
            markX -= 22;
        }
        if (DesignCardFindings.missingOrShortIntake(found)) {
            svg.append(mark(markX, box.y(), SHORT_INTAKE, "I"));
        }
        svg.append("</g>").append(hasFindings ? "</a>" : "").append('\n');
    }

    private static void note(StringBuilder svg, EObject element, Cell cell, PageIds ids) {
        Box box = cell.box();
        boolean pain = element instanceof PainPoint;
        svg.append(String.format(Locale.ROOT,
                "<g class=\"%s\" id=\"map-%s\"><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"10\" fill=\"%s\" stroke=\"#777\"/>",
                pain ? "pain-point" : "improvement", ids.id(element), box.x(), box.y(), box.width(), box.height(),
                pain ? "#ffe0b3" : "#d9f2d0"));
        svg.append(text(box.x() + JourneyGrid.TEXT_INSET, box.y() + JourneyGrid.TEXT_TOP + JourneyGrid.NOTE_SIZE, cell.lines(),
                JourneyGrid.NOTE_SIZE, false, "note-label"));
        svg.append("</g>\n");
    }

    private static void route(StringBuilder svg, Route route, String arrows, Set<EObject> withFindings, Locale locale, PageIds ids) {
        StringBuilder points = new StringBuilder();
        for (double[] point : route.points()) {
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", point[0], point[1]));
        }
        if (route.element() instanceof Handover handover) {
            HandoverStyle style = HandoverStyle.of(handover);
            String word = JourneyLabels.handover(handover, locale);
            boolean hasFindings = withFindings.contains(handover);
            svg.append(hasFindings ? "<a href=\"#findings-" + ids.id(handover) + "\">" : "");
            svg.append(String.format(Locale.ROOT,
                    "<g class=\"handover %s\" id=\"map-%s\"><title>%s</title><polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s marker-end=\"url(#%s-%s)\"/>",
                    style.cssClass(), ids.id(handover), Encode.forXml(word), points.toString().trim(), style.colour().hex(),
                    style.dash().isEmpty() ? "" : " stroke-dasharray=\"" + style.dash() + "\"", arrows, style.cssClass()));
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"%.0f\" fill=\"%s\" class=\"handover-label\">%s</text></g>%n",
                    route.label()[0], route.label()[1] + JourneyGrid.HANDOVER_SIZE / 2 - 1, JourneyGrid.HANDOVER_SIZE,
                    ink(style.colour()).hex(), Encode.forXml(JourneyGrid.handoverLabel(handover, locale))));
            svg.append(hasFindings ? "</a>\n" : "");
        } else {
            svg.append("<polyline points=\"").append(points.toString().trim())
                    .append("\" fill=\"none\" stroke=\"#999\" stroke-width=\"1.5\" stroke-dasharray=\"2 3\" class=\"note-link\"/>\n");
        }
    }

    /**
     * A line's colour made dark enough to write in on the map's ground (WCAG's 4.5:1): the green
     * of a warm handover and the grey of an unrecorded one are lines first, too light for words.
     */
    static Rgb ink(Rgb colour) {
        Rgb ink = colour;
        while (ink.contrast(GROUND) < 4.5) {
            ink = new Rgb(ink.red() * 9 / 10, ink.green() * 9 / 10, ink.blue() * 9 / 10);
        }
        return ink;
    }

    /**
     * A finding's mark: a letter on a coloured disc with a white ring and a dark edge, seen on
     * every emotion colour; the letter black or white, whichever reads on the disc.
     */
    private static String mark(double x, double y, Rgb colour, String letter) {
        return String.format(Locale.ROOT,
                "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"10\" fill=\"#fff\" stroke=\"#333\"/><circle cx=\"%.1f\" cy=\"%.1f\" r=\"8\" fill=\"%s\"/>"
                        + "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"11\" font-weight=\"bold\" fill=\"%s\" class=\"mark\">%s</text>",
                x, y, x, y, colour.hex(), x, y + 4, colour.text().hex(), letter);
    }

    /** Lines of text from a first baseline, one line height apart, escaped. */
    private static String text(double x, double y, List<String> lines, double size, boolean bold, String cssClass) {
        if (lines.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.0f\"%s class=\"%s\">", x, y, size,
                bold ? " font-weight=\"bold\"" : "", cssClass));
        for (int i = 0; i < lines.size(); i++) {
            text.append(String.format(Locale.ROOT, "<tspan x=\"%.1f\" dy=\"%.0f\">%s</tspan>", x,
                    i == 0 ? 0 : JourneyGrid.lineHeight(size), Encode.forXml(lines.get(i))));
        }
        return text.append("</text>").toString();
    }
}
