/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.model.presentation;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

import nl.klantreis.model.Journey;
import nl.klantreis.model.JourneyModel;
import nl.klantreis.model.KlantreisFactory;
import nl.klantreis.model.KlantreisPackage;
import nl.klantreis.model.Organisation;
import nl.klantreis.model.Persona;

/**
 * File > New > Klantreis model: a journey model to start a workshop with, holding a first
 * organisation, persona and journey (for that persona) to rename and fill in. Nothing else is
 * set: what the journey's life event is, and every fact the rules check, is for the facilitator
 * to record.
 */
public class NewJourneyModelWizard extends KlantreisModelWizard {

    /** A new model is always a journey model: the other classes live inside one. */
    @Override
    protected Collection<String> getInitialObjectNames() {
        return List.of(KlantreisPackage.Literals.JOURNEY_MODEL.getName());
    }

    @Override
    protected EObject createInitialModel() {
        KlantreisFactory factory = KlantreisFactory.eINSTANCE;
        JourneyModel model = factory.createJourneyModel();
        model.setId(text("_UI_NewModel_id"));
        model.setName(text("_UI_NewModel_name"));
        Organisation organisation = factory.createOrganisation();
        organisation.setId(text("_UI_NewOrganisation_id"));
        organisation.setName(text("_UI_NewOrganisation_name"));
        model.getOrganisations().add(organisation);
        Persona persona = factory.createPersona();
        persona.setId(text("_UI_NewPersona_id"));
        persona.setName(text("_UI_NewPersona_name"));
        model.getPersonas().add(persona);
        Journey journey = factory.createJourney();
        journey.setId(text("_UI_NewJourney_id"));
        journey.setName(text("_UI_NewJourney_name"));
        journey.setPersona(persona);
        model.getJourneys().add(journey);
        return model;
    }

    /**
     * EMF's wizard opens the default editor of the new file's name, which for "*.xmi" is the
     * editor of any XMI; the new file is then reopened by its content, in the model editor.
     */
    @Override
    public boolean performFinish() {
        if (!super.performFinish()) {
            return false;
        }
        IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
        IEditorPart opened = page.getActiveEditor();
        if (!(opened instanceof KlantreisEditor)) {
            if (opened != null) {
                page.closeEditor(opened, false);
            }
            try {
                IDE.openEditor(page, getModelFile());
            } catch (PartInitException e) {
                KlantreisEditorPlugin.INSTANCE.log(e);
                return false;
            }
        }
        return true;
    }

    private static String text(String key) {
        return KlantreisEditorPlugin.INSTANCE.getString(key);
    }
}
