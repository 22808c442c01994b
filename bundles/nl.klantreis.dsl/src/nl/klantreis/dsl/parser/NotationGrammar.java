/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl.parser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Action;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.Grammar;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.util.Strings;

import com.google.inject.Inject;
import com.google.inject.Singleton;

import nl.klantreis.dsl.services.KlantreisGrammarAccess;

/**
 * What the notation's grammar says about its words, for messages that tell a user what to
 * write: every keyword; which enumeration follows which keywords (`channel` COUNTER,
 * `initiated by` RESIDENT); and the statements of each block in the order they must come.
 */
@Singleton
public final class NotationGrammar {

    /**
     * A statement of a block that sets one feature: {@code feature}, written as {@code phrase}
     * (its leading keywords, led by {@code keyword}), the value, then {@code after}
     * ("duration 90 minutes"); a flag is the phrase alone ("understanding checked").
     */
    public record Statement(String feature, Keyword keyword, String phrase, String after, boolean flag) {
    }

    /** Keywords a user types, the punctuation left out. */
    private final Set<String> keywords = new LinkedHashSet<>();
    /** "channel" -> the Channel enumeration's literals, "initiated by" -> Initiator's, ... */
    private final Map<String, EnumRule> enumAfter = new LinkedHashMap<>();
    /** The keywords a whole number follows ("duration", "caseload"): counts and lengths, never below 0. */
    private final Set<String> numberAfter = new LinkedHashSet<>();
    /** Per class, its statements in the grammar's order (features set in a block; contained elements as null keywords). */
    private final Map<EClass, List<Statement>> statements = new LinkedHashMap<>();

    @Inject
    public NotationGrammar(KlantreisGrammarAccess grammarAccess) {
        Grammar grammar = grammarAccess.getGrammar();
        grammar.eAllContents().forEachRemaining(element -> {
            if (element instanceof Keyword keyword && Character.isLetter(keyword.getValue().charAt(0))) {
                keywords.add(keyword.getValue());
            } else if (element instanceof Assignment assignment && assignment.getTerminal() instanceof RuleCall call
                    && call.getRule() instanceof EnumRule rule) {
                String phrase = keywordsBefore(assignment);
                if (!phrase.isEmpty()) {
                    enumAfter.putIfAbsent(phrase, rule);
                }
            } else if (element instanceof Assignment assignment && assignment.getTerminal() instanceof RuleCall call
                    && call.getRule() == grammarAccess.getINTRule()) {
                numberAfter.add(keywordsBefore(assignment));
            }
        });
        for (var rule : grammar.getRules()) {
            if (rule instanceof ParserRule parserRule && rule.getType().getClassifier() instanceof EClass type
                    && parserRule.getAlternatives() instanceof Group body) {
                statements.put(type, statementsOf(body));
            }
        }
    }

    public Set<String> keywords() {
        return keywords;
    }

    /** Whether a whole number of 0 or more follows this keyword ("duration", "members"). */
    public boolean isNumberAfter(String keyword) {
        return numberAfter.contains(keyword);
    }

    /** The enumeration whose value must follow {@code phrase} ("channel", "initiated by"), or null. */
    public EnumRule enumAfter(String phrase) {
        return enumAfter.get(phrase);
    }

    /** The literals of an enumeration rule, as they are written. */
    public static List<String> literals(EnumRule rule) {
        List<String> literals = new ArrayList<>();
        rule.eAllContents().forEachRemaining(element -> {
            if (element instanceof EnumLiteralDeclaration literal) {
                literals.add(literal.getLiteral().getValue());
            }
        });
        return literals;
    }

    /** The statements of the block of {@code element}'s class, in order (empty if it has no block). */
    public List<String> statementsOf(EObject element) {
        return element == null ? List.of()
                : statements(element.eClass()).stream().map(Statement::phrase).filter(words -> !Strings.isEmpty(words)).toList();
    }

    /** The whole phrase of a statement that starts with {@code keyword} ('triggered by' for 'triggered'), or the keyword. */
    public String phraseOf(String keyword) {
        return statements.values().stream().flatMap(List::stream).map(Statement::phrase)
                .filter(words -> words.startsWith(keyword + " ")).findFirst().orElse(keyword);
    }

    /** The statements of {@code type}'s block in the grammar's order. */
    public List<Statement> statements(EClass type) {
        return statements.getOrDefault(type, List.of());
    }

