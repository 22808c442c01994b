/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.design.tests;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;

import nl.klantreis.rules.RuleDiagnostic;

/** What the rule catalogue reports, through EMF's Diagnostician as `klantreis check` runs it: rule id to elements. */
public final class CatalogueFindings {

    private CatalogueFindings() {
    }

    public static Map<String, Set<EObject>> of(EObject root) {
        return collect(Diagnostician.INSTANCE.validate(root), new HashMap<>());
    }

    static Map<String, Set<EObject>> collect(Diagnostic diagnostic, Map<String, Set<EObject>> byRule) {
        if (diagnostic instanceof RuleDiagnostic finding) {
            byRule.computeIfAbsent(finding.ruleId(), id -> new HashSet<>()).add(finding.element());
        }
        diagnostic.getChildren().forEach(child -> collect(child, byRule));
        return byRule;
    }

    public static Set<EObject> elements(Map<String, Set<EObject>> byRule, String... ruleIds) {
        Set<EObject> elements = new HashSet<>();
        for (String ruleId : ruleIds) {
            elements.addAll(byRule.getOrDefault(ruleId, Set.of()));
        }
        return elements;
    }
}
