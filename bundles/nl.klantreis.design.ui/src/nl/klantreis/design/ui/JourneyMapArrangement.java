/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.design.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.WeakHashMap;

import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gmf.runtime.notation.Anchor;
import org.eclipse.gmf.runtime.notation.Bendpoints;
import org.eclipse.gmf.runtime.notation.Bounds;
import org.eclipse.gmf.runtime.notation.Diagram;
import org.eclipse.gmf.runtime.notation.Edge;
import org.eclipse.gmf.runtime.notation.IdentityAnchor;
import org.eclipse.gmf.runtime.notation.LayoutConstraint;
import org.eclipse.gmf.runtime.notation.Location;
import org.eclipse.gmf.runtime.notation.Node;
import org.eclipse.gmf.runtime.notation.NotationFactory;
import org.eclipse.gmf.runtime.notation.RelativeBendpoints;
import org.eclipse.gmf.runtime.notation.View;
import org.eclipse.gmf.runtime.notation.datatype.RelativeBendpoint;
import org.eclipse.sirius.diagram.DDiagramElement;
import org.eclipse.sirius.diagram.DEdge;
import org.eclipse.sirius.diagram.DSemanticDiagram;

import nl.klantreis.design.MappingNames;
import nl.klantreis.model.Handover;
import nl.klantreis.model.Journey;
import nl.klantreis.model.KeyPerson;
import nl.klantreis.presentation.JourneyMapGeometry.Box;
import nl.klantreis.presentation.JourneyMapGeometry.Insets;
import nl.klantreis.presentation.JourneyMapGeometry.Point;
import nl.klantreis.presentation.JourneyMapGeometry.Route;
import nl.klantreis.presentation.JourneyMapGeometry.Size;
import nl.klantreis.presentation.JourneyMapGeometry;

/**
 * One arrangement of one journey map, made on its GMF notation model: measures each label as
 * the editor draws it, asks {@link JourneyMapGeometry} where everything goes (as the report does) and writes the bounds,
 * routes and edge-label places into the views, changing only what differs, so that an arranged
 * map is left untouched (and not dirty). It must run inside a write transaction: the trigger that
 * keeps a map in line with its journey ({@link JourneyMapFollower}) and Arrange All both run it.
 * Made anew for every arrangement: the views of a map change between two.
 */
final class JourneyMapArrangement {

    private final Journey journey;
    private final LabelMeasure measure;
    /** The outermost view of each drawn semantic element (not its label or compartment). */
    private final Map<EObject, Node> nodes = new HashMap<>();
    /** The name of the lane of touchpoints without a recorded organisation (its element is the journey, as the map's). */
    private Node unrecordedLane;
    private final Map<EObject, Edge> handovers = new HashMap<>();
    /** The other edges, by the semantic elements at their ends (source, target). */
    private final Map<List<EObject>, Edge> links = new HashMap<>();
    /** The bounds arrangements wrote: the next round of changes must not read them as a drag. */
    private static final Map<Bounds, Box> WRITTEN = Collections.synchronizedMap(new WeakHashMap<>());

    private JourneyMapArrangement(Journey journey, LabelMeasure measure) {
        this.journey = journey;
        this.measure = measure;
    }

    /** The arrangement of a journey map's notation model, or empty for any other diagram. */
    static Optional<JourneyMapArrangement> of(Diagram diagram, LabelMeasure measure) {
        if (!(diagram.getElement() instanceof DSemanticDiagram map && JourneyMapLayoutProvider.isJourneyMap(map.getDescription())
                && map.getTarget() instanceof Journey journey)) {
            return Optional.empty();
        }
        JourneyMapArrangement arrangement = new JourneyMapArrangement(journey, measure);
        arrangement.collect(diagram);
        for (Object edge : diagram.getEdges()) {
            arrangement.collectEdge((Edge) edge);
        }
        return Optional.of(arrangement);
    }

