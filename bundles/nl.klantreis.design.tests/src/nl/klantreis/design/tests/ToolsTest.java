/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.design.tests;

import static nl.klantreis.design.tests.JourneyMapTest.ends;
import static nl.klantreis.design.tests.JourneyMapTest.targets;
import static nl.klantreis.design.tests.JourneyMapTest.views;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.transaction.RecordingCommand;
import org.eclipse.sirius.diagram.DDiagram;
import org.eclipse.sirius.diagram.DDiagramElement;
import org.eclipse.sirius.diagram.description.tool.ContainerDropDescription;
import org.eclipse.sirius.diagram.DDiagramElementContainer;
import org.eclipse.sirius.diagram.DEdge;
import org.eclipse.sirius.diagram.DNode;
import org.eclipse.sirius.diagram.DNodeContainer;
import org.eclipse.sirius.diagram.EdgeTarget;
import org.eclipse.sirius.diagram.description.tool.ContainerCreationDescription;
import org.eclipse.sirius.diagram.description.tool.EdgeCreationDescription;
import org.eclipse.sirius.diagram.description.tool.NodeCreationDescription;
import org.eclipse.sirius.diagram.description.tool.ReconnectEdgeDescription;
import org.eclipse.sirius.diagram.tools.api.command.DiagramCommandFactoryService;
import org.eclipse.sirius.diagram.tools.api.command.IDiagramCommandFactory;
import org.eclipse.sirius.table.metamodel.table.DCell;
import org.eclipse.sirius.table.metamodel.table.DColumn;
import org.eclipse.sirius.table.metamodel.table.DLine;
import org.eclipse.sirius.table.metamodel.table.DTable;
import org.eclipse.sirius.ecore.extender.business.api.accessor.exception.FeatureNotFoundException;
import org.eclipse.sirius.ecore.extender.business.api.permission.exception.LockedInstanceException;
import org.eclipse.sirius.table.metamodel.table.DFeatureColumn;
import org.eclipse.sirius.tools.api.command.ui.NoUICallback;
import org.eclipse.sirius.viewpoint.DRepresentation;
import org.eclipse.sirius.viewpoint.DSemanticDecorator;
import org.eclipse.sirius.diagram.description.tool.DirectEditLabel;
import org.eclipse.sirius.viewpoint.description.tool.ToolEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.klantreis.design.MappingNames;
import nl.klantreis.model.Channel;
import nl.klantreis.model.Handover;
import nl.klantreis.model.Improvement;
import nl.klantreis.model.Journey;
import nl.klantreis.model.KeyPerson;
import nl.klantreis.model.KlantreisFactory;
import nl.klantreis.model.Organisation;
import nl.klantreis.model.PainPoint;
import nl.klantreis.model.Phase;
import nl.klantreis.model.Touchpoint;

/**
 * Every palette tool of the journey map and the chain map, and every cell editor of the
 * touchpoint table, run as Sirius runs them: a command on the session's editing domain. Each
 * test asserts the model change, that the refreshed representation shows it, and that undo
 * restores the model.
 */
class ToolsTest {

    @TempDir
    Path folder;

    private SiriusSession sirius;
    private IDiagramCommandFactory diagrams;
    private Journey journey;
    private DDiagram map;

    @BeforeEach
    void openLoonOpZand() throws Exception {
        Locale.setDefault(Locale.ENGLISH);
        sirius = SiriusSession.openExample(SiriusSession.example("loon-op-zand"), folder);
        diagrams = DiagramCommandFactoryService.getInstance().getNewProvider().getCommandFactory(sirius.domain);
        diagrams.setUserInterfaceCallBack(new NoUICallback());
        journey = sirius.model.getJourneys().get(0);
        map = sirius.create(MappingNames.JOURNEY_MAP, journey);
    }

    @AfterEach
    void close() throws Exception {
        sirius.close();
    }

    @Test
    void createPhaseAddsAPhaseAtTheEndOfTheJourney() {
        DNodeContainer journeyView = views(map, DNodeContainer.class, MappingNames.JOURNEY).get(0);
        runAndUndo(diagrams.buildCreateContainerCommandFromTool(journeyView,
                tool(map, MappingNames.CREATE_PHASE, ContainerCreationDescription.class)), () -> last(journey.getPhases()), map, created -> {
                    assertEquals("phase-1", created.getId());
                    assertEquals("Phase", created.getName());
                });
    }

