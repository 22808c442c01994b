/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules;

import org.eclipse.emf.common.util.Diagnostic;

/**
 * The codes of every finding that is not a rule's own: the one list, used by the command line
 * (text, JSON, SARIF), the report, the notation's editors and the language server, so that one
 * problem has one code wherever it is shown. A rule's finding has the rule's id as its code
 * ({@code KR-INTERPRETER-01}).
 */
public final class IssueCodes {

    /** A file that cannot be read: syntax, encoding, XML, a reference that does not resolve. */
    public static final String INPUT = "KR-INPUT";
    /** A structural problem of a model that was read: a required element missing, a value out of range. */
    public static final String MODEL = "KR-MODEL";
    /** A problem with a model's rule settings: an unknown rule, a threshold out of range. */
    public static final String SETTING = "KR-SETTING";

    private IssueCodes() {
    }

    /** The code of a validation finding: its rule's id, {@link #SETTING} or else {@link #MODEL}. */
    public static String of(Diagnostic finding) {
        if (finding instanceof RuleDiagnostic rule) {
            return rule.ruleId();
        }
        return KlantreisRuleValidator.DIAGNOSTIC_SOURCE.equals(finding.getSource()) ? SETTING : MODEL;
    }

    /**
     * Whether {@code code} is Klantreis's: a rule's id (Klantreis's own or an extension's) or one
     * of the codes above. Other codes are Xtext's or EMF's own, shown as {@link #MODEL}.
     */
    public static boolean isKlantreis(String code) {
        return code != null && (code.startsWith(RuleCatalogue.KLANTREIS_NAMESPACE) || KlantreisRules.catalogue().descriptor(code).isPresent());
    }
}
