package nl.klantreis.design.ui;

import java.util.List;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.commands.Command;
import org.eclipse.gmf.runtime.common.core.service.IOperation;
import org.eclipse.gmf.runtime.diagram.ui.services.layout.AbstractLayoutEditPartProvider;

/**
 * Arrange all on a journey map: whatever part of the map the arrangement is asked for, the
 * whole map is arranged (see {@link JourneyMapArrangement}): its order is the journey's. Holds
 * nothing between two arrangements, since Sirius may keep a layout provider for later maps.
 */
class JourneyMapLayout extends AbstractLayoutEditPartProvider {

    @Override
    public boolean provides(IOperation operation) {
        return true;
    }

    @Override
    public Command layoutEditParts(GraphicalEditPart container, IAdaptable layoutHint) {
        return new JourneyMapArrangement(container).command();
    }

    @Override
    public Command layoutEditParts(@SuppressWarnings("rawtypes") List selectedObjects, IAdaptable layoutHint) {
        return selectedObjects.isEmpty() ? null : new JourneyMapArrangement((EditPart) selectedObjects.get(0)).command();
    }
}