    @Test
    void createTouchpointAddsATouchpointToThePhaseWithNoOrganisationOfItsOwnMaking() {
        Phase phase = journey.getPhases().get(1);
        DDiagramElementContainer phaseView = (DDiagramElementContainer) view(map, phase);
        runAndUndo(diagrams.buildCreateContainerCommandFromTool(phaseView,
                tool(map, MappingNames.CREATE_TOUCHPOINT, ContainerCreationDescription.class)), () -> last(phase.getTouchpoints()), map, created -> {
                    // the lane clicked in gives it one (on screen: JourneyMapFollower); the tool never guesses one
                    assertNull(created.getOrganisation(), "no organisation recorded by the tool");
                    assertEquals("touchpoint-1", created.getId());
                    assertSame(phaseView, view(map, created).eContainer(), "drawn in its phase");
                });
    }

    @Test
    void dropATouchpointIntoAnotherPhaseMovesItThereWithItsHandovers() {
        Phase arrival = journey.getPhases().get(0);
        Phase work = journey.getPhases().get(1);
        Touchpoint language = arrival.getTouchpoints().get(2);
        DDiagramElementContainer workView = (DDiagramElementContainer) view(map, work);
        sirius.execute(diagrams.buildDropInContainerCommandFromTool(workView, (DDiagramElement) view(map, language),
                tool(map, MappingNames.MOVE_TOUCHPOINT, ContainerDropDescription.class)));
        assertSame(work, language.eContainer(), "moved to the phase it was dropped in");
        assertTrue(journey.getHandovers().stream().anyMatch(handover -> handover.getTarget() == language), "its handover kept");
        assertSame(workView, view(map, language).eContainer(), "drawn in that phase");
        sirius.undo();
        assertSame(arrival, language.eContainer(), "undone");
    }

    @Test
    void createPainPointAndImprovementAddThemToTheJourney() {
        runAndUndo(diagrams.buildCreateNodeCommandFromTool(map, tool(map, MappingNames.CREATE_PAIN_POINT, NodeCreationDescription.class)),
                () -> last(journey.getPainPoints()), map, created -> assertEquals("painpoint-1", created.getId()));
        runAndUndo(diagrams.buildCreateNodeCommandFromTool(map, tool(map, MappingNames.CREATE_IMPROVEMENT, NodeCreationDescription.class)),
                () -> last(journey.getImprovements()), map, created -> assertEquals("improvement-1", created.getId()));
    }

    @Test
    void createHandoverLinksTwoTouchpoints() {
        Touchpoint from = journey.getPhases().get(0).getTouchpoints().get(0);
        Touchpoint to = journey.getPhases().get(1).getTouchpoints().get(0);
        runAndUndo(diagrams.buildCreateEdgeCommandFromTool((EdgeTarget) view(map, from),
                (EdgeTarget) view(map, to), tool(map, MappingNames.CREATE_HANDOVER, EdgeCreationDescription.class)),
                () -> last(journey.getHandovers()), map, created -> {
                    assertSame(from, created.getSource());
                    assertSame(to, created.getTarget());
                });
    }

    @Test
    void linkPainPointAndImprovementAddTheReferences() {
        PainPoint painPoint = journey.getPainPoints().get(0);
        Touchpoint touchpoint = journey.getPhases().get(0).getTouchpoints().get(0);
        assertFalse(painPoint.getTouchpoints().contains(touchpoint));
        runAndUndo(diagrams.buildCreateEdgeCommandFromTool((EdgeTarget) view(map, painPoint),
                (EdgeTarget) view(map, touchpoint), tool(map, MappingNames.LINK_PAIN_POINT, EdgeCreationDescription.class)),
                () -> painPoint.getTouchpoints().contains(touchpoint) ? touchpoint : null, map, changed -> {});

        PainPoint second = runAndUndoKeep(diagrams.buildCreateNodeCommandFromTool(map,
                tool(map, MappingNames.CREATE_PAIN_POINT, NodeCreationDescription.class)), () -> last(journey.getPainPoints()));
        Improvement improvement = journey.getImprovements().get(0);
        runAndUndo(diagrams.buildCreateEdgeCommandFromTool((EdgeTarget) view(map, improvement),
                (EdgeTarget) view(map, second), tool(map, MappingNames.LINK_IMPROVEMENT, EdgeCreationDescription.class)),
                () -> improvement.getAddresses().contains(second) ? second : null, map, changed -> {});
    }

