/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.presentation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;

import nl.klantreis.model.Handover;
import nl.klantreis.model.Improvement;
import nl.klantreis.model.Journey;
import nl.klantreis.model.KeyPerson;
import nl.klantreis.model.Organisation;
import nl.klantreis.model.PainPoint;
import nl.klantreis.model.Phase;
import nl.klantreis.model.Touchpoint;

/**
 * Where each element of a journey map goes, for every medium that draws one (the Sirius map
 * and the report's SVG): the phases left to right in written order, in each phase its
 * touchpoints left to right in written order, each in the row of its organisation's lane (the
 * lanes in the order the journey meets them, their names on the left), so that a handover to a
 * chain partner crosses lanes; under the journey a row of pain points and key persons, each
 * under the first touchpoint it concerns, and a row of improvements under the pain points they
 * address. Touchpoints stand apart so that a handover's arrow and label fit between them; every
 * box is as wide as its label and leaves its top corners free for marks. Every line runs
 * through gaps and corridors that hold no box.
 * <p>
 * UI-free: what a medium knows about its text and its containers comes in through a
 * {@link Measure}. Bounds are kept both relative to the container's content area (as GMF keeps
 * them) and absolute (as SVG draws them).
 */
public final class JourneyMapGeometry {

    /** Between two touchpoints: the handover's arrow and its label ("Warm", "Koud"). */
    public static final int HANDOVER_GAP = 64;
    /** Room at each top corner of a box for a mark (16 px) and its margin. */
    public static final int MARK = 22;
    public static final int ICON = 20;
    public static final int PADDING = 16;
    public static final int PHASE_GAP = 24;
    public static final int ROW_GAP = 48;
    public static final int SIDE_GAP = 24;
    public static final int MARGIN = 20;
    public static final int MIN_TOUCHPOINT_WIDTH = 160;
    public static final int MIN_NOTE_WIDTH = 120;
    /** A track under a lane of touchpoints, where a handover that skips touchpoints runs. */
    public static final int LANE = 26;
    /** Between the rows of two organisations' lanes (besides their tracks). */
    public static final int LANE_GAP = 40;
    /** Between an edge's label and its line. */
    public static final int LABEL_GAP = 3;
    /** The track of a handover to the next touchpoint: none, it runs through the gap between the two. */
    private static final int[] NEXT = {};
    /** Where a pain point's link reaches a touchpoint's bottom, apart from the handovers' (0.4 and 0.6). */
    private static final double UP_TO_TOUCHPOINT = 0.5;
    private static final double UP_TO_KEY_PERSON = 0.8;

    /** The size of a label's text as a medium draws it. */
    public record Size(int width, int height) {
    }

    /** What a container's figure takes around its content (label, border). */
    public record Insets(int top, int left, int bottom, int right) {

        public static final Insets NONE = new Insets(0, 0, 0, 0);

        int width() {
            return left + right;
        }

        int height() {
            return top + bottom;
        }
    }

    /** A point on the map. */
    public record Point(int x, int y) {
        public double distance(Point other) {
            return Math.hypot(other.x - x, other.y - y);
        }
    }

    /** A rectangle on the map. */
    public record Box(int x, int y, int width, int height) {
        public int right() {
            return x + width;
        }

        public int bottom() {
            return y + height;
        }

        public int centerX() {
            return x + width / 2;
        }

        public int centerY() {
            return y + height / 2;
        }

        Box translated(int dx, int dy) {
            return new Box(x + dx, y + dy, width, height);
        }
    }

    /**
     * The route of a line: where it leaves and enters its boxes (as fractions of their width and
     * height, "(x,y)", GMF's terminals) and its points, absolute, the first and last on the boxes.
     */
    public record Route(String sourceTerminal, String targetTerminal, List<Point> points) {
    }

    /**
     * A lane: its organisation (null for the steps whose organisation is not recorded), where its
     * name stands and the band across the map that holds its row of touchpoints and the corridor
     * under it, absolute.
     */
    public record Lane(Organisation organisation, Box name, Box band) {
    }

