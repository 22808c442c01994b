/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.draw2d.Connection;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.EditDomain;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editparts.LayerManager;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.gef.palette.PaletteContainer;
import org.eclipse.gef.palette.ToolEntry;
import org.eclipse.gef.ui.palette.PaletteViewer;
import org.eclipse.gmf.runtime.diagram.ui.actions.ActionIds;
import org.eclipse.gmf.runtime.diagram.ui.editparts.DiagramEditPart;
import org.eclipse.gmf.runtime.diagram.ui.editparts.DiagramRootEditPart;
import org.eclipse.gmf.runtime.diagram.ui.parts.DiagramEditor;
import org.eclipse.gmf.runtime.diagram.ui.requests.ArrangeRequest;
import org.eclipse.gmf.runtime.draw2d.ui.figures.WrappingLabel;
import org.eclipse.gmf.runtime.notation.View;
import org.eclipse.sirius.business.api.session.Session;
import org.eclipse.sirius.common.tools.api.resource.ImageFileFormat;
import org.eclipse.sirius.diagram.DDiagram;
import org.eclipse.sirius.diagram.DDiagramElement;
import org.eclipse.sirius.diagram.DEdge;
import org.eclipse.sirius.diagram.ui.business.api.view.SiriusGMFHelper;
import org.eclipse.sirius.diagram.ui.provider.DiagramUIPlugin;
import org.eclipse.sirius.diagram.ui.tools.api.preferences.SiriusDiagramUiPreferencesKeys;
import org.eclipse.sirius.ext.gmf.runtime.gef.ui.figures.SiriusWrapLabel;
import org.eclipse.sirius.ui.business.api.dialect.DialectUIManager;
import org.eclipse.sirius.ui.business.api.dialect.ExportFormat;
import org.eclipse.sirius.ui.business.api.dialect.ExportFormat.ExportDocumentFormat;
import org.eclipse.sirius.tools.api.command.ui.NoUICallback;
import org.eclipse.sirius.ui.business.api.session.SessionUIManager;
import org.eclipse.sirius.viewpoint.provider.SiriusEditPlugin;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.KeyEvent;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.jface.action.IAction;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.IWorkbenchPage;

/**
 * A Sirius diagram opened in Sirius's diagram editor, read back from what the editor draws: the
 * figure of each view of the GMF notation model, in absolute coordinates, its labels, marks and
 * edges. Closing it closes the editor without saving.
 */
final class DiagramOnScreen implements AutoCloseable {

    /** A drawn diagram element: its mapping, its semantic element and its box on the screen. */
    record Box(String mapping, EObject target, Rectangle bounds) {
    }

    /** A drawn label: its text and where the text is. */
    record Label(String text, Rectangle bounds, boolean truncated) {
    }

    /** A drawn edge: its route and the boxes it connects. */
    record Edge(String mapping, PointList route, Rectangle source, Rectangle target) {
    }

    /** The label of a drawn edge, and the edge's route. */
    record EdgeLabel(String text, Rectangle bounds, PointList route) {
    }

    private static final NullProgressMonitor MONITOR = new NullProgressMonitor();

    private final Session session;
    private final DDiagram diagram;
    private final DiagramEditor editor;

    private DiagramOnScreen(Session session, DDiagram diagram, DiagramEditor editor) {
        this.session = session;
        this.diagram = diagram;
        this.editor = editor;
    }

    /** Saves the session (so that closing asks nothing) and opens the diagram as a user does. */
    static DiagramOnScreen open(Session session, DDiagram diagram) {
        // As Sirius's own tests do: a question nobody is there to answer (Sirius asks, for
        // example, to refresh a diagram it failed to open) must fail the test, not hang the run.
        SiriusEditPlugin.getPlugin().setUiCallback(new NoUICallback());
        // Sirius 7.5's tab bar reads the workbench's active editor while a new editor is being
        // made; when editors open and close in quick succession (as here, not at a user's pace)
        // that can be the one just closed, on a closed session, and the new editor fails. The
        // tests use Sirius's toolbar instead (its "old UI" preference); the diagram is the same.
        InstanceScope.INSTANCE.getNode(DiagramUIPlugin.ID).putBoolean(SiriusDiagramUiPreferencesKeys.PREF_OLD_UI.name(), true);
        session.save(MONITOR);
        SessionUIManager.INSTANCE.getOrCreateUISession(session).open();
        DiagramOnScreen screen = openEditor(session, diagram);
        // never Arrange All: a journey map is laid out as Sirius makes its views, and follows every change
        screen.awaitViews();
        screen.awaitLayout();
        return screen;
    }

