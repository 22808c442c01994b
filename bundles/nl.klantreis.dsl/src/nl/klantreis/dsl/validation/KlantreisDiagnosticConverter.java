/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl.validation;

import java.util.Collection;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.DiagnosticConverterImpl;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

import nl.klantreis.dsl.NotationTexts;
import nl.klantreis.rules.Fix;
import nl.klantreis.rules.IssueCodes;
import nl.klantreis.rules.ModelProblems;
import nl.klantreis.rules.RuleDiagnostic;

/**
 * Turns the rule catalogue's findings into Xtext issues whose code is the rule id
 * ({@code KR-INTERPRETER-01}) and whose data carry the fix: the URI of the element to change,
 * the feature, and the new value, for quick fixes in any editor.
 */
public class KlantreisDiagnosticConverter extends DiagnosticConverterImpl {

    @Inject
    private NotationTexts texts;

    /** EMF's structural problems in the reader's words; an unresolved reference only once (the linker's). */
    @Override
    public void convertValidatorDiagnostic(Diagnostic diagnostic, IAcceptor<Issue> acceptor) {
        ModelProblems.readable(diagnostic, texts.locale()).ifPresent(readable -> super.convertValidatorDiagnostic(readable, acceptor));
    }

    /** The code the command line and the report give the same finding ({@link IssueCodes#of}). */
    @Override
    protected String getIssueCode(Diagnostic diagnostic) {
        return IssueCodes.of(diagnostic);
    }

    @Override
    protected String[] getIssueData(Diagnostic diagnostic) {
        if (diagnostic instanceof RuleDiagnostic finding && finding.fix().isPresent()) {
            Fix fix = finding.fix().get();
            // Fixes set attributes, so the feature's type is a data type; a list's values are joined by spaces.
            EDataType type = (EDataType) fix.feature().getEType();
            String value = fix.value() instanceof Collection<?> values
                    ? values.stream().map(one -> EcoreUtil.convertToString(type, one)).collect(Collectors.joining(" "))
                    : EcoreUtil.convertToString(type, fix.value());
            return new String[] { EcoreUtil.getURI(fix.element()).toString(), fix.feature().getName(), value };
        }
        return super.getIssueData(diagnostic);
    }
}
