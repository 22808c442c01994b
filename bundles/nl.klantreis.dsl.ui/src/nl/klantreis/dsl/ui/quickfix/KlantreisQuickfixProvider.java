/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl.ui.quickfix;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.ui.editor.model.IXtextDocument;
import org.eclipse.xtext.ui.editor.model.edit.IModificationContext;
import org.eclipse.xtext.ui.editor.quickfix.DefaultQuickfixProvider;
import org.eclipse.xtext.ui.editor.quickfix.IssueResolution;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

import nl.klantreis.dsl.ide.quickfix.FixEdits;
import nl.klantreis.dsl.ide.quickfix.RuleQuickFixProvider;
import nl.klantreis.rules.KlantreisRules;

/**
 * The rules' fixes as quick fixes on their markers (a professional interpreter, a longer
 * intake, a warm handover ...), the same text edits the language server offers: the rule runs
 * again on the element at the marker, so the fix fits the text as it is now.
 */
public class KlantreisQuickfixProvider extends DefaultQuickfixProvider {

    @Inject
    private FixEdits edits;

    @Inject
    private EObjectAtOffsetHelper elementAtOffset;

    @Override
    public boolean hasResolutionFor(String issueCode) {
        return isRuleFinding(issueCode) || super.hasResolutionFor(issueCode);
    }

    @Override
    public List<IssueResolution> getResolutions(Issue issue) {
        List<IssueResolution> resolutions = new ArrayList<>(super.getResolutions(issue));
        if (isRuleFinding(issue.getCode())) {
            IModificationContext context = getModificationContextFactory().createModificationContext(issue);
            if (context.getXtextDocument() != null) {
                ruleFix(issue, context).ifPresent(resolutions::add);
            }
        }
        return resolutions;
    }

    private Optional<IssueResolution> ruleFix(Issue issue, IModificationContext context) {
        IXtextDocument document = context.getXtextDocument();
        return document.readOnly(resource -> {
            EObject element = elementAtOffset.resolveContainedElementAt(resource, issue.getOffset());
            return RuleQuickFixProvider.finding(element, issue.getCode()).flatMap(finding -> edits
                    .of(finding.fix().get(), resource, new Document(0, document.get()))
                    .map(edit -> new IssueResolution(finding.advice(), finding.advice(), null, context,
                            applied -> apply(edit, applied.getXtextDocument()), 0)));
        });
    }

    private static void apply(TextEdit edit, IXtextDocument document) throws org.eclipse.jface.text.BadLocationException {
        int start = document.getLineOffset(edit.getRange().getStart().getLine()) + edit.getRange().getStart().getCharacter();
        int end = document.getLineOffset(edit.getRange().getEnd().getLine()) + edit.getRange().getEnd().getCharacter();
        document.replace(start, end - start, edit.getNewText());
    }

    /** A rule of the catalogue, Klantreis's own or an extension's. */
    private static boolean isRuleFinding(String code) {
        return code != null && KlantreisRules.catalogue().descriptor(code).isPresent();
    }
}
