/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.design.ui;

import org.eclipse.gmf.runtime.diagram.ui.editparts.IGraphicalEditPart;
import org.eclipse.gmf.runtime.diagram.ui.services.layout.AbstractLayoutEditPartProvider;
import org.eclipse.gmf.runtime.notation.View;
import org.eclipse.sirius.diagram.DDiagram;
import org.eclipse.sirius.diagram.description.DiagramDescription;
import org.eclipse.sirius.diagram.ui.tools.api.layout.provider.LayoutProvider;
import org.eclipse.sirius.viewpoint.description.Viewpoint;

import nl.klantreis.design.MappingNames;

/** Gives Klantreis's journey maps their own layout; every other diagram keeps Sirius's. */
public class JourneyMapLayoutProvider implements LayoutProvider {

    @Override
    public boolean provides(IGraphicalEditPart part) {
        View view = part.getNotationView();
        return view != null && view.getDiagram() != null && view.getDiagram().getElement() instanceof DDiagram diagram
                && isJourneyMap(diagram.getDescription());
    }

    @Override
    public AbstractLayoutEditPartProvider getLayoutNodeProvider(IGraphicalEditPart part) {
        return new JourneyMapLayout();
    }

    @Override
    public boolean isDiagramLayoutProvider() {
        return true;
    }

    static boolean isJourneyMap(DiagramDescription description) {
        return description != null && MappingNames.JOURNEY_MAP.equals(description.getName())
                && description.eContainer() instanceof Viewpoint viewpoint && MappingNames.VIEWPOINT.equals(viewpoint.getName());
    }
}
