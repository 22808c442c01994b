/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.sirius.diagram.DDiagram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.klantreis.design.MappingNames;
import nl.klantreis.design.tests.CatalogueFindings;
import nl.klantreis.design.tests.SiriusSession;
import nl.klantreis.model.Journey;
import nl.klantreis.model.Organisation;
import nl.klantreis.model.Phase;
import nl.klantreis.model.Touchpoint;
import nl.klantreis.presentation.JourneyMapGeometry;

/**
 * The journey map of every journey of every example, opened in Sirius's diagram editor in a
 * real workbench and read back from what the editor draws: touchpoints in written order, boxes
 * and labels that overlap nothing and are not cut off, marks that cover no text and sit on the
 * elements the rule catalogue reports, no edge through a box. Each map is exported as a PNG.
 */
class JourneyMapOnScreenTest {

    static final Set<String> BOXES = Set.of(MappingNames.TOUCHPOINT, MappingNames.PAIN_POINT, MappingNames.IMPROVEMENT,
            MappingNames.KEY_PERSON, MappingNames.LANE, MappingNames.UNRECORDED_LANE);

    @TempDir
    Path folder;

    @ParameterizedTest
    @MethodSource("nl.klantreis.design.tests.ExampleModels#all")
    void everyJourneyMapIsReadableOnScreen(Path example) throws Exception {
        try (SiriusSession sirius = SiriusSession.openExample(example, folder)) {
            Map<String, Set<EObject>> findings = CatalogueFindings.of(sirius.model);
            for (Journey journey : sirius.model.getJourneys()) {
                DDiagram map = sirius.create(MappingNames.JOURNEY_MAP, journey);
                try (DiagramOnScreen screen = DiagramOnScreen.open(sirius.session, map)) {
                    String where = example.getFileName() + " " + journey.getId() + ": ";
                    Path png = screen.exportPng("journey-map-" + journey.getId());
                    assertTrue(Files.size(png) > 0, where + "exported " + png);
                    assertTouchpointsInWrittenOrder(screen, journey, where);
                    assertTouchpointsInTheirLanes(screen, journey, where);
                    assertPlacedAsInTheReport(screen, journey, where);
                    assertReadable(screen, BOXES, where);
                    assertMarksOnFindings(screen, journey, findings, where);
                    screen.showWhole();
                    Workbench.screenshot(screen.editor().getSite().getShell(), "journey-map-in-eclipse-" + journey.getId());
                }
            }
        }
    }

    /** A touchpoint whose organisation nobody recorded: its lane is named so, on screen as in the report. */
    @Test
    void touchpointsWithoutOrganisationHaveALaneOfTheirOwn() throws Exception {
        try (SiriusSession sirius = SiriusSession.openExample(SiriusSession.example("loon-op-zand"), folder)) {
            Journey journey = sirius.model.getJourneys().get(0);
            Touchpoint second = sirius.withoutOrganisation();
            DDiagram map = sirius.create(MappingNames.JOURNEY_MAP, journey);
            try (DiagramOnScreen screen = DiagramOnScreen.open(sirius.session, map)) {
                String where = "loon-op-zand without the organisation of " + second.getId() + ": ";
                assertEquals(1, screen.boxes(MappingNames.UNRECORDED_LANE).size(), where + "one lane for it");
                assertTouchpointsInWrittenOrder(screen, journey, where);
                assertTouchpointsInTheirLanes(screen, journey, where);
                assertReadable(screen, BOXES, where);
                assertTrue(screen.labels().stream().anyMatch(label -> label.text().equals("Organisatie niet vastgelegd")),
                        where + "the lane says what is missing");
                screen.exportPng("journey-map-without-organisation");
            }
        }
    }

