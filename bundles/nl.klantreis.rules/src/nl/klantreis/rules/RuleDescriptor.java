/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EcorePackage;

import nl.klantreis.model.Severity;

/**
 * What the catalogue says about a rule: its stable id (namespace, topic, number: Klantreis's own
 * are {@code KR-TOPIC-NN}, an extension's have a namespace of their own), the class of element it checks, its
 * default severity, where it comes from (a section of the handreiking, or the AVG article of
 * the personal-data rules), and its thresholds.
 * Titles and messages live in the rule messages, keyed by the id.
 */
public record RuleDescriptor(String id, EClass target, Severity defaultSeverity, String section,
        List<ParameterDescriptor> parameters) {

    public RuleDescriptor {
        if (!id.matches("[A-Z][A-Z0-9]*-[A-Z]+-\\d{2}")) {
            throw new IllegalArgumentException("rule id " + id + " is not of the form NAMESPACE-TOPIC-NN, such as KR-INTAKE-01");
        }
        parameters = List.copyOf(parameters);
    }

    /** Whether the rule looks at elements of every class (its target is EObject). */
    public boolean checksEveryElement() {
        return target == EcorePackage.Literals.EOBJECT;
    }

    public Optional<ParameterDescriptor> parameter(String key) {
        return parameters.stream().filter(p -> p.key().equals(key)).findFirst();
    }
}
