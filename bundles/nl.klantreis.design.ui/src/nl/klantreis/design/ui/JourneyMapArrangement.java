package nl.klantreis.design.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Insets;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.commands.CompoundCommand;
import org.eclipse.gmf.runtime.diagram.ui.commands.ICommandProxy;
import org.eclipse.gmf.runtime.diagram.ui.commands.SetBoundsCommand;
import org.eclipse.gmf.runtime.diagram.ui.editparts.ConnectionEditPart;
import org.eclipse.gmf.runtime.diagram.ui.editparts.IGraphicalEditPart;
import org.eclipse.gmf.runtime.diagram.ui.editparts.ResizableCompartmentEditPart;
import org.eclipse.gmf.runtime.emf.core.util.EObjectAdapter;
import org.eclipse.gmf.runtime.notation.Edge;
import org.eclipse.gmf.runtime.notation.View;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.sirius.diagram.DDiagramElement;
import org.eclipse.sirius.diagram.DEdge;
import org.eclipse.sirius.diagram.DSemanticDiagram;
import org.eclipse.swt.graphics.Font;

import nl.klantreis.model.Handover;
import nl.klantreis.model.Journey;
import nl.klantreis.model.KeyPerson;

/**
 * One arrangement of one journey map: measures each label as the editor draws it, asks
 * {@link JourneyMapGrid} where everything goes and moves the views there in one command (one
 * undo). Made anew for every arrangement: the views of a map change between two.
 */
final class JourneyMapArrangement {

    /** The mapping of the lane of touchpoints without a recorded organisation (klantreis.odesign). */
    private static final String UNRECORDED_LANE = "UnrecordedLane";

    /** The view of each drawn semantic element, by element: the outermost one (not its label or compartment). */
    private final Map<EObject, IGraphicalEditPart> parts = new HashMap<>();
    /** The name of the lane of touchpoints without a recorded organisation (its element is the journey, as the map's). */
    private IGraphicalEditPart unrecordedLane;
    private final EditPart contents;

    JourneyMapArrangement(EditPart anyPart) {
        this.contents = anyPart.getViewer().getContents();
        collect(contents);
    }

    /** The command that moves every view of the map to its place, or null when the map shows no journey. */
    Command command() {
        if (!(contents.getModel() instanceof View diagram && diagram.getElement() instanceof DSemanticDiagram map
                && map.getTarget() instanceof Journey journey)) {
            return null;
        }
        List<KeyPerson> keyPersons = new ArrayList<>();
        parts.keySet().stream().filter(KeyPerson.class::isInstance).map(KeyPerson.class::cast).forEach(keyPersons::add);
        keyPersons.sort((a, b) -> a.getName().compareTo(b.getName()));
        JourneyMapGrid grid = new JourneyMapGrid(journey, this::labelSize, labelSize(unrecordedLane), this::insets);
        Map<EObject, Rectangle> bounds = grid.layout(keyPersons);
        CompoundCommand command = new CompoundCommand(Messages.arrange());
        bounds.forEach((element, box) -> setBounds(command, parts.get(element), box));
        setBounds(command, unrecordedLane, grid.unrecordedLane());
        Map<EObject, ConnectionEditPart> edges = edges(contents);
        grid.routes().forEach((handover, route) -> {
            ConnectionEditPart edge = edges.get(handover);
            if (edge != null && edge.getNotationView() instanceof Edge view) {
                command.add(new ICommandProxy(new SetRouteCommand(edge.getEditingDomain(), view, route)));
            }
        });
        return command.isEmpty() ? null : command;
    }

    private static void setBounds(CompoundCommand command, IGraphicalEditPart part, Rectangle box) {
        if (part != null && box != null) {
            command.add(new ICommandProxy(new SetBoundsCommand(part.getEditingDomain(), Messages.arrange(),
                    new EObjectAdapter(part.getNotationView()), box)));
        }
    }

    /** The drawn edge of each handover. */
    private static Map<EObject, ConnectionEditPart> edges(EditPart contents) {
        Map<EObject, ConnectionEditPart> edges = new HashMap<>();
        for (Object part : contents.getViewer().getEditPartRegistry().values()) {
            if (part instanceof ConnectionEditPart edge && edge.getNotationView() != null
                    && edge.getNotationView().getElement() instanceof DEdge drawn && drawn.getTarget() instanceof Handover) {
                edges.put(drawn.getTarget(), edge);
            }
        }
        return edges;
    }

    private void collect(EditPart part) {
        if (part instanceof IGraphicalEditPart graphical && graphical.getNotationView() != null
                && graphical.getNotationView().getElement() instanceof DDiagramElement element
                && !(graphical.getNotationView().eContainer() instanceof View parent && parent.getElement() == element)) {
            if (UNRECORDED_LANE.equals(element.getDiagramElementMapping().getName())) {
                unrecordedLane = graphical;
            } else {
                parts.putIfAbsent(element.getTarget(), graphical);
            }
        }
        for (Object child : part.getChildren()) {
            collect((EditPart) child);
        }
    }

    /** The size of an element's label text, line by line, in the font its figure draws with. */
    private Dimension labelSize(EObject element) {
        return labelSize(parts.get(element));
    }

    private static Dimension labelSize(IGraphicalEditPart part) {
        if (part == null || !(part.getNotationView().getElement() instanceof DDiagramElement drawn)) {
            return new Dimension(0, 0);
        }
        Font font = part.getFigure().getFont() != null ? part.getFigure().getFont() : JFaceResources.getDefaultFont();
        Dimension size = new Dimension(0, 0);
        for (String line : drawn.getName().split("\n", -1)) {
            Dimension extent = FigureUtilities.getTextExtents(line.isEmpty() ? " " : line, font);
            size.width = Math.max(size.width, extent.width);
            size.height += extent.height;
        }
        return size;
    }

    /** The part that holds a container's children: its compartment (a Sirius container also has a label part). */
    private static GraphicalEditPart compartment(IGraphicalEditPart container) {
        for (Object child : container.getChildren()) {
            if (child instanceof ResizableCompartmentEditPart compartment) {
                return compartment;
            }
        }
        return container;
    }

    /** What a container's figure takes around its children: its label on top and its borders. */
    private Insets insets(EObject container) {
        IGraphicalEditPart part = parts.get(container);
        if (part == null) {
            return new Insets();
        }
        IFigure figure = part.getFigure();
        IFigure content = compartment(part).getContentPane();
        Rectangle outer = figure.getBounds();
        Rectangle inner = content.getClientArea().getCopy();
        content.translateToAbsolute(inner);
        Rectangle outerAbsolute = outer.getCopy();
        figure.translateToAbsolute(outerAbsolute);
        if (content == figure || inner.isEmpty() || outerAbsolute.isEmpty()) {
            return new Insets(labelSize(container).height + 8, 2, 2, 2);
        }
        return new Insets(Math.max(0, inner.y - outerAbsolute.y), Math.max(0, inner.x - outerAbsolute.x),
                Math.max(0, outerAbsolute.bottom() - inner.bottom()), Math.max(0, outerAbsolute.right() - inner.right()));
    }
}
