/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.ecore.EObject;

/**
 * A finding of a rule: an EMF diagnostic whose data are the element and, where there is
 * one, the feature at fault (the form Sirius, EMF editors and Xtext read), and which also
 * carries the rule id and the fix a quick fix can apply.
 */
public final class RuleDiagnostic extends BasicDiagnostic {

    private final String ruleId;
    private final String advice;
    private final Fix fix;

    RuleDiagnostic(int severity, int code, String ruleId, String problem, String advice, List<Object> data, Fix fix) {
        super(severity, KlantreisRuleValidator.DIAGNOSTIC_SOURCE, code, problem + " " + advice, data.toArray());
        this.ruleId = ruleId;
        this.advice = advice;
        this.fix = fix;
    }

    public String ruleId() {
        return ruleId;
    }

    /** What to do about the finding (the second half of the message), for example as a quick fix's label. */
    public String advice() {
        return advice;
    }

    public EObject element() {
        return (EObject) getData().get(0);
    }

    public Optional<Fix> fix() {
        return Optional.ofNullable(fix);
    }
}
