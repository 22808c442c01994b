/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.common.EMFPlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;

import nl.klantreis.model.JourneyModel;
import nl.klantreis.model.KlantreisPackage;
import nl.klantreis.model.io.KlantreisResources;

/** The model works in a plain JVM: no OSGi, no plugin.xml; the program registers the package itself. */
class ModelOutsideOsgiTest {

    static final Path ROOT = Path.of(System.getProperty("klantreis.root", "../.."));

    @Test
    void plainJavaProgramRegistersThePackageAndLoadsAnExample() throws IOException {
        assertFalse(EMFPlugin.IS_ECLIPSE_RUNNING, "this test must run outside OSGi");

        ResourceSet resourceSet = KlantreisResources.newResourceSet();
        assertSame(KlantreisPackage.eINSTANCE, resourceSet.getPackageRegistry().get(KlantreisPackage.eNS_URI),
                "the program registers the package itself");
        Resource resource = KlantreisResources.load(resourceSet,
                ROOT.resolve("bundles/nl.klantreis.model.tests/resources/loon-op-zand.xmi"));
        JourneyModel model = KlantreisResources.root(resource);
        assertNotNull(model);
        assertEquals(4, model.getOrganisations().size());
        assertEquals(5, model.getJourneys().get(0).getPhases().stream().mapToInt(p -> p.getTouchpoints().size()).sum());
        assertTrue(resource.getErrors().isEmpty(), resource.getErrors().toString());
    }
}
