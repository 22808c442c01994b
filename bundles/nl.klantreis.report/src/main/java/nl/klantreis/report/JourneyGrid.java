/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import nl.klantreis.model.Handover;
import nl.klantreis.model.Improvement;
import nl.klantreis.model.Journey;
import nl.klantreis.model.Organisation;
import nl.klantreis.model.PainPoint;
import nl.klantreis.model.Phase;
import nl.klantreis.model.Touchpoint;
import nl.klantreis.presentation.HandoverStyle;
import nl.klantreis.presentation.JourneyLabels;
import nl.klantreis.presentation.JourneyLanes;
import nl.klantreis.presentation.JourneyMapGeometry;
import nl.klantreis.presentation.JourneyMapGeometry.Insets;
import nl.klantreis.presentation.JourneyMapGeometry.Point;
import nl.klantreis.presentation.JourneyMapGeometry.Size;
import nl.klantreis.rules.EditLabels;
import nl.klantreis.rules.Labels;

/**
 * The journey map as the report draws it: the one geometry the Sirius map is drawn on too
 * ({@link JourneyMapGeometry}: lanes, phases, touchpoints in written order, notes, every line's
 * route), with the report's text wrapped to lines that fit its boxes. A thin adapter: the
 * report measures its text and keeps the wrapped lines; where things go is the geometry's.
 */
final class JourneyGrid {

    /** Between a box's edge and its text. */
    static final double PADDING = 8;
    /** Where a box's text begins: right of the room for a mark at its corner, under the geometry's padding. */
    static final double TEXT_INSET = JourneyMapGeometry.MARK;
    static final double TEXT_TOP = JourneyMapGeometry.PADDING;
    /** The widest line of a touchpoint's or note's label, and of a lane's or phase's name. */
    static final double TEXT_WIDTH = 148;
    static final double LANE_TEXT_WIDTH = 154;
    static final double PHASE_TEXT_WIDTH = 260;
    static final double NAME_SIZE = 13;
    static final double DETAIL_SIZE = 11;
    static final double PHASE_SIZE = 14;
    static final double LANE_SIZE = 12;
    static final double NOTE_SIZE = 12;
    static final double HANDOVER_SIZE = 11;
    /** The smallest text on the map: a step's channel, a handover's kind, a mark's letter. */
    static final double SMALLEST_SIZE = Math.min(DETAIL_SIZE, HANDOVER_SIZE);
    /**
     * How high, in CSS px, the smallest text of a map stays on screen: a map scaled down to the
     * page's width below that is read by nobody (issue 26: 4 px at a window of 800 px).
     */
    static final double READABLE = 10;

    /** A rectangle on the map. */
    record Box(double x, double y, double width, double height) {
        double right() {
            return x + width;
        }

        double bottom() {
            return y + height;
        }

        double centerX() {
            return x + width / 2;
        }

        double centerY() {
            return y + height / 2;
        }

        static Box of(JourneyMapGeometry.Box box) {
            return new Box(box.x(), box.y(), box.width(), box.height());
        }
    }

    /** A box and the lines of its label, as wrapped to fit it. */
    record Cell(Box box, List<String> lines, List<String> detail) {
    }

    /** A lane: where its name stands, the band across the map that holds its row, its name's lines. */
    record Lane(Box name, Box band, List<String> lines) {
    }

    /**
     * A line to draw from point to point (x, y, x, y, ...), the element it shows and, for a
     * handover, the middle of its label (null for a line without one).
     */
    record Route(EObject element, List<double[]> points, double[] label) {
    }

