/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl.documentation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

import nl.klantreis.model.KlantreisPackage;
import nl.klantreis.rules.Language;

/**
 * The documentation the metamodel gives every class, feature and value (klantreis.ecore, which
 * the model bundle ships): the generated package leaves it out, so it is read from the Ecore
 * once, when a hover first asks. In Dutch it comes from metamodel_nl.properties, by the element's
 * place in the Ecore ({@code //Touchpoint/channel}); a text missing there falls back to English.
 */
public final class MetamodelDocumentation {

    private static Resource ecore;

    private static final ResourceBundle DUTCH = Language.texts("nl.klantreis.dsl.documentation.metamodel", MetamodelDocumentation.class,
            Language.DUTCH).bundle();

    private MetamodelDocumentation() {
    }

    /** The documentation of a class, feature or enumeration value of the klantreis metamodel, in Dutch or English. */
    public static Optional<String> of(EModelElement element, Locale locale) {
        String fragment = EcoreUtil.getURI(element).fragment();
        if (Language.isDutch(locale) && DUTCH.containsKey(fragment)) {
            return Optional.of(DUTCH.getString(fragment));
        }
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
