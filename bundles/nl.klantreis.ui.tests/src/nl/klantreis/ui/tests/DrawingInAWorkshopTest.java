/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.sirius.diagram.DDiagram;
import org.eclipse.sirius.diagram.DEdge;
import org.eclipse.sirius.diagram.EdgeStyle;
import org.eclipse.sirius.diagram.LineStyle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.klantreis.design.MappingNames;
import nl.klantreis.design.tests.SiriusSession;
import nl.klantreis.model.Handover;
import nl.klantreis.model.Journey;
import nl.klantreis.model.JourneyModel;
import nl.klantreis.model.KlantreisPackage;
import nl.klantreis.model.Organisation;
import nl.klantreis.model.Phase;
import nl.klantreis.model.Touchpoint;
import nl.klantreis.model.io.KlantreisResources;

/**
 * A facilitator draws the Loon op Zand journey on its map with the mouse and the keyboard, as in
 * a workshop: a palette tool made active and a click on the canvas, drags with the selection
 * tool, F2 and typing, Edit > Undo and Redo. Nothing here arranges the map or builds a model
 * command: after every gesture the model says what the gesture meant (organisation, phase,
 * written order, name) and the map drawn agrees with it (each step in its organisation's row and
 * in written order, no box over another, every edge label beside its line, no step outside its
 * phase).
 */
class DrawingInAWorkshopTest {

    private static final String TOUCHPOINT_TOOL = "Contactmoment";
    private static final String HANDOVER_TOOL = "Overdracht";

    @TempDir
    Path folder;

    private SiriusSession sirius;
    private DiagramOnScreen screen;
    private Journey journey;

    @AfterEach
    void close() throws Exception {
        if (screen != null) {
            screen.close();
        }
        if (sirius != null) {
            sirius.close();
        }
    }

    @Test
    void aClickWithTheTouchpointToolMakesAStepOfTheLaneClickedWhereClicked() throws Exception {
        open(false);
        assertFalse(screen.dirty(), "a new map opens laid out, with nothing to save");
        assertEquals(journey.getName(), screen.editor().getTitle(), "the editor is named after the journey");
        Phase arrival = phase("aankomst-fase");
        Rectangle budget = box("budgetcoaching");
        Rectangle language = box("taalcoaching");
        // in the language coach's row, between budget coaching and language coaching
        Touchpoint made = clickATouchpoint(new Point(budget.right() + 16, language.y + 8), arrival, 2,
                "a new touchpoint between budget coaching and language coaching");
        assertEquals(List.of("brede-intake", "budgetcoaching", made.getId(), "taalcoaching"), ids(arrival));
        assertSame(organisation("taalcoach"), made.getOrganisation(), "the lane clicked in");
        assertAgrees("after a click in the language coach's lane");
        assertEquals(box("taalcoaching").height, box(made).height, "as high as the other steps");
        Workbench.screenshot(screen.editor().getSite().getShell(), "drawing-1-click-in-a-lane");
        screen.exportPng("drawing-in-a-workshop");

        // a second click, among the consulent's steps
        Rectangle intake = box("brede-intake");
        Touchpoint second = clickATouchpoint(new Point(intake.right() + 16, intake.y + 8), arrival, 1,
                "a new touchpoint after the broad intake");
        assertEquals(List.of("brede-intake", second.getId(), "budgetcoaching", made.getId(), "taalcoaching"), ids(arrival));
        assertSame(organisation("consulent"), second.getOrganisation());
        assertAgrees("after a second click");

        screen.undo();
        assertEquals(List.of("brede-intake", "budgetcoaching", made.getId(), "taalcoaching"), ids(arrival), "undone");
        assertAgrees("after undo");
        screen.redo();
        assertEquals(List.of("brede-intake", second.getId(), "budgetcoaching", made.getId(), "taalcoaching"), ids(arrival),
                "redone");
        assertSame(organisation("consulent"), second.getOrganisation());
        assertAgrees("after redo");
    }

    @Test
    void aClickInTheLaneOfStepsWithoutOrganisationRecordsNone() throws Exception {
        open(true);
        Phase work = phase("werk-fase");
        Rectangle unrecorded = box("budgetcoaching");
        Rectangle start = box("hob-intake");
        Touchpoint made = clickATouchpoint(new Point(start.right() + 16, unrecorded.y + 8), work, 1, "a new touchpoint between the two steps of the phase");
        assertEquals(List.of("hob-intake", made.getId(), "huisarts-consult"), ids(work));
        assertNull(made.getOrganisation(), "nobody recorded one");
        assertAgrees("after a click in the lane without organisation");
        assertEquals(box("budgetcoaching").y, box(made).y, "in the row of the steps without organisation");
    }

