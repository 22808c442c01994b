/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.ENamedElement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.klantreis.model.KlantreisPackage;

/** The metamodel itself: valid Ecore, documented for modelers, identities fit for git. */
class MetamodelTest {

    private static final String GENMODEL_SOURCE = "http://www.eclipse.org/emf/2002/GenModel";

    private static EPackage ecoreFile;

    @BeforeAll
    static void loadEcoreFile() {
        URI uri = URI.createPlatformPluginURI("nl.klantreis.model/model/klantreis.ecore", true);
        ecoreFile = (EPackage) new ResourceSetImpl().getResource(uri, true).getContents().get(0);
    }

    @Test
    void ecoreFilePassesEcoreValidator() {
        Diagnostic diagnostic = Diagnostician.INSTANCE.validate(ecoreFile);
        assertTrue(diagnostic.getSeverity() < Diagnostic.ERROR, () -> describe(diagnostic));
    }

    @Test
    void registeredPackageIsTheEcoreFile() {
        assertEquals(ecoreFile.getNsURI(), KlantreisPackage.eNS_URI);
        assertEquals(KlantreisPackage.eINSTANCE, EPackage.Registry.INSTANCE.getEPackage(KlantreisPackage.eNS_URI),
                "plugin.xml registers the generated package under its nsURI");
        assertEquals(names(ecoreFile), names(KlantreisPackage.eINSTANCE));
    }

    @Test
    void nsUriCarriesAVersion() {
        assertTrue(KlantreisPackage.eNS_URI.matches(".*/\\d+\\.\\d+$"), KlantreisPackage.eNS_URI);
    }

    @Test
    void everyClassifierFeatureAndLiteralIsDocumented() {
        List<String> undocumented = new ArrayList<>();
        for (TreeIterator<EObject> it = ecoreFile.eAllContents(); it.hasNext();) {
            EObject element = it.next();
            if (element instanceof ENamedElement named && element instanceof EModelElement model) {
                String doc = EcoreUtil.getAnnotation(model, GENMODEL_SOURCE, "documentation");
                if (doc == null || doc.isBlank()) {
                    undocumented.add(qualifiedName(named));
                }
            }
        }
        assertEquals(List.of(), undocumented, "documentation missing");
    }

    /** Cross references serialise as ids, not positions, so a saved model diffs cleanly. */
    @Test
    void everyCrossReferencedClassHasAnIdAttribute() {
        List<String> withoutId = new ArrayList<>();
        for (EClass eClass : classes(ecoreFile)) {
            for (EReference reference : eClass.getEReferences()) {
                if (!reference.isContainment() && reference.getEReferenceType().getEIDAttribute() == null) {
                    withoutId.add(qualifiedName(reference) + " -> " + reference.getEReferenceType().getName());
                }
            }
        }
        assertEquals(List.of(), withoutId);
    }

    @Test
    void touchpointCarriesWhatTheHandreikingAsksFor() {
        EClass touchpoint = (EClass) KlantreisPackage.eINSTANCE.getEClassifier("Touchpoint");
        assertNotNull(touchpoint);
        for (String feature : List.of("organisation", "role", "channel", "initiator", "purpose", "duration",
                "interpreter", "communicationForms", "understandingChecked", "emotion", "lifeDomains")) {
            assertNotNull(touchpoint.getEStructuralFeature(feature), feature);
        }
    }

    private static List<EClass> classes(EPackage ePackage) {
        return ePackage.getEClassifiers().stream().filter(EClass.class::isInstance).map(EClass.class::cast).toList();
    }

    private static String names(EPackage ePackage) {
        List<String> names = new ArrayList<>();
        ePackage.eAllContents().forEachRemaining(e -> {
            if (e instanceof ENamedElement named) {
                names.add(qualifiedName(named));
            }
        });
        // The generated package lists classes, then enumerations, then data types: compare as sets.
        return String.join("\n", names.stream().sorted().toList());
    }

    private static String qualifiedName(ENamedElement element) {
        return element.eContainer() instanceof ENamedElement parent && !(parent instanceof EPackage)
                ? qualifiedName(parent) + "." + element.getName()
                : element.getName();
    }

    private static String describe(Diagnostic diagnostic) {
        return diagnostic.getChildren().stream().map(Diagnostic::getMessage).collect(Collectors.joining("\n"));
    }
}