    /** Whether a box is where an arrangement put it. */
    static boolean placedThere(Bounds bounds) {
        Box written = WRITTEN.get(bounds);
        return written != null && written.x() == bounds.getX() && written.y() == bounds.getY()
                && written.width() == bounds.getWidth() && written.height() == bounds.getHeight();
    }

    /** Moves every view to its place, writing only what differs. */
    void apply() {
        List<KeyPerson> keyPersons = new ArrayList<>();
        nodes.keySet().stream().filter(KeyPerson.class::isInstance).map(KeyPerson.class::cast).forEach(keyPersons::add);
        keyPersons.sort(Comparator.comparing(KeyPerson::getName, Comparator.nullsFirst(Comparator.naturalOrder())));
        JourneyMapGeometry geometry = JourneyMapGeometry.of(journey, keyPersons, new JourneyMapGeometry.Measure() {
            @Override
            public Size label(EObject element) {
                return size(labelSize(nodes.get(element)));
            }

            @Override
            public Size unrecordedLaneLabel() {
                return size(labelSize(unrecordedLane));
            }

            @Override
            public Insets insets(EObject container) {
                Node node = nodes.get(container);
                if (node == null) {
                    return Insets.NONE;
                }
                org.eclipse.draw2d.geometry.Insets insets = measure.insets(node);
                return new Insets(insets.top, insets.left, insets.bottom, insets.right);
            }
        });
        geometry.bounds().forEach((element, box) -> setBounds(nodes.get(element), box));
        setBounds(unrecordedLane, geometry.unrecordedLane());
        geometry.routes().forEach((handover, route) -> setRoute(handovers.get(handover), route, true));
        geometry.links().forEach((ends, route) -> setRoute(links.get(ends), route, false));
    }

    private static Size size(Dimension dimension) {
        return new Size(dimension.width, dimension.height);
    }

    private void collect(View view) {
        for (Object child : view.getChildren()) {
            if (child instanceof Node node && node.getElement() instanceof DDiagramElement element
                    && !(view.getElement() == element)) {
                if (MappingNames.UNRECORDED_LANE.equals(element.getDiagramElementMapping().getName())) {
                    unrecordedLane = node;
                } else {
                    nodes.putIfAbsent(element.getTarget(), node);
                }
            }
            collect((View) child);
        }
    }

    private void collectEdge(Edge edge) {
        if (!(edge.getElement() instanceof DEdge drawn)) {
            return;
        }
        if (drawn.getTarget() instanceof Handover handover) {
            handovers.put(handover, edge);
        } else if (drawn.getSourceNode() instanceof DDiagramElement source && drawn.getTargetNode() instanceof DDiagramElement target) {
            links.put(List.of(source.getTarget(), target.getTarget()), edge);
        }
    }

    private Dimension labelSize(Node node) {
        return node == null ? new Dimension(0, 0) : measure.labelSize(node);
    }

    private void setBounds(Node node, Box box) {
        if (node == null || box == null) {
            return;
        }
        LayoutConstraint constraint = node.getLayoutConstraint();
        if (constraint instanceof Bounds bounds && bounds.getX() == box.x() && bounds.getY() == box.y()
                && bounds.getWidth() == box.width() && bounds.getHeight() == box.height()) {
            return;
        }
        Bounds bounds = constraint instanceof Bounds existing ? existing : NotationFactory.eINSTANCE.createBounds();
        bounds.setX(box.x());
        bounds.setY(box.y());
        bounds.setWidth(box.width());
        bounds.setHeight(box.height());
        if (bounds != constraint) {
            node.setLayoutConstraint(bounds);
        }
        WRITTEN.put(bounds, box);
    }

