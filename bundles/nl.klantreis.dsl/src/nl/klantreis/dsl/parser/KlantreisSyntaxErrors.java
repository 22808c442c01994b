/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl.parser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

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
import nl.klantreis.rules.IssueCodes;

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
    /**
     * The code of an error that is a mistake of its own when it comes first, but after an earlier
     * error most often only the parser's loss of its way (a block "not closed" whose braces are
     * right): it is left out then, so that one mistake gets one message.
     */
    public static final String AFTER_ANOTHER = "nl.klantreis.dsl.syntax.afterAnother";

    /** No particular token was expected (ANTLR's "no viable alternative"). */
    private static final int NONE = Integer.MIN_VALUE;

    /** Dutch words a facilitator may type for the notation's English keywords (dutch-keywords.properties). */
    private static final Properties DUTCH = dutchKeywords();

    private final NotationGrammar grammar;
    private final NotationTexts texts;

    @Inject
    public KlantreisSyntaxErrors(NotationGrammar grammar, NotationTexts texts) {
        this.grammar = grammar;
        this.texts = texts;
    }

    @Override
    public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
        RecognitionException error = context.getRecognitionException();
        if (error == null || error.token == null) {
            return super.getSyntaxErrorMessage(context);
        }
        if (error.token.getType() == Token.EOF && context.getCurrentContext() == null) {
            return message(IssueCodes.INPUT, "syntax.empty", "model ID \"...\" {", "}"); // nothing was read: the file is empty
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
        if (!before.isEmpty() && before.get(before.size() - 1).startsWith("\"") && before.get(before.size() - 1).contains("\n")) {
            // a label that runs over the end of its line has most often lost its closing quote: the text after it is misread
            return new SyntaxErrorMessage(texts.format("syntax.labelAcrossLines", firstLine(before.get(before.size() - 1))), IssueCodes.INPUT);
        }
        String character = character(found, before);
        if (character != null) {
            return new SyntaxErrorMessage(character, IssueCodes.INPUT);
        }
        Explained explained = explain(found, before, context.getCurrentContext(), error, context.getTokenNames());
        return new SyntaxErrorMessage(explained.text(), explained.aboutTheWord() ? IssueCodes.INPUT : AFTER_ANOTHER);
    }

    /**
     * A sign or character that is no word of the notation, named with what to write instead:
     * an arrow or quotes pasted from a word processor, an invisible space, a ';' or '#' from
     * another language, a decimal point in a whole number. Null for a word.
     */
    private String character(String found, List<String> before) {
        if (isAccented(found)) {
            // coördinatie, Zoë, Syrië: a name may have them, an id may not; a hyphen (the advice for a space) would not help
            return texts.format("syntax.accent", found, Normalizer.normalize(found, Normalizer.Form.NFD).replaceAll("\\p{M}", ""));
        }
        if (found.isEmpty() || Character.isLetterOrDigit(found.codePointAt(0)) || found.startsWith("\"")) {
            return null;
        }
        String last = before.isEmpty() ? "" : before.get(before.size() - 1);
        return switch (found) {
            case "\u2192", "\u2794", "\u27f6", "=>", "\u2014>", "\u2013>" -> texts.format("syntax.arrow", found);
            // a word processor's minus or dash: removing it would turn -2 into +2
            case "\u2212", "\u2013", "\u2014", "\u2012", "\u2010", "\u2011", "\ufe63", "\uff0d" -> texts.format("syntax.minus", found);
            case "\u201c", "\u201d", "\u201e", "\u2018", "\u2019", "\u00ab", "\u00bb" -> texts.format("syntax.curlyQuote", found);
            case ";" -> texts.format("syntax.semicolon");
            case "#" -> texts.format("syntax.hash");
            case ":", "=" -> enumExpectedAfter(before) != null || grammar.isNumberAfter(last)
                    ? texts.format("syntax.sign", found, last) : null;
            case "." -> last.matches("\\d+") ? texts.format("syntax.decimal", last) : texts.format("syntax.character", found,
                    codePoint(found));
            case "-", "+", "->", ",", "{", "}" -> null; // signs of the notation: the parser's own message says where they belong
            default -> found.codePoints().allMatch(point -> Character.isWhitespace(point) || Character.getType(point) == Character.FORMAT)
                    || found.codePoints().anyMatch(point -> point == 0xa0 || point == 0x202f || point == 0x2007)
                            ? texts.format("syntax.invisible", codePoint(found))
                            : texts.format("syntax.character", found, codePoint(found));
        };
    }

    /** The first line of a label that runs over several: where its author sees it begin. */
    private static String firstLine(String label) {
        return label.substring(0, label.indexOf('\n')).strip();
    }

    private static String codePoint(String found) {
        return String.format("U+%04X", found.codePointAt(0));
    }

    /**
     * A message, and whether it is about the word itself (a value, a character, a Dutch word, a
     * typo): true in any case; or about the text's structure (order, braces, an expected word),
     * which after an earlier error most often only says that the parser lost its way.
     */
    private record Explained(String text, boolean aboutTheWord) {
    }

    private Explained explain(String found, List<String> before, EObject current, RecognitionException error,
            String[] tokenNames) {
        EnumRule values = enumExpectedAfter(before);
        if (values != null) {
            List<String> literals = NotationGrammar.literals(values);
            String capitals = found.toUpperCase(Locale.ROOT);
            return new Explained(literals.contains(capitals) ? texts.format("syntax.valueInCapitals", found, capitals)
                    : texts.format("syntax.value", found, phrase(before, values), String.join(", ", literals)), true);
        }
        if ("-".equals(found) && !before.isEmpty() && grammar.isNumberAfter(before.get(before.size() - 1))) {
            return new Explained(texts.format("syntax.negative", before.get(before.size() - 1)), true);
        }
        if (DUTCH.containsKey(found.toLowerCase(Locale.ROOT))) {
            return new Explained(texts.format("syntax.dutch", found, DUTCH.getProperty(found.toLowerCase(Locale.ROOT))), true);
        }
        String inner = innerBlockOf(found, current);
        if (inner != null) {
            return new Explained(texts.format("syntax.extraClose", found, inner), false);
        }
        if (before.size() >= 2 && "->".equals(before.get(before.size() - 2)) && isWord(found) && !grammar.keywords().contains(found)) {
            // handover a -> b WARMTE: the kind comes after the target
            return new Explained(texts.format("syntax.handoverKind", found, String.join(", ", handoverKinds())), true);
        }
        if (!before.isEmpty() && DECLARING.contains(before.get(before.size() - 1)) && grammar.keywords().contains(found)) {
            return new Explained(texts.format("syntax.keywordAsId", found), false);
        }
        if (before.size() >= 2 && DECLARING.contains(before.get(before.size() - 2)) && isWord(found)
                && !grammar.keywords().contains(found)) {
            return new Explained(texts.format("syntax.label", found, before.get(before.size() - 1)), false);
        }
        String missing = missingWord(error, tokenNames, before);
        if (missing != null) {
            // duration 90 interpreter ...: the unit is missing, not the order wrong; likewise trained interpreter budget
            return new Explained(texts.format("syntax.expected", missing, found), false);
        }
        List<String> statements = grammar.statementsOf(current);
        String statement = statements.stream().filter(words -> words.split(" ")[0].equals(found)).findFirst().orElse(null);
        if (statement != null) {
            String earlier = statementBefore(error, statements, found);
            return new Explained(earlier == null ? texts.format("syntax.order", found, String.join(", ", statements))
                    : texts.format("syntax.orderAfter", found, earlier, String.join(", ", statements)), false);
        }
        if (grammar.keywords().contains(found) && expected(error) != NONE && "'}'".equals(tokenNames[Math.max(0, expected(error))])) {
            return new Explained(texts.format("syntax.missingClose", found), false);
        }
        String near = isWord(found) ? nearest(found, statements.isEmpty() ? grammar.keywords() : statements) : null;
        if (near == null && isWord(found)) {
            near = nearest(found, grammar.keywords());
        }
        int expected = expected(error);
        if (expected > 0 && expected < tokenNames.length && tokenNames[expected].matches("'(\\p{L}+|->)'")) {
            // a statement's whole phrase: 'triggered by', not 'triggered'
            String keyword = tokenNames[expected].substring(1, tokenNames[expected].length() - 1);
            return new Explained(texts.format("syntax.expected", grammar.phraseOf(keyword), found), false);
        }
        if (near != null) {
            return new Explained(texts.format("syntax.didYouMean", found, near), true);
        }
        return new Explained(statements.isEmpty() ? texts.format("syntax.unexpected", found)
                : texts.format("syntax.unexpectedIn", found, String.join(", ", statements)), false);
    }

    /**
     * The block, nested in the current one, that {@code found} starts a statement of: 'handover'
     * in the model, after a '}' too many closed its journey early. Null otherwise.
     */
    private String innerBlockOf(String found, EObject current) {
        if (current == null || !grammar.keywords().contains(found) || grammar.statementsOf(current).stream()
                .anyMatch(words -> words.split(" ")[0].equals(found))) {
            return null;
        }
        for (var reference : current.eClass().getEAllContainments()) {
            if (reference.getEType() instanceof org.eclipse.emf.ecore.EClass inner && grammar.statements(inner).stream()
                    .anyMatch(statement -> statement.phrase().split(" ")[0].equals(found))) {
                // the inner block by its keyword: the statement that contains it, or its class's name (journey)
                return grammar.statements(current.eClass()).stream().filter(statement -> reference.getName().equals(statement.feature()))
                        .map(NotationGrammar.Statement::phrase).findFirst().orElse(inner.getName().toLowerCase(Locale.ROOT));
            }
        }
        return null;
    }

    /** The keywords after which an id is declared (touchpoint ID, key person ID, pain point ID). */
    private static final java.util.Set<String> DECLARING = java.util.Set.of("model", "organisation", "persona", "person", "journey",
            "phase", "touchpoint", "point", "improvement");

    /** Letters (and digits, '-', '_') only: a word a user typed, not a sign. */
    private static boolean isWord(String found) {
        return found.matches("[\\p{L}_][\\p{L}\\p{N}_-]*");
    }

    private static List<String> handoverKinds() {
        return nl.klantreis.model.HandoverKind.VALUES.stream().map(Object::toString).toList();
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

    /**
     * The keyword the parser expected where a statement is not finished: a unit after a number
     * ('minutes' after 'duration 90'), the second word of two ('staff' after 'trained'). Null otherwise.
     */
    private String missingWord(RecognitionException error, String[] tokenNames, List<String> before) {
        int expected = expected(error);
        if (expected <= 0 || expected >= tokenNames.length || !tokenNames[expected].matches("'\\p{L}+'") || before.isEmpty()) {
            return null;
        }
        String last = before.get(before.size() - 1);
        boolean afterNumber = last.matches("\\d+") && before.size() >= 2 && grammar.isNumberAfter(before.get(before.size() - 2));
        return afterNumber || grammar.keywords().contains(last) ? tokenNames[expected].substring(1, tokenNames[expected].length() - 1) : null;
    }

    /** The statement of this block written last before the error ('purpose' before a 'channel' that must precede it), or null. */
    private static String statementBefore(RecognitionException error, List<String> statements, String found) {
        List<String> before = wordsBefore(error, 24);
        for (int i = before.size() - 1; i >= 0; i--) {
            String word = before.get(i);
            if (!word.equals(found)) {
                String statement = statements.stream().filter(words -> words.split(" ")[0].equals(word)).findFirst().orElse(null);
                if (statement != null) {
                    return statement;
                }
            }
        }
        return null;
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
            // a word of one or two letters is as close to many keywords as to none: no guess
            if (word.length() > 2 && distance > 0 && distance < bestDistance && distance <= Math.max(1, first.length() / 4)) {
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

    private SyntaxErrorMessage message(String code, String key, Object... arguments) {
        return new SyntaxErrorMessage(texts.format(key, arguments), code);
    }

    private static Properties dutchKeywords() {
        Properties keywords = new Properties();
        try (InputStream in = KlantreisSyntaxErrors.class.getResourceAsStream("dutch-keywords.properties")) {
            keywords.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The notation bundle has no dutch-keywords.properties", e);
        }
        return keywords;
    }

    /** A letter with an accent or diaeresis (ö, é, ë), which an id may not have: one that has a plain letter under it. */
    private static boolean isAccented(String found) {
        if (found.codePointCount(0, found.length()) != 1 || !Character.isLetter(found.codePointAt(0)) || found.codePointAt(0) < 128) {
            return false;
        }
        String plain = Normalizer.normalize(found, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.length() == 1 && plain.charAt(0) < 128;
    }
}
