/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.sirius.diagram.DDiagram;
import org.eclipse.sirius.diagram.DDiagramElement;
import org.eclipse.sirius.diagram.DEdge;
import org.eclipse.sirius.diagram.DNode;
import org.eclipse.sirius.diagram.DNodeContainer;
import org.eclipse.sirius.diagram.EdgeStyle;
import org.eclipse.sirius.diagram.LineStyle;
import org.eclipse.sirius.diagram.FlatContainerStyle;
import org.eclipse.sirius.viewpoint.DSemanticDecorator;
import org.eclipse.sirius.viewpoint.RGBValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.klantreis.design.MappingNames;
import nl.klantreis.model.Handover;
import nl.klantreis.model.HandoverKind;
import nl.klantreis.model.Improvement;
import nl.klantreis.model.Journey;
import nl.klantreis.model.KlantreisPackage;
import nl.klantreis.model.Organisation;
import nl.klantreis.model.PainPoint;
import nl.klantreis.model.Phase;
import nl.klantreis.model.Touchpoint;
import nl.klantreis.presentation.EmotionColours;
import nl.klantreis.presentation.HandoverStyle;
import nl.klantreis.presentation.JourneyLabels;
import nl.klantreis.presentation.Rgb;

/**
 * The journey map of every journey of every example, as Sirius 7.5 computes it: what it must
 * contain, element by element, and the design card's marks exactly where the rule catalogue
 * reports its findings.
 */
class JourneyMapTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @MethodSource("nl.klantreis.design.tests.ExampleModels#all")
    void theMapShowsEveryJourneyAsWritten(Path example) throws Exception {
        try (SiriusSession sirius = SiriusSession.openExample(example, folder)) {
            Map<String, Set<EObject>> findings = CatalogueFindings.of(sirius.model);
            assertFalse(sirius.model.getJourneys().isEmpty());
            for (Journey journey : sirius.model.getJourneys()) {
                DDiagram map = sirius.create(MappingNames.JOURNEY_MAP, journey);
                String where = example.getFileName() + " " + journey.getId() + ": ";
                assertPhasesInOrderWithTheirTouchpoints(map, journey, where);
                assertLanes(map, journey, where);
                assertHandovers(map, journey, where);
                assertLinks(map, journey, where);
                assertMarks(map, journey, findings, where);
            }
        }
    }

    /** The figures the issue counted by hand on Loon op Zand's journey "aankomst". */
    @org.junit.jupiter.api.Test
    void loonOpZandAsCountedByHand() throws Exception {
        try (SiriusSession sirius = SiriusSession.openExample(SiriusSession.example("loon-op-zand"), folder)) {
            DDiagram map = sirius.create(MappingNames.JOURNEY_MAP, sirius.model.getJourneys().get(0));
            assertEquals(1, views(map, DNodeContainer.class, MappingNames.JOURNEY).size());
            assertEquals(2, views(map, DNodeContainer.class, MappingNames.PHASE).size());
            assertEquals(5, views(map, DNodeContainer.class, MappingNames.TOUCHPOINT).size());
            List<DEdge> handovers = views(map, DEdge.class, MappingNames.HANDOVER);
            assertEquals(3, handovers.size());
            assertEquals(1, handovers.stream().filter(edge -> edge.getOwnedStyle().getLineStyle() == LineStyle.DASH_LITERAL).count());
            assertEquals(3, map.getDiagramElements().stream().filter(element -> !element.getDecorations().isEmpty()).count(),
                    "marks on three touchpoints");
        }
    }

    private static void assertPhasesInOrderWithTheirTouchpoints(DDiagram map, Journey journey, String where) {
        List<DNodeContainer> journeys = views(map, DNodeContainer.class, MappingNames.JOURNEY);
        assertEquals(1, journeys.size(), where + "one journey container");
        assertSame(journey, journeys.get(0).getTarget());
        List<EObject> phases = journeys.get(0).getOwnedDiagramElements().stream()
                .filter(element -> MappingNames.PHASE.equals(element.getMapping().getName())).map(DDiagramElement::getTarget)
                .toList();
        assertEquals(new ArrayList<EObject>(journey.getPhases()), phases, where + "phases in written order");
        List<DNodeContainer> touchpoints = views(map, DNodeContainer.class, MappingNames.TOUCHPOINT);
        assertEquals(journey.getPhases().stream().mapToInt(phase -> phase.getTouchpoints().size()).sum(),
                touchpoints.size(), where + "one box per touchpoint");
        for (DNodeContainer box : touchpoints) {
            Touchpoint touchpoint = (Touchpoint) box.getTarget();
            Phase phase = (Phase) ((DSemanticDecorator) box.eContainer()).getTarget();
            assertSame(touchpoint.eContainer(), phase, where + touchpoint.getId() + " in its phase");
            Rgb emotion = EmotionColours.of(touchpoint);
            assertEquals(List.of(emotion.red(), emotion.green(), emotion.blue()),
                    rgb(((FlatContainerStyle) box.getOwnedStyle()).getBackgroundColor()),
                    where + touchpoint.getId() + " has its emotion's colour");
            Rgb text = emotion.text();
            assertEquals(List.of(text.red(), text.green(), text.blue()), rgb(((FlatContainerStyle) box.getOwnedStyle()).getLabelColor()),
                    where + touchpoint.getId() + "'s name in black or white, whichever reads on its colour");
            assertEquals(touchpoint.getName(), box.getName().lines().findFirst().orElse(""), where + "label");
        }
        for (DNodeContainer phaseView : views(map, DNodeContainer.class, MappingNames.PHASE)) {
            // a horizontal stack: Sirius lays its touchpoints out left to right in this order
            assertEquals(new ArrayList<EObject>(((Phase) phaseView.getTarget()).getTouchpoints()),
                    phaseView.getOwnedDiagramElements().stream().map(DDiagramElement::getTarget).toList(),
                    where + "touchpoints in written order (drawn left to right by the editor's layout: nl.klantreis.ui.tests)");
        }
    }

    /**
     * A named lane per organisation the journey's touchpoints are with, in the order the journey
     * meets them, inside the journey (the report draws the same lanes; placed by the editor's
     * layout: nl.klantreis.ui.tests).
     */
    private static void assertLanes(DDiagram map, Journey journey, String where) {
        List<EObject> met = new ArrayList<>();
        for (Phase phase : journey.getPhases()) {
            for (Touchpoint touchpoint : phase.getTouchpoints()) {
                Organisation organisation = touchpoint.getOrganisation();
                if (organisation != null && !organisation.eIsProxy() && !met.contains(organisation)) {
                    met.add(organisation);
                }
            }
        }
        List<DNode> lanes = views(map, DNode.class, MappingNames.LANE);
        assertEquals(met, lanes.stream().map(DDiagramElement::getTarget).toList(),
                where + "a lane per organisation, in the order the journey meets them");
        for (DNode lane : lanes) {
            assertEquals(((Organisation) lane.getTarget()).getName(), lane.getName(), where + "lane named after its organisation");
            assertSame(journey, ((DSemanticDecorator) lane.eContainer()).getTarget(), where + "lane inside the journey");
        }
        boolean unrecorded = journey.getPhases().stream().flatMap(phase -> phase.getTouchpoints().stream())
                .anyMatch(touchpoint -> touchpoint.getOrganisation() == null || touchpoint.getOrganisation().eIsProxy());
        List<DNode> unrecordedLane = views(map, DNode.class, MappingNames.UNRECORDED_LANE);
        assertEquals(unrecorded ? 1 : 0, unrecordedLane.size(), where + "a lane for touchpoints without an organisation, if any");
        // in the workbench's language: "Organisatie niet vastgelegd" (on screen: nl.klantreis.ui.tests)
        unrecordedLane.forEach(lane -> assertTrue(lane.getName().endsWith(" " + JourneyLabels.notRecorded(Locale.getDefault())),
                where + "says what is missing: " + lane.getName()));
    }

    /** Touchpoints whose organisation nobody recorded share a lane named so (the report's lane says the same). */
    @org.junit.jupiter.api.Test
    void touchpointsWithoutOrganisationShareALaneNamedSo() throws Exception {
        try (SiriusSession sirius = SiriusSession.openExample(SiriusSession.example("loon-op-zand"), folder)) {
            Journey journey = sirius.model.getJourneys().get(0);
            Touchpoint second = sirius.withoutOrganisation();
            DDiagram map = sirius.create(MappingNames.JOURNEY_MAP, journey);
            assertLanes(map, journey, "loon-op-zand without the organisation of " + second.getId() + ": ");
            assertEquals(1, views(map, DNode.class, MappingNames.UNRECORDED_LANE).size());
        }
    }

    /** A handover whose kind nobody recorded is drawn grey and dotted, as the report draws it: not as a warm one. */
    @Test
    void aHandoverOfUnrecordedKindIsNotDrawnAsWarm() throws Exception {
        try (SiriusSession sirius = SiriusSession.openExample(SiriusSession.example("loon-op-zand"), folder)) {
            Journey journey = sirius.model.getJourneys().get(0);
            Handover warm = journey.getHandovers().stream().filter(handover -> handover.getKind() == HandoverKind.WARM).findFirst().orElseThrow();
            sirius.execute(org.eclipse.emf.edit.command.SetCommand.create(sirius.domain, warm, KlantreisPackage.Literals.HANDOVER__KIND,
                    org.eclipse.emf.edit.command.SetCommand.UNSET_VALUE));
            DDiagram map = sirius.create(MappingNames.JOURNEY_MAP, journey);
            assertHandovers(map, journey, "loon-op-zand without the kind of " + warm.getSource().getId() + ": ");
            assertEquals(1, views(map, DEdge.class, MappingNames.HANDOVER).stream()
                    .filter(edge -> edge.getOwnedStyle().getLineStyle() == LineStyle.DOT_LITERAL).count(), "the one unrecorded handover");
        }
    }

    private static void assertHandovers(DDiagram map, Journey journey, String where) {
        List<DEdge> edges = views(map, DEdge.class, MappingNames.HANDOVER);
        assertEquals(journey.getHandovers().size(), edges.size(), where + "one edge per handover");
        for (DEdge edge : edges) {
            Handover handover = (Handover) edge.getTarget();
            assertSame(handover.getSource(), ((DSemanticDecorator) edge.getSourceNode()).getTarget());
            assertSame(handover.getTarget(), ((DSemanticDecorator) edge.getTargetNode()).getTarget());
            EdgeStyle style = edge.getOwnedStyle();
            // as the report draws them: warm green and solid, cold red and dashed, not recorded grey and dotted
            HandoverKind kind = handover.isSetKind() ? handover.getKind() : null;
            assertEquals(kind == null ? LineStyle.DOT_LITERAL : kind == HandoverKind.COLD ? LineStyle.DASH_LITERAL : LineStyle.SOLID_LITERAL,
                    style.getLineStyle(), where + handover.getSource().getId() + " -> " + handover.getTarget().getId());
            Rgb colour = (kind == null ? HandoverStyle.NOT_RECORDED : kind == HandoverKind.COLD ? HandoverStyle.COLD : HandoverStyle.WARM)
                    .colour();
            assertEquals(List.of(colour.red(), colour.green(), colour.blue()), rgb(style.getStrokeColor()),
                    where + "cold is red, warm is green, not recorded is grey, in the report's colours");
        }
    }

    private static void assertLinks(DDiagram map, Journey journey, String where) {
        assertEquals(new HashSet<>(journey.getPainPoints()), targets(views(map, DNode.class, MappingNames.PAIN_POINT)), where + "pain points");
        assertEquals(new HashSet<>(journey.getImprovements()), targets(views(map, DNode.class, MappingNames.IMPROVEMENT)), where + "improvements");
        Set<List<EObject>> painPointLinks = new HashSet<>();
        for (PainPoint painPoint : journey.getPainPoints()) {
            painPoint.getTouchpoints().forEach(touchpoint -> painPointLinks.add(List.of(painPoint, touchpoint)));
        }
        assertEquals(painPointLinks, ends(views(map, DEdge.class, MappingNames.PAIN_POINT_TOUCHPOINT)), where + "pain point on its touchpoints");
        Set<List<EObject>> addresses = new HashSet<>();
        for (Improvement improvement : journey.getImprovements()) {
            improvement.getAddresses().forEach(painPoint -> addresses.add(List.of(improvement, painPoint)));
        }
        assertEquals(addresses, ends(views(map, DEdge.class, MappingNames.IMPROVEMENT_PAIN_POINT)), where + "improvement on its pain points");
        Set<EObject> keyPersons = new HashSet<>();
        Set<List<EObject>> takesPart = new HashSet<>();
        for (Phase phase : journey.getPhases()) {
            for (Touchpoint touchpoint : phase.getTouchpoints()) {
                keyPersons.addAll(touchpoint.getKeyPersons());
                touchpoint.getKeyPersons().forEach(keyPerson -> takesPart.add(List.of(touchpoint, keyPerson)));
            }
        }
        assertEquals(keyPersons, targets(views(map, DNode.class, MappingNames.KEY_PERSON)), where + "key persons taking part");
        assertEquals(takesPart, ends(views(map, DEdge.class, MappingNames.KEY_PERSON_TOUCHPOINT)), where + "key person on touchpoints");
    }

    private static void assertMarks(DDiagram map, Journey journey, Map<String, Set<EObject>> findings, String where) {
        Set<EObject> inJourney = new HashSet<>();
        journey.eAllContents().forEachRemaining(inJourney::add);
        inJourney.add(journey);
        assertEquals(only(inJourney, CatalogueFindings.elements(findings, "KR-INTERPRETER-01", "KR-INTERPRETER-02")),
                marked(map, MappingNames.MISSING_INTERPRETER), where + "T marks");
        Set<EObject> intake = only(inJourney, CatalogueFindings.elements(findings, "KR-INTAKE-01", "KR-INTAKE-02"));
        assertEquals(intake.stream().filter(Touchpoint.class::isInstance).collect(Collectors.toSet()),
                marked(map, MappingNames.SHORT_INTAKE), where + "I marks on touchpoints");
        assertEquals(intake.stream().filter(Journey.class::isInstance).collect(Collectors.toSet()),
                marked(map, MappingNames.MISSING_INTAKE), where + "I mark on the journey");
    }

    static <T extends DDiagramElement> List<T> views(DDiagram diagram, Class<T> type, String mapping) {
        return diagram.getDiagramElements().stream().filter(type::isInstance).map(type::cast)
                .filter(element -> mapping.equals(element.getMapping().getName())).toList();
    }

    static Set<EObject> targets(List<? extends DDiagramElement> elements) {
        return elements.stream().map(DDiagramElement::getTarget).collect(Collectors.toSet());
    }

    static Set<List<EObject>> ends(List<DEdge> edges) {
        return edges.stream().map(edge -> List.of(((DSemanticDecorator) edge.getSourceNode()).getTarget(),
                ((DSemanticDecorator) edge.getTargetNode()).getTarget())).collect(Collectors.toSet());
    }

    static List<Integer> rgb(RGBValues colour) {
        return List.of(colour.getRed(), colour.getGreen(), colour.getBlue());
    }

    private static Set<EObject> marked(DDiagram map, String decoration) {
        return map.getDiagramElements().stream()
                .filter(element -> element.getDecorations().stream()
                        .anyMatch(mark -> decoration.equals(mark.getDescription().getName())))
                .map(DDiagramElement::getTarget).collect(Collectors.toSet());
    }

    private static Set<EObject> only(Set<EObject> scope, Set<EObject> elements) {
        return elements.stream().filter(scope::contains).collect(Collectors.toSet());
    }
}
