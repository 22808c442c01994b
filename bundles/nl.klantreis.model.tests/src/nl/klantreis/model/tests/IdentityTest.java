/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.model.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;

import nl.klantreis.model.Journey;
import nl.klantreis.model.JourneyModel;
import nl.klantreis.model.KlantreisFactory;
import nl.klantreis.model.Organisation;
import nl.klantreis.model.Persona;
import nl.klantreis.model.Phase;
import nl.klantreis.model.Touchpoint;

/** Cross references are saved by id, so reordering or inserting elements leaves them untouched. */
class IdentityTest {

    private static final KlantreisFactory FACTORY = KlantreisFactory.eINSTANCE;

    @Test
    void referencesAreSavedByIdNotByPosition() throws IOException {
        JourneyModel model = FACTORY.createJourneyModel();
        model.setId("demo");
        Organisation kcc = FACTORY.createOrganisation();
        kcc.setId("kcc");
        Persona amina = FACTORY.createPersona();
        amina.setId("amina");
        model.getOrganisations().add(kcc);
        model.getPersonas().add(amina);
        Journey journey = FACTORY.createJourney();
        journey.setId("arrival");
        journey.setPersona(amina);
        journey.setTrigger(FACTORY.createLifeEvent());
        Phase phase = FACTORY.createPhase();
        phase.setId("welcome");
        Touchpoint intake = FACTORY.createTouchpoint();
        intake.setId("intake");
        intake.setOrganisation(kcc);
        phase.getTouchpoints().add(intake);
        journey.getPhases().add(phase);
        model.getJourneys().add(journey);

        String xml = save(model);
        assertTrue(xml.contains("persona=\"amina\""), xml);
        assertTrue(xml.contains("organisation=\"kcc\""), xml);
        assertFalse(xml.contains("//@"), "no positional references: " + xml);

        // Insert an organisation before the referenced one: the saved reference does not move.
        Organisation ggd = FACTORY.createOrganisation();
        ggd.setId("ggd");
        model.getOrganisations().add(0, ggd);
        assertTrue(save(model).contains("organisation=\"kcc\""));

        JourneyModel reloaded = load(save(model));
        Touchpoint reloadedIntake = reloaded.getJourneys().get(0).getPhases().get(0).getTouchpoints().get(0);
        assertSame(reloaded.getOrganisations().get(1), reloadedIntake.getOrganisation());
    }

    private static String save(JourneyModel model) throws IOException {
        Resource resource = new ResourceSetImpl().createResource(URI.createURI("memory:/demo.xmi"));
        resource.getContents().add(model);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        resource.save(out, Map.of());
        return out.toString(StandardCharsets.UTF_8);
    }

    private static JourneyModel load(String xml) throws IOException {
        Resource resource = new ResourceSetImpl().createResource(URI.createURI("memory:/demo.xmi"));
        resource.load(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), Map.of());
        return (JourneyModel) resource.getContents().get(0);
    }
}