    /** Gives an edge its route (points absolute, the first and last on its boxes) as GMF stores it. */
    private void setRoute(Edge edge, Route route, boolean labelled) {
        if (edge == null) {
            return;
        }
        if (!terminal(edge.getSourceAnchor()).equals(route.sourceTerminal())) {
            edge.setSourceAnchor(anchor(route.sourceTerminal()));
        }
        if (!terminal(edge.getTargetAnchor()).equals(route.targetTerminal())) {
            edge.setTargetAnchor(anchor(route.targetTerminal()));
        }
        List<Point> points = route.points();
        Point source = points.get(0);
        Point target = points.get(points.size() - 1);
        List<RelativeBendpoint> relative = new ArrayList<>();
        for (Point point : points) {
            relative.add(new RelativeBendpoint(point.x() - source.x(), point.y() - source.y(), point.x() - target.x(), point.y() - target.y()));
        }
        if (!samePoints(edge.getBendpoints(), relative)) {
            RelativeBendpoints bendpoints = NotationFactory.eINSTANCE.createRelativeBendpoints();
            bendpoints.setPoints(relative);
            edge.setBendpoints(bendpoints);
        }
        if (labelled) {
            for (Object child : edge.getChildren()) {
                if (child instanceof Node label && label.getLayoutConstraint() instanceof Location location) {
                    Point offset = labelOffset(points, size(measure.labelSize(label)));
                    if (location.getX() != offset.x() || location.getY() != offset.y()) {
                        location.setX(offset.x());
                        location.setY(offset.y());
                    }
                }
            }
        }
    }

    /**
     * The offset that puts an edge's label where the geometry wants it
     * ({@link JourneyMapGeometry#labelCentre}). Sirius places a label at the point halfway along
     * the route, moved by its offset turned as the segment there runs; the offset is worked out
     * backwards from where the label should stand.
     */
    static Point labelOffset(List<Point> route, Size label) {
        Point wanted = JourneyMapGeometry.labelCentre(route, label);
        double total = 0;
        for (int i = 1; i < route.size(); i++) {
            total += route.get(i - 1).distance(route.get(i));
        }
        double left = total / 2;
        int segment = 1;
        while (segment < route.size() - 1 && route.get(segment - 1).distance(route.get(segment)) < left) {
            left -= route.get(segment - 1).distance(route.get(segment));
            segment++;
        }
        Point a = route.get(segment - 1);
        Point b = route.get(segment);
        double length = Math.max(1, a.distance(b));
        double refX = a.x() + (b.x() - a.x()) * Math.min(1, left / length);
        double refY = a.y() + (b.y() - a.y()) * Math.min(1, left / length);
        // Sirius turns the offset by the angle of the segment at that point; turn it back
        double angle = Math.atan2(b.y() - a.y(), b.x() - a.x());
        double dx = wanted.x() - refX;
        double dy = wanted.y() - refY;
        return new Point((int) Math.round(dx * Math.cos(angle) + dy * Math.sin(angle)),
                (int) Math.round(-dx * Math.sin(angle) + dy * Math.cos(angle)));
    }

    private static boolean samePoints(Bendpoints bendpoints, List<RelativeBendpoint> points) {
        if (!(bendpoints instanceof RelativeBendpoints relative) || relative.getPoints().size() != points.size()) {
            return false;
        }
        for (int i = 0; i < points.size(); i++) {
            RelativeBendpoint a = (RelativeBendpoint) relative.getPoints().get(i);
            RelativeBendpoint b = points.get(i);
            if (a.getSourceX() != b.getSourceX() || a.getSourceY() != b.getSourceY() || a.getTargetX() != b.getTargetX()
                    || a.getTargetY() != b.getTargetY()) {
                return false;
            }
        }
        return true;
    }

    private static String terminal(Anchor anchor) {
        return anchor instanceof IdentityAnchor identity ? Objects.toString(identity.getId(), "") : "";
    }

    private static IdentityAnchor anchor(String terminal) {
        IdentityAnchor anchor = NotationFactory.eINSTANCE.createIdentityAnchor();
        anchor.setId(terminal);
        return anchor;
    }
}
