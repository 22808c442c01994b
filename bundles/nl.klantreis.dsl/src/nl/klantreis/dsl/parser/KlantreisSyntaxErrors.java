/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.MissingTokenException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenStream;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

import com.google.inject.Inject;
import com.google.inject.Singleton;

import nl.klantreis.dsl.NotationTexts;

/**
 * Syntax errors in the words of the notation, in the language of the platform (Dutch or
 * English): a wrong value names the valid ones, an unknown word gets the keyword it is close
 * to (or the English keyword for a Dutch one), a statement out of place gets the order of its
 * block. What the parser reports only because it lost its way after an earlier error carries
 * {@link #FOLLOW_ON}, so that the user sees one message per mistake.
 */
@Singleton
public class KlantreisSyntaxErrors extends SyntaxErrorMessageProvider {

    /** The code of an error that follows from an earlier one (the parser expected the text to end). */
    public static final String FOLLOW_ON = "nl.klantreis.dsl.syntax.followOn";
    /** The code of a syntax error: the one the command line gives a file it cannot read, so both say the same. */
    public static final String SYNTAX = "KR-INPUT";

    /** No particular token was expected (ANTLR's "no viable alternative"). */
    private static final int NONE = Integer.MIN_VALUE;

    /** Dutch words a facilitator may type for the notation's English keywords. */
    private static final Map<String, String> DUTCH = Map.ofEntries(Map.entry("organisatie", "organisation"),
            Map.entry("klantreis", "journey"), Map.entry("reis", "journey"), Map.entry("fase", "phase"),
            Map.entry("contactmoment", "touchpoint"), Map.entry("overdracht", "handover"),
            Map.entry("verwijzing", "handover"), Map.entry("kanaal", "channel"), Map.entry("doel", "purpose"),
            Map.entry("duur", "duration"), Map.entry("tolk", "interpreter"), Map.entry("emotie", "emotion"),
            Map.entry("knelpunt", "pain point"), Map.entry("verbeterpunt", "improvement"), Map.entry("verbetering", "improvement"),
            Map.entry("sleutelpersoon", "key person"), Map.entry("omschrijving", "description"),
            Map.entry("beschrijving", "description"), Map.entry("rol", "role"), Map.entry("minuten", "minutes"),
            Map.entry("eigenaar", "owner"), Map.entry("spreekt", "speaks"), Map.entry("soort", "kind"),
            Map.entry("levensgebieden", "domains"), Map.entry("vormen", "forms"), Map.entry("huishouden", "household"),
            Map.entry("regel", "rule"), Map.entry("model", "model"), Map.entry("persoon", "persona"));

    private final NotationGrammar grammar;

    @Inject
    public KlantreisSyntaxErrors(NotationGrammar grammar) {
        this.grammar = grammar;
    }

