/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;

import nl.klantreis.model.Handover;
import nl.klantreis.model.HandoverKind;
import nl.klantreis.model.Journey;
import nl.klantreis.model.JourneyModel;
import nl.klantreis.model.Touchpoint;

/**
 * A file saved before attributes could be left unrecorded (Klantreis 0.1, where a value equal
 * to its default was not written) still loads, with nothing to migrate: the XMI format is the
 * same. What it left out now reads as not recorded, which is all such a file can say, and
 * saving it back invents no value.
 */
class EarlierFormatTest {

    private static final Path FILE = Path.of(System.getProperty("klantreis.root", "../.."))
            .resolve("bundles/nl.klantreis.model.tests/resources/format-0.1/loon-op-zand.xmi");

    @Test
    void whatAnEarlierFileLeftOutIsNotRecorded() throws IOException {
        Resource resource = new ResourceSetImpl().getResource(URI.createFileURI(FILE.toAbsolutePath().toString()), true);
        assertEquals(List.of(), resource.getErrors(), "load errors");
        Journey journey = ((JourneyModel) resource.getContents().get(0)).getJourneys().get(0);

        assertFalse(journey.getTrigger().isSetKind(), "the life event's kind was left out: not recorded");
        assertFalse(journey.isSetKind(), "the journey's kind was left out: not recorded");
        Handover cold = journey.getHandovers().get(2);
        assertTrue(cold.isSetKind() && cold.getKind() == HandoverKind.COLD, "a kind that was written is recorded");
        assertFalse(journey.getHandovers().get(0).isSetKind(), "a warm handover was saved without its kind: not recorded");
        Touchpoint intake = journey.getPhases().get(1).getTouchpoints().get(0);
        assertFalse(intake.isSetEmotion(), "an emotion of 0 was not saved: not recorded");
        assertTrue(intake.isSetDuration() && intake.getDuration() == 60);

        ByteArrayOutputStream saved = new ByteArrayOutputStream();
        resource.save(saved, Map.of());
        assertEquals(Files.readString(FILE, StandardCharsets.UTF_8), saved.toString(StandardCharsets.UTF_8),
                "saved back, it says what it said");
    }
}
