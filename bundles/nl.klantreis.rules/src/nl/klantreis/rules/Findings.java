/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;

/**
 * A model's findings, the one way every tool outside an editor gets them: EMF's structural
 * checks in the reader's words ({@link ModelProblems}) and the rule catalogue with its
 * extensions, in the language asked for. Each finding's code is {@link IssueCodes#of}, its
 * severity {@link Severity#of(Diagnostic)}, its element {@link #element}.
 */
public final class Findings {

    private Findings() {
    }

    /** Every finding of {@code model} and its contents, depth first, in {@code locale}. */
    public static List<Diagnostic> of(EObject model, Locale locale) {
        Diagnostician diagnostician = new Diagnostician(KlantreisRules.newValidatorRegistry()) {
            @Override
            public String getObjectLabel(EObject eObject) {
                return Labels.typeAndLabel(eObject, locale);
            }
        };
        Map<Object, Object> context = diagnostician.createDefaultContext();
        context.put(KlantreisRuleValidator.LOCALE, locale);
        BasicDiagnostic result = new BasicDiagnostic();
        diagnostician.validate(model, result, context);
        List<Diagnostic> findings = new ArrayList<>();
        collect(result, findings, locale);
        return findings;
    }

    /** The element a finding is about, or null when it names none. */
    public static EObject element(Diagnostic finding) {
        return !finding.getData().isEmpty() && finding.getData().get(0) instanceof EObject element ? element : null;
    }

    private static void collect(Diagnostic diagnostic, List<Diagnostic> findings, Locale locale) {
        for (Diagnostic child : diagnostic.getChildren()) {
            ModelProblems.readable(child, locale).ifPresent(findings::add);
            collect(child, findings, locale);
        }
    }
}
