/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.design.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.draw2d.geometry.Insets;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.gmf.runtime.notation.Bounds;
import org.eclipse.gmf.runtime.notation.Node;
import org.eclipse.gmf.runtime.notation.View;
import org.eclipse.sirius.diagram.DDiagramElement;

import nl.klantreis.design.MappingNames;
import nl.klantreis.model.Organisation;
import nl.klantreis.model.Phase;
import nl.klantreis.model.Touchpoint;
import nl.klantreis.presentation.JourneyLanes;

/**
 * What a touchpoint put somewhere on a journey map means in the model, read before the map is
 * arranged again: a touchpoint made by a palette click or dragged within its phase belongs to
 * the organisation of the lane it was put in (none recorded in the lane that says so) and takes
 * the place in its phase's written order where it was put among the touchpoints there. A
 * touchpoint dragged out of its phase means nothing: the arrangement puts it back. One dropped
 * into another phase has moved there (Sirius's drop tool) and takes the lane and the place in
 * that phase's order where its box was dropped, keeping its handovers.
 */
final class JourneyMapGestures {

    /** How a touchpoint came to where it is. */
    enum Gesture {
        /** made with the palette, where the click was */
        CLICKED,
        /** dropped into another phase: where the box's middle went */
        DROPPED,
        /** dragged within its own phase: where the box's middle went */
        DRAGGED
    }

    /**
     * A touchpoint's view put somewhere by a gesture; for a click or a drop, also the point
     * clicked or dropped on, in the phase's content as the editor showed it (Sirius places the
     * new view itself only roughly, by its own estimate of where a container's content begins).
     */
    record Placed(Node node, Touchpoint touchpoint, Gesture gesture, Point inPhase) {
    }

    private final LabelMeasure measure;
    /** Views made in this change: a lane made with the touchpoint is not one its maker saw. */
    private final Set<Node> made;

    JourneyMapGestures(LabelMeasure measure, Set<Node> made) {
        this.measure = measure;
        this.made = made;
    }

    /** Records each placed touchpoint's lane and order; returns those put where nothing is meant. */
    List<Touchpoint> read(Collection<Placed> placed) {
        List<Touchpoint> refused = new ArrayList<>();
        for (Placed one : placed) {
            if (!read(one)) {
                refused.add(one.touchpoint());
            }
        }
        return refused;
    }

    private boolean read(Placed placed) {
        Touchpoint touchpoint = placed.touchpoint();
        Node phaseView = outer(placed.node());
        Node journeyView = phaseView == null ? null : outer(phaseView);
        if (!(touchpoint.eContainer() instanceof Phase phase) || journeyView == null
                || !(placed.node().getLayoutConstraint() instanceof Bounds box)
                || !(phaseView.getLayoutConstraint() instanceof Bounds phaseBox)) {
            return true;
        }
        Insets insets = measure.insets(phaseView);
        Point at = where(placed, box);
        int contentWidth = phaseBox.getWidth() - insets.getWidth();
        int contentHeight = phaseBox.getHeight() - insets.getHeight();
        // Sirius moves a box that was dragged where nothing takes it to that place in its old phase
        if (placed.gesture() == Gesture.DRAGGED && (at.x < 0 || at.y < 0 || at.x > contentWidth || at.y > contentHeight)) {
            return false;
        }
        int inJourney = phaseBox.getY() + insets.top + at.y;
        laneAt(journeyView, inJourney).ifPresent(lane -> setOrganisation(touchpoint, lane.orElse(null)));
        int index = 0;
        for (Touchpoint sibling : phase.getTouchpoints()) {
            if (sibling != touchpoint && middleX(placed.node().eContainer(), sibling) < at.x) {
                index++;
            }
        }
        if (phase.getTouchpoints().indexOf(touchpoint) != index) {
            phase.getTouchpoints().move(index, touchpoint);
        }
        return true;
    }

    /**
     * Where the gesture put the touchpoint, in its phase's content: the point clicked or dropped
     * on, or the middle of a box dragged within its phase.
     */
    private static Point where(Placed placed, Bounds box) {
        if (placed.inPhase() != null) {
            return placed.inPhase();
        }
        Point corner = new Point(box.getX(), box.getY());
        return placed.gesture() == Gesture.DRAGGED
                ? corner.getTranslated(Math.max(0, box.getWidth()) / 2, Math.max(0, box.getHeight()) / 2)
                : corner;
    }

    /**
     * The lane whose name stands nearest to {@code y} (journey content coordinates): its
     * organisation, or an empty one for the lane of touchpoints without one. None when the map
     * shows no lane the user could have seen.
     */
    private Optional<Optional<Organisation>> laneAt(Node journeyView, int y) {
        Optional<Optional<Organisation>> nearest = Optional.empty();
        int distance = Integer.MAX_VALUE;
        for (Node lane : contents(journeyView)) {
            if (made.contains(lane) || !(lane.getElement() instanceof DDiagramElement drawn)
                    || !(lane.getLayoutConstraint() instanceof Bounds bounds)) {
                continue;
            }
            boolean named = drawn.getTarget() instanceof Organisation;
            if (!named && !MappingNames.UNRECORDED_LANE.equals(drawn.getDiagramElementMapping().getName())) {
                continue;
            }
            int away = y < bounds.getY() ? bounds.getY() - y : Math.max(0, y - bounds.getY() - bounds.getHeight());
            if (away < distance) {
                distance = away;
                nearest = Optional.of(named ? Optional.of((Organisation) drawn.getTarget()) : Optional.empty());
            }
        }
        return nearest;
    }

    private static void setOrganisation(Touchpoint touchpoint, Organisation lane) {
        if (JourneyLanes.laneOf(touchpoint) == lane) {
            return;
        }
        touchpoint.setOrganisation(lane);
    }

    /** The middle of a sibling's box, or far right when it has no view yet. */
    private static int middleX(Object compartment, Touchpoint sibling) {
        if (compartment instanceof View view) {
            for (Object child : view.getChildren()) {
                if (child instanceof Node node && node.getElement() instanceof DDiagramElement drawn && drawn.getTarget() == sibling
                        && node.getLayoutConstraint() instanceof Bounds bounds) {
                    return bounds.getX() + Math.max(0, bounds.getWidth()) / 2;
                }
            }
        }
        return Integer.MAX_VALUE;
    }

    /**
     * The container view around a node, or null at the top: in GMF a Sirius container holds its
     * children in a compartment, a view of the same element as the container's.
     */
    static Node outer(Node node) {
        return node.eContainer() instanceof Node compartment && compartment.eContainer() instanceof Node outer
                && outer.getElement() == compartment.getElement() ? outer : null;
    }

    /** The views inside a container: the children of its compartments. */
    static List<Node> contents(Node container) {
        List<Node> contents = new ArrayList<>();
        for (Object part : container.getChildren()) {
            if (part instanceof Node compartment && compartment.getElement() == container.getElement()) {
                for (Object child : compartment.getChildren()) {
                    if (child instanceof Node node) {
                        contents.add(node);
                    }
                }
            }
        }
        return contents;
    }
}