    static void assertTouchpointsInWrittenOrder(DiagramOnScreen screen, Journey journey, String where) {
        List<Touchpoint> written = new ArrayList<>();
        journey.getPhases().stream().map(Phase::getTouchpoints).forEach(written::addAll);
        List<DiagramOnScreen.Box> drawn = screen.boxes(MappingNames.TOUCHPOINT);
        assertEquals(written.size(), drawn.size(), where + "a box per touchpoint");
        int previousRight = Integer.MIN_VALUE;
        for (Touchpoint touchpoint : written) {
            Rectangle box = boxOf(drawn, touchpoint).bounds();
            if (box.x < previousRight) {
                fail(where + "'" + touchpoint.getName() + "' is drawn left of the touchpoint before it");
            }
            previousRight = box.right();
        }
    }

    /**
     * Every touchpoint, read back from the figure the editor draws, stands in the lane and column
     * the one journey-map geometry gives it, as in the report (ExamplesTest reads the report's SVG
     * back the same way).
     */
    static void assertPlacedAsInTheReport(DiagramOnScreen screen, Journey journey, String where) {
        Map<String, JourneyMapGeometry.Box> drawn = new LinkedHashMap<>();
        for (DiagramOnScreen.Box box : screen.boxes(MappingNames.TOUCHPOINT)) {
            Rectangle bounds = box.bounds();
            drawn.put(((Touchpoint) box.target()).getId(), new JourneyMapGeometry.Box(bounds.x, bounds.y, bounds.width, bounds.height));
        }
        Map<String, JourneyMapGeometry.Placement> geometry = new LinkedHashMap<>();
        JourneyMapGeometry.of(journey, List.of(), JourneyMapGeometry.Measure.UNMEASURED).placements()
                .forEach((touchpoint, placement) -> geometry.put(touchpoint.getId(), placement));
        assertEquals(geometry, JourneyMapGeometry.placements(drawn), where + "lanes and columns as the geometry (and the report) gives them");
    }

    /**
     * Each organisation's touchpoints in one row, a row per organisation (no two overlapping),
     * and the organisation's name left of all touchpoints, level with its row.
     */
    static void assertTouchpointsInTheirLanes(DiagramOnScreen screen, Journey journey, String where) {
        List<DiagramOnScreen.Box> drawn = screen.boxes(MappingNames.TOUCHPOINT);
        Map<Organisation, Rectangle> rows = new LinkedHashMap<>();
        for (Phase phase : journey.getPhases()) {
            for (Touchpoint touchpoint : phase.getTouchpoints()) {
                Organisation organisation = touchpoint.getOrganisation() == null || touchpoint.getOrganisation().eIsProxy() ? null
                        : touchpoint.getOrganisation();
                Rectangle box = boxOf(drawn, touchpoint).bounds();
                Rectangle row = rows.get(organisation);
                if (row == null) {
                    rows.put(organisation, box);
                } else {
                    assertEquals(row.y, box.y, where + "'" + touchpoint.getName() + "' in the row of its organisation");
                }
            }
        }
        List<Rectangle> tops = new ArrayList<>(rows.values());
        for (int i = 0; i < tops.size(); i++) {
            for (int j = i + 1; j < tops.size(); j++) {
                assertFalse(tops.get(i).y < tops.get(j).bottom() && tops.get(j).y < tops.get(i).bottom(),
                        where + "two organisations' lanes overlap");
            }
        }
        int firstTouchpoint = drawn.stream().mapToInt(box -> box.bounds().x).min().orElse(Integer.MAX_VALUE);
        List<DiagramOnScreen.Box> names = new ArrayList<>(screen.boxes(MappingNames.LANE));
        names.addAll(screen.boxes(MappingNames.UNRECORDED_LANE));
        assertEquals(rows.size(), names.size(), where + "a name per lane, also for the touchpoints without an organisation");
        for (DiagramOnScreen.Box name : names) {
            Rectangle row = rows.get(name.target() instanceof Organisation organisation ? organisation : null);
            assertTrue(row != null && name.bounds().y < row.bottom() && row.y < name.bounds().bottom(),
                    where + "the name of " + name.target() + " level with its touchpoints");
            assertTrue(name.bounds().right() < firstTouchpoint, where + "lane names left of the touchpoints");
        }
    }

