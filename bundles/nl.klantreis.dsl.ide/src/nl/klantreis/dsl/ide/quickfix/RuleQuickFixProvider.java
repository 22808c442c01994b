/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl.ide.quickfix;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticModificationContext;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.editor.quickfix.ITextModification;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2.Options;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;

import nl.klantreis.rules.KlantreisRuleValidator;
import nl.klantreis.rules.KlantreisRules;
import nl.klantreis.rules.RuleDiagnostic;

/**
 * Quick fixes for every rule whose finding carries a fix (a professional interpreter, a
 * longer intake, a warm handover ...), offered only where the fix can be written as an edit
 * of this file. The fix is not stored in the editor: the rule is run again on the element at
 * the diagnostic, so the change always fits the model as it is now.
 */
public class RuleQuickFixProvider implements IQuickFixProvider {

    @Inject
    private DiagnosticModificationContext.Factory modificationContext;

    @Inject
    private FixEdits edits;

    @Inject
    private EObjectAtOffsetHelper elementAtOffset;

    @Override
    public boolean handlesDiagnostic(Diagnostic diagnostic) {
        // a rule of the catalogue, Klantreis's own or an extension's
        return diagnostic.getCode() != null && diagnostic.getCode().isLeft()
                && KlantreisRules.catalogue().descriptor(diagnostic.getCode().getLeft()).isPresent();
    }

    @Override
    public List<DiagnosticResolution> getResolutions(Options options, Diagnostic diagnostic) {
        String ruleId = diagnostic.getCode().getLeft();
        int offset = options.getDocument().getOffSet(diagnostic.getRange().getStart());
        EObject element = elementAtOffset.resolveContainedElementAt((XtextResource) options.getResource(), offset);
        DiagnosticResolutionAcceptor resolutions = new DiagnosticResolutionAcceptor(modificationContext);
        finding(element, ruleId).ifPresent(finding -> edits.of(finding.fix().get(), options.getResource(), options.getDocument())
                .ifPresent(edit -> resolutions.accept(finding.advice(), (ITextModification) (d, e, document) -> List.of(edit))));
        return resolutions.getDiagnosticResolutions(options, diagnostic);
    }

    /** The rule's finding with a fix at {@code element} or the nearest element around it. */
    public static Optional<RuleDiagnostic> finding(EObject element, String ruleId) {
        for (EObject candidate = element; candidate != null; candidate = candidate.eContainer()) {
            BasicDiagnostic findings = new BasicDiagnostic();
            Map<Object, Object> context = new HashMap<>();
            context.put(KlantreisRuleValidator.LOCALE, Locale.getDefault());
            KlantreisRules.validator().validate(candidate.eClass(), candidate, findings, context);
            Optional<RuleDiagnostic> match = findings.getChildren().stream()
                    .filter(RuleDiagnostic.class::isInstance).map(RuleDiagnostic.class::cast)
                    .filter(d -> d.ruleId().equals(ruleId) && d.fix().isPresent()).findFirst();
            if (match.isPresent()) {
                return match;
            }
        }
        return Optional.empty();
    }
}
