/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.action.IAction;
import org.eclipse.sirius.diagram.DDiagram;
import org.eclipse.sirius.table.metamodel.table.DColumn;
import org.eclipse.sirius.table.metamodel.table.DLine;
import org.eclipse.sirius.table.metamodel.table.DTable;
import org.eclipse.sirius.table.ui.tools.api.editor.DTableEditor;
import org.eclipse.sirius.ui.business.api.dialect.DialectUIManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.klantreis.design.MappingNames;
import nl.klantreis.design.tests.SiriusSession;
import nl.klantreis.model.Journey;
import nl.klantreis.model.Organisation;
import nl.klantreis.model.Touchpoint;

/**
 * The touchpoint table open in the workbench beside the journey map, edited as a facilitator
 * edits it: a click on a cell, F2, a name or a number typed or a choice picked from the list, Enter, as
 * the SWT events the toolkit sends for them. The model takes the edit, the open map follows it
 * without Arrange All (the step moves to its new organisation's lane), and Undo takes both back.
 */
class TouchpointTableOnScreenTest {

    @TempDir
    Path folder;

    private SiriusSession sirius;
    private DiagramOnScreen screen;
    private IEditorPart tableEditor;

    @AfterEach
    void close() throws Exception {
        if (tableEditor != null) {
            tableEditor.getSite().getPage().closeEditor(tableEditor, false);
            Workbench.settle();
        }
        if (screen != null) {
            screen.close();
        }
        if (sirius != null) {
            sirius.close();
        }
    }

    @Test
    void anEditInTheTableIsRecordedAndTheOpenMapFollowsIt() throws Exception {
        sirius = SiriusSession.openExample(SiriusSession.example("loon-op-zand"), folder);
        Journey journey = sirius.model.getJourneys().get(0);
        DDiagram map = sirius.create(MappingNames.JOURNEY_MAP, journey);
        screen = DiagramOnScreen.open(sirius.session, map);
        DTable table = sirius.create(MappingNames.TOUCHPOINT_TABLE, journey);
        tableEditor = DialectUIManager.INSTANCE.openEditor(sirius.session, table, new NullProgressMonitor());
        Workbench.settle();
        Tree tree = (Tree) ((DTableEditor) tableEditor).getControl();
        Touchpoint budget = touchpoint(journey, "budgetcoaching");
        Organisation coach = sirius.model.getOrganisations().stream().filter(organisation -> "taalcoach".equals(organisation.getId()))
                .findFirst().orElseThrow();

        edit(tree, table, budget, MappingNames.ORGANISATION_COLUMN);
        CCombo choices = Workbench.waitFor(() -> visible(tree, CCombo.class), "a list of organisations to choose from");
        // picked from the list: the combo selects the item and tells its listeners, then Enter
        choices.select(indexOf(choices.getItems(), coach.getName()));
        choices.notifyListeners(SWT.Selection, new Event());
        enter(choices);
        Workbench.waitUntil(() -> budget.getOrganisation() == coach,
                () -> "the organisation chosen in the table, not " + budget.getOrganisation());

        edit(tree, table, budget, MappingNames.NAME_COLUMN);
        Text name = Workbench.waitFor(() -> visible(tree, Text.class), "a field to type the name in");
        name.selectAll();
        name.insert("Budgetcoaching aan huis");
        enter(name);
        Workbench.waitUntil(() -> "Budgetcoaching aan huis".equals(budget.getName()), () -> "the name typed, not " + budget.getName());

        edit(tree, table, budget, MappingNames.DURATION_COLUMN);
        Text field = Workbench.waitFor(() -> visible(tree, Text.class), "a field to type the duration in");
        field.selectAll(); // Ctrl+A, then typed over the value the field offers
        field.insert("45");
        enter(field);
        Workbench.waitUntil(() -> budget.isSetDuration() && budget.getDuration() == 45, () -> "45 minutes, not " + budget.getDuration());
        Workbench.screenshot(tree.getShell(), "table-1-edited");

        assertMapFollows(journey, "after editing the table");
        assertSame(coach, budget.getOrganisation());
        assertTrue(screen.labels().stream().anyMatch(label -> label.text().startsWith("Budgetcoaching aan huis")),
                "the map names the step as typed in the table");

        undo();
        undo();
        undo();
        Workbench.waitUntil(() -> budget.getOrganisation() != coach, "the organisation back after three undos");
        assertEquals("Budgetcoaching", budget.getName(), "undone");
        assertEquals("consulent", budget.getOrganisation().getId(), "undone");
        assertMapFollows(journey, "after undoing the table's edits");
    }

