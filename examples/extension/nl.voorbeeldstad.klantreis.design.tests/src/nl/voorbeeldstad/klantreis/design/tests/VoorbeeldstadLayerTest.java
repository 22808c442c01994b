/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.voorbeeldstad.klantreis.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.sirius.business.api.componentization.ViewpointRegistry;
import org.eclipse.sirius.diagram.DDiagram;
import org.eclipse.sirius.diagram.DDiagramElement;
import org.eclipse.sirius.diagram.DDiagramElementContainer;
import org.eclipse.sirius.diagram.description.Layer;
import org.eclipse.sirius.diagram.description.tool.ContainerCreationDescription;
import org.eclipse.sirius.diagram.tools.api.command.DiagramCommandFactoryService;
import org.eclipse.sirius.diagram.tools.api.command.IDiagramCommandFactory;
import org.eclipse.sirius.tools.api.command.ui.NoUICallback;
import org.eclipse.sirius.viewpoint.description.tool.ToolEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

import nl.klantreis.design.tests.Odesign;
import nl.klantreis.design.tests.SiriusSession;
import nl.klantreis.model.Journey;
import nl.klantreis.model.Phase;
import nl.klantreis.model.Touchpoint;
import nl.voorbeeldstad.klantreis.design.VoorbeeldstadDesignPlugin;
import nl.voorbeeldstad.klantreis.voorbeeldstad.LanguageCafe;
import nl.voorbeeldstad.klantreis.voorbeeldstad.VoorbeeldstadPackage;

/**
 * The Voorbeeldstad layer on Klantreis's journey map, on Sirius 7.5's runtime: a session on a
 * copy of the worked example with both viewpoints selected, as a facilitator selects them.
 */
class VoorbeeldstadLayerTest {

    private static final Path MODEL = SiriusSession.ROOT.resolve("examples/extension/models/voorbeeldstad.xmi");

    @TempDir
    Path folder;

    private SiriusSession sirius;
    private Journey journey;
    private DDiagram map;

    @BeforeEach
    void open() throws Exception {
        Locale.setDefault(Locale.ENGLISH);
        FrameworkUtil.getBundle(VoorbeeldstadDesignPlugin.class).start();
        sirius = SiriusSession.openExample(MODEL, folder);
        sirius.selectViewpoint("voorbeeldstad");
        journey = sirius.model.getJourneys().get(0);
        map = sirius.create("JourneyMap", journey);
    }

    @AfterEach
    void close() throws Exception {
        sirius.close();
    }

    /** A layer of decorations and tools only is "transient" in Sirius: active, not saved with the diagram. */
    @Test
    void theLayerIsActiveOnTheJourneyMap() {
        assertTrue(map.getActivatedTransientLayers().stream().map(Layer::getName).anyMatch("Voorbeeldstad"::equals),
                "active transient layers: " + map.getActivatedTransientLayers().stream().map(Layer::getName).toList());
    }

    @Test
    void theLanguageCafeIsAStepOfTheMapMarkedAsLanguageCafe() {
        EObject cafe = sirius.model.eResource().getEObject("taalcafe");
        DDiagramElement view = view(cafe);
        assertEquals("Touchpoint", view.getMapping().getName(), "drawn as Klantreis draws every touchpoint");
        assertEquals(List.of("LanguageCafe"), decorations(view));
        Touchpoint intake = (Touchpoint) sirius.model.eResource().getEObject("pip-gesprek");
        assertTrue(decorations(view(intake)).stream().noneMatch("LanguageCafe"::equals), "only language cafés are marked");
    }

    @Test
    void thePaletteCreatesALanguageCafeInAPhase() {
        IDiagramCommandFactory diagrams = DiagramCommandFactoryService.getInstance().getNewProvider().getCommandFactory(sirius.domain);
        diagrams.setUserInterfaceCallBack(new NoUICallback());
        Phase phase = journey.getPhases().get(0);
        int before = phase.getTouchpoints().size();
        DDiagramElementContainer phaseView = (DDiagramElementContainer) view(phase);
        sirius.execute(diagrams.buildCreateContainerCommandFromTool(phaseView, createLanguageCafe()));
        assertEquals(before + 1, phase.getTouchpoints().size());
        LanguageCafe created = assertInstanceOf(LanguageCafe.class, phase.getTouchpoints().get(before));
        assertEquals("languagecafe-1", created.getId());
        // the lane clicked in gives it its organisation on screen (Klantreis's journey map); the tool guesses none
        assertNull(created.getOrganisation(), "no organisation guessed by the tool");
        DDiagramElement createdView = view(created);
        assertSame(phaseView, createdView.eContainer(), "drawn in its phase");
        assertEquals(List.of("LanguageCafe"), decorations(createdView));
        sirius.undo();
        assertEquals(before, phase.getTouchpoints().size());
        assertNull(view(created));
    }

    /** Loaded strictly against Sirius's metamodels: no attribute that Sirius would silently drop, every reference resolved. */
    @Test
    void theOdesignIsValidForSirius() throws Exception {
        Resource odesign = Odesign.load(SiriusSession.ROOT.resolve(
                "examples/extension/nl.voorbeeldstad.klantreis.design/description/voorbeeldstad.odesign"), VoorbeeldstadPackage.eINSTANCE);
        assertEquals(List.of(), odesign.getErrors());
        EcoreUtil.resolveAll(odesign);
        assertEquals(Diagnostic.OK, Odesign.validate(odesign).getSeverity(), Odesign.validate(odesign).toString());
    }

    private DDiagramElement view(EObject semantic) {
        return map.getDiagramElements().stream().filter(element -> element.getTarget() == semantic).findFirst().orElse(null);
    }

    /** The layer's decorations on an element (Klantreis's own finding marks left out). */
    private static List<String> decorations(DDiagramElement element) {
        return element.getTransientDecorations().stream().map(decoration -> decoration.getDescription().getName())
                .filter("LanguageCafe"::equals).toList();
    }

    private static ContainerCreationDescription createLanguageCafe() {
        List<ContainerCreationDescription> found = new ArrayList<>();
        ViewpointRegistry.getInstance().getViewpoints().stream().filter(viewpoint -> "voorbeeldstad".equals(viewpoint.getName()))
                .forEach(viewpoint -> viewpoint.eAllContents().forEachRemaining(element -> {
                    if (element instanceof ToolEntry entry && "createLanguageCafe".equals(entry.getName())) {
                        found.add((ContainerCreationDescription) element);
                    }
                }));
        assertEquals(1, found.size(), "the layer's tool");
        return found.get(0);
    }
}
