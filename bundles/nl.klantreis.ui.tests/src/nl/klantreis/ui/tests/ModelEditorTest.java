/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.klantreis.design.tests.SiriusSession;
import nl.klantreis.model.JourneyModel;
import nl.klantreis.model.io.KlantreisResources;
import nl.klantreis.model.presentation.KlantreisEditor;
import nl.klantreis.model.presentation.NewJourneyModelWizard;

/**
 * The model editor EMF generates from the genmodel, in a real workbench (Dutch): every example
 * opens in it as a tree whose elements say what they are and carry their own icon, and
 * File > New > Klantreis model creates a model with a first organisation, persona and journey.
 */
class ModelEditorTest {

    static final String EDITOR_ID = "nl.klantreis.model.presentation.KlantreisEditorID";
    static final String WIZARD_ID = "nl.klantreis.model.presentation.NewJourneyModelWizard";

    @AfterEach
    void closeEditors() {
        Workbench.closeEditors();
    }

    @ParameterizedTest
    @MethodSource("nl.klantreis.design.tests.ExampleModels#all")
    void everyExampleOpensAsATreeWithAnIconPerKind(Path example) throws Exception {
        IProject project = Workspace.projectWith(example.getParent());
        IFile file = project.getFile(example.getFileName().toString());
        if (file.getName().endsWith(".xmi")) {
            assertEquals(EDITOR_ID, IDE.getDefaultEditor(file).getId(), "a klantreis XMI opens in the model editor");
        }
        KlantreisEditor editor = assertInstanceOf(KlantreisEditor.class,
                IDE.openEditor(Workbench.page(), file, EDITOR_ID), "the Klantreis model editor");
        Workbench.settle();
        Tree tree = ((TreeViewer) editor.getViewer()).getTree();
        ((TreeViewer) editor.getViewer()).expandToLevel(3);
        Workbench.settle();
        TreeItem model = tree.getItem(0).getItem(0);
        assertTrue(model.getText().startsWith("Klantreismodel"), "the root says what it is: " + model.getText());
        Map<String, Image> iconPerKind = new HashMap<>();
        for (TreeItem item : model.getItems()) {
            String kind = item.getText().split(" ")[0];
            assertNotNull(item.getImage(), "an icon for " + item.getText());
            Image sameKind = iconPerKind.putIfAbsent(kind, item.getImage());
            assertTrue(sameKind == null || sameKind == item.getImage(), "one icon per kind: " + kind);
        }
        assertTrue(iconPerKind.keySet().containsAll(List.of("Organisatie", "Persona", "Klantreis")),
                "organisations, personas and journeys in the tree: " + iconPerKind.keySet());
        assertEquals(iconPerKind.size(), iconPerKind.values().stream().distinct().count(),
                "each kind of element has an icon of its own: " + iconPerKind.keySet());
        Workbench.screenshot(Workbench.page().getWorkbenchWindow().getShell(), "model-editor-" + project.getName());
    }

    @Test
    void fileNewKlantreisModelCreatesAModelToStartWith() throws Exception {
        IProject project = Workspace.projectWith(SiriusSession.ROOT.resolve("examples/weert"));
        IWizardDescriptor descriptor = PlatformUI.getWorkbench().getNewWizardRegistry().findWizard(WIZARD_ID);
        assertNotNull(descriptor, "File > New > Klantreis model is registered");
        assertEquals("Klantreismodel", descriptor.getLabel());
        assertTrue(List.of(Workbench.page().getNewWizardShortcuts()).contains(WIZARD_ID),
                "offered directly in File > New");

        NewJourneyModelWizard wizard = assertInstanceOf(NewJourneyModelWizard.class, descriptor.createWizard());
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
        WizardDialog dialog = new WizardDialog(Workbench.page().getWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        WizardNewFileCreationPage page = (WizardNewFileCreationPage) wizard.getPages()[0];
        page.setContainerFullPath(project.getFullPath());
        page.setFileName("workshop.xmi");
        dialog.showPage(wizard.getPages()[1]);
        Workbench.settle();
        Workbench.screenshot(dialog.getShell(), "new-model-wizard");
        assertTrue(wizard.performFinish(), "the wizard finishes");
        dialog.close();
        Workbench.settle();

        IFile created = project.getFile("workshop.xmi");
        assertTrue(created.exists(), "the new model is written");
        IEditorPart opened = Workbench.page().getActiveEditor();
        assertInstanceOf(KlantreisEditor.class, opened, "and opened in the model editor");
        Resource resource = KlantreisResources.newResourceSet()
                .getResource(URI.createFileURI(created.getLocation().toOSString()), true);
        JourneyModel model = (JourneyModel) resource.getContents().get(0);
        assertEquals("Nieuwe organisatie", model.getOrganisations().get(0).getName());
        assertEquals(1, model.getPersonas().size());
        assertEquals(1, model.getJourneys().size());
        assertEquals(model.getPersonas().get(0), model.getJourneys().get(0).getPersona(), "the journey is the persona's");
        assertNull(model.getJourneys().get(0).getTrigger(), "the life event is for the facilitator to record");
        for (EObject element : List.<EObject>of(model.getOrganisations().get(0), model.getPersonas().get(0))) {
            assertFalse(element.eContents().iterator().hasNext(), "nothing recorded that nobody recorded: " + element);
        }
    }
}
