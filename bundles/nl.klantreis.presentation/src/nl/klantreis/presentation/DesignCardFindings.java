/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.presentation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.ecore.EObject;

import nl.klantreis.model.Journey;
import nl.klantreis.model.Touchpoint;
import nl.klantreis.rules.KlantreisRules;
import nl.klantreis.rules.RuleDiagnostic;

/**
 * The two findings the product's design card puts on the journey map itself: a missing
 * interpreter, and a missing or too short extended intake. Decided by the rule catalogue
 * (with the model's own settings), so the map and "Validate" never disagree.
 */
public final class DesignCardFindings {

    public static final List<String> INTERPRETER = List.of("KR-INTERPRETER-01", "KR-INTERPRETER-02");
    public static final List<String> INTAKE = List.of("KR-INTAKE-01", "KR-INTAKE-02");

    private DesignCardFindings() {
    }

    /** The touchpoint needs a (professional) interpreter it does not have. */
    public static boolean missingInterpreter(Touchpoint touchpoint) {
        return hasFinding(touchpoint, INTERPRETER);
    }

    /** The touchpoint is an intake that is too short. */
    public static boolean shortIntake(Touchpoint touchpoint) {
        return hasFinding(touchpoint, INTAKE);
    }

    /** The journey has no intake at all. */
    public static boolean missingIntake(Journey journey) {
        return hasFinding(journey, INTAKE);
    }

    /** The ids of the rules that find something on exactly this element: one check for all of its marks. */
    public static Set<String> ruleIds(EObject element) {
        return findings(element).stream().map(RuleDiagnostic::ruleId).collect(Collectors.toSet());
    }

    /** Whether the findings {@code ruleIds} of a touchpoint call for the interpreter mark. */
    public static boolean missingInterpreter(Set<String> ruleIds) {
        return INTERPRETER.stream().anyMatch(ruleIds::contains);
    }

    /** Whether the findings {@code ruleIds} of a touchpoint or journey call for the intake mark. */
    public static boolean missingOrShortIntake(Set<String> ruleIds) {
        return INTAKE.stream().anyMatch(ruleIds::contains);
    }

    /** The rule findings on exactly this element (not its contents). */
    public static List<RuleDiagnostic> findings(EObject element) {
        BasicDiagnostic findings = new BasicDiagnostic();
        Map<Object, Object> context = new HashMap<>();
        KlantreisRules.validator().validate(element.eClass(), element, findings, context);
        return findings.getChildren().stream().filter(RuleDiagnostic.class::isInstance).map(RuleDiagnostic.class::cast)
                .filter(finding -> finding.element() == element).toList();
    }

    private static boolean hasFinding(EObject element, List<String> ruleIds) {
        Set<String> found = ruleIds(element);
        return ruleIds.stream().anyMatch(found::contains);
    }
}
