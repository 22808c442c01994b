/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl.tests;

import java.util.List;
import java.util.Random;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.ExtendedMetaData;

/**
 * Changes a model so that each attribute a facilitator may leave out (each unsettable one) is,
 * at random, not recorded, recorded as its default, or recorded as another allowed value: the
 * cases a round trip must tell apart.
 */
final class RandomlyRecorded {

    private RandomlyRecorded() {
    }

    static void apply(EObject root, Random random) {
        root.eAllContents().forEachRemaining(element -> {
            for (EAttribute attribute : element.eClass().getEAllAttributes()) {
                if (attribute.isUnsettable() && !attribute.isMany()) {
                    switch (random.nextInt(3)) {
                        case 0 -> element.eUnset(attribute);
                        case 1 -> element.eSet(attribute, attribute.getDefaultValue());
                        default -> element.eSet(attribute, anyValue(attribute, random));
                    }
                }
            }
        });
    }

    /** The first attribute whose value or set state differs between two models of the same shape, for a failure's message. */
    static String difference(EObject one, EObject other) {
        var ones = one.eAllContents();
        var others = other.eAllContents();
        while (ones.hasNext() && others.hasNext()) {
            EObject a = ones.next();
            EObject b = others.next();
            for (EAttribute attribute : a.eClass().getEAllAttributes()) {
                if (a.eIsSet(attribute) != b.eIsSet(attribute) || !java.util.Objects.equals(a.eGet(attribute), b.eGet(attribute))) {
                    return a.eClass().getName() + " " + EcoreUtil.getID(a) + "." + attribute.getName() + ": "
                            + (a.eIsSet(attribute) ? a.eGet(attribute) : "unset") + " became "
                            + (b.eIsSet(attribute) ? b.eGet(attribute) : "unset");
                }
            }
        }
        return "the models differ in their elements or references";
    }

    private static Object anyValue(EAttribute attribute, Random random) {
        if (attribute.getEAttributeType() instanceof EEnum type) {
            List<?> literals = type.getELiterals();
            return type.getELiterals().get(random.nextInt(literals.size())).getInstance();
        }
        if (attribute.getEAttributeType().getInstanceClass() == boolean.class) {
            return random.nextBoolean();
        }
        String min = ExtendedMetaData.INSTANCE.getMinInclusiveFacet(attribute.getEAttributeType());
        String max = ExtendedMetaData.INSTANCE.getMaxInclusiveFacet(attribute.getEAttributeType());
        int from = min == null ? 0 : Integer.parseInt(min);
        int to = max == null ? from + 240 : Integer.parseInt(max);
        return from + random.nextInt(to - from + 1);
    }
}
