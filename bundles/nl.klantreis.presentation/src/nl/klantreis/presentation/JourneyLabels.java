/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.presentation;

import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import nl.klantreis.model.Handover;
import nl.klantreis.model.KlantreisPackage;
import nl.klantreis.model.Touchpoint;
import nl.klantreis.rules.EditLabels;
import nl.klantreis.rules.Labels;
import nl.klantreis.rules.Language;

/**
 * The words on a journey map, the same in the Sirius diagram and the SVG report: an element's
 * label, and for a touchpoint its organisation and channel. Types, features and enumeration
 * values are shown with the edit bundle's labels, in the language asked for (Dutch or
 * English): Sirius asks for the platform's, the report for its {@code --lang}.
 */
public final class JourneyLabels {

    private JourneyLabels() {
    }

    /** "Brede intake" over "Consulent statushouders · Home visit". */
    public static String touchpoint(Touchpoint touchpoint, Locale locale) {
        return Labels.of(touchpoint) + "\n" + touchpointDetail(touchpoint, locale);
    }

    /**
     * The organisation and channel of a touchpoint: "Consulent statushouders · Home visit", or
     * the organisation alone when no channel is recorded; "Organisatie niet vastgelegd" when
     * nobody recorded the organisation.
     */
    public static String touchpointDetail(Touchpoint touchpoint, Locale locale) {
        String organisation = JourneyLanes.name(touchpoint.getOrganisation(), locale);
        return touchpoint.isSetChannel() ? organisation + " \u00b7 " + EditLabels.literal(touchpoint.getChannel(), locale)
                : organisation;
    }

    /** "warm" or "cold", as the handover's label; "not recorded" when nobody recorded which. */
    public static String handover(Handover handover, Locale locale) {
        return handover.isSetKind() ? EditLabels.literal(handover.getKind(), locale) : notRecorded(locale);
    }

    /** What a map or report writes where a value is not recorded: "niet vastgelegd", "not recorded". */
    public static String notRecorded(Locale locale) {
        return words(locale).get("notRecorded");
    }

    /** The label of a feature of a type, for example "Channel" or "Kanaal". */
    public static String featureLabel(EClass type, String feature, Locale locale) {
        return EditLabels.feature(type.getEStructuralFeature(feature), locale);
    }

    /**
     * A feature's value for a cell of a table: as {@link #value}, or "not recorded" for an
     * attribute a facilitator may leave out and did.
     */
    public static String cell(EObject element, String feature, Locale locale) {
        EStructuralFeature structural = element.eClass().getEStructuralFeature(feature);
        return structural.isUnsettable() && !element.eIsSet(structural) ? notRecorded(locale)
                : value(element, feature, locale);
    }

    /**
     * A feature's value as a person reads it: an enumeration value's label, "yes"/"ja" for a
     * true flag, an emotion with its sign, a duration in minutes, another element's label;
     * empty when nothing is recorded (never an attribute's default).
     */
    public static String value(EObject element, String feature, Locale locale) {
        EStructuralFeature structural = element.eClass().getEStructuralFeature(feature);
        Object value = element.eGet(structural);
        if (value == null || !element.eIsSet(structural)) {
            return "";
        } else if (value instanceof Collection<?> values) {
            return values.stream().map(one -> one instanceof Enumerator enumerator ? EditLabels.literal(enumerator, locale)
                    : one instanceof EObject other ? Labels.of(other) : String.valueOf(one)).collect(Collectors.joining(", "));
        } else if (value instanceof Enumerator enumerator) {
            return EditLabels.literal(enumerator, locale);
        } else if (value instanceof Boolean flag) {
            return words(locale).get(flag ? "yes" : "no");
        } else if (structural == KlantreisPackage.Literals.TOUCHPOINT__EMOTION) {
            int emotion = (Integer) value;
            return emotion > 0 ? "+" + emotion : Integer.toString(emotion);
        } else if (structural == KlantreisPackage.Literals.TOUCHPOINT__DURATION) {
            return words(locale).get("minutes", value);
        } else if (value instanceof EObject other) {
            return Labels.of(other);
        }
        return value.toString();
    }

    private static Language.Texts words(Locale locale) {
        return Language.texts("nl.klantreis.presentation.words", JourneyLabels.class, locale);
    }
}
