/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EModelElement;
import org.junit.jupiter.api.Test;

import nl.klantreis.dsl.documentation.MetamodelDocumentation;
import nl.klantreis.model.KlantreisPackage;

/** Every class, feature and value the metamodel documents is documented in Dutch too, for the hovers under --lang nl. */
class MetamodelInDutchTest {

    @Test
    void everyDocumentedElementHasItsDutchText() {
        List<EModelElement> documented = new ArrayList<>();
        KlantreisPackage.eINSTANCE.getEClassifiers().forEach(classifier -> {
            documented.add(classifier);
            if (classifier instanceof EClass type) {
                documented.addAll(type.getEStructuralFeatures());
            } else if (classifier instanceof EEnum values) {
                documented.addAll(values.getELiterals());
            }
        });
        List<String> untranslated = new ArrayList<>();
        int english = 0;
        for (EModelElement element : documented) {
            Optional<String> inEnglish = MetamodelDocumentation.of(element, Locale.ENGLISH);
            Optional<String> inDutch = MetamodelDocumentation.of(element, Locale.forLanguageTag("nl"));
            if (inEnglish.isPresent()) {
                english++;
                if (inDutch.isEmpty() || inDutch.equals(inEnglish)) {
                    untranslated.add(element.toString());
                }
            }
        }
        assertTrue(english > 200, "the metamodel documents its elements: " + english);
        assertEquals(List.of(), untranslated, "documented in English only");
    }
}