    /**
     * Where a touchpoint stands on a map, as a reader sees it: its lane (0 for the top one) and its
     * column (0 for the leftmost touchpoint). Two media agree on a map when they give every
     * touchpoint the same placement.
     */
    public record Placement(int lane, int column) {
    }

    /** What a medium knows about the text it draws and the containers it draws around it. */
    public interface Measure {
        /** No text and no containers' borders: for what does not depend on them, such as {@link #placements()}. */
        Measure UNMEASURED = new Measure() {
            @Override
            public Size label(EObject element) {
                return new Size(0, 0);
            }

            @Override
            public Size unrecordedLaneLabel() {
                return new Size(0, 0);
            }

            @Override
            public Insets insets(EObject container) {
                return Insets.NONE;
            }
        };

        /** The size of an element's label text as it is drawn. */
        Size label(EObject element);

        /** The size of the name of the lane of touchpoints without a recorded organisation. */
        Size unrecordedLaneLabel();

        /** What a container's figure (the journey's, a phase's) takes around its content. */
        Insets insets(EObject container);
    }

    private final Journey journey;
    private final Measure measure;
    private Box unrecordedLane;
    private final Map<EObject, Box> bounds = new LinkedHashMap<>();
    private final Map<EObject, Box> absolute = new LinkedHashMap<>();
    private final Map<Handover, Route> routes = new LinkedHashMap<>();
    private final Map<List<EObject>, Route> links = new LinkedHashMap<>();
    /** Per handover: {@link #NEXT}, or the lane under which it runs and its track there. */
    private final Map<Handover, int[]> tracks = new LinkedHashMap<>();
    private final List<Lane> laneBands = new ArrayList<>();
    private List<Touchpoint> sequence = List.of();
    private List<Organisation> lanes = List.of();
    /** The top of each lane's row in a phase's content area. */
    private int[] laneTops = {};
    private int touchpointHeight;

    private JourneyMapGeometry(Journey journey, Measure measure) {
        this.journey = journey;
        this.measure = measure;
    }

    /** The map of a journey with the key persons it shows, as {@code measure} measures its text. */
    public static JourneyMapGeometry of(Journey journey, List<KeyPerson> keyPersons, Measure measure) {
        JourneyMapGeometry geometry = new JourneyMapGeometry(journey, measure);
        geometry.layout(keyPersons);
        return geometry;
    }

    /** The bounds of every placed element, relative to its container's content area. */
    public Map<EObject, Box> bounds() {
        return Collections.unmodifiableMap(bounds);
    }

    /** The bounds of a placed element on the map, or null for one that is not placed. */
    public Box box(EObject element) {
        return absolute.get(element);
    }

    /** The bounds of the name of the lane of touchpoints without a recorded organisation (relative), if there is one. */
    public Box unrecordedLane() {
        return unrecordedLane;
    }

    /** The lanes from top to bottom. */
    public List<Lane> lanes() {
        return Collections.unmodifiableList(laneBands);
    }

    /** The touchpoints in written order: phase by phase, left to right. */
    public List<Touchpoint> sequence() {
        return sequence;
    }

    /** The routes of the journey's handovers. */
    public Map<Handover, Route> routes() {
        return Collections.unmodifiableMap(routes);
    }

    /**
     * The routes of the links between notes and touchpoints (pain point to touchpoint, touchpoint
     * to key person, improvement to pain point), by their ends as the line runs.
     */
    public Map<List<EObject>, Route> links() {
        return Collections.unmodifiableMap(links);
    }

    /** The lane and column of each touchpoint, read back from the boxes this geometry gives them. */
    public Map<Touchpoint, Placement> placements() {
        Map<Touchpoint, Box> boxes = new LinkedHashMap<>();
        sequence.forEach(touchpoint -> boxes.put(touchpoint, absolute.get(touchpoint)));
        return placements(boxes);
    }

