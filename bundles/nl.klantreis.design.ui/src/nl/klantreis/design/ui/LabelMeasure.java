/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.design.ui;

import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Insets;
import org.eclipse.gmf.runtime.notation.FontStyle;
import org.eclipse.gmf.runtime.notation.Node;
import org.eclipse.gmf.runtime.notation.NotationPackage;
import org.eclipse.gmf.runtime.notation.View;
import org.eclipse.sirius.diagram.DDiagramElement;
import org.eclipse.sirius.diagram.ui.business.api.query.ViewQuery;
import org.eclipse.sirius.ui.tools.api.color.VisualBindingManager;
import org.eclipse.sirius.viewpoint.BasicLabelStyle;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Display;

/**
 * The sizes the diagram editor will draw a view's label at, known from the notation model
 * alone, before any figure exists: the font Sirius gives the label (its style's size and
 * format, the view's font name) and the label's text, line by line. Measuring needs the
 * display, so only the UI thread can measure.
 */
final class LabelMeasure {

    /**
     * Where a Sirius 7.5 container's content begins and ends inside its box (measured on the
     * editor's figures of the Journey and Phase containers): the container's label is drawn over
     * the top of the content, which the arrangement keeps free.
     */
    private static final Insets CONTAINER = new Insets(6, 5, 6, 5);

    /** Whether labels can be measured on this thread. */
    static boolean canMeasure() {
        return Display.getCurrent() != null;
    }

    Dimension labelSize(Node node) {
        if (!(node.getElement() instanceof DDiagramElement element) || element.getName() == null) {
            return new Dimension(0, 0);
        }
        Font font = font(node, element);
        Dimension size = new Dimension(0, 0);
        for (String line : element.getName().split("\n", -1)) {
            Dimension extent = FigureUtilities.getTextExtents(line.isEmpty() ? " " : line, font);
            size.width = Math.max(size.width, extent.width);
            size.height += extent.height;
        }
        return size;
    }

    Insets insets(Node container) {
        return new Insets(CONTAINER);
    }

    private static Font font(Node node, DDiagramElement element) {
        String name = (String) new ViewQuery(node).getDefaultValue(NotationPackage.Literals.FONT_STYLE__FONT_NAME);
        if (fontStyle(node) instanceof FontStyle style && style.getFontName() != null && !style.getFontName().isEmpty()) {
            name = style.getFontName();
        }
        return element.getStyle() instanceof BasicLabelStyle style ? VisualBindingManager.getDefault().getFontFromLabelStyle(style, name)
                : VisualBindingManager.getDefault().getFontFromValue(9);
    }

    /** A view's font style, or its container's, as Sirius reads it. */
    private static Object fontStyle(Node node) {
        Object style = node.getStyle(NotationPackage.Literals.FONT_STYLE);
        return style == null && node.eContainer() instanceof View container ? container.getStyle(NotationPackage.Literals.FONT_STYLE)
                : style;
    }
}