    @Test
    void reconnectMovesEitherEndOfAHandover() {
        Handover handover = journey.getHandovers().get(0);
        Touchpoint oldSource = handover.getSource();
        Touchpoint oldTarget = handover.getTarget();
        Touchpoint other = journey.getPhases().get(1).getTouchpoints().get(1);
        DEdge edge = (DEdge) view(map, handover);
        runAndUndo(diagrams.buildReconnectEdgeCommandFromTool(tool(map, MappingNames.RECONNECT_HANDOVER_SOURCE, ReconnectEdgeDescription.class),
                edge, (EdgeTarget) view(map, oldSource), (EdgeTarget) view(map, other)),
                () -> handover.getSource() == other ? other : null, map, changed -> {});
        assertSame(oldSource, handover.getSource(), "undone");
        runAndUndo(diagrams.buildReconnectEdgeCommandFromTool(tool(map, MappingNames.RECONNECT_HANDOVER_TARGET, ReconnectEdgeDescription.class),
                edge, (EdgeTarget) view(map, oldTarget), (EdgeTarget) view(map, other)),
                () -> handover.getTarget() == other ? other : null, map, changed -> {});
        assertSame(oldTarget, handover.getTarget(), "undone");
    }

    @Test
    void deletingALinkRemovesOnlyThatReference() {
        PainPoint painPoint = journey.getPainPoints().get(0);
        Touchpoint touchpoint = painPoint.getTouchpoints().get(0);
        DEdge painLink = views(map, DEdge.class, MappingNames.PAIN_POINT_TOUCHPOINT).get(0);
        runAndUndo(diagrams.buildDeleteDiagramElement(painLink), () -> painPoint.getTouchpoints().contains(touchpoint) ? null : painPoint, map, changed -> {});
        assertTrue(painPoint.getTouchpoints().contains(touchpoint), "undone");
        assertTrue(EcoreUtil.isAncestor(sirius.model, painPoint), "the pain point itself stays");

        Improvement improvement = journey.getImprovements().get(0);
        PainPoint addressed = improvement.getAddresses().get(0);
        DEdge improvementLink = views(map, DEdge.class, MappingNames.IMPROVEMENT_PAIN_POINT).get(0);
        runAndUndo(diagrams.buildDeleteDiagramElement(improvementLink),
                () -> improvement.getAddresses().contains(addressed) ? null : improvement, map, changed -> {});
        assertTrue(improvement.getAddresses().contains(addressed), "undone");
    }

    @Test
    void deletingAKeyPersonLinkRemovesTheKeyPersonFromTheTouchpoint() {
        Touchpoint touchpoint = journey.getPhases().get(0).getTouchpoints().get(0);
        KeyPerson keyPerson = KlantreisFactory.eINSTANCE.createKeyPerson();
        keyPerson.setId("sleutelpersoon");
        keyPerson.setName("Sleutelpersoon");
        sirius.execute(new RecordingCommand(sirius.domain) {
            @Override
            protected void doExecute() {
                sirius.model.getKeyPersons().add(keyPerson);
                touchpoint.getKeyPersons().add(keyPerson);
            }
        });
        sirius.refresh(map);
        DEdge link = views(map, DEdge.class, MappingNames.KEY_PERSON_TOUCHPOINT).stream()
                .filter(edge -> ((DSemanticDecorator) edge.getSourceNode()).getTarget() == touchpoint).findFirst().orElseThrow();
        runAndUndo(diagrams.buildDeleteDiagramElement(link), () -> touchpoint.getKeyPersons().contains(keyPerson) ? null : touchpoint, map, changed -> {});
        assertTrue(touchpoint.getKeyPersons().contains(keyPerson), "undone");
    }