    @Test
    void aDragWithinAPhaseChangesTheWrittenOrderOrTheOrganisation() throws Exception {
        open(false);
        Phase arrival = phase("aankomst-fase");
        Rectangle budget = box("budgetcoaching");
        Rectangle language = box("taalcoaching");
        screen.drag(center(budget), new Point(language.getCenter().x + 20, budget.getCenter().y));
        assertEquals(List.of("brede-intake", "taalcoaching", "budgetcoaching"), ids(arrival),
                () -> "moved after language coaching: " + screen.notationBounds());
        assertSame(organisation("consulent"), touchpoint("budgetcoaching").getOrganisation(), "in its own lane still");
        assertAgrees("after a drag to the right");
        Workbench.screenshot(screen.editor().getSite().getShell(), "drawing-2-drag-to-reorder");

        Rectangle intake = box("brede-intake");
        screen.drag(center(intake), new Point(intake.getCenter().x, box("taalcoaching").getCenter().y));
        assertSame(organisation("taalcoach"), touchpoint("brede-intake").getOrganisation(), "the lane it was dragged into");
        assertEquals(List.of("brede-intake", "taalcoaching", "budgetcoaching"), ids(arrival));
        assertAgrees("after a drag into another lane");

        screen.undo();
        assertSame(organisation("consulent"), touchpoint("brede-intake").getOrganisation(), "undone");
        assertAgrees("after undoing the drag into another lane");
        screen.undo();
        assertEquals(List.of("brede-intake", "budgetcoaching", "taalcoaching"), ids(arrival), "undone");
        assertAgrees("after undoing the drag to the right");
        screen.redo();
        assertEquals(List.of("brede-intake", "taalcoaching", "budgetcoaching"), ids(arrival), "redone");
        assertAgrees("after redo");
    }

    @Test
    void aDragIntoAnotherPhaseMovesTheStepThereToTheLaneAndPlaceItWasDroppedAt() throws Exception {
        open(false);
        Phase arrival = phase("aankomst-fase");
        Phase work = phase("werk-fase");
        Rectangle start = box("hob-intake");
        Rectangle doctor = box("huisarts-consult");
        // between the two steps of the other phase, in the row of the general practice
        screen.drag(center(box("budgetcoaching")), new Point((start.right() + doctor.x) / 2, doctor.getCenter().y));
        assertEquals(List.of("hob-intake", "budgetcoaching", "huisarts-consult"), ids(work),
                () -> "dropped between the two: " + screen.notationBounds());
        assertEquals(List.of("brede-intake", "taalcoaching"), ids(arrival));
        assertSame(organisation("huisarts"), touchpoint("budgetcoaching").getOrganisation(), "the lane it was dropped in");
        assertTrue(journey.getHandovers().stream().anyMatch(handover -> handover.getSource() == touchpoint("budgetcoaching")),
                "its handovers go with it");
        assertAgrees("after a drag into another phase");
        Workbench.screenshot(screen.editor().getSite().getShell(), "drawing-4-drag-into-another-phase");

        screen.undo();
        assertEquals(List.of("brede-intake", "budgetcoaching", "taalcoaching"), ids(arrival), "undone");
        assertSame(organisation("consulent"), touchpoint("budgetcoaching").getOrganisation(), "undone");
        assertAgrees("after undoing the drag into another phase");
        screen.redo();
        assertEquals(List.of("hob-intake", "budgetcoaching", "huisarts-consult"), ids(work), "redone");
        assertAgrees("after redoing the drag into another phase");
    }

