/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.klantreis.model.JourneyModel;

/**
 * The XMI form of the Loon op Zand example (kept beside these tests, since examples/ holds each
 * model once; NotationTest keeps it equal to the text) loads without error and saves back byte
 * for byte.
 */
class ExampleRoundTripTest {

    static List<Path> examples() {
        return List.of(Path.of(System.getProperty("klantreis.root", "../.."))
                .resolve("bundles/nl.klantreis.model.tests/resources/loon-op-zand.xmi"));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void loadsAndSavesBackIdentically(Path example) throws IOException {
        Resource resource = new ResourceSetImpl().getResource(URI.createFileURI(example.toAbsolutePath().toString()), true);
        assertEquals(List.of(), resource.getErrors(), "load errors");
        assertTrue(resource.getContents().get(0) instanceof JourneyModel, "root is a JourneyModel");
        EcoreUtil.resolveAll(resource);
        assertTrue(EcoreUtil.UnresolvedProxyCrossReferencer.find(resource).isEmpty(), "unresolved references");

        ByteArrayOutputStream saved = new ByteArrayOutputStream();
        resource.save(saved, Map.of());
        assertEquals(Files.readString(example, StandardCharsets.UTF_8), saved.toString(StandardCharsets.UTF_8));
    }
}
