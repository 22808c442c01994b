/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import nl.klantreis.model.Severity;

/**
 * One culture-sensitivity rule of the catalogue. A rule checks one element of its target
 * class at a time and looks no further than that element's own neighbourhood, so that the
 * whole catalogue costs the same per element in a small model and in a large one.
 *
 * @param <T> the class of element the rule checks
 */
public abstract class Rule<T extends EObject> {

    private final RuleDescriptor descriptor;
    private final Class<T> targetType;

    protected Rule(String id, EClass target, Class<T> targetType, Severity defaultSeverity, String section,
            ParameterDescriptor... parameters) {
        this.descriptor = new RuleDescriptor(id, target, defaultSeverity, section, List.of(parameters));
        this.targetType = targetType;
    }

    public final RuleDescriptor descriptor() {
        return descriptor;
    }

    public final String id() {
        return descriptor.id();
    }

    /** Checks one element, reporting what it finds to {@code check}. */
    protected abstract void check(T element, RuleCheck check);

    final void checkElement(EObject element, RuleCheck check) {
        check(targetType.cast(element), check);
    }
}