    /**
     * Opens a diagram laid out by Sirius's own layout (the chain map): Arrange All, as the
     * toolbar button does. An editor whose figures Sirius made too late for any arrangement is
     * closed and opened again, as a user would (once).
     */
    static DiagramOnScreen openArranged(Session session, DDiagram diagram) {
        SiriusEditPlugin.getPlugin().setUiCallback(new NoUICallback());
        InstanceScope.INSTANCE.getNode(DiagramUIPlugin.ID).putBoolean(SiriusDiagramUiPreferencesKeys.PREF_OLD_UI.name(), true);
        session.save(MONITOR);
        SessionUIManager.INSTANCE.getOrCreateUISession(session).open();
        for (int attempt = 0;; attempt++) {
            DiagramOnScreen screen = openEditor(session, diagram);
            try {
                screen.awaitViews();
                screen.arrangeAll();
                return screen;
            } catch (AssertionError notArranged) {
                screen.close();
                if (attempt > 0) {
                    throw notArranged;
                }
            }
        }
    }

    static DiagramOnScreen openEditor(Session session, DDiagram diagram) {
        // without it the editor would draw a diagram of its own that follows nothing
        if (SiriusGMFHelper.getGmfDiagram(diagram, session) == null) {
            throw new AssertionError(diagram.getName() + " was made without its notation model");
        }
        IEditorPart editor = DialectUIManager.INSTANCE.openEditor(session, diagram, MONITOR);
        if (!(editor instanceof DiagramEditor diagramEditor)) {
            throw new AssertionError("Sirius opened no diagram editor for " + diagram.getName() + ": " + editor);
        }
        Workbench.settle();
        return new DiagramOnScreen(session, diagram, diagramEditor);
    }

    private void awaitViews() {
        long elements = diagram.getDiagramElements().stream().filter(element -> !(element instanceof DEdge)).count();
        Workbench.waitUntil(() -> boxes().size() == elements, "a view of each of the diagram's " + elements + " elements");
    }

