package nl.klantreis.design.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Insets;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.ecore.EObject;

import nl.klantreis.model.Handover;
import nl.klantreis.model.Improvement;
import nl.klantreis.model.Journey;
import nl.klantreis.model.KeyPerson;
import nl.klantreis.model.Organisation;
import nl.klantreis.model.PainPoint;
import nl.klantreis.model.Phase;
import nl.klantreis.model.Touchpoint;
import nl.klantreis.presentation.JourneyLanes;

/**
 * Where each element of a journey map goes, as a journey map reads (and as the report draws
 * it): the phases left to right in written order, in each phase its touchpoints left to right
 * in written order, each in the row of its organisation's lane (the lanes in the order the
 * journey meets them, their names on the left), so that a handover to a chain partner crosses
 * lanes; under the journey a row of pain points and key persons, each under the first
 * touchpoint it concerns, and a row of improvements under the pain points they address.
 * Touchpoints stand apart so that a handover's arrow and label fit between them; every box is
 * as wide as its label and leaves its top corners free for marks.
 * Bounds are relative to the container's content area, as GMF keeps them.
 */
final class JourneyMapGrid {

    /** Between two touchpoints: the handover's arrow and its label ("Warm", "Koud"). */
    static final int HANDOVER_GAP = 64;
    /** Room at each top corner of a box for a mark (16 px) and its margin. */
    static final int MARK = 22;
    static final int ICON = 20;
    static final int PADDING = 16;
    static final int PHASE_GAP = 24;
    static final int ROW_GAP = 48;
    static final int SIDE_GAP = 24;
    static final int MARGIN = 20;
    static final int MIN_TOUCHPOINT_WIDTH = 160;
    static final int MIN_NOTE_WIDTH = 120;
    /** A track under a lane of touchpoints, where a handover that skips touchpoints runs. */
    static final int LANE = 26;
    /** Between the rows of two organisations' lanes (besides their tracks). */
    static final int LANE_GAP = 40;
    /** The track of a handover to the next touchpoint: none, it runs through the gap between the two. */
    private static final int[] NEXT = {};

    /** The route of a handover: where it leaves and enters its boxes (GMF terminals) and its points. */
    record Route(String sourceTerminal, String targetTerminal, List<Point> points) {
    }

    private final Journey journey;
    private final Function<EObject, Dimension> labelSize;
    private final Dimension unrecordedLaneLabel;
    private Rectangle unrecordedLane;
    private final Function<EObject, Insets> containerInsets;
    private final Map<EObject, Rectangle> bounds = new LinkedHashMap<>();
    private final Map<EObject, Rectangle> absolute = new LinkedHashMap<>();
    private final Map<Handover, Route> routes = new LinkedHashMap<>();
    private final Map<List<EObject>, Route> links = new LinkedHashMap<>();
    /** Per handover: {@link #NEXT}, or the lane under which it runs and its track there. */
    private final Map<Handover, int[]> tracks = new LinkedHashMap<>();
    private List<Touchpoint> sequence = List.of();
    private List<Organisation> lanes = List.of();
    /** The top of each lane's row in a phase's content area. */
    private int[] laneTops = {};

    /**
     * @param labelSize           the size of an element's label text as it is drawn
     * @param unrecordedLaneLabel the size of the name of the lane of touchpoints without a recorded organisation
     * @param containerInsets     what a container's figure takes around its content (label, border)
     */
    JourneyMapGrid(Journey journey, Function<EObject, Dimension> labelSize, Dimension unrecordedLaneLabel,
            Function<EObject, Insets> containerInsets) {
        this.journey = journey;
        this.labelSize = labelSize;
        this.unrecordedLaneLabel = unrecordedLaneLabel;
        this.containerInsets = containerInsets;
    }

    /** The bounds of every placed element, relative to its container's content area. */
    Map<EObject, Rectangle> layout(List<KeyPerson> keyPersons) {
        placeJourney();
        Rectangle map = absolute.get(journey);
        int y = map.bottom() + ROW_GAP;
        // Pain points and key persons both point at touchpoints: one row right under the map, so
        // that no link of theirs runs through another note.
        List<EObject> atTouchpoints = new ArrayList<>(journey.getPainPoints());
        atTouchpoints.addAll(keyPersons);
        atTouchpoints.sort(Comparator.comparingInt(note -> anchor(note).map(box -> box.x).orElse(Integer.MAX_VALUE)));
        int notesTop = y;
        y = placeRow(atTouchpoints, y);
        placeRow(new ArrayList<>(journey.getImprovements()), y);
        routeLinks(keyPersons, notesTop - ROW_GAP, y - ROW_GAP);
        return bounds;
    }