    /** Boxes overlap no other box, labels overlap no other label and are shown whole, no edge crosses a box. */
    static void assertReadable(DiagramOnScreen screen, Set<String> boxMappings, String where) {
        List<DiagramOnScreen.Box> boxes = screen.boxes().stream().filter(box -> boxMappings.contains(box.mapping())).toList();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertFalse(boxes.get(i).bounds().intersects(boxes.get(j).bounds()),
                        where + "boxes overlap: " + boxes.get(i) + " and " + boxes.get(j));
            }
        }
        List<DiagramOnScreen.Label> labels = screen.labels();
        assertFalse(labels.isEmpty(), where + "labels drawn");
        for (DiagramOnScreen.Label label : labels) {
            assertFalse(label.truncated(), where + "label cut off: " + label.text());
        }
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                assertFalse(labels.get(i).bounds().intersects(labels.get(j).bounds()),
                        where + "labels overlap: '" + labels.get(i).text() + "' " + labels.get(i).bounds() + " and '" + labels.get(j).text()
                                + "' " + labels.get(j).bounds());
            }
        }
        for (DiagramOnScreen.Edge edge : screen.edges()) {
            for (DiagramOnScreen.Box box : boxes) {
                boolean end = box.bounds().equals(edge.source()) || box.bounds().equals(edge.target())
                        || box.bounds().contains(edge.route().getFirstPoint())
                        || box.bounds().contains(edge.route().getLastPoint());
                assertFalse(!end && DiagramOnScreen.crosses(edge.route(), box.bounds()),
                        where + edge.mapping() + " edge runs through " + box.mapping() + " " + box.target());
            }
        }
    }

    /** A mark sits on every element with an interpreter or intake finding, on no other, and covers no text. */
    static void assertMarksOnFindings(DiagramOnScreen screen, Journey journey, Map<String, Set<EObject>> findings,
            String where) {
        List<Rectangle> marks = screen.marks();
        Set<EObject> interpreterFindings = CatalogueFindings.elements(findings, "KR-INTERPRETER-01", "KR-INTERPRETER-02");
        Set<EObject> intakeFindings = CatalogueFindings.elements(findings, "KR-INTAKE-01", "KR-INTAKE-02");
        long expected = 0;
        for (DiagramOnScreen.Box box : screen.boxes()) {
            boolean interpreter = interpreterFindings.contains(box.target());
            boolean intake = intakeFindings.contains(box.target());
            if (!box.mapping().equals(MappingNames.TOUCHPOINT) && !box.mapping().equals(MappingNames.JOURNEY)) {
                continue;
            }
            long on = marks.stream().filter(mark -> box.bounds().contains(mark)).count();
            long inside = box.mapping().equals(MappingNames.JOURNEY)
                    ? marks.stream().filter(mark -> box.bounds().contains(mark)
                            && screen.boxes(MappingNames.TOUCHPOINT).stream().noneMatch(tp -> tp.bounds().contains(mark))).count()
                    : on;
            long wanted = (interpreter ? 1 : 0) + (intake ? 1 : 0);
            assertEquals(wanted, inside, where + "marks on " + box.mapping() + " " + box.target());
            expected += wanted;
        }
        assertEquals(expected, marks.size(), where + "marks in all");
        for (Rectangle mark : marks) {
            for (DiagramOnScreen.Label label : screen.labels()) {
                assertFalse(mark.intersects(label.bounds()), where + "a mark covers the label '" + label.text() + "'");
            }
        }
    }

    static DiagramOnScreen.Box boxOf(List<DiagramOnScreen.Box> boxes, EObject target) {
        return boxes.stream().filter(box -> box.target() == target).findFirst()
                .orElseThrow(() -> new AssertionError("no box for " + target));
    }
}