    /**
     * The placements of touchpoints read back from their boxes as some medium drew them (absolute):
     * a lane is a row of boxes with one top, ranked from the top; a column is a box's rank from the
     * left.
     */
    public static <K> Map<K, Placement> placements(Map<K, Box> drawn) {
        List<Integer> rows = drawn.values().stream().map(Box::y).distinct().sorted().toList();
        List<K> leftToRight = drawn.keySet().stream().sorted(Comparator.comparingInt(key -> drawn.get(key).x())).toList();
        Map<K, Placement> placements = new LinkedHashMap<>();
        drawn.forEach((key, box) -> placements.put(key, new Placement(rows.indexOf(box.y()), leftToRight.indexOf(key))));
        return placements;
    }

    /**
     * Where a line's label goes: the middle of the label beside the middle of the route's longest
     * segment, above a horizontal one, right of a vertical one.
     */
    public static Point labelCentre(List<Point> route, Size label) {
        int longest = 1;
        for (int i = 1; i < route.size(); i++) {
            if (route.get(i - 1).distance(route.get(i)) > route.get(longest - 1).distance(route.get(longest))) {
                longest = i;
            }
        }
        Point from = route.get(longest - 1);
        Point to = route.get(longest);
        boolean horizontal = from.y == to.y;
        return new Point((int) Math.round((from.x + to.x) / 2.0 + (horizontal ? 0 : label.width / 2.0 + LABEL_GAP)),
                (int) Math.round((from.y + to.y) / 2.0 - (horizontal ? label.height / 2.0 + LABEL_GAP : 0)));
    }

    private void layout(List<KeyPerson> keyPersons) {
        placeJourney();
        Box map = absolute.get(journey);
        int y = map.bottom() + ROW_GAP;
        // Pain points and key persons both point at touchpoints: one row right under the map, so
        // that no link of theirs runs through another note.
        List<EObject> atTouchpoints = new ArrayList<>(journey.getPainPoints());
        atTouchpoints.addAll(keyPersons);
        atTouchpoints.sort(Comparator.comparingInt(note -> anchor(note).map(Box::x).orElse(Integer.MAX_VALUE)));
        int notesTop = y;
        y = placeRow(atTouchpoints, y);
        placeRow(new ArrayList<>(journey.getImprovements()), y);
        routeLinks(keyPersons, notesTop - ROW_GAP, y - ROW_GAP);
    }