    private static List<Statement> statementsOf(Group body) {
        return blockElements(body).stream().map(NotationGrammar::statement).toList();
    }

    /** The elements of a rule between its block's braces. */
    private static List<AbstractElement> blockElements(Group body) {
        List<AbstractElement> inside = new ArrayList<>();
        boolean inBlock = false;
        for (AbstractElement element : body.getElements()) {
            if (element instanceof Keyword keyword && "{".equals(keyword.getValue())) {
                inBlock = true;
            } else if (element instanceof Keyword keyword && "}".equals(keyword.getValue())) {
                break;
            } else if (inBlock) {
                inside.add(element);
            }
        }
        return inside;
    }

    /** One statement: a keyword group such as ('duration' duration=INT 'minutes'), or a contained element (keyword null). */
    private static Statement statement(AbstractElement element) {
        if (element instanceof Assignment contained) {
            return new Statement(contained.getFeature(), null, leadingWords(element), "", false);
        }
        List<AbstractElement> parts = element instanceof Group group ? group.getElements() : List.of(element);
        Keyword first = null;
        String feature = null;
        boolean flag = false;
        List<String> after = new ArrayList<>();
        for (AbstractElement part : parts) {
            Keyword keyword = part instanceof Keyword direct ? direct
                    : part instanceof Assignment assigned && assigned.getTerminal() instanceof Keyword flagWord ? flagWord : null;
            if (first == null) {
                first = keyword;
            }
            if (part instanceof Assignment assignment && feature == null) {
                feature = assignment.getFeature();
                flag = assignment.getTerminal() instanceof Keyword;
            } else if (feature != null && !flag && part instanceof Keyword word && Character.isLetter(word.getValue().charAt(0))) {
                after.add(word.getValue());
            } else if (feature != null && !(part instanceof Keyword)) {
                break;
            }
        }
        return new Statement(feature, first, leadingWords(element), String.join(" ", after), flag);
    }

    /** The keywords right before an assignment in its group ("initiated by" before initiator=Initiator). */
    private static String keywordsBefore(Assignment assignment) {
        if (!(assignment.eContainer() instanceof Group group)) {
            return "";
        }
        List<String> words = new ArrayList<>();
        List<AbstractElement> elements = group.getElements();
        for (int i = elements.indexOf(assignment) - 1; i >= 0 && elements.get(i) instanceof Keyword keyword
                && Character.isLetter(keyword.getValue().charAt(0)); i--) {
            words.add(0, keyword.getValue());
        }
        return String.join(" ", words);
    }

    /** A keyword, or an assignment of one (trainedStaff?='trained'). */
    private static boolean isWord(AbstractElement element) {
        Keyword keyword = element instanceof Keyword direct ? direct
                : element instanceof Assignment assignment && assignment.getTerminal() instanceof Keyword assigned ? assigned : null;
        return keyword != null && Character.isLetter(keyword.getValue().charAt(0));
    }

    /** "initiated by" for ('initiated' 'by' initiator=Initiator)?, "touchpoint" for touchpoints+=Touchpoint*. */
    private static String leadingWords(AbstractElement element) {
        if (element instanceof Keyword keyword) {
            return keyword.getValue();
        }
        if (element instanceof Group group) {
            List<String> words = new ArrayList<>();
            for (AbstractElement part : group.getElements()) {
                String word = isWord(part) ? leadingWords(part) : words.isEmpty() && part instanceof Assignment ? leadingWords(part) : "";
                if (word.isEmpty()) {
                    break;
                }
                words.add(word);
                if (!isWord(part)) {
                    break;
                }
            }
            return String.join(" ", words);
        }
        if (element instanceof Assignment assignment) {
            if (assignment.getTerminal() instanceof Keyword keyword) {
                return keyword.getValue();
            }
            if (assignment.getTerminal() instanceof RuleCall call && call.getRule() instanceof ParserRule rule
                    && rule.getAlternatives() instanceof Group group) {
                // the rule's leading keywords, after the action that creates its element ({StaffGroup} 'staff' 'group')
                List<AbstractElement> parts = group.getElements().stream().filter(part -> !(part instanceof Action)).toList();
                if (parts.isEmpty()) {
                    return "";
                }
                return leadingWords(parts.get(0)) + (parts.size() > 1
                        && parts.get(1) instanceof Keyword second && Character.isLetter(second.getValue().charAt(0))
                                ? " " + second.getValue() : "");
            }
        }
        return "";
    }
}
