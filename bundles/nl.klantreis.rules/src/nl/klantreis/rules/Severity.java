/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules;

import org.eclipse.emf.common.util.Diagnostic;

/**
 * How bad a finding is, lowest first. In lower case: they are what users type
 * ({@code --fail-on warning}) and the keys of their texts ({@code severity.warning}).
 */
public enum Severity {
    info, warning, error;

    /** The severity of an EMF diagnostic's severity; an OK or a cancel counts as info. */
    public static Severity of(int diagnosticSeverity) {
        return diagnosticSeverity >= Diagnostic.ERROR ? error : diagnosticSeverity >= Diagnostic.WARNING ? warning : info;
    }

    public static Severity of(Diagnostic finding) {
        return of(finding.getSeverity());
    }
}