    @Test
    void directEditRenames() {
        Touchpoint touchpoint = journey.getPhases().get(0).getTouchpoints().get(0);
        String before = touchpoint.getName();
        // typing in place starts from the name alone: the label's second line (organisation, channel) would be saved into it
        DirectEditLabel editName = tool(map, MappingNames.EDIT_NAME, DirectEditLabel.class);
        assertTrue(((DNodeContainer) view(map, touchpoint)).getName().contains("\n"), "the label has more than the name");
        assertEquals(before, evaluate(touchpoint, editName.getInputLabelExpression()), "the text offered for editing: the name");
        runAndUndo(diagrams.buildDirectEditLabelFromTool((DNodeContainer) view(map, touchpoint), tool(map, MappingNames.EDIT_NAME, DirectEditLabel.class),
                "Welkomstgesprek"), () -> "Welkomstgesprek".equals(touchpoint.getName()) ? touchpoint : null, map, changed -> {});
        assertEquals(before, touchpoint.getName(), "undone");
        assertTrue(((DNodeContainer) view(map, touchpoint)).getName().startsWith(before), "the label follows the undo");
    }

    /** An expression of the odesign evaluated as Sirius evaluates it, on {@code element}. */
    private String evaluate(EObject element, String expression) {
        try {
            return sirius.session.getInterpreter().evaluateString(element, expression);
        } catch (org.eclipse.sirius.common.tools.api.interpreter.EvaluationException e) {
            throw new AssertionError(expression, e);
        }
    }

    @Test
    void chainMapToolsCreateOrganisationsAndKeyPersonsAndLinkSupervision() {
        DDiagram chain = sirius.create(MappingNames.CHAIN_MAP, sirius.model);
        Organisation organisation = runAndUndoKeep(diagrams.buildCreateNodeCommandFromTool(chain,
                tool(chain, MappingNames.CREATE_ORGANISATION, NodeCreationDescription.class)), () -> last(sirius.model.getOrganisations()));
        assertEquals("organisation-1", organisation.getId());
        sirius.refresh(chain);
        KeyPerson keyPerson = runAndUndoKeep(diagrams.buildCreateNodeCommandFromTool(chain,
                tool(chain, MappingNames.CREATE_KEY_PERSON, NodeCreationDescription.class)), () -> last(sirius.model.getKeyPersons()));
        sirius.refresh(chain);
        assertTrue(targets(views(chain, DNode.class, MappingNames.KEY_PERSON)).contains(keyPerson));
        runAndUndoKeep(diagrams.buildCreateEdgeCommandFromTool((EdgeTarget) view(chain, keyPerson),
                (EdgeTarget) view(chain, organisation), tool(chain, MappingNames.LINK_SUPERVISOR, EdgeCreationDescription.class)),
                () -> keyPerson.getSupervisor());
        sirius.refresh(chain);
        DEdge supervision = views(chain, DEdge.class, MappingNames.SUPERVISION).stream()
                .filter(edge -> ((DSemanticDecorator) edge.getSourceNode()).getTarget() == keyPerson).findFirst().orElseThrow();
        runAndUndo(diagrams.buildDeleteDiagramElement(supervision), () -> keyPerson.getSupervisor() == null ? keyPerson : null, chain, changed -> {});
        assertSame(organisation, keyPerson.getSupervisor(), "undone");
        runAndUndo(diagrams.buildDirectEditLabelFromTool((DNode) view(chain, organisation), tool(chain, MappingNames.EDIT_NAME, DirectEditLabel.class),
                "GGD"), () -> "GGD".equals(organisation.getName()) ? organisation : null, chain, changed -> {});
    }

