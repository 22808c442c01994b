package nl.klantreis.design.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.emf.transaction.TransactionalEditingDomain;
import org.eclipse.gmf.runtime.common.core.command.CommandResult;
import org.eclipse.gmf.runtime.emf.commands.core.command.AbstractTransactionalCommand;
import org.eclipse.gmf.runtime.notation.Edge;
import org.eclipse.gmf.runtime.notation.IdentityAnchor;
import org.eclipse.gmf.runtime.notation.NotationFactory;
import org.eclipse.gmf.runtime.notation.RelativeBendpoints;
import org.eclipse.gmf.runtime.notation.datatype.RelativeBendpoint;

/**
 * Gives an edge of the notation model a route: where it leaves and enters its boxes and the
 * points it runs through (absolute, first and last on the boxes), stored as GMF stores them.
 */
final class SetRouteCommand extends AbstractTransactionalCommand {

    private final Edge edge;
    private final JourneyMapGrid.Route route;

    SetRouteCommand(TransactionalEditingDomain domain, Edge edge, JourneyMapGrid.Route route) {
        super(domain, Messages.arrange(), getWorkspaceFiles(edge));
        this.edge = edge;
        this.route = route;
    }

    @Override
    protected CommandResult doExecuteWithResult(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        edge.setSourceAnchor(anchor(route.sourceTerminal()));
        edge.setTargetAnchor(anchor(route.targetTerminal()));
        List<Point> points = route.points();
        Point source = points.get(0);
        Point target = points.get(points.size() - 1);
        List<RelativeBendpoint> relative = new ArrayList<>();
        for (Point point : points) {
            relative.add(new RelativeBendpoint(point.x - source.x, point.y - source.y, point.x - target.x,
                    point.y - target.y));
        }
        RelativeBendpoints bendpoints = NotationFactory.eINSTANCE.createRelativeBendpoints();
        bendpoints.setPoints(relative);
        edge.setBendpoints(bendpoints);
        return CommandResult.newOKCommandResult();
    }

    private static IdentityAnchor anchor(String terminal) {
        IdentityAnchor anchor = NotationFactory.eINSTANCE.createIdentityAnchor();
        anchor.setId(terminal);
        return anchor;
    }
}
