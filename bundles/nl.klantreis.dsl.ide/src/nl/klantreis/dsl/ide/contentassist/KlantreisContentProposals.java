/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl.ide.contentassist;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;

import com.google.inject.Inject;

import nl.klantreis.dsl.NotationTexts;
import nl.klantreis.dsl.services.KlantreisGrammarAccess;

/**
 * Completion that knows the notation's own values (after {@code emotion}, the scale -2 .. +2)
 * and its statements of several words: {@code initiated by}, {@code understanding checked},
 * {@code key person} are offered whole, as they must be written.
 */
public class KlantreisContentProposals extends IdeContentProposalProvider {

    private static final List<String> EMOTIONS = List.of("-2", "-1", "0", "+1", "+2");

    /** Snippets in LSP's syntax: $1, $2 ... are the places to fill in, in order; $0 where the cursor ends. */
    private static final Map<String, String> TEMPLATES = Map.of(
            "touchpoint", "touchpoint ${1:id} \"${2}\" at ${3:organisation} {\n\t$0\n}",
            "handover", "handover ${1:from} -> ${2:to}$0");

    @Inject
    private KlantreisGrammarAccess grammar;

    @Inject
    private NotationTexts texts;

    @Override
    protected void _createProposals(Assignment assignment, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
        if (assignment.getTerminal() instanceof RuleCall call && call.getRule() == grammar.getEmotionRule()) {
            for (String emotion : EMOTIONS) {
                ContentAssistEntry entry = getProposalCreator().createProposal(emotion, context);
                if (entry != null) {
                    entry.setDescription(texts.format("emotion." + emotion.replace("+", "")));
                    acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry));
                }
            }
            return;
        }
        super._createProposals(assignment, context, acceptor);
    }

    @Override
    protected void _createProposals(Keyword keyword, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
        template(keyword, context, acceptor);
        String phrase = phraseOf(keyword);
        if (phrase.equals(keyword.getValue())) {
            super._createProposals(keyword, context, acceptor);
            return;
        }
        if (filterKeyword(keyword, context)) {
            ContentAssistEntry entry = getProposalCreator().createProposal(phrase, context, ContentAssistEntry.KIND_KEYWORD, null);
            if (entry != null) {
                acceptor.accept(entry, getProposalPriorities().getKeywordPriority(keyword.getValue(), entry));
            }
        }
    }

    /**
     * Each element once, by the shortest name that reaches it here ({@code p}, not also
     * {@code m.p}): the scope sees an element by its name in the journey, in the model and in the file.
     */
    @Override
    protected void _createProposals(CrossReference reference, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
        Map<Object, Map.Entry<ContentAssistEntry, Integer>> shortest = new LinkedHashMap<>();
        super._createProposals(reference, context, new IIdeContentProposalAcceptor() {
            @Override
            public void accept(ContentAssistEntry entry, int priority) {
                Object target = entry.getSource() instanceof IEObjectDescription candidate ? candidate.getEObjectURI() : entry.getProposal();
                Map.Entry<ContentAssistEntry, Integer> known = shortest.get(target);
                if (known == null || entry.getProposal().length() < known.getKey().getProposal().length()) {
                    shortest.put(target, Map.entry(entry, priority));
                }
            }

            @Override
            public boolean canAcceptMoreProposals() {
                return acceptor.canAcceptMoreProposals();
            }
        });
        shortest.values().forEach(best -> acceptor.accept(best.getKey(), best.getValue()));
    }

    /**
     * A template for the statements a workshop writes most: a touchpoint and a handover, with
     * places to fill in and no value filled in for them (a value in a template would be
     * recorded without anyone having said it).
     */
    private void template(Keyword keyword, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
        String template = TEMPLATES.get(keyword.getValue());
        if (template == null || !filterKeyword(keyword, context)) {
            return;
        }
        ContentAssistEntry entry = getProposalCreator().createProposal(template, context, ContentAssistEntry.KIND_SNIPPET, snippet -> {
            snippet.setLabel(keyword.getValue() + " \u2026");
            snippet.setDescription(texts.format("template." + keyword.getValue()));
        });
        if (entry != null) {
            acceptor.accept(entry, getProposalPriorities().getKeywordPriority(keyword.getValue(), entry));
        }
    }

    /** The keyword and the keywords that must follow it in its statement ('initiated' 'by'). */
    private static String phraseOf(Keyword keyword) {
        AbstractElement start = keyword.eContainer() instanceof Assignment flag ? flag : keyword; // trainedStaff?='trained' 'staff'
        if (!(start.eContainer() instanceof Group group)) {
            return keyword.getValue();
        }
        StringBuilder phrase = new StringBuilder(keyword.getValue());
        List<AbstractElement> parts = group.getElements();
        for (AbstractElement part : parts.subList(parts.indexOf(start) + 1, parts.size())) {
            Keyword next = part instanceof Keyword word ? word
                    : part instanceof Assignment assigned && assigned.getTerminal() instanceof Keyword flagWord ? flagWord : null;
            if (next == null || !Character.isLetter(next.getValue().charAt(0))) {
                break;
            }
            phrase.append(' ').append(next.getValue());
        }
        return phrase.toString();
    }
}
