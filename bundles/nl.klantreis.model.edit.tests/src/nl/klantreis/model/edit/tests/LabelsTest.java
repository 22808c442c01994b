/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.klantreis.model.KlantreisPackage;
import nl.klantreis.model.provider.KlantreisEditPlugin;
import nl.klantreis.model.provider.KlantreisItemProviderAdapterFactory;

/** Every type, feature and enumeration literal has a label in English and in Dutch. */
class LabelsTest {

    @ParameterizedTest
    @ValueSource(strings = { "plugin.properties", "plugin_nl.properties" })
    void everyTypeFeatureAndLiteralHasALabel(String file) throws IOException {
        Properties labels = load(file);
        List<String> missing = new ArrayList<>();
        for (String key : expectedKeys()) {
            String value = labels.getProperty(key);
            if (value == null || value.isBlank()) {
                missing.add(key);
            }
        }
        assertEquals(List.of(), missing, "labels missing in " + file);
    }

    @ParameterizedTest
    @ValueSource(strings = { "plugin.properties", "plugin_nl.properties" })
    void enumerationLiteralsAreLabelledInWordsNotJavaNames(String file) throws IOException {
        Properties labels = load(file);
        List<String> javaNames = new ArrayList<>();
        for (EClassifier classifier : KlantreisPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EEnum eEnum) {
                for (EEnumLiteral literal : eEnum.getELiterals()) {
                    String key = "_UI_" + eEnum.getName() + "_" + literal.getName() + "_literal";
                    // CEFR levels (A1 .. C2) are their own label.
                    if (literal.getName().length() > 2 && literal.getName().equals(labels.getProperty(key))) {
                        javaNames.add(key);
                    }
                }
            }
        }
        assertEquals(List.of(), javaNames, "literals labelled with their Java name in " + file);
    }

    /** The item providers find their labels: no raw key reaches a property sheet. */
    @ParameterizedTest
    @ValueSource(strings = { "JourneyModel", "Journey", "Touchpoint", "Organisation", "Persona", "KeyPerson",
            "Handover", "PainPoint", "Improvement", "RuleSetting" })
    void itemProvidersShowLabelsNotKeys(String className) {
        EClass eClass = (EClass) KlantreisPackage.eINSTANCE.getEClassifier(className);
        EObject object = KlantreisPackage.eINSTANCE.getEFactoryInstance().create(eClass);
        KlantreisItemProviderAdapterFactory factory = new KlantreisItemProviderAdapterFactory();
        IItemPropertySource properties = (IItemPropertySource) factory.adapt(object, IItemPropertySource.class);
        assertNotNull(properties, className);
        for (IItemPropertyDescriptor descriptor : properties.getPropertyDescriptors(object)) {
            String name = descriptor.getDisplayName(object);
            assertFalse(name.startsWith("_UI_"), className + ": " + name);
        }
        String text = ((IItemLabelProvider) factory.adapt(object, IItemLabelProvider.class)).getText(object);
        assertFalse(text.startsWith("_UI_"), text);
        factory.dispose();
    }

    private static List<String> expectedKeys() {
        List<String> keys = new ArrayList<>();
        for (EClassifier classifier : KlantreisPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass eClass) {
                keys.add("_UI_" + eClass.getName() + "_type");
                for (EStructuralFeature feature : eClass.getEStructuralFeatures()) {
                    keys.add("_UI_" + eClass.getName() + "_" + feature.getName() + "_feature");
                }
            } else if (classifier instanceof EEnum eEnum) {
                for (EEnumLiteral literal : eEnum.getELiterals()) {
                    keys.add("_UI_" + eEnum.getName() + "_" + literal.getName() + "_literal");
                }
            }
        }
        return keys;
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = new URL(KlantreisEditPlugin.INSTANCE.getBaseURL(), file).openStream()) {
            properties.load(in);
        }
        return properties;
    }
}
