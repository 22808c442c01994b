/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl.documentation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

import nl.klantreis.model.KlantreisPackage;

/**
 * The documentation the metamodel gives every class, feature and value (klantreis.ecore, which
 * the model bundle ships): the generated package leaves it out, so it is read from the Ecore
 * once, when a hover first asks.
 */
public final class MetamodelDocumentation {

    private static Resource ecore;

    private MetamodelDocumentation() {
    }

    /** The documentation of a class, feature or enumeration value of the klantreis metamodel. */
    public static Optional<String> of(EModelElement element) {
        String fragment = EcoreUtil.getURI(element).fragment();
        EObject documented = ecore().getEObject(fragment);
        return documented instanceof EModelElement model ? Optional.ofNullable(EcoreUtil.getDocumentation(model))
                : Optional.empty();
    }

    private static synchronized Resource ecore() {
        if (ecore == null) {
            Resource resource = new EcoreResourceFactoryImpl().createResource(URI.createURI(KlantreisPackage.eNS_URI));
            new ResourceSetImpl().getResources().add(resource);
            try (InputStream in = KlantreisPackage.class.getResourceAsStream("/model/klantreis.ecore")) {
                if (in == null) {
                    throw new IOException("the model bundle has no model/klantreis.ecore");
                }
                resource.load(in, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ecore = resource;
        }
        return ecore;
    }
}