    @Test
    void aDropThatMeansNothingPutsTheStepBackAndSaysWhy() throws Exception {
        open(false);
        Rectangle before = box("budgetcoaching");
        Rectangle laneName = JourneyMapOnScreenTest.boxOf(screen.boxes(MappingNames.LANE), organisation("taalcoach")).bounds();
        screen.drag(center(before), laneName.getCenter());
        Workbench.waitUntil(() -> Workbench.statusLine().contains("'Budgetcoaching'"),
                () -> "the status line to say why the step went back, not '" + Workbench.statusLine() + "'");
        assertEquals(List.of("brede-intake", "budgetcoaching", "taalcoaching"), ids(phase("aankomst-fase")), "the order as it was");
        assertSame(organisation("consulent"), touchpoint("budgetcoaching").getOrganisation(), "the organisation as it was");
        assertEquals(before, box("budgetcoaching"), "back where it was");
        assertAgrees("after a drop that means nothing");
        Workbench.screenshot(screen.editor().getSite().getShell(), "drawing-5-refused-drop");
    }

    @Test
    void typingInPlaceChangesTheNameAndOnlyTheName() throws Exception {
        open(false);
        screen.click(center(box("taalcoaching")));
        screen.typeInPlace(" thuis");
        assertEquals("Taalcoaching thuis", touchpoint("taalcoaching").getName());
        assertAgrees("after typing in place");
        sirius.session.save(new NullProgressMonitor());
        Resource saved = KlantreisResources.newResourceSet().getResource(URI.createFileURI(folder.resolve("model.xmi").toString()),
                true);
        Touchpoint inSession = touchpoint("taalcoaching");
        Touchpoint onDisk = (Touchpoint) saved.getEObject(inSession.eResource().getURIFragment(inSession));
        assertEquals("Taalcoaching thuis", onDisk.getName(), "on disk");
    }

    @Test
    void aNewHandoverHasNoKindAndIsDrawnAsOneOfUnrecordedKind() throws Exception {
        open(false);
        int handovers = journey.getHandovers().size();
        screen.useTool(HANDOVER_TOOL);
        screen.click(center(box("budgetcoaching")));
        screen.click(center(box("taalcoaching")));
        assertEquals(handovers + 1, journey.getHandovers().size(), "one handover more");
        Handover made = journey.getHandovers().get(handovers);
        assertSame(touchpoint("budgetcoaching"), made.getSource());
        assertSame(touchpoint("taalcoaching"), made.getTarget());
        assertFalse(made.isSetKind(), "no kind recorded");
        DEdge edge = map.getEdges().stream().filter(drawn -> drawn.getTarget() == made).findFirst().orElseThrow();
        assertEquals(LineStyle.DOT_LITERAL, ((EdgeStyle) edge.getStyle()).getLineStyle(), "dotted, as the report draws it");
        assertAgrees("after a new handover");
        Workbench.screenshot(screen.editor().getSite().getShell(), "drawing-4-new-handover");
    }

    @Test
    void theMapFollowsAChangeMadeElsewhereAndReopensAsItWasLeft() throws Exception {
        open(false);
        // as the Properties view makes it: a command on the session's editing domain
        Touchpoint doctor = touchpoint("huisarts-consult");
        sirius.execute(SetCommand.create(sirius.domain, doctor, KlantreisPackage.Literals.TOUCHPOINT__ORGANISATION,
                organisation("consulent")));
        Workbench.waitUntil(() -> box("brede-intake").y == box(doctor).y,
                () -> "the doctor's consult in the consulent's row (its organisation: " + doctor.getOrganisation().getId() + "; "
                        + screen.notationBounds() + ")");
        assertAgrees("after a change in the Properties view");

        sirius.session.save(new NullProgressMonitor());
        Map<String, Rectangle> left = Map.of("brede-intake", box("brede-intake"), "huisarts-consult", box(doctor));
        screen.close();
        screen = DiagramOnScreen.open(sirius.session, map);
        screen.maximize();
        assertFalse(screen.dirty(), "a saved map reopens with nothing to save");
        left.forEach((id, bounds) -> assertEquals(bounds, box(id), id + " where it was"));
        assertAgrees("after reopening");
    }

    // --- the map, read back from the screen

    private DDiagram map;

    private void open(boolean oneStepWithoutOrganisation) throws Exception {
        sirius = SiriusSession.openExample(SiriusSession.example("loon-op-zand"), folder);
        journey = sirius.model.getJourneys().get(0);
        if (oneStepWithoutOrganisation) {
            sirius.withoutOrganisation();
        }
        map = sirius.create(MappingNames.JOURNEY_MAP, journey);
        screen = DiagramOnScreen.open(sirius.session, map);
        screen.maximize();
    }