    /**
     * Arrange All, as the toolbar button does. Sirius makes some figures only as the editor
     * paints: an arrangement asked for before they exist can be lost, so it is asked for again
     * (three times at most).
     */
    private void arrangeAll() {
        AssertionError notLaidOut = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            // as a user's click on the button makes it: Sirius's layout reads the active editor
            editor.getSite().getPage().activate(editor);
            Workbench.settle();
            DiagramEditPart root = editor.getDiagramEditPart();
            ArrangeRequest request = new ArrangeRequest(ActionIds.ACTION_ARRANGE_ALL);
            request.setPartsToArrange(root.getChildren());
            Command arrange = root.getCommand(request);
            if (arrange == null || !arrange.canExecute()) {
                throw new AssertionError("Arrange All is not possible on " + diagram.getName());
            }
            root.getDiagramEditDomain().getDiagramCommandStack().execute(arrange);
            try {
                awaitLayout();
                return;
            } catch (AssertionError e) {
                notLaidOut = e;
            }
        }
        throw notLaidOut;
    }

    /** Whether the editor has changes to save. */
    boolean dirty() {
        return editor.isDirty();
    }

    /**
     * Waits until the diagram is laid out: until the drawn boxes stop moving and no two of them
     * share a place (twenty seconds at most).
     */
    void awaitLayout() {
        String[] last = { "" };
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            Workbench.settle();
            List<Box> boxes = boxes();
            String now = boxes.stream().map(box -> box.mapping() + " " + box.bounds()).sorted().toList().toString();
            boolean stable = now.equals(last[0]);
            last[0] = now;
            if (stable && boxes.stream().map(box -> box.bounds().getTopLeft()).distinct().count() == boxes.size()) {
                return;
            }
        }
        throw new AssertionError("the diagram " + diagram.getName() + " is not laid out: " + last[0] + "; in its notation model: "
                + notationBounds());
    }

    /**
     * Where the notation model puts each view the editor shows, and where the editor draws it:
     * to tell a map never laid out from one not drawn as laid out, in a failure's message.
     */
    String notationBounds() {
        List<String> bounds = new ArrayList<>();
        for (Object part : registry().values()) {
            if (part instanceof GraphicalEditPart graphical && graphical.getModel() instanceof org.eclipse.gmf.runtime.notation.Node node
                    && node.getLayoutConstraint() instanceof org.eclipse.gmf.runtime.notation.Bounds box
                    && node.getElement() instanceof DDiagramElement element && element.getMapping() != null) {
                Rectangle figure = graphical.getFigure().getBounds();
                bounds.add(element.getMapping().getName() + " '" + element.getName().replace('\n', '/') + "' " + box.getX() + ","
                        + box.getY() + " " + box.getWidth() + "x" + box.getHeight() + (node.eResource() == null ? " (no resource)" : "")
                        + " drawn " + figure.x + "," + figure.y + " " + figure.width + "x" + figure.height);
            }
        }
        return bounds.toString();
    }

    /**
     * Whether the editor draws every view where its notation model puts it, a figure for each
     * element of the diagram: the map on the screen is the map that was laid out.
     */
    boolean drawnAsNotation() {
        validate();
        int nodes = 0;
        for (Object part : registry().values()) {
            if (part instanceof GraphicalEditPart graphical && graphical.getModel() instanceof org.eclipse.gmf.runtime.notation.Node node
                    && node.getLayoutConstraint() instanceof org.eclipse.gmf.runtime.notation.Bounds box
                    && node.getElement() instanceof DDiagramElement element && element.getMapping() != null
                    && !(node.eContainer() instanceof View parent && parent.getElement() == element)
                    && !(node.eContainer() instanceof org.eclipse.gmf.runtime.notation.Edge)) { // an edge's label keeps an offset
                Rectangle figure = graphical.getFigure().getBounds();
                if (figure.x != box.getX() || figure.y != box.getY() || box.getWidth() >= 0 && figure.width != box.getWidth()
                        || box.getHeight() >= 0 && figure.height != box.getHeight()) {
                    return false;
                }
                nodes++;
            }
        }
        return nodes > 0 && boxes().size() == diagram.getDiagramElements().stream().filter(element -> !(element instanceof DEdge)).count();
    }

    /** Brings every figure in line with the notation model now (draw2d validates lazily, when it paints). */
    private void validate() {
        editor.getDiagramGraphicalViewer().flush();
        rootFigure().getUpdateManager().performUpdate();
    }

    IEditorPart editor() {
        return editor;
    }

    /** Every drawn element of a mapping, in no particular order. */
    List<Box> boxes(String mapping) {
        return boxes().stream().filter(box -> box.mapping().equals(mapping)).toList();
    }

    /** One box per element: the figure of its outermost view, not of its label or compartment. */
    List<Box> boxes() {
        validate();
        List<Box> boxes = new ArrayList<>();
        for (Object part : registry().values()) {
            if (part instanceof GraphicalEditPart graphical && !(graphical.getFigure() instanceof Connection)
                    && graphical.getModel() instanceof View view && view.getElement() instanceof DDiagramElement element
                    && !(view.eContainer() instanceof View parent && parent.getElement() == element)
                    && graphical.getFigure().isShowing()) {
                boxes.add(new Box(element.getMapping().getName(), element.getTarget(), absolute(graphical.getFigure())));
            }
        }
        return boxes;
    }

    /** Every label with text that the editor shows: node, container and edge labels. */
    List<Label> labels() {
        validate();
        List<Label> labels = new ArrayList<>();
        collectLabels(rootFigure(), labels);
        return labels;
    }

    /** The marks (Sirius decorations) drawn over the diagram. */
    List<Rectangle> marks() {
        validate();
        List<Rectangle> marks = new ArrayList<>();
        LayerManager layers = (LayerManager) editor.getDiagramGraphicalViewer().getRootEditPart();
        for (Object layer : List.of(DiagramRootEditPart.DECORATION_PRINTABLE_LAYER,
                DiagramRootEditPart.DECORATION_UNPRINTABLE_LAYER)) {
            for (IFigure mark : layers.getLayer(layer).getChildren()) {
                if (mark.isVisible()) {
                    marks.add(absolute(mark));
                }
            }
        }
        return marks;
    }

    List<Edge> edges() {
        validate();
        List<Edge> edges = new ArrayList<>();
        for (Object part : registry().values()) {
            if (part instanceof GraphicalEditPart graphical && graphical.getFigure() instanceof Connection connection
                    && graphical.getModel() instanceof View view && view.getElement() instanceof DDiagramElement element
                    && connection.getSourceAnchor() != null && connection.getTargetAnchor() != null) {
                PointList route = connection.getPoints().getCopy();
                connection.translateToAbsolute(route);
                edges.add(new Edge(element.getMapping().getName(), route,
                        absolute(connection.getSourceAnchor().getOwner()),
                        absolute(connection.getTargetAnchor().getOwner())));
            }
        }
        return edges;
    }

    /** The labels of the edges, each with the route of its edge. */
    List<EdgeLabel> edgeLabels() {
        validate();
        List<EdgeLabel> labels = new ArrayList<>();
        for (Object part : registry().values()) {
            if (part instanceof GraphicalEditPart edge && edge.getFigure() instanceof Connection connection) {
                PointList route = connection.getPoints().getCopy();
                connection.translateToAbsolute(route);
                for (Object child : edge.getChildren()) {
                    if (child instanceof GraphicalEditPart label && label.getFigure() instanceof SiriusWrapLabel text
                            && text.isShowing() && !text.getText().isBlank()) {
                        labels.add(new EdgeLabel(text.getText(), absolute(text, text.getTextBounds()), route));
                    }
                }
            }
        }
        return labels;
    }

    /** Makes a tool of the palette active, as a click on it does. */
    void useTool(String label) {
        EditDomain domain = (EditDomain) editor.getDiagramEditDomain();
        PaletteViewer palette = domain.getPaletteViewer();
        if (palette == null) {
            throw new AssertionError("the editor shows no palette");
        }
        ToolEntry entry = toolEntry(palette.getPaletteRoot(), label);
        palette.setActiveTool(entry);
        Workbench.settle();
    }

    private static ToolEntry toolEntry(PaletteContainer container, String label) {
        for (Object child : container.getChildren()) {
            if (child instanceof ToolEntry entry && label.equals(entry.getLabel())) {
                return entry;
            }
            if (child instanceof PaletteContainer inner) {
                ToolEntry found = toolEntry(inner, label);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** A click with the left button at a point of the canvas: down and up, as the mouse sends them. */
    void click(Point at) {
        clickOnly(at);
        Workbench.settle();
    }

    /** A click, without waiting for what follows: for measuring how long that takes. */
    void clickOnly(Point at) {
        mouse(SWT.MouseMove, at, 0, 0);
        mouse(SWT.MouseDown, at, 1, 0);
        mouse(SWT.MouseUp, at, 1, SWT.BUTTON1);
    }

    /** A drag with the left button from one point of the canvas to another, in small steps. */
    void drag(Point from, Point to) {
        mouse(SWT.MouseMove, from, 0, 0);
        mouse(SWT.MouseDown, from, 1, 0);
        for (int step = 1; step <= 12; step++) {
            mouse(SWT.MouseMove, new Point(from.x + (to.x - from.x) * step / 12, from.y + (to.y - from.y) * step / 12), 0,
                    SWT.BUTTON1);
            Workbench.settle();
        }
        mouse(SWT.MouseUp, to, 1, SWT.BUTTON1);
        Workbench.settle();
    }

    /**
     * F2 on the selected element, {@code typed} added at the end of what the editor offers, and
     * Enter. F2 goes to the diagram's key handler, as the canvas hands it a key it has focus for.
     */
    void typeInPlace(String typed) {
        if (editor.getDiagramGraphicalViewer().getSelectedEditParts().isEmpty()) {
            throw new AssertionError("nothing is selected to type in place");
        }
        Event f2 = new Event();
        f2.widget = canvas();
        f2.keyCode = SWT.F2;
        if (!editor.getDiagramGraphicalViewer().getKeyHandler().keyPressed(new KeyEvent(f2))) {
            throw new AssertionError("F2 does nothing on " + editor.getDiagramGraphicalViewer().getSelectedEditParts());
        }
        Workbench.waitUntil(() -> textField() != null, "a text field to type in");
        Text field = textField();
        field.setSelection(field.getCharCount());
        field.insert(typed);
        Event enter = new Event();
        enter.keyCode = SWT.CR;
        enter.character = '\r';
        field.notifyListeners(SWT.KeyDown, enter);
        Workbench.settle();
    }

    /** The text field of typing in place, while it is open. */
    private Text textField() {
        for (Control child : ((org.eclipse.swt.widgets.Composite) canvas()).getChildren()) {
            if (child instanceof Text text && text.isVisible()) {
                return text;
            }
        }
        return null;
    }

    /** Gives the editor the whole workbench window, the window the whole screen, as on a projector. */
    void maximize() {
        Shell shell = editor.getSite().getShell();
        shell.setBounds(shell.getDisplay().getBounds());
        IWorkbenchPage page = editor.getSite().getPage();
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
        // the canvas grows and may scroll: a gesture aimed before it is still would miss
        awaitLayout();
    }

    private void mouse(int type, Point at, int button, int state) {
        Event event = new Event();
        event.x = at.x;
        event.y = at.y;
        event.button = button;
        event.stateMask = state;
        event.count = type == SWT.MouseMove ? 0 : 1;
        event.time = (int) System.currentTimeMillis();
        canvas().notifyListeners(type, event);
    }

    private Control canvas() {
        return editor.getDiagramGraphicalViewer().getControl();
    }

    /** Edit > Undo, as Ctrl+Z runs it: the editor's own undo action. */
    void undo() {
        run(ActionFactory.UNDO.getId());
    }

    /** Edit > Redo. */
    void redo() {
        run(ActionFactory.REDO.getId());
    }

    private void run(String globalAction) {
        IAction action = editor.getEditorSite().getActionBars().getGlobalActionHandler(globalAction);
        if (action == null || !action.isEnabled()) {
            throw new AssertionError(globalAction + " is not possible now");
        }
        action.run();
        Workbench.settle();
    }

    /** Zooms the diagram to the editor's width, as one does to look at a whole map. */
    void showWhole() {
        ZoomManager zoom = (ZoomManager) editor.getAdapter(ZoomManager.class);
        if (zoom != null) {
            zoom.setZoomAsText(ZoomManager.FIT_WIDTH);
        }
        Workbench.settle();
    }

    /** Exports the diagram as Sirius's "Export diagram as image" does; the PNG is build output. */
    Path exportPng(String name) throws Exception {
        Files.createDirectories(Workbench.SCREENSHOTS);
        Path file = Workbench.SCREENSHOTS.resolve(name + ".png");
        DialectUIManager.INSTANCE.export(diagram, session, new org.eclipse.core.runtime.Path(file.toString()),
                new ExportFormat(ExportDocumentFormat.NONE, ImageFileFormat.PNG), MONITOR);
        return file;
    }

    /**
     * Closes the editor without saving, through the workbench page, and waits until it is gone:
     * Sirius's own close runs later, and an editor left behind on a closed session breaks the
     * next editor's tab bar.
     */
    @Override
    public void close() {
        IWorkbenchPage page = editor.getSite().getPage();
        page.closeEditor(editor, false);
        Workbench.waitUntil(() -> Arrays.stream(page.getEditorReferences()).noneMatch(ref -> ref.getEditor(false) == editor),
                "the diagram editor to close");
    }

    private Map<?, ?> registry() {
        return editor.getDiagramGraphicalViewer().getEditPartRegistry();
    }

    private IFigure rootFigure() {
        EditPart root = editor.getDiagramGraphicalViewer().getRootEditPart();
        return ((GraphicalEditPart) root).getFigure();
    }

    private static void collectLabels(IFigure figure, List<Label> labels) {
        if (!figure.isShowing()) {
            return;
        }
        if (figure instanceof SiriusWrapLabel label && !label.getText().isBlank()) {
            labels.add(new Label(label.getText(), absolute(label, label.getTextBounds()), label.isTextTruncated()));
        } else if (figure instanceof WrappingLabel label && !label.getText().isBlank()) {
            labels.add(new Label(label.getText(), absolute(label, label.getTextBounds()), label.isTextTruncated()));
        }
        for (IFigure child : figure.getChildren()) {
            collectLabels(child, labels);
        }
    }

    private static Rectangle absolute(IFigure figure) {
        return absolute(figure, figure.getBounds());
    }

    private static Rectangle absolute(IFigure figure, Rectangle bounds) {
        Rectangle copy = bounds.getCopy();
        figure.translateToAbsolute(copy);
        return copy;
    }

    /** Whether a route crosses a box: passes through its inside, not only along its border. */
    static boolean crosses(PointList route, Rectangle box) {
        java.awt.geom.Rectangle2D inside = new java.awt.geom.Rectangle2D.Double(box.x + 2, box.y + 2,
                box.width - 4, box.height - 4);
        for (int i = 1; i < route.size(); i++) {
            Point from = route.getPoint(i - 1);
            Point to = route.getPoint(i);
            if (inside.intersectsLine(from.x, from.y, to.x, to.y)) {
                return true;
            }
        }
        return false;
    }
}