    private void placeJourney() {
        sequence = journey.getPhases().stream().flatMap(phase -> phase.getTouchpoints().stream()).toList();
        lanes = JourneyLanes.of(journey);
        int[] corridors = assignTracks();
        touchpointHeight = sequence.stream().mapToInt(touchpoint -> measure.label(touchpoint).height() + 2 * PADDING).max().orElse(0);
        // Each lane is a row of its organisation's touchpoints; under it runs a corridor, free of
        // boxes, that holds the lines of handovers skipping touchpoints.
        laneTops = new int[lanes.size() + 1];
        // a container's label is drawn over the top of its content: the rows start below the phases' names
        int phaseLabel = journey.getPhases().stream().mapToInt(phase -> measure.label(phase).height()).max().orElse(0);
        int y = PADDING / 2 + phaseLabel + PADDING / 2;
        for (int lane = 0; lane < lanes.size(); lane++) {
            laneTops[lane] = y;
            y += touchpointHeight + corridors[lane] * LANE + (lane < lanes.size() - 1 ? LANE_GAP : PADDING);
        }
        laneTops[lanes.size()] = y + LANE_GAP - PADDING;
        int lanesHeight = lanes.isEmpty() ? touchpointHeight + 2 * PADDING : y;
        Insets journeyInsets = measure.insets(journey);
        int laneNameWidth = lanes.stream().mapToInt(lane -> Math.max(MIN_NOTE_WIDTH, laneLabel(lane).width() + 2 * PADDING))
                .max().orElse(0);
        int x = laneNameWidth == 0 ? PADDING : PADDING + laneNameWidth + PHASE_GAP;
        int phasesTop = PADDING / 2 + measure.label(journey).height() + PADDING / 2;
        int contentHeight = 0;
        for (Phase phase : journey.getPhases()) {
            Insets phaseInsets = measure.insets(phase);
            int inner = PADDING;
            for (Touchpoint touchpoint : phase.getTouchpoints()) {
                int width = Math.max(MIN_TOUCHPOINT_WIDTH, measure.label(touchpoint).width() + ICON + 2 * MARK);
                bounds.put(touchpoint, new Box(inner, laneTops[laneOf(touchpoint)], width, touchpointHeight));
                inner += width + HANDOVER_GAP;
            }
            int contentWidth = phase.getTouchpoints().isEmpty() ? MIN_TOUCHPOINT_WIDTH + 2 * PADDING : inner - HANDOVER_GAP + PADDING;
            int width = Math.max(contentWidth + phaseInsets.width(), measure.label(phase).width() + ICON + 2 * MARK);
            int height = lanesHeight + phaseInsets.height();
            bounds.put(phase, new Box(x, phasesTop, width, height));
            contentHeight = Math.max(contentHeight, height);
            x += width + PHASE_GAP;
        }
        int contentWidth = journey.getPhases().isEmpty() ? MIN_TOUCHPOINT_WIDTH : x - PHASE_GAP + PADDING;
        int width = Math.max(contentWidth + journeyInsets.width(), measure.label(journey).width() + ICON + 2 * MARK);
        Box map = new Box(MARGIN, MARGIN, width, phasesTop + contentHeight + PADDING + journeyInsets.height());
        bounds.put(journey, map);
        absolute.put(journey, map);
        placeLaneNames(laneNameWidth, phasesTop, map);
        for (Phase phase : journey.getPhases()) {
            absolute.put(phase, inside(journey, phase));
            phase.getTouchpoints().forEach(touchpoint -> absolute.put(touchpoint, inside(phase, touchpoint)));
        }
        tracks.forEach((handover, track) -> routes.put(handover, route(handover, track)));
    }