    /** The bounds of the name of the lane of touchpoints without a recorded organisation, if there is one. */
    Rectangle unrecordedLane() {
        return unrecordedLane;
    }

    /** The routes of the journey's handovers, known after {@link #layout(List)}. */
    Map<Handover, Route> routes() {
        return routes;
    }

    /**
     * The routes of the links between notes and touchpoints (pain point to touchpoint, touchpoint
     * to key person, improvement to pain point), by their ends as the edge runs, known after
     * {@link #layout(List)}.
     */
    Map<List<EObject>, Route> links() {
        return links;
    }

    /**
     * A note's link goes up from the note's top: straight up when what it concerns stands right
     * above it, otherwise through the free row above the notes and then straight up the column
     * of what it concerns, where no other box stands. Each link has its own track in that row.
     */
    private void routeLinks(List<KeyPerson> keyPersons, int touchpointsBottom, int painPointsBottom) {
        int track = 0;
        for (PainPoint painPoint : journey.getPainPoints()) {
            for (Touchpoint touchpoint : painPoint.getTouchpoints()) {
                link(painPoint, touchpoint, UP_TO_TOUCHPOINT, touchpointsBottom, track++, false);
            }
        }
        for (Touchpoint touchpoint : sequence) {
            for (KeyPerson keyPerson : touchpoint.getKeyPersons()) {
                if (keyPersons.contains(keyPerson)) {
                    link(keyPerson, touchpoint, UP_TO_KEY_PERSON, touchpointsBottom, track++, true);
                }
            }
        }
        track = 0;
        for (Improvement improvement : journey.getImprovements()) {
            for (PainPoint painPoint : improvement.getAddresses()) {
                link(improvement, painPoint, 0.5, painPointsBottom, track++, false);
            }
        }
    }

    /** Where a pain point's link reaches a touchpoint's bottom, apart from the handovers' (0.4 and 0.6). */
    private static final double UP_TO_TOUCHPOINT = 0.5;
    private static final double UP_TO_KEY_PERSON = 0.8;

    private void link(EObject low, EObject high, double highX, int corridorTop, int track, boolean downwards) {
        Rectangle from = absolute.get(low);
        Rectangle to = absolute.get(high);
        if (from == null || to == null) {
            return;
        }
        int x = to.x + (int) Math.round(to.width * highX);
        List<Point> points = new ArrayList<>();
        int start = x >= from.x + PADDING && x <= from.right() - PADDING ? x : from.x + from.width / 2;
        points.add(new Point(start, from.y));
        if (start != x) {
            int y = corridorTop + PADDING / 2 + (track % 5) * 7;
            points.add(new Point(start, y));
            points.add(new Point(x, y));
        }
        points.add(new Point(x, to.bottom()));
        String lowTerminal = terminal((start - from.x) / (double) from.width, 0);
        String highTerminal = terminal(highX, 1);
        if (downwards) {
            Collections.reverse(points);
            links.put(List.of(high, low), new Route(highTerminal, lowTerminal, points));
        } else {
            links.put(List.of(low, high), new Route(lowTerminal, highTerminal, points));
        }
    }

    /** A GMF terminal: where on its box, as fractions of its width and height, an edge ends. */
    private static String terminal(double x, double y) {
        return String.format(Locale.ROOT, "(%.3f,%.1f)", x, y);
    }