    @Test
    void everyCellOfTheTableEditsItsFeature() {
        DTable table = sirius.create(MappingNames.TOUCHPOINT_TABLE, journey);
        DLine line = table.getLines().get(1);
        Touchpoint touchpoint = (Touchpoint) line.getTarget();
        List<Object[]> edits = List.of(new Object[] { MappingNames.NAME_COLUMN, "Budgetcoaching aan huis" },
                new Object[] { MappingNames.ORGANISATION_COLUMN, sirius.model.getOrganisations().get(3) },
                new Object[] { MappingNames.CHANNEL_COLUMN, Channel.PHONE },
                new Object[] { MappingNames.INITIATOR_COLUMN, nl.klantreis.model.Initiator.ORGANISATION },
                new Object[] { MappingNames.PURPOSE_COLUMN, nl.klantreis.model.Purpose.DECISION },
                new Object[] { MappingNames.DURATION_COLUMN, 45 },
                new Object[] { MappingNames.INTERPRETER_COLUMN, nl.klantreis.model.InterpreterArrangement.PROFESSIONAL },
                new Object[] { MappingNames.UNDERSTANDING_CHECKED_COLUMN, !touchpoint.isUnderstandingChecked() },
                new Object[] { MappingNames.EMOTION_COLUMN, -2 });
        assertEquals(table.getColumns().size(), edits.size(), "every column is edited");
        for (Object[] edit : edits) {
            String feature = (String) edit[0];
            Object before = touchpoint.eGet(touchpoint.eClass().getEStructuralFeature(feature));
            DColumn column = table.getColumns().stream().filter(candidate -> feature.equals(candidate.getMapping().getName()))
                    .findFirst().orElseThrow();
            DCell cell = line.getCells().stream().filter(candidate -> candidate.getColumn() == column).findFirst()
                    .orElseThrow(() -> new AssertionError("no cell for " + feature));
            sirius.execute(setCell(cell, edit[1]));
            assertEquals(edit[1], touchpoint.eGet(touchpoint.eClass().getEStructuralFeature(feature)), feature);
            sirius.refresh(table);
            assertEquals(nl.klantreis.presentation.JourneyLabels.value(touchpoint, feature, Locale.ENGLISH), cell.getLabel(), feature + " shown");
            sirius.undo();
            sirius.undo();
            assertEquals(before, touchpoint.eGet(touchpoint.eClass().getEStructuralFeature(feature)), feature + " undone");
        }
    }

    /**
     * What the table editor's cell editor runs for a feature column without a tool of its own
     * (Sirius's DFeatureColumnEditingSupport, in its UI bundle): the value set through the
     * session's model accessor, an enumeration value by its number as the combo gives it.
     */
    private Command setCell(DCell cell, Object value) {
        DFeatureColumn column = (DFeatureColumn) cell.getColumn();
        Object edited = value instanceof Enumerator enumerator ? enumerator.getValue() : value;
        return new RecordingCommand(sirius.domain) {
            @Override
            protected void doExecute() {
                try {
                    sirius.session.getModelAccessor().eSet(cell.getTarget(), column.getFeatureName(), edited);
                } catch (LockedInstanceException | FeatureNotFoundException e) {
                    throw new AssertionError(e);
                }
            }
        };
    }

    /**
     * Runs the command, checks the change and that the refreshed representation shows it, then
     * undoes the refresh (a command of its own, as Sirius's Refresh action is) and the tool.
     */
    private <T extends EObject> void runAndUndo(Command command, Supplier<T> change, DRepresentation representation,
            Consumer<T> check) {
        EObject before = change.get();
        T changed = runAndUndoKeep(command, change);
        assertTrue(before != changed, "the tool changed the model");
        check.accept(changed);
        sirius.refresh(representation);
        if (representation instanceof DDiagram diagram && EcoreUtil.isAncestor(sirius.model, changed)) {
            assertNotNull(view(diagram, changed), "the refreshed diagram shows " + changed);
        }
        sirius.undo();
        sirius.undo();
        assertTrue(change.get() != changed, "undo restores the model");
    }

    /** Runs the command and returns what it changed, keeping the change. */
    private <T extends EObject> T runAndUndoKeep(Command command, Supplier<T> change) {
        sirius.execute(command);
        T changed = change.get();
        assertNotNull(changed, "the tool changed nothing");
        return changed;
    }

    private static EObject view(DDiagram diagram, EObject semantic) {
        return diagram.getDiagramElements().stream().filter(element -> element.getTarget() == semantic).findFirst()
                .orElse(null);
    }

    private static <T> T tool(DDiagram diagram, String name, Class<T> type) {
        List<EObject> found = new ArrayList<>();
        diagram.getDescription().eAllContents().forEachRemaining(element -> {
            if (element instanceof ToolEntry entry && name.equals(entry.getName())) {
                found.add(element);
            }
        });
        assertEquals(1, found.size(), "tool " + name);
        return type.cast(found.get(0));
    }

    private static <T> T last(List<T> list) {
        return list.isEmpty() ? null : list.get(list.size() - 1);
    }
}
