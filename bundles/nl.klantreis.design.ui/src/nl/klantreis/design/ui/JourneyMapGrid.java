package nl.klantreis.design.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
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
import nl.klantreis.model.PainPoint;
import nl.klantreis.model.Phase;
import nl.klantreis.model.Touchpoint;

/**
 * Where each element of a journey map goes, as a journey map reads: the phases left to right in
 * written order, in each phase its touchpoints left to right in written order, one row; under
 * the journey a row of pain points and key persons, each under the first touchpoint it concerns,
 * and a row of improvements under the pain points they address. Touchpoints stand apart so that a handover's arrow and label fit
 * between them; every box is as wide as its label and leaves its top corners free for marks.
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
    /** Between two lanes under the touchpoints, where handovers that skip touchpoints run. */
    static final int LANE = 26;

    /** The route of a handover: where it leaves and enters its boxes (GMF terminals) and its points. */
    record Route(String sourceTerminal, String targetTerminal, List<Point> points) {
    }

    private final Journey journey;
    private final Function<EObject, Dimension> labelSize;
    private final Function<EObject, Insets> containerInsets;
    private final Map<EObject, Rectangle> bounds = new LinkedHashMap<>();
    private final Map<EObject, Rectangle> absolute = new LinkedHashMap<>();
    private final Map<Handover, Route> routes = new LinkedHashMap<>();
    private final Map<Handover, Integer> lanes = new LinkedHashMap<>();
    private List<Touchpoint> sequence = List.of();

    /**
     * @param labelSize       the size of an element's label text as it is drawn
     * @param containerInsets what a container's figure takes around its content (label, border)
     */
    JourneyMapGrid(Journey journey, Function<EObject, Dimension> labelSize, Function<EObject, Insets> containerInsets) {
        this.journey = journey;
        this.labelSize = labelSize;
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
        y = placeRow(atTouchpoints, y);
        placeRow(new ArrayList<>(journey.getImprovements()), y);
        return bounds;
    }

    /** The routes of the journey's handovers, known after {@link #layout(List)}. */
    Map<Handover, Route> routes() {
        return routes;
    }

    private void placeJourney() {
        sequence = journey.getPhases().stream().flatMap(phase -> phase.getTouchpoints().stream()).toList();
        int laneCount = assignLanes();
        int touchpointHeight = journey.getPhases().stream().flatMap(phase -> phase.getTouchpoints().stream())
                .mapToInt(touchpoint -> labelSize.apply(touchpoint).height + 2 * PADDING).max().orElse(0);
        Insets journeyInsets = containerInsets.apply(journey);
        int x = PADDING;
        int contentHeight = 0;
        for (Phase phase : journey.getPhases()) {
            Insets phaseInsets = containerInsets.apply(phase);
            int inner = PADDING;
            for (Touchpoint touchpoint : phase.getTouchpoints()) {
                int width = Math.max(MIN_TOUCHPOINT_WIDTH, labelSize.apply(touchpoint).width + ICON + 2 * MARK);
                bounds.put(touchpoint, new Rectangle(inner, PADDING, width, touchpointHeight));
                inner += width + HANDOVER_GAP;
            }
            int contentWidth = phase.getTouchpoints().isEmpty() ? MIN_TOUCHPOINT_WIDTH + 2 * PADDING
                    : inner - HANDOVER_GAP + PADDING;
            int width = Math.max(contentWidth + phaseInsets.getWidth(), labelSize.apply(phase).width + ICON + 2 * MARK);
            int height = touchpointHeight + 2 * PADDING + laneCount * LANE + phaseInsets.getHeight();
            bounds.put(phase, new Rectangle(x, PADDING, width, height));
            contentHeight = Math.max(contentHeight, height);
            x += width + PHASE_GAP;
        }
        int contentWidth = journey.getPhases().isEmpty() ? MIN_TOUCHPOINT_WIDTH : x - PHASE_GAP + PADDING;
        int width = Math.max(contentWidth + journeyInsets.getWidth(), labelSize.apply(journey).width + ICON + 2 * MARK);
        bounds.put(journey, new Rectangle(MARGIN, MARGIN, width, contentHeight + 2 * PADDING + journeyInsets.getHeight()));
        absolute.put(journey, bounds.get(journey));
        for (Phase phase : journey.getPhases()) {
            absolute.put(phase, inside(journey, phase));
            phase.getTouchpoints().forEach(touchpoint -> absolute.put(touchpoint, inside(phase, touchpoint)));
        }
        lanes.forEach((handover, lane) -> routes.put(handover, route(handover, lane)));
    }

    /**
     * A handover between neighbours runs straight through the gap between them; one that skips
     * touchpoints runs under them in a lane of its own, so that it crosses no box and no other
     * such handover runs on top of it. Returns the number of lanes.
     */
    private int assignLanes() {
        List<List<int[]>> taken = new ArrayList<>();
        for (Handover handover : journey.getHandovers()) {
            int from = sequence.indexOf(handover.getSource());
            int to = sequence.indexOf(handover.getTarget());
            if (from < 0 || to < 0) {
                continue;
            }
            int[] span = { Math.min(from, to), Math.max(from, to) };
            if (to == from + 1) {
                lanes.put(handover, -1);
                continue;
            }
            int lane = 0;
            while (lane < taken.size() && taken.get(lane).stream().anyMatch(other -> other[0] <= span[1] && span[0] <= other[1])) {
                lane++;
            }
            if (lane == taken.size()) {
                taken.add(new ArrayList<>());
            }
            taken.get(lane).add(span);
            lanes.put(handover, lane);
        }
        return taken.size();
    }

    private Route route(Handover handover, int lane) {
        Rectangle source = absolute.get(handover.getSource());
        Rectangle target = absolute.get(handover.getTarget());
        if (lane < 0) {
            int y = source.y + source.height / 2;
            return new Route("(1.0,0.5)", "(0.0,0.5)", List.of(new Point(source.right(), y), new Point(target.x, y)));
        }
        // Leave right of the middle, arrive left of it: a box that both receives and hands over
        // keeps the two lines apart.
        int sourceX = source.x + source.width * 3 / 5;
        int targetX = target.x + target.width * 2 / 5;
        int laneY = source.bottom() + PADDING / 2 + LANE * lane + LANE / 2;
        return new Route("(0.6,1.0)", "(0.4,1.0)", List.of(new Point(sourceX, source.bottom()), new Point(sourceX, laneY),
                new Point(targetX, laneY), new Point(targetX, target.bottom())));
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