    @Override
    public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
        RecognitionException error = context.getRecognitionException();
        if (error == null || error.token == null) {
            return super.getSyntaxErrorMessage(context);
        }
        String found = error.token.getType() == Token.EOF ? null : error.token.getText();
        if (expected(error) == Token.EOF) {
            return message(FOLLOW_ON, "syntax.end", found);
        }
        if (found == null) {
            // after an earlier error, a missing '}' at the end is that error's consequence
            return message(FOLLOW_ON, "syntax.endsEarly");
        }
        List<String> before = wordsBefore(error, 3);
        String explained = explain(found, before, context.getCurrentContext(), error, context.getTokenNames());
        return new SyntaxErrorMessage(explained, SYNTAX);
    }

    private String explain(String found, List<String> before, EObject current, RecognitionException error,
            String[] tokenNames) {
        EnumRule values = enumExpectedAfter(before);
        if (values != null) {
            return NotationTexts.format("syntax.value", found, phrase(before, values),
                    String.join(", ", NotationGrammar.literals(values)));
        }
        if ("-".equals(found) && !before.isEmpty() && grammar.isNumberAfter(before.get(before.size() - 1))) {
            return NotationTexts.format("syntax.negative", before.get(before.size() - 1));
        }
        List<String> statements = grammar.statementsOf(current);
        String statement = statements.stream().filter(words -> words.split(" ")[0].equals(found)).findFirst().orElse(null);
        if (statement != null) {
            return NotationTexts.format("syntax.order", found, String.join(", ", statements));
        }
        if (grammar.keywords().contains(found) && expected(error) != NONE && "'}'".equals(tokenNames[Math.max(0, expected(error))])) {
            return NotationTexts.format("syntax.missingClose", found);
        }
        if (DUTCH.containsKey(found.toLowerCase(Locale.ROOT))) {
            return NotationTexts.format("syntax.dutch", found, DUTCH.get(found.toLowerCase(Locale.ROOT)));
        }
        String near = nearest(found, statements.isEmpty() ? grammar.keywords() : statements);
        if (near == null) {
            near = nearest(found, grammar.keywords());
        }
        int expected = expected(error);
        if (expected > 0 && expected < tokenNames.length && tokenNames[expected].matches("'\\p{L}+'")) {
            String keyword = tokenNames[expected].substring(1, tokenNames[expected].length() - 1);
            return NotationTexts.format("syntax.expected", keyword, found);
        }
        if (near != null) {
            return NotationTexts.format("syntax.didYouMean", found, near);
        }
        return statements.isEmpty() ? NotationTexts.format("syntax.unexpected", found)
                : NotationTexts.format("syntax.unexpectedIn", found, String.join(", ", statements));
    }

    /** The enumeration the last one or two words before the error ask for ("channel", "initiated by"). */
    private EnumRule enumExpectedAfter(List<String> before) {
        if (before.isEmpty()) {
            return null;
        }
        String last = before.get(before.size() - 1);
        EnumRule rule = before.size() >= 2 ? grammar.enumAfter(before.get(before.size() - 2) + " " + last) : null;
        return rule != null ? rule : grammar.enumAfter(last);
    }

    private String phrase(List<String> before, EnumRule values) {
        String last = before.get(before.size() - 1);
        String two = before.size() >= 2 ? before.get(before.size() - 2) + " " + last : null;
        return two != null && grammar.enumAfter(two) == values ? two : last;
    }

    /** The texts of the last {@code count} tokens on the default channel before the error. */
    private static List<String> wordsBefore(RecognitionException error, int count) {
        List<String> words = new ArrayList<>();
        if (error.input instanceof TokenStream tokens) {
            try {
                for (int i = error.token.getTokenIndex() - 1; i >= 0 && words.size() < count; i--) {
                    Token token = tokens.get(i);
                    if (token.getChannel() == Token.DEFAULT_CHANNEL) {
                        words.add(0, token.getText());
                    }
                }
            } catch (RuntimeException released) {
                // the streaming token stream has let go of earlier tokens: advise without them
            }
        }
        return words;
    }

    /** The token type the parser expected, {@link Token#EOF} for the end of the text, or {@link #NONE}. */
    private static int expected(RecognitionException error) {
        if (error instanceof MissingTokenException missing) {
            return missing.expecting;
        }
        return error instanceof MismatchedTokenException mismatched ? mismatched.expecting : NONE;
    }

    /** The keyword closest to {@code word}: a letter off for every four letters (at least one), or null. */
    static String nearest(String word, Iterable<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            String first = candidate.split(" ")[0];
            int distance = distance(word.toLowerCase(Locale.ROOT), first);
            if (distance > 0 && distance < bestDistance && distance <= Math.max(1, first.length() / 4)) {
                best = first;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Damerau-Levenshtein distance (a swap of two letters counts once: touchpiont). */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private static SyntaxErrorMessage message(String code, String key, Object... arguments) {
        return new SyntaxErrorMessage(NotationTexts.format(key, arguments), code);
    }
}
