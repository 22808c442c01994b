/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.util.ExtendedMetaData;

import nl.klantreis.model.Handover;
import nl.klantreis.model.Journey;
import nl.klantreis.model.Touchpoint;
import nl.klantreis.rules.catalogue.JourneyFacts;

/**
 * EMF's structural checks ({@link EObjectValidator}) in the reader's words: what is missing,
 * on which element, named as the model names it, in Dutch or English, instead of EMF's English
 * about implementation objects ({@code JourneyImpl@3b8692cc}).
 */
public final class ModelProblems {

    private ModelProblems() {
    }

    /**
     * The problem as a person reads it; empty for a reference that does not resolve, which the
     * reader of the file already reports with the name it looked for and where.
     */
    public static Optional<Diagnostic> readable(Diagnostic emf, Locale locale) {
        if (!EObjectValidator.DIAGNOSTIC_SOURCE.equals(emf.getSource())) {
            return Optional.of(emf);
        }
        if (emf.getCode() == EObjectValidator.EOBJECT__EVERY_PROXY_RESOLVES
                || emf.getCode() == EObjectValidator.DATA_VALUE__VALUE_IN_RANGE) {
            return Optional.empty(); // a value out of range is said once, by its element (below)
        }
        List<?> data = emf.getData();
        if (emf.getCode() == EObjectValidator.EOBJECT__EVERY_MULTIPCITY_CONFORMS && data.size() >= 2
                && data.get(0) instanceof EObject element && data.get(1) instanceof EStructuralFeature feature) {
            String message = RuleMessages.forLocale(locale).format("model.required", Labels.typeAndLabel(element, locale),
                    EditLabels.feature(feature, locale).toLowerCase(locale));
            return Optional.of(new BasicDiagnostic(emf.getSeverity(), emf.getSource(), emf.getCode(), message, data.toArray()));
        }
        if (emf.getCode() == EObjectValidator.EOBJECT__EVERY_DATA_VALUE_CONFORMS && data.size() >= 2
                && data.get(0) instanceof EObject element && data.get(1) instanceof EAttribute attribute) {
            // a value outside the range the metamodel declares (an emotion of +7, a duration of -5)
            EDataType type = attribute.getEAttributeType();
            String min = ExtendedMetaData.INSTANCE.getMinInclusiveFacet(type);
            String max = ExtendedMetaData.INSTANCE.getMaxInclusiveFacet(type);
            if (min != null) {
                String message = RuleMessages.forLocale(locale).format(max != null ? "model.range" : "model.minimum",
                        Labels.typeAndLabel(element, locale), EditLabels.feature(attribute, locale).toLowerCase(locale),
                        element.eGet(attribute), min, max);
                return Optional.of(new BasicDiagnostic(Diagnostic.ERROR, emf.getSource(), emf.getCode(), message, data.toArray()));
            }
        }
        return Optional.of(emf);
    }

    /** The source of structural problems that EMF's own checks do not know: they are KR-MODEL findings. */
    public static final String SOURCE = "nl.klantreis.model";

    /**
     * A handover joins two touchpoints of its own journey; one to or from another journey's
     * touchpoint (written {@code other-journey.step}) is drawn nowhere and counted wrongly.
     */
    public static Optional<Diagnostic> handoverAcrossJourneys(Handover handover, Locale locale) {
        Journey own = handover.eContainer() instanceof Journey journey ? journey : null;
        for (Touchpoint end : java.util.Arrays.asList(handover.getSource(), handover.getTarget())) {
            Journey other = end == null || end.eIsProxy() ? null : JourneyFacts.journeyOf(end);
            if (own != null && other != null && other != own) {
                String message = RuleMessages.forLocale(locale).format("model.handoverAcrossJourneys",
                        Labels.typeAndLabel(handover, locale), Labels.typeAndLabel(end, locale), Labels.typeAndLabel(other, locale),
                        Labels.typeAndLabel(own, locale));
                return Optional.of(new BasicDiagnostic(Diagnostic.ERROR, SOURCE, 1, message, new Object[] { handover }));
            }
        }
        return Optional.empty();
    }
}
