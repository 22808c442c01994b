/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.design.ui;

import java.util.List;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.transaction.util.TransactionUtil;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.commands.Command;
import org.eclipse.gmf.runtime.common.core.command.CommandResult;
import org.eclipse.gmf.runtime.common.core.service.IOperation;
import org.eclipse.gmf.runtime.diagram.ui.commands.ICommandProxy;
import org.eclipse.gmf.runtime.diagram.ui.services.layout.AbstractLayoutEditPartProvider;
import org.eclipse.gmf.runtime.emf.commands.core.command.AbstractTransactionalCommand;
import org.eclipse.gmf.runtime.notation.Diagram;

/**
 * Arrange All on a journey map: whatever part of the map the arrangement is asked for, the
 * whole map is arranged (see {@link JourneyMapArrangement}): its order is the journey's. Since
 * the map follows its journey after every change ({@link JourneyMapFollower}), an Arrange All
 * changes nothing on a map that is open; it is there for maps made elsewhere. Holds nothing
 * between two arrangements, since Sirius may keep a layout provider for later maps.
 */
class JourneyMapLayout extends AbstractLayoutEditPartProvider {

    @Override
    public boolean provides(IOperation operation) {
        return true;
    }

    @Override
    public Command layoutEditParts(GraphicalEditPart container, IAdaptable layoutHint) {
        return arrange(container);
    }

    @Override
    public Command layoutEditParts(@SuppressWarnings("rawtypes") List selectedObjects, IAdaptable layoutHint) {
        return selectedObjects.isEmpty() ? null : arrange((EditPart) selectedObjects.get(0));
    }

    private static Command arrange(EditPart part) {
        if (!(part.getViewer().getContents().getModel() instanceof Diagram diagram)
                || JourneyMapArrangement.of(diagram, new LabelMeasure()).isEmpty()) {
            return null;
        }
        return new ICommandProxy(new AbstractTransactionalCommand(TransactionUtil.getEditingDomain(diagram), Messages.arrange(), null) {
            @Override
            protected CommandResult doExecuteWithResult(IProgressMonitor monitor, IAdaptable info) {
                JourneyMapArrangement.of(diagram, new LabelMeasure()).ifPresent(JourneyMapArrangement::apply);
                return CommandResult.newOKCommandResult();
            }
        });
    }
}
