/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;

/**
 * The validator of an extension's package: the package's own validator, then Klantreis's
 * rules. EMF's Diagnostician picks one validator by the package of an element's class, so
 * without this a package with a validator of its own (EMF generates one for constraints and
 * restricted data types), or a class whose Klantreis supertype is not its first, would keep
 * its subclasses of Klantreis's classes out of the rules.
 */
final class ExtendedPackageValidator implements EValidator {

    private final EValidator own;
    private final KlantreisRuleValidator rules;

    /** {@code own} is the package's validator, or null when it has none (then EMF's structural checks run). */
    ExtendedPackageValidator(EValidator own, KlantreisRuleValidator rules) {
        this.own = own;
        this.rules = rules;
    }

    EValidator own() {
        return own;
    }

    @Override
    public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate(eObject.eClass(), eObject, diagnostics, context);
    }

    @Override
    public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (own == null) {
            return rules.validate(eClass, eObject, diagnostics, context);
        }
        boolean valid = own.validate(eClass, eObject, diagnostics, context);
        return rules.validateRules(eClass, eObject, diagnostics, context) && valid;
    }

    @Override
    public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return (own == null ? rules : own).validate(eDataType, value, diagnostics, context);
    }
}