    private void placeJourney() {
        sequence = journey.getPhases().stream().flatMap(phase -> phase.getTouchpoints().stream()).toList();
        lanes = JourneyLanes.of(journey);
        int[] corridors = assignTracks();
        int touchpointHeight = sequence.stream().mapToInt(touchpoint -> labelSize.apply(touchpoint).height + 2 * PADDING).max()
                .orElse(0);
        // Each lane is a row of its organisation's touchpoints; under it runs a corridor, free of
        // boxes, that holds the lines of handovers skipping touchpoints.
        laneTops = new int[lanes.size()];
        // a container's label is drawn over the top of its content: the rows start below the phases' names
        int phaseLabel = journey.getPhases().stream().mapToInt(phase -> labelSize.apply(phase).height).max().orElse(0);
        int y = PADDING / 2 + phaseLabel + PADDING / 2;
        for (int lane = 0; lane < lanes.size(); lane++) {
            laneTops[lane] = y;
            y += touchpointHeight + corridors[lane] * LANE + (lane < lanes.size() - 1 ? LANE_GAP : PADDING);
        }
        int lanesHeight = lanes.isEmpty() ? touchpointHeight + 2 * PADDING : y;
        Insets journeyInsets = containerInsets.apply(journey);
        int laneNameWidth = lanes.stream().mapToInt(lane -> Math.max(MIN_NOTE_WIDTH, laneLabel(lane).width + 2 * PADDING))
                .max().orElse(0);
        int x = laneNameWidth == 0 ? PADDING : PADDING + laneNameWidth + PHASE_GAP;
        int phasesTop = PADDING / 2 + labelSize.apply(journey).height + PADDING / 2;
        int contentHeight = 0;
        for (Phase phase : journey.getPhases()) {
            Insets phaseInsets = containerInsets.apply(phase);
            int inner = PADDING;
            for (Touchpoint touchpoint : phase.getTouchpoints()) {
                int width = Math.max(MIN_TOUCHPOINT_WIDTH, labelSize.apply(touchpoint).width + ICON + 2 * MARK);
                bounds.put(touchpoint, new Rectangle(inner, laneTops[laneOf(touchpoint)], width,
                        touchpointHeight));
                inner += width + HANDOVER_GAP;
            }
            int contentWidth = phase.getTouchpoints().isEmpty() ? MIN_TOUCHPOINT_WIDTH + 2 * PADDING
                    : inner - HANDOVER_GAP + PADDING;
            int width = Math.max(contentWidth + phaseInsets.getWidth(), labelSize.apply(phase).width + ICON + 2 * MARK);
            int height = lanesHeight + phaseInsets.getHeight();
            bounds.put(phase, new Rectangle(x, phasesTop, width, height));
            contentHeight = Math.max(contentHeight, height);
            x += width + PHASE_GAP;
        }
        // A lane's name stands left of the phases, level with its row of touchpoints.
        int phaseTop = phasesTop + (journey.getPhases().isEmpty() ? 0 : containerInsets.apply(journey.getPhases().get(0)).top);
        for (int lane = 0; lane < lanes.size(); lane++) {
            Rectangle name = new Rectangle(PADDING, phaseTop + laneTops[lane], laneNameWidth, touchpointHeight);
            if (lanes.get(lane) == null) {
                unrecordedLane = name;
            } else {
                bounds.put(lanes.get(lane), name);
            }
        }
        int contentWidth = journey.getPhases().isEmpty() ? MIN_TOUCHPOINT_WIDTH : x - PHASE_GAP + PADDING;
        int width = Math.max(contentWidth + journeyInsets.getWidth(), labelSize.apply(journey).width + ICON + 2 * MARK);
        bounds.put(journey, new Rectangle(MARGIN, MARGIN, width, phasesTop + contentHeight + PADDING + journeyInsets.getHeight()));
        absolute.put(journey, bounds.get(journey));
        for (Phase phase : journey.getPhases()) {
            absolute.put(phase, inside(journey, phase));
            phase.getTouchpoints().forEach(touchpoint -> absolute.put(touchpoint, inside(phase, touchpoint)));
        }
        tracks.forEach((handover, track) -> routes.put(handover, route(handover, track)));
    }

    /**
     * A handover to the next touchpoint runs through the gap between the two; one that skips
     * touchpoints (or goes back) runs along the corridor under the lower of their lanes, on a
     * track of its own so that no other such handover runs on top of it. Returns the number of
     * tracks under each lane.
     */
    private int[] assignTracks() {
        List<List<List<int[]>>> taken = new ArrayList<>();
        lanes.forEach(lane -> taken.add(new ArrayList<>()));
        for (Handover handover : journey.getHandovers()) {
            int from = sequence.indexOf(handover.getSource());
            int to = sequence.indexOf(handover.getTarget());
            if (from < 0 || to < 0) {
                continue;
            }
            if (to == from + 1) {
                tracks.put(handover, NEXT);
                continue;
            }
            int[] span = { Math.min(from, to), Math.max(from, to) };
            int corridor = Math.max(laneOf(handover.getSource()), laneOf(handover.getTarget()));
            List<List<int[]>> corridorTracks = taken.get(corridor);
            int track = 0;
            while (track < corridorTracks.size()
                    && corridorTracks.get(track).stream().anyMatch(other -> other[0] <= span[1] && span[0] <= other[1])) {
                track++;
            }
            if (track == corridorTracks.size()) {
                corridorTracks.add(new ArrayList<>());
            }
            corridorTracks.get(track).add(span);
            tracks.put(handover, new int[] { corridor, track });
        }
        return taken.stream().mapToInt(List::size).toArray();
    }

