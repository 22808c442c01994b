/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl.ide.contentassist;

import java.util.List;

import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;

import com.google.inject.Inject;

import nl.klantreis.dsl.NotationTexts;
import nl.klantreis.dsl.services.KlantreisGrammarAccess;

/** Completion that knows the notation's own values: after {@code emotion}, the scale -2 .. +2. */
public class KlantreisContentProposals extends IdeContentProposalProvider {

    private static final List<String> EMOTIONS = List.of("-2", "-1", "0", "+1", "+2");

    @Inject
    private KlantreisGrammarAccess grammar;

    @Override
    protected void _createProposals(Assignment assignment, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
        if (assignment.getTerminal() instanceof RuleCall call && call.getRule() == grammar.getEmotionRule()) {
            for (String emotion : EMOTIONS) {
                ContentAssistEntry entry = getProposalCreator().createProposal(emotion, context);
                if (entry != null) {
                    entry.setDescription(NotationTexts.format("emotion." + emotion.replace("+", "")));
                    acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry));
                }
            }
            return;
        }
        super._createProposals(assignment, context, acceptor);
    }
}
