package nl.klantreis.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;

import org.eclipse.emf.ecore.EObject;

import nl.klantreis.model.Handover;
import nl.klantreis.model.Improvement;
import nl.klantreis.model.Journey;
import nl.klantreis.model.NamedElement;
import nl.klantreis.model.Organisation;
import nl.klantreis.model.PainPoint;
import nl.klantreis.model.Phase;
import nl.klantreis.model.Touchpoint;
import nl.klantreis.presentation.JourneyLabels;
import nl.klantreis.presentation.JourneyLanes;

/**
 * The journey map as the grid policy officers know from journey-mapping canvases: one column
 * per step in written order, phases as groups of columns, one lane per organisation of the
 * chain (so a handover to a partner crosses lanes), pain points under the steps they concern
 * and improvements under their pain points. Every position follows from the written order and
 * the organisations; there is no layout to search for, so none is asked of a layout library.
 * Lines run only through the gaps between columns and lanes, never through a box.
 */
final class JourneyGrid {

    /** The lane names on the left; the emotion curve's scale takes the same width, so both align. */
    static final double LEFT = 170;
    static final double COLUMN = 220;
    static final double GAP = 56;
    static final double BOX_WIDTH = COLUMN - GAP;
    static final double PADDING = 8;
    static final double LANE_PADDING = 16;
    static final double CORRIDOR = 28;
    static final double NAME_SIZE = 13;
    static final double DETAIL_SIZE = 11;
    static final double PHASE_SIZE = 14;
    static final double LANE_SIZE = 12;
    static final double NOTE_SIZE = 12;

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
    }

    /** A box and the lines of its label, as wrapped to fit it. */
    record Cell(Box box, List<String> lines, List<String> detail) {
    }

    /** A line to draw from point to point (x, y, x, y, ...), and the element it shows. */
    record Route(EObject element, List<double[]> points) {
    }

    final List<Touchpoint> steps = new ArrayList<>();
    final Map<EObject, Cell> cells = new LinkedHashMap<>();
    final Map<Organisation, Cell> lanes = new LinkedHashMap<>();
    final List<Route> routes = new ArrayList<>();
    private final Map<EObject, Integer> columnOf = new HashMap<>();
    private int columns;
    double headerHeight;
    double lanesBottom;
    private double painPointsBottom;
    double width;
    double height;

    private JourneyGrid() {
    }

    static JourneyGrid of(Journey journey, Locale locale) {
        JourneyGrid grid = new JourneyGrid();
        grid.columns(journey);
        grid.width = LEFT + Math.max(1, grid.columns) * COLUMN;
        List<Span> phases = grid.phases(journey);
        grid.lanes(locale);
        phases.forEach(phase -> grid.cells.put(phase.phase(), new Cell(new Box(gapBefore(phase.start()), 0,
                phase.columns() * COLUMN, grid.lanesBottom), phase.lines(), List.of())));
        grid.painPointsBottom = grid.notes(journey.getPainPoints(), grid.lanesBottom + CORRIDOR, grid::firstTouchpoint);
        double bottom = grid.notes(journey.getImprovements(), grid.painPointsBottom + CORRIDOR, grid::firstPainPoint);
        grid.height = bottom + PADDING;
        grid.handovers(journey);
        grid.noteLinks(journey);
        return grid;
    }

    /** A step's column: steps run left to right in written order. */
    int column(Touchpoint step) {
        return columnOf.get(step);
    }

    /** The x of the middle of a step's column, where the emotion curve puts its point. */
    double columnCenter(Touchpoint step) {
        return LEFT + columnOf.get(step) * COLUMN + COLUMN / 2;
    }

    /** The x where a phase's columns begin. */
    double phaseStart(Phase phase) {
        return cells.get(phase).box().x();
    }

    /** The x of the gap before {@code column}: free of boxes from top to bottom. */
    private static double gapBefore(int column) {
        return LEFT + column * COLUMN;
    }

    private void columns(Journey journey) {
        for (Phase phase : journey.getPhases()) {
            if (phase.getTouchpoints().isEmpty()) {
                columns++; // an empty phase keeps a column of its own, so it is seen
            }
            for (Touchpoint touchpoint : phase.getTouchpoints()) {
                columnOf.put(touchpoint, columns++);
                steps.add(touchpoint);
            }
        }
    }

    /** A phase's columns on the map, and its name as wrapped to their width. */
    private record Span(Phase phase, int start, int columns, List<String> lines) {
    }

    /** The phases' spans of columns; the header is as high as the longest name needs. */
    private List<Span> phases(Journey journey) {
        List<Span> spans = new ArrayList<>();
        int column = 0;
        headerHeight = 2 * PADDING + 2 * lineHeight(PHASE_SIZE);
        for (Phase phase : journey.getPhases()) {
            int span = Math.max(1, phase.getTouchpoints().size());
            List<String> lines = TextMeasure.wrap(JourneyLabels.label(phase), PHASE_SIZE, true, span * COLUMN - 2 * PADDING);
            headerHeight = Math.max(headerHeight, 2 * PADDING + lines.size() * lineHeight(PHASE_SIZE));
            spans.add(new Span(phase, column, span, lines));
            column += span;
        }
        return spans;
    }

    private void lanes(Locale locale) {
        Map<Organisation, List<Touchpoint>> byOrganisation = new LinkedHashMap<>();
        for (Touchpoint step : steps) {
            byOrganisation.computeIfAbsent(JourneyLanes.laneOf(step), key -> new ArrayList<>()).add(step);
        }
        double y = headerHeight;
        for (Map.Entry<Organisation, List<Touchpoint>> lane : byOrganisation.entrySet()) {
            double tallest = 0;
            Map<Touchpoint, Cell> laid = new LinkedHashMap<>();
            for (Touchpoint step : lane.getValue()) {
                List<String> name = TextMeasure.wrap(JourneyLabels.label(step), NAME_SIZE, true, BOX_WIDTH - 2 * PADDING);
                List<String> detail = step.isSetChannel()
                        ? TextMeasure.wrap(JourneyLabels.literal(step.getChannel(), locale), DETAIL_SIZE, false, BOX_WIDTH - 2 * PADDING)
                        : List.of();
                double height = 2 * PADDING + name.size() * lineHeight(NAME_SIZE) + detail.size() * lineHeight(DETAIL_SIZE);
                tallest = Math.max(tallest, height);
                laid.put(step, new Cell(new Box(gapBefore(columnOf.get(step)) + GAP / 2, y + LANE_PADDING, BOX_WIDTH, height), name, detail));
            }
            String label = JourneyLanes.name(lane.getKey(), locale);
            List<String> lines = TextMeasure.wrap(label, LANE_SIZE, true, LEFT - 2 * PADDING);
            double laneHeight = Math.max(tallest, lines.size() * lineHeight(LANE_SIZE)) + 2 * LANE_PADDING;
            lanes.put(lane.getKey(), new Cell(new Box(0, y, width, laneHeight), lines, List.of()));
            cells.putAll(laid);
            y += laneHeight;
        }
        lanesBottom = y;
    }

    /** Notes in a row from {@code top}, each under the column {@code place} gives it, stacked; returns the row's bottom. */
    private <T extends NamedElement> double notes(List<T> notes, double top, ToIntFunction<T> place) {
        Map<Integer, Double> nextY = new HashMap<>();
        double bottom = top - CORRIDOR;
        for (T note : notes) {
            int column = place.applyAsInt(note);
            columnOf.put(note, column);
            List<String> lines = TextMeasure.wrap(JourneyLabels.label(note), NOTE_SIZE, false, BOX_WIDTH - 2 * PADDING);
            double y = nextY.getOrDefault(column, top);
            Box box = new Box(gapBefore(column) + GAP / 2, y, BOX_WIDTH, 2 * PADDING + lines.size() * lineHeight(NOTE_SIZE));
            cells.put(note, new Cell(box, lines, List.of()));
            nextY.put(column, box.bottom() + PADDING);
            bottom = Math.max(bottom, box.bottom());
        }
        return bottom;
    }

    /** The column of the first step a pain point concerns (the first column if it names none). */
    private int firstTouchpoint(PainPoint painPoint) {
        return firstColumn(painPoint.getTouchpoints());
    }

    private int firstPainPoint(Improvement improvement) {
        return firstColumn(improvement.getAddresses());
    }

    private int firstColumn(List<? extends EObject> elements) {
        return elements.stream().map(columnOf::get).filter(column -> column != null).min(Integer::compare).orElse(0);
    }

    /**
     * A handover leaves its step to the right and enters the next one from the left; between
     * neighbouring steps it turns in the gap between them, further it runs along the bottom of
     * the target's lane, which holds no box.
     */
    private void handovers(Journey journey) {
        int n = 0;
        for (Handover handover : journey.getHandovers()) {
            Cell source = cells.get(handover.getSource());
            Cell target = cells.get(handover.getTarget());
            if (source == null || target == null) {
                continue;
            }
            Touchpoint to = handover.getTarget();
            double shift = (n++ % 3 - 1) * 5; // lines sharing a gap or a lane's bottom stay apart
            Box s = source.box();
            Box t = target.box();
            int fromColumn = columnOf.get(handover.getSource());
            int toColumn = columnOf.get(handover.getTarget());
            double out = gapBefore(fromColumn + 1) + shift;
            List<double[]> points = new ArrayList<>();
            points.add(new double[] { s.right(), s.centerY() });
            if (toColumn == fromColumn + 1) {
                if (s.centerY() != t.centerY()) {
                    points.add(new double[] { out, s.centerY() });
                    points.add(new double[] { out, t.centerY() });
                }
            } else {
                double along = lanes.get(JourneyLanes.laneOf(to)).box().bottom() - LANE_PADDING / 2 + shift / 2;
                double in = gapBefore(toColumn) + shift;
                points.add(new double[] { out, s.centerY() });
                points.add(new double[] { out, along });
                points.add(new double[] { in, along });
                points.add(new double[] { in, t.centerY() });
            }
            points.add(new double[] { t.x(), t.centerY() });
            routes.add(new Route(handover, points));
        }
    }

    /**
     * A pain point reaches its steps through the corridor under the lanes, then straight up its
     * step's column (the only box in a column is its step); an improvement reaches its pain
     * points through the corridor under the pain points and the gap right of their column.
     */
    private void noteLinks(Journey journey) {
        for (PainPoint painPoint : journey.getPainPoints()) {
            for (Touchpoint touchpoint : painPoint.getTouchpoints()) {
                Cell step = cells.get(touchpoint);
                if (step != null) {
                    noteLink(painPoint, lanesBottom + CORRIDOR / 2, new double[] { step.box().centerX(), lanesBottom + CORRIDOR / 2 },
                            new double[] { step.box().centerX(), step.box().bottom() });
                }
            }
        }
        for (Improvement improvement : journey.getImprovements()) {
            for (PainPoint painPoint : improvement.getAddresses()) {
                Cell pain = cells.get(painPoint);
                if (pain != null) {
                    double right = gapBefore(columnOf.get(painPoint) + 1) - GAP / 4;
                    noteLink(improvement, painPointsBottom + CORRIDOR / 2, new double[] { right, painPointsBottom + CORRIDOR / 2 },
                            new double[] { right, pain.box().centerY() }, new double[] { pain.box().right(), pain.box().centerY() });
                }
            }
        }
    }

    /** From a note's left side into the gap before its column, down or up to {@code corridor}, then on through {@code rest}. */
    private void noteLink(NamedElement note, double corridor, double[]... rest) {
        Box box = cells.get(note).box();
        double left = gapBefore(columnOf.get(note)) + GAP / 4;
        List<double[]> points = new ArrayList<>(List.of(new double[] { box.x(), box.centerY() },
                new double[] { left, box.centerY() }, new double[] { left, corridor }));
        points.addAll(List.of(rest));
        routes.add(new Route(note, points));
    }

    static double lineHeight(double size) {
        return Math.ceil(size * 1.3);
    }
}