    private Dimension laneLabel(Organisation lane) {
        return lane == null ? unrecordedLaneLabel : labelSize.apply(lane);
    }

    private int laneOf(Touchpoint touchpoint) {
        return lanes.indexOf(JourneyLanes.laneOf(touchpoint));
    }

    private Route route(Handover handover, int[] track) {
        Rectangle source = absolute.get(handover.getSource());
        Rectangle target = absolute.get(handover.getTarget());
        if (track == NEXT) {
            int sourceY = source.y + source.height / 2;
            int targetY = target.y + target.height / 2;
            if (sourceY == targetY) {
                return new Route("(1.0,0.5)", "(0.0,0.5)", List.of(new Point(source.right(), sourceY), new Point(target.x, targetY)));
            }
            // to a partner's lane: across the lanes in the gap between the two, which holds no box
            int gap = (source.right() + target.x) / 2;
            return new Route("(1.0,0.5)", "(0.0,0.5)", List.of(new Point(source.right(), sourceY), new Point(gap, sourceY),
                    new Point(gap, targetY), new Point(target.x, targetY)));
        }
        // Down (or up) its own touchpoint's column, which holds no other box, to the corridor;
        // leave right of the middle, arrive left of it: a box that both receives and hands over
        // keeps the two lines apart.
        int sourceX = source.x + source.width * 3 / 5;
        int targetX = target.x + target.width * 2 / 5;
        int corridorTop = absolute.get(journey.getPhases().get(0)).y + containerInsets.apply(journey.getPhases().get(0)).top
                + laneTops[track[0]] + source.height;
        int trackY = corridorTop + PADDING / 2 + LANE * track[1] + LANE / 2;
        return new Route("(0.6,1.0)", "(0.4,1.0)", List.of(new Point(sourceX, source.bottom()), new Point(sourceX, trackY),
                new Point(targetX, trackY), new Point(targetX, target.bottom())));
    }

    private Rectangle inside(EObject container, EObject child) {
        Rectangle parent = absolute.get(container);
        Insets insets = containerInsets.apply(container);
        return bounds.get(child).getTranslated(parent.x + insets.left, parent.y + insets.top);
    }

    /**
     * Places notes (pain points, improvements, key persons) in one row at {@code y}, each under
     * what it concerns, pushed right where the one before is in the way; returns the next row's y.
     */
    private int placeRow(List<EObject> notes, int y) {
        int right = MARGIN - SIDE_GAP;
        int bottom = y;
        for (EObject note : notes) {
            Dimension label = labelSize.apply(note);
            int width = Math.max(MIN_NOTE_WIDTH, label.width + ICON + 2 * PADDING);
            int height = label.height + 2 * PADDING;
            int x = Math.max(anchor(note).map(target -> target.x).orElse(right + SIDE_GAP), right + SIDE_GAP);
            Rectangle box = new Rectangle(x, y, width, height);
            bounds.put(note, box);
            absolute.put(note, box);
            right = box.right();
            bottom = Math.max(bottom, box.bottom());
        }
        return bottom + ROW_GAP;
    }

    /** What a note stands under: the first touchpoint it concerns, or the first pain point it addresses. */
    private Optional<Rectangle> anchor(EObject note) {
        Stream<? extends EObject> concerned;
        if (note instanceof PainPoint painPoint) {
            concerned = painPoint.getTouchpoints().stream();
        } else if (note instanceof Improvement improvement) {
            concerned = improvement.getAddresses().stream();
        } else {
            concerned = journey.getPhases().stream().flatMap(phase -> phase.getTouchpoints().stream())
                    .filter(touchpoint -> touchpoint.getKeyPersons().contains(note));
        }
        return concerned.map(absolute::get).filter(Objects::nonNull).findFirst();
    }
}
