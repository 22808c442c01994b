package nl.klantreis.design.ui;

import org.eclipse.gef.EditPart;
import org.eclipse.gmf.runtime.diagram.ui.parts.DiagramEditor;
import org.eclipse.sirius.diagram.DDiagram;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWindowListener;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * Makes a journey map editor draw its map as the notation model has it. Sirius 7.5 sometimes
 * builds an editor's figures from the views before their places are known and never moves them
 * (about one opening in eight here; the map then looks stacked in a corner until it is closed and
 * opened again), and now and then leaves lines and labels where an earlier arrangement put them:
 * the figures are brought in line with the model once after an editor opens, and after every
 * arrangement that moved something.
 */
final class JourneyMapEditors implements IPartListener2, IWindowListener {

    private static boolean watching;

    private JourneyMapEditors() {
    }

    /** Starts watching the workbench's editors, once; does nothing without a workbench. */
    static synchronized void watch() {
        if (watching || !PlatformUI.isWorkbenchRunning()) {
            return;
        }
        watching = true;
        IWorkbench workbench = PlatformUI.getWorkbench();
        JourneyMapEditors editors = new JourneyMapEditors();
        workbench.getDisplay().asyncExec(() -> {
            workbench.addWindowListener(editors);
            for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
                editors.windowOpened(window);
            }
        });
    }

    @Override
    public void partOpened(IWorkbenchPartReference reference) {
        IWorkbenchPart part = reference.getPart(false);
        if (part instanceof DiagramEditor editor && editor.getDiagram() != null
                && editor.getDiagram().getElement() instanceof DDiagram map
                && JourneyMapLayoutProvider.isJourneyMap(map.getDescription())) {
            Display.getCurrent().asyncExec(() -> redraw(editor));
        }
    }

    /**
     * Brings the figures of every editor open on {@code map} in line with its notation model, on
     * the UI thread once the change is done: an editor that built its figures too early would
     * otherwise go on drawing boxes and lines where they were.
     */
    static void redrawLater(org.eclipse.gmf.runtime.notation.Diagram map) {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.asyncExec(() -> {
            for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
                for (var page : window.getPages()) {
                    for (var reference : page.getEditorReferences()) {
                        if (reference.getEditor(false) instanceof DiagramEditor editor && editor.getDiagram() == map) {
                            redraw(editor);
                        }
                    }
                }
            }
        });
    }

    private static void redraw(DiagramEditor editor) {
        if (editor.getDiagramGraphicalViewer() != null && editor.getDiagramGraphicalViewer().getContents() != null) {
            refresh(editor.getDiagramGraphicalViewer().getContents());
        }
    }

    private static void refresh(EditPart part) {
        part.refresh();
        for (Object child : part.getChildren()) {
            refresh((EditPart) child);
        }
    }

    @Override
    public void windowOpened(IWorkbenchWindow window) {
        window.getPartService().addPartListener(this);
    }

    @Override
    public void windowClosed(IWorkbenchWindow window) {
        window.getPartService().removePartListener(this);
    }

    @Override
    public void windowActivated(IWorkbenchWindow window) {
        // only openings matter
    }

    @Override
    public void windowDeactivated(IWorkbenchWindow window) {
        // only openings matter
    }
}