    private void assertAgrees(String when) throws Exception {
        try {
            assertAgreesNow(when);
        } catch (AssertionError disagrees) {
            Workbench.screenshot(screen.editor().getSite().getShell(), "failed-" + when.replace(' ', '-'));
            throw disagrees;
        }
    }

    private void assertAgreesNow(String when) {
        String where = "loon-op-zand " + when + ": ";
        screen.awaitLayout();
        JourneyMapOnScreenTest.assertTouchpointsInWrittenOrder(screen, journey, where);
        JourneyMapOnScreenTest.assertTouchpointsInTheirLanes(screen, journey, where);
        JourneyMapOnScreenTest.assertPlacedAsInTheReport(screen, journey, where);
        JourneyMapOnScreenTest.assertReadable(screen, JourneyMapOnScreenTest.BOXES, where);
        for (Phase phase : journey.getPhases()) {
            Rectangle around = JourneyMapOnScreenTest.boxOf(screen.boxes(MappingNames.PHASE), phase).bounds();
            for (Touchpoint step : phase.getTouchpoints()) {
                assertTrue(around.contains(box(step)), where + step.getId() + " inside its phase");
            }
        }
        for (DiagramOnScreen.EdgeLabel label : screen.edgeLabels()) {
            assertTrue(distance(label.route(), label.bounds()) <= 12,
                    where + "the label '" + label.text() + "' " + distance(label.route(), label.bounds()) + " px from its line");
        }
    }

    /** How far a label is from its line: from the nearest point of its text to the nearest segment. */
    private static double distance(PointList route, Rectangle label) {
        double nearest = Double.MAX_VALUE;
        for (int i = 1; i < route.size(); i++) {
            java.awt.geom.Line2D segment = new java.awt.geom.Line2D.Double(route.getPoint(i - 1).x, route.getPoint(i - 1).y,
                    route.getPoint(i).x, route.getPoint(i).y);
            if (segment.intersects(label.x, label.y, label.width, label.height)) {
                return 0;
            }
            for (Point corner : List.of(label.getTopLeft(), label.getTopRight(), label.getBottomLeft(), label.getBottomRight(),
                    label.getTop(), label.getBottom(), label.getLeft(), label.getRight())) {
                nearest = Math.min(nearest, segment.ptSegDist(corner.x, corner.y));
            }
        }
        return nearest;
    }

    private Rectangle box(String touchpointId) {
        return box(touchpoint(touchpointId));
    }

    private Rectangle box(Touchpoint touchpoint) {
        return JourneyMapOnScreenTest.boxOf(screen.boxes(MappingNames.TOUCHPOINT), touchpoint).bounds();
    }

    private static Point center(Rectangle box) {
        return box.getCenter();
    }

    private Touchpoint touchpoint(String id) {
        return journey.getPhases().stream().flatMap(phase -> phase.getTouchpoints().stream())
                .filter(touchpoint -> id.equals(touchpoint.getId())).findFirst().orElseThrow(() -> new AssertionError("no " + id));
    }

    private Phase phase(String id) {
        return journey.getPhases().stream().filter(phase -> id.equals(phase.getId())).findFirst().orElseThrow();
    }

    private Organisation organisation(String id) {
        JourneyModel model = sirius.model;
        return model.getOrganisations().stream().filter(organisation -> id.equals(organisation.getId())).findFirst().orElseThrow();
    }

    /**
     * Clicks with the touchpoint tool at {@code at} and returns the touchpoint it made, once it
     * stands at {@code index} of the phase: Sirius makes a new touchpoint's view in the same
     * change or, now and then, a moment later, when the editor refreshes; the map reads the
     * click when the view is there.
     */
    private Touchpoint clickATouchpoint(Point at, Phase phase, int index, String what) {
        screen.useTool(TOUCHPOINT_TOOL);
        screen.click(at);
        List<String> before = List.of("brede-intake", "budgetcoaching", "taalcoaching", "hob-intake", "huisarts-consult");
        Workbench.waitUntil(() -> phase.getTouchpoints().size() > index
                && !before.contains(phase.getTouchpoints().get(index).getId())
                && (index == 0 || before.contains(phase.getTouchpoints().get(index - 1).getId())),
                () -> what + " (the phase now: " + ids(phase) + "; " + screen.notationBounds() + ")");
        return phase.getTouchpoints().get(index);
    }

    private static List<String> ids(Phase phase) {
        return phase.getTouchpoints().stream().map(Touchpoint::getId).toList();
    }
}
