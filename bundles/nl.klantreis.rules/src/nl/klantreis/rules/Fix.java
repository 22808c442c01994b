/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The change that resolves a finding, for quick fixes: set {@code feature} of
 * {@code element} to {@code value}.
 */
public record Fix(EObject element, EStructuralFeature feature, Object value) {

    /** Applies the fix to the model. */
    public void apply() {
        element.eSet(feature, value);
    }
}