    final List<Touchpoint> steps;
    /** Each step's place in {@link #steps}, looked up per step as the map is drawn. */
    private final Map<Touchpoint, Integer> columns = new HashMap<>();
    final Map<EObject, Cell> cells = new LinkedHashMap<>();
    final Map<Organisation, Lane> lanes = new LinkedHashMap<>();
    final List<Route> routes = new ArrayList<>();
    /** Where the lanes begin: above them the phases' names. */
    final double headerHeight;
    /** The bottom of the journey's frame, under which the notes stand. */
    final double lanesBottom;
    /** Where the phases begin, right of the lanes' names: the emotion curve's scale fits left of it. */
    final double left;
    final double width;
    final double height;

    private JourneyGrid(JourneyMapGeometry geometry, Journey journey, Map<EObject, List<List<String>>> text, Locale locale) {
        steps = geometry.sequence();
        steps.forEach(step -> columns.put(step, columns.size()));
        for (Phase phase : journey.getPhases()) {
            cells.put(phase, cell(geometry, phase, text));
        }
        for (Touchpoint step : steps) {
            cells.put(step, cell(geometry, step, text));
        }
        journey.getPainPoints().forEach(note -> cells.put(note, cell(geometry, note, text)));
        journey.getImprovements().forEach(note -> cells.put(note, cell(geometry, note, text)));
        for (JourneyMapGeometry.Lane lane : geometry.lanes()) {
            lanes.put(lane.organisation(), new Lane(Box.of(lane.name()), Box.of(lane.band()), laneLines(lane.organisation(), locale)));
        }
        geometry.routes().forEach((handover, route) -> {
            String label = handoverLabel(handover, locale);
            Point centre = JourneyMapGeometry.labelCentre(route.points(), new Size((int) Math.ceil(TextMeasure.width(label, HANDOVER_SIZE, false)),
                    (int) lineHeight(HANDOVER_SIZE)));
            routes.add(new Route(handover, points(route), new double[] { centre.x(), centre.y() }));
        });
        geometry.links().forEach((ends, route) -> routes.add(new Route(ends.get(0), points(route), null)));
        Box frame = Box.of(geometry.box(journey));
        lanesBottom = frame.bottom();
        headerHeight = lanes.values().stream().mapToDouble(lane -> lane.band().y()).min().orElse(frame.y());
        left = journey.getPhases().stream().mapToDouble(phase -> cells.get(phase).box().x()).min().orElse(frame.x())
                - JourneyMapGeometry.PHASE_GAP / 2.0;
        width = cells.values().stream().mapToDouble(cell -> cell.box().right()).max().orElse(0) + JourneyMapGeometry.MARGIN;
        height = Math.max(frame.bottom(), cells.values().stream().mapToDouble(cell -> cell.box().bottom()).max().orElse(0))
                + JourneyMapGeometry.MARGIN;
    }

    static JourneyGrid of(Journey journey, Locale locale) {
        Map<EObject, List<List<String>>> text = new HashMap<>();
        JourneyMapGeometry geometry = JourneyMapGeometry.of(journey, List.of(), new JourneyMapGeometry.Measure() {
            @Override
            public Size label(EObject element) {
                List<List<String>> lines = text.computeIfAbsent(element, key -> wrap(key, locale));
                return size(lines, styles(element));
            }

            @Override
            public Size unrecordedLaneLabel() {
                return size(List.of(laneLines(null, locale)), List.of(LANE));
            }

            @Override
            public Insets insets(EObject container) {
                return Insets.NONE;
            }
        });
        return new JourneyGrid(geometry, journey, text, locale);
    }

    /** The narrowest the map is shown on screen: narrower, its smallest text would be less than {@link #READABLE} px high. */
    double minWidth() {
        return Math.ceil(width * READABLE / SMALLEST_SIZE);
    }

    /**
     * The attributes of the root of an SVG drawn on this grid: its size, and the width the
     * page's style keeps it at least (a custom property, so that print can let it go).
     */
    String svgSize() {
        return String.format(Locale.ROOT, "width=\"%.0f\" style=\"--min-width:%.0fpx\"", width, minWidth());
    }

    /** A step's column: steps run left to right in written order. */
    int column(Touchpoint step) {
        return columns.get(step);
    }

