package nl.klantreis.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.eclipse.emf.ecore.EObject;

import nl.klantreis.model.Handover;
import nl.klantreis.model.Improvement;
import nl.klantreis.model.Journey;
import nl.klantreis.model.PainPoint;
import nl.klantreis.model.Phase;
import nl.klantreis.model.Touchpoint;

/**
 * Lays a journey map out with ELK's layered algorithm: phases left to right as boxes holding
 * their touchpoints, handovers as orthogonal edges, pain points and improvements linked to
 * what they concern. The positions are ELK's; the SVG only draws them.
 */
public final class JourneyMapLayout {

    static final double TOUCHPOINT_WIDTH = 210;
    static final double TOUCHPOINT_HEIGHT = 64;
    static final double NOTE_WIDTH = 170;
    static final double NOTE_HEIGHT = 44;
    static final double PHASE_HEADER = 30;

    static {
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    /** The laid-out graph, which node stands for which model element, and the edges to draw. */
    public record Layout(ElkNode graph, Map<EObject, ElkNode> nodes, List<Link> links) {
    }

    /** An edge to draw, and the element it shows (a handover, a pain point, an improvement). */
    public record Link(EObject element, ElkEdge edge) {
    }

    private JourneyMapLayout() {
    }

    public static Layout layOut(Journey journey) {
        ElkNode graph = ElkGraphUtil.createGraph();
        graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        graph.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        graph.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
        graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        graph.setProperty(CoreOptions.SPACING_NODE_NODE, 24.0);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 48.0);
        graph.setProperty(CoreOptions.PADDING, new ElkPadding(16));
        Map<EObject, ElkNode> nodes = new HashMap<>();
        List<Link> links = new ArrayList<>();
        ElkNode previousPhase = null;
        for (Phase phase : journey.getPhases()) {
            ElkNode phaseNode = ElkGraphUtil.createNode(graph);
            phaseNode.setProperty(CoreOptions.PADDING, new ElkPadding(PHASE_HEADER + 10, 12, 12, 12));
            nodes.put(phase, phaseNode);
            for (Touchpoint touchpoint : phase.getTouchpoints()) {
                ElkNode node = ElkGraphUtil.createNode(phaseNode);
                node.setDimensions(TOUCHPOINT_WIDTH, TOUCHPOINT_HEIGHT);
                nodes.put(touchpoint, node);
            }
            if (previousPhase != null) {
                // keeps the phases in their order, left to right; not drawn
                ElkGraphUtil.createSimpleEdge(previousPhase, phaseNode);
            }
            previousPhase = phaseNode;
        }
        for (Handover handover : journey.getHandovers()) {
            edge(handover, nodes.get(handover.getSource()), nodes.get(handover.getTarget()), links);
        }
        for (PainPoint painPoint : journey.getPainPoints()) {
            ElkNode node = note(graph, painPoint, nodes);
            painPoint.getTouchpoints().forEach(touchpoint -> edge(painPoint, nodes.get(touchpoint), node, links));
        }
        for (Improvement improvement : journey.getImprovements()) {
            ElkNode node = note(graph, improvement, nodes);
            improvement.getAddresses().forEach(painPoint -> edge(improvement, nodes.get(painPoint), node, links));
        }
        new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());
        return new Layout(graph, nodes, links);
    }

    private static ElkNode note(ElkNode graph, EObject element, Map<EObject, ElkNode> nodes) {
        ElkNode node = ElkGraphUtil.createNode(graph);
        node.setDimensions(NOTE_WIDTH, NOTE_HEIGHT);
        nodes.put(element, node);
        return node;
    }

    private static void edge(EObject element, ElkNode source, ElkNode target, List<Link> links) {
        if (source != null && target != null) {
            ElkEdge edge = ElkGraphUtil.createSimpleEdge(source, target);
            ElkGraphUtil.updateContainment(edge);
            links.add(new Link(element, edge));
        }
    }
}