    /** A lane's name stands left of the phases, level with its row of touchpoints; its band runs across the map. */
    private void placeLaneNames(int laneNameWidth, int phasesTop, Box map) {
        int phaseTop = phasesTop + (journey.getPhases().isEmpty() ? 0 : measure.insets(journey.getPhases().get(0)).top());
        Insets journeyInsets = measure.insets(journey);
        for (int lane = 0; lane < lanes.size(); lane++) {
            Box name = new Box(PADDING, phaseTop + laneTops[lane], laneNameWidth, touchpointHeight);
            if (lanes.get(lane) == null) {
                unrecordedLane = name;
            } else {
                bounds.put(lanes.get(lane), name);
            }
            Box onMap = name.translated(map.x() + journeyInsets.left(), map.y() + journeyInsets.top());
            if (lanes.get(lane) != null) {
                absolute.put(lanes.get(lane), onMap);
            }
            int top = onMap.y() - (lane == 0 ? PADDING / 2 : LANE_GAP / 2);
            int bottom = onMap.y() - laneTops[lane] + laneTops[lane + 1] - LANE_GAP / 2;
            laneBands.add(new Lane(lanes.get(lane), onMap, new Box(map.x(), top, map.width(), bottom - top)));
        }
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

    private Size laneLabel(Organisation lane) {
        return lane == null ? measure.unrecordedLaneLabel() : measure.label(lane);
    }

    private int laneOf(Touchpoint touchpoint) {
        return lanes.indexOf(JourneyLanes.laneOf(touchpoint));
    }

    private Route route(Handover handover, int[] track) {
        Box source = absolute.get(handover.getSource());
        Box target = absolute.get(handover.getTarget());
        if (track == NEXT) {
            int sourceY = source.centerY();
            int targetY = target.centerY();
            if (sourceY == targetY) {
                return new Route("(1.0,0.5)", "(0.0,0.5)", List.of(new Point(source.right(), sourceY), new Point(target.x(), targetY)));
            }
            // to a partner's lane: across the lanes in the gap between the two, which holds no box
            int gap = (source.right() + target.x()) / 2;
            return new Route("(1.0,0.5)", "(0.0,0.5)", List.of(new Point(source.right(), sourceY), new Point(gap, sourceY),
                    new Point(gap, targetY), new Point(target.x(), targetY)));
        }
        // Down (or up) its own touchpoint's column, which holds no other box, to the corridor;
        // leave right of the middle, arrive left of it: a box that both receives and hands over
        // keeps the two lines apart.
        int sourceX = source.x() + source.width() * 3 / 5;
        int targetX = target.x() + target.width() * 2 / 5;
        Phase first = journey.getPhases().get(0);
        int corridorTop = absolute.get(first).y() + measure.insets(first).top() + laneTops[track[0]] + source.height();
        int trackY = corridorTop + PADDING / 2 + LANE * track[1] + LANE / 2;
        return new Route("(0.6,1.0)", "(0.4,1.0)", List.of(new Point(sourceX, source.bottom()), new Point(sourceX, trackY),
                new Point(targetX, trackY), new Point(targetX, target.bottom())));
    }

    private Box inside(EObject container, EObject child) {
        Box parent = absolute.get(container);
        Insets insets = measure.insets(container);
        return bounds.get(child).translated(parent.x() + insets.left(), parent.y() + insets.top());
    }

    /**
     * Places notes (pain points, improvements, key persons) in one row at {@code y}, each under
     * what it concerns, pushed right where the one before is in the way; returns the next row's y.
     */
    private int placeRow(List<EObject> notes, int y) {
        int right = MARGIN - SIDE_GAP;
        int bottom = y;
        for (EObject note : notes) {
            Size label = measure.label(note);
            int width = Math.max(MIN_NOTE_WIDTH, label.width() + ICON + 2 * PADDING);
            int height = label.height() + 2 * PADDING;
            int x = Math.max(anchor(note).map(Box::x).orElse(right + SIDE_GAP), right + SIDE_GAP);
            Box box = new Box(x, y, width, height);
            bounds.put(note, box);
            absolute.put(note, box);
            right = box.right();
            bottom = Math.max(bottom, box.bottom());
        }
        return bottom + ROW_GAP;
    }

    /** What a note stands under: the first touchpoint it concerns, or the first pain point it addresses. */
    private Optional<Box> anchor(EObject note) {
        Stream<? extends EObject> concerned;
        if (note instanceof PainPoint painPoint) {
            concerned = painPoint.getTouchpoints().stream();
        } else if (note instanceof Improvement improvement) {
            concerned = improvement.getAddresses().stream();
        } else {
            concerned = sequence.stream().filter(touchpoint -> touchpoint.getKeyPersons().contains(note));
        }
        return concerned.map(absolute::get).filter(Objects::nonNull).findFirst();
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

    private void link(EObject low, EObject high, double highX, int corridorTop, int track, boolean downwards) {
        Box from = absolute.get(low);
        Box to = absolute.get(high);
        if (from == null || to == null) {
            return;
        }
        int x = to.x() + (int) Math.round(to.width() * highX);
        List<Point> points = new ArrayList<>();
        int start = x >= from.x() + PADDING && x <= from.right() - PADDING ? x : from.centerX();
        points.add(new Point(start, from.y()));
        if (start != x) {
            int y = corridorTop + PADDING / 2 + (track % 5) * 7;
            points.add(new Point(start, y));
            points.add(new Point(x, y));
        }
        points.add(new Point(x, to.bottom()));
        String lowTerminal = terminal((start - from.x()) / (double) from.width(), 0);
        String highTerminal = terminal(highX, 1);
        if (downwards) {
            Collections.reverse(points);
            links.put(List.of(high, low), new Route(highTerminal, lowTerminal, points));
        } else {
            links.put(List.of(low, high), new Route(lowTerminal, highTerminal, points));
        }
    }

    /** A GMF terminal: where on its box, as fractions of its width and height, a line ends. */
    private static String terminal(double x, double y) {
        return String.format(Locale.ROOT, "(%.3f,%.1f)", x, y);
    }
}