    /** A click on the cell of a touchpoint's line and a column, then F2: the cell's editor opens. */
    private void edit(Tree tree, DTable table, Touchpoint touchpoint, String feature) {
        tableEditor.getSite().getPage().activate(tableEditor);
        Workbench.settle();
        DColumn column = table.getColumns().stream().filter(candidate -> feature.equals(candidate.getMapping().getName())).findFirst()
                .orElseThrow();
        int index = List.of(tree.getColumns()).stream().map(TreeColumn::getText).toList().indexOf(column.getLabel());
        TreeItem item = Arrays.stream(tree.getItems()).filter(candidate -> candidate.getData() instanceof DLine line
                && line.getTarget() == touchpoint).findFirst().orElseThrow(() -> new AssertionError("no line for " + touchpoint.getId()));
        // a click on the cell: the toolkit selects its line, the table takes the cell as the focused one
        tree.setFocus();
        tree.setSelection(item);
        Event selected = new Event();
        selected.item = item;
        tree.notifyListeners(SWT.Selection, selected);
        Rectangle cell = item.getBounds(index);
        Event click = new Event();
        click.x = cell.x + cell.width / 2;
        click.y = cell.y + cell.height / 2;
        click.button = 1;
        tree.notifyListeners(SWT.MouseDown, click);
        tree.notifyListeners(SWT.MouseUp, click);
        Workbench.settle();
        key(tree, SWT.F2, '\0');
    }

    /** Enter in a field: the key, and the default selection the toolkit makes of it. */
    private static void enter(Control field) {
        key(field, SWT.CR, '\r');
        if (!field.isDisposed()) {
            field.notifyListeners(SWT.DefaultSelection, new Event());
        }
        Workbench.settle();
    }

    private static void key(Control control, int keyCode, char character) {
        Event key = new Event();
        key.keyCode = keyCode;
        key.character = character;
        control.notifyListeners(SWT.KeyDown, key);
        if (!control.isDisposed()) {
            control.notifyListeners(SWT.KeyUp, key);
        }
        Workbench.settle();
    }

    /** The map, brought to the front again, agrees with the model as changed in the table. */
    private void assertMapFollows(Journey journey, String when) {
        screen.editor().getSite().getPage().activate(screen.editor());
        screen.awaitLayout();
        String where = "loon-op-zand " + when + ": ";
        JourneyMapOnScreenTest.assertTouchpointsInWrittenOrder(screen, journey, where);
        JourneyMapOnScreenTest.assertTouchpointsInTheirLanes(screen, journey, where);
        JourneyMapOnScreenTest.assertPlacedAsInTheReport(screen, journey, where);
        JourneyMapOnScreenTest.assertReadable(screen, JourneyMapOnScreenTest.BOXES, where);
    }

    /** Edit > Undo in the table, as Ctrl+Z runs it there. */
    private void undo() {
        tableEditor.getSite().getPage().activate(tableEditor);
        IAction undo = tableEditor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId());
        if (undo == null || !undo.isEnabled()) {
            throw new AssertionError("Undo is not possible in the table now");
        }
        undo.run();
        Workbench.settle();
    }

    private static int indexOf(String[] items, String name) {
        for (int i = 0; i < items.length; i++) {
            if (items[i].contains(name)) {
                return i;
            }
        }
        throw new AssertionError("'" + name + "' is not among " + Arrays.toString(items));
    }

    private static <T extends Control> T visible(Control root, Class<T> type) {
        if (type.isInstance(root) && root.isVisible()) {
            return type.cast(root);
        }
        if (root instanceof org.eclipse.swt.widgets.Composite composite) {
            for (Control child : composite.getChildren()) {
                T found = visible(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static Touchpoint touchpoint(Journey journey, String id) {
        return journey.getPhases().stream().flatMap(phase -> phase.getTouchpoints().stream()).filter(step -> id.equals(step.getId()))
                .findFirst().orElseThrow();
    }
}