    /** The x of the middle of a step's box, where the emotion curve puts its point. */
    double columnCenter(Touchpoint step) {
        return cells.get(step).box().centerX();
    }

    /** The x where a phase begins. */
    double phaseStart(Phase phase) {
        return cells.get(phase).box().x();
    }

    private static Cell cell(JourneyMapGeometry geometry, EObject element, Map<EObject, List<List<String>>> text) {
        List<List<String>> lines = text.getOrDefault(element, List.of());
        return new Cell(Box.of(geometry.box(element)), lines.isEmpty() ? List.of() : lines.get(0),
                lines.size() > 1 ? lines.get(1) : List.of());
    }

    /**
     * An element's label as the report draws it, in blocks of lines: a touchpoint's name and its
     * channel, a phase's or a note's name; nothing for the journey, whose name heads its section.
     */
    private static List<List<String>> wrap(EObject element, Locale locale) {
        if (element instanceof Touchpoint step) {
            List<String> name = TextMeasure.wrap(Labels.of(step), NAME.size(), NAME.bold(), TEXT_WIDTH);
            return step.isSetChannel()
                    ? List.of(name, TextMeasure.wrap(EditLabels.literal(step.getChannel(), locale), DETAIL.size(), DETAIL.bold(), TEXT_WIDTH))
                    : List.of(name);
        }
        if (element instanceof Phase phase) {
            return List.of(TextMeasure.wrap(Labels.of(phase), PHASE.size(), PHASE.bold(), PHASE_TEXT_WIDTH));
        }
        if (element instanceof PainPoint || element instanceof Improvement) {
            return List.of(TextMeasure.wrap(Labels.of(element), NOTE.size(), NOTE.bold(), TEXT_WIDTH));
        }
        if (element instanceof Organisation lane) {
            return List.of(laneLines(lane, locale));
        }
        return List.of();
    }

    /** A handover's label: its kind ("Warm", "Koud"), or "?" where that is not recorded. */
    static String handoverLabel(Handover handover, Locale locale) {
        return HandoverStyle.of(handover) == HandoverStyle.NOT_RECORDED ? "?" : JourneyLabels.handover(handover, locale);
    }

    private static List<String> laneLines(Organisation lane, Locale locale) {
        return TextMeasure.wrap(JourneyLanes.name(lane, locale), LANE.size(), LANE.bold(), LANE_TEXT_WIDTH);
    }

    /** How a block of lines is set: its font size, and whether it is bold (names are, details and notes not). */
    private record Style(double size, boolean bold) {
    }

    private static final Style NAME = new Style(NAME_SIZE, true);
    private static final Style DETAIL = new Style(DETAIL_SIZE, false);
    private static final Style PHASE = new Style(PHASE_SIZE, true);
    private static final Style LANE = new Style(LANE_SIZE, true);
    private static final Style NOTE = new Style(NOTE_SIZE, false);

    /** The styles of an element's blocks of lines. */
    private static List<Style> styles(EObject element) {
        return element instanceof Touchpoint ? List.of(NAME, DETAIL)
                : List.of(element instanceof Phase ? PHASE : element instanceof Organisation ? LANE : NOTE);
    }

    private static Size size(List<List<String>> blocks, List<Style> styles) {
        double width = 0;
        double height = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Style style = styles.get(i);
            for (String line : blocks.get(i)) {
                width = Math.max(width, TextMeasure.width(line, style.size(), style.bold()));
            }
            height += blocks.get(i).size() * lineHeight(style.size());
        }
        return new Size((int) Math.ceil(width), (int) Math.ceil(height));
    }

    private static List<double[]> points(JourneyMapGeometry.Route route) {
        return route.points().stream().map(point -> new double[] { point.x(), point.y() }).toList();
    }

    static double lineHeight(double size) {
        return Math.ceil(size * 1.3);
    }
}
