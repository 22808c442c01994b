/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;

import nl.klantreis.design.MappingNames;

/**
 * {@link MappingNames} and the odesign name the same elements: a mapping, tool or layer renamed,
 * added or removed in the odesign without its constant (or the other way round) fails here, not
 * in a test or a gesture that looks it up by name.
 */
class MappingNamesTest {

    /** The kinds of element that Java code looks up by name: each has a constant. */
    private static final Set<String> NAMED_KINDS = Set.of("Viewpoint", "RepresentationDescription", "Layer",
            "RepresentationElementMapping", "DecorationDescription", "ToolSection", "ToolEntry");

    @Test
    void everyConstantNamesAnElementAndEveryElementHasAConstant() throws Exception {
        Set<String> inOdesign = new TreeSet<>();
        Odesign.load().getAllContents().forEachRemaining(element -> {
            if (isNamedKind(element.eClass())) {
                inOdesign.add(name(element));
            }
        });
        assertEquals(inOdesign, new TreeSet<>(constants()));
    }

    @Test
    void theTableColumnsAreListedInTheirOrder() throws IOException {
        Resource odesign = Odesign.load();
        List<String> columns = new ArrayList<>();
        odesign.getAllContents().forEachRemaining(element -> {
            if (element.eClass().getName().equals("FeatureColumnMapping")) {
                columns.add(name(element));
            }
        });
        assertEquals(columns, MappingNames.TOUCHPOINT_COLUMNS);
    }

    private static boolean isNamedKind(EClass eClass) {
        return NAMED_KINDS.contains(eClass.getName())
                || eClass.getEAllSuperTypes().stream().anyMatch(type -> NAMED_KINDS.contains(type.getName()));
    }

    private static String name(EObject element) {
        return (String) element.eGet(element.eClass().getEStructuralFeature("name"));
    }

    private static List<String> constants() throws IllegalAccessException {
        List<String> values = new ArrayList<>();
        for (Field field : MappingNames.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                values.add((String) field.get(null));
            }
        }
        return values;
    }
}
