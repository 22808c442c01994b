/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CharStream;
import org.antlr.runtime.CommonTokenStream;
import org.antlr.runtime.Lexer;
import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.RecognizerSharedState;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenSource;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.parser.DefaultEcoreElementFactory;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.antlr.AbstractAntlrParser;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.eclipse.xtext.parser.antlr.XtextTokenStream;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.junit.jupiter.api.Test;

import nl.klantreis.dsl.ide.contentassist.KlantreisContentAssistLexer;
import nl.klantreis.dsl.parser.KlantreisElementFactory;
import nl.klantreis.dsl.parser.KlantreisLexer;
import nl.klantreis.dsl.parser.KlantreisSyntaxErrors;
import nl.klantreis.dsl.parser.KlantreisTextParser;
import nl.klantreis.dsl.parser.StreamingTokenStream;
import nl.klantreis.dsl.parser.antlr.KlantreisParser;
import nl.klantreis.dsl.parser.antlr.internal.InternalKlantreisLexer;
import nl.klantreis.dsl.parser.antlr.internal.InternalKlantreisParser;
import nl.klantreis.model.synthetic.SyntheticMunicipality;

/**
 * The shapes of Xtext, ANTLR and the generated lexer that the notation's parser classes
 * ({@code nl.klantreis.dsl.parser}) rely on: the protected fields they write, the methods they
 * override, the calls Xtext makes into them, and the token constants the own lexer maps words
 * to. The compiler checks only that names exist; this test checks types, that the methods can
 * still be overridden, and that Xtext still calls them, so that an update of Xtext (or a
 * regeneration of the grammar) that changes them fails here, with what changed and where to
 * look, instead of as a slower or wrong parse.
 */
class XtextShapeTest {

    private static final String WHERE = " The notation's parser relies on it: see docs/architecture.md (The notation's parse"
            + " pipeline) and the classes in bundles/nl.klantreis.dsl/src/nl/klantreis/dsl/parser/, then adapt them or"
            + " pin the earlier Xtext.";

    /** KlantreisLexer and Words read ANTLR's lexer state and set the token's type and channel. */
    @Test
    void theLexerStateTheOwnLexerWrites() {
        assertField(Lexer.class, "input", CharStream.class, false, "KlantreisLexer reads the characters from it");
        assertField(InternalKlantreisLexer.class, "state", RecognizerSharedState.class, false,
                "KlantreisLexer hands it to Words, which sets the token's type and channel");
        assertField(RecognizerSharedState.class, "type", int.class, true, "Words sets the type of the token it lexed");
        assertField(RecognizerSharedState.class, "channel", int.class, true, "Words puts a word on the default channel");
        assertField(MismatchedTokenException.class, "expecting", int.class, true,
                "KlantreisLexer recognises an unclosed label by the '\"' ANTLR expected");
        assertOverridable(InternalKlantreisLexer.class, KlantreisLexer.class, "mTokens", void.class);
        assertOverridable(InternalKlantreisLexer.class, KlantreisLexer.class, "getErrorMessage", String.class,
                RecognitionException.class, String[].class);
        assertCallable(InternalKlantreisLexer.class, "mRULE_WS", void.class);
        assertCallable(InternalKlantreisLexer.class, "mRULE_INT", void.class);
        assertOverridable(nl.klantreis.dsl.ide.contentassist.antlr.internal.InternalKlantreisLexer.class,
                KlantreisContentAssistLexer.class, "mTokens", void.class);
    }

    /** The constants the own lexer gives its tokens: ID for a word that is no keyword, WS and INT. */
    @Test
    void theGeneratedTokenConstantsTheOwnLexerMapsTo() {
        Map<String, Integer> terminals = Map.of("RULE_ID", constant(InternalKlantreisLexer.class, "RULE_ID"), "RULE_WS",
                constant(InternalKlantreisLexer.class, "RULE_WS"), "RULE_INT", constant(InternalKlantreisLexer.class, "RULE_INT"));
        terminals.forEach((name, type) -> {
            assertEquals(type, constant(InternalKlantreisParser.class, name),
                    "the generated parser and lexer give " + name + " different token types." + WHERE);
            assertEquals(name, InternalKlantreisParser.tokenNames[type],
                    "InternalKlantreisParser.tokenNames no longer names token type " + type + " " + name
                            + ": Words reads the keywords from these names, at the index of their type." + WHERE);
        });
        int ide = constant(nl.klantreis.dsl.ide.contentassist.antlr.internal.InternalKlantreisLexer.class, "RULE_ID");
        assertEquals("RULE_ID", nl.klantreis.dsl.ide.contentassist.antlr.internal.InternalKlantreisParser.tokenNames[ide],
                "the content-assist parser's token names no longer name RULE_ID at its type." + WHERE);
    }

    /**
     * Words takes every keyword from the generated parser's token names ('touchpoint' at the
     * index of its token type); the generated lexer must give that type for the word.
     */
    @Test
    void everyKeywordIsNamedAtItsTokenType() {
        List<String> wrong = new ArrayList<>();
        int keywords = 0;
        for (int type = 0; type < InternalKlantreisParser.tokenNames.length; type++) {
            String name = InternalKlantreisParser.tokenNames[type];
            if (name.matches("'[A-Za-z_][A-Za-z_0-9]*'")) {
                keywords++;
                String word = name.substring(1, name.length() - 1);
                int generated = firstToken(new InternalKlantreisLexer(), word);
                int own = firstToken(new KlantreisLexer(), word);
                if (generated != type || own != type) {
                    wrong.add(word + ": named at " + type + ", generated lexer " + generated + ", KlantreisLexer " + own);
                }
            }
        }
        assertTrue(keywords > 100, "only " + keywords + " keywords in InternalKlantreisParser.tokenNames, in quotes:"
                + " did the generator change how it names keyword tokens?" + WHERE);
        assertEquals(List.of(), wrong, "keywords whose token type is not the index of their name." + WHERE);
        assertEquals(List.of(constant(InternalKlantreisLexer.class, "RULE_ID"), constant(InternalKlantreisLexer.class, "RULE_WS"),
                constant(InternalKlantreisLexer.class, "RULE_ID"), constant(InternalKlantreisLexer.class, "RULE_WS"),
                constant(InternalKlantreisLexer.class, "RULE_INT")), types(new KlantreisLexer(), "brede-intake\tyonas\n90"),
                "KlantreisLexer no longer gives ID, WS and INT tokens." + WHERE);
    }

    /** StreamingTokenStream lexes into ANTLR's token list and moves its index itself. */
    @Test
    void theTokenStreamFieldsTheStreamingStreamWrites() {
        assertField(XtextTokenStream.class, "tokens", List.class, false, "StreamingTokenStream adds tokens as the parser asks and"
                + " sets the ones behind the parser to null");
        assertField(XtextTokenStream.class, "p", int.class, true, "StreamingTokenStream moves the index of the current token");
        assertField(XtextTokenStream.class, "channel", int.class, false, "StreamingTokenStream skips tokens off this channel");
        assertField(XtextTokenStream.class, "tokenSource", TokenSource.class, false,
                "StreamingTokenStream asks the lexer for the next token, and the whole text");
        assertOverridable(XtextTokenStream.class, StreamingTokenStream.class, "fillBuffer", void.class);
        assertOverridable(XtextTokenStream.class, StreamingTokenStream.class, "skipOffTokenChannels", int.class, int.class);
        assertOverridable(XtextTokenStream.class, StreamingTokenStream.class, "LT", Token.class, int.class);
        assertOverridable(XtextTokenStream.class, StreamingTokenStream.class, "basicConsume", void.class);
        assertOverridable(XtextTokenStream.class, StreamingTokenStream.class, "get", Token.class, int.class);
        assertOverridable(XtextTokenStream.class, StreamingTokenStream.class, "size", int.class);
        assertOverridable(XtextTokenStream.class, StreamingTokenStream.class, "toString", String.class, int.class, int.class);
        assertOverridable(XtextTokenStream.class, StreamingTokenStream.class, "toString", String.class);
        assertCallable(XtextTokenStream.class, "getFirstMarker", int.class);
        assertCallable(XtextTokenStream.class, "LB", Token.class, int.class);
        assertCallable(Lexer.class, "getCharStream", CharStream.class);
    }

    /**
     * Every method of Xtext's and ANTLR's token stream is one StreamingTokenStream was written
     * against: a new one may read the token list directly, where tokens were let go (null) or
     * not yet lexed, and must be looked at before Xtext is updated.
     */
    @Test
    void theTokenStreamHasTheMethodsTheStreamingStreamWasWrittenAgainst() {
        assertSameMethods(XtextTokenStream.class, Set.of("toString(int,int)", "setHiddenTokens(String[])", "setInitialHiddenTokens(String[])",
                "doSetHiddenTokens(String[])", "skipHiddenTokens()", "LA(int)", "getTokenIndex(Token)", "consume()",
                "basicConsume()", "getFirstMarker()", "mark()", "basicMark()", "rewind(int)", "basicRewind(int)", "LT(int)",
                "getCurrentLookAhead()", "initCurrentLookAhead(int)", "getLexerErrorMessage(Token)"));
        assertSameMethods(CommonTokenStream.class, Set.of("setTokenSource(TokenSource)", "fillBuffer()", "consume()", "skipOffTokenChannels(int)",
                "skipOffTokenChannelsReverse(int)", "setTokenTypeChannel(int,int)", "discardTokenType(int)",
                "discardOffChannelTokens(boolean)", "getTokens()", "getTokens(int,int)", "getTokens(int,int,BitSet)",
                "getTokens(int,int,List)", "getTokens(int,int,int)", "LT(int)", "LB(int)", "get(int)", "LA(int)", "mark()",
                "release(int)", "size()", "index()", "rewind(int)", "rewind()", "reset()", "seek(int)", "getTokenSource()",
                "getSourceName()", "toString()", "toString(int,int)", "toString(Token,Token)"));
    }

    /** KlantreisTextParser chooses the token stream per parse; Xtext must still come through these two methods. */
    @Test
    void theParserMethodsTheTextParserOverrides() {
        assertOverridable(KlantreisParser.class, KlantreisTextParser.class, "parse", IParseResult.class, String.class,
                CharStream.class);
        assertOverridable(KlantreisParser.class, KlantreisTextParser.class, "createTokenStream", XtextTokenStream.class,
                TokenSource.class);
        assertCallable(AbstractAntlrParser.class, "getTokenDefProvider", ITokenDefProvider.class);
        assertOverridable(DefaultEcoreElementFactory.class, KlantreisElementFactory.class, "create", EObject.class,
                EClassifier.class);
        assertOverridable(SyntaxErrorMessageProvider.class, KlantreisSyntaxErrors.class, "getSyntaxErrorMessage",
                SyntaxErrorMessage.class, ISyntaxErrorMessageProvider.IParserErrorContext.class);
    }

    /**
     * A text without errors is read through one StreamingTokenStream fed by KlantreisLexer,
     * which lets go of the tokens behind the parser; a text with errors is read again through
     * Xtext's own stream.
     */
    @Test
    void xtextParsesThroughTheStreamingStreamAndFallsBackOnErrors() {
        RecordingParser parser = new RecordingParser();
        KlantreisText.INJECTOR.injectMembers(parser);
        String text = KlantreisText.serialize(SyntheticMunicipality.generate(20, 5));

        IParseResult clean = parser.parse(new StringReader(text));
        assertTrue(!clean.hasSyntaxErrors(), "the synthetic model parses without errors");
        assertEquals(List.of(StreamingTokenStream.class), parser.streams,
                "Xtext no longer parses through KlantreisTextParser.parse and createTokenStream: the notation is read"
                        + " without the streaming token stream (slower, all tokens held)." + WHERE);
        assertEquals(List.of(KlantreisLexer.class), parser.lexers, "the token stream is not fed by KlantreisLexer." + WHERE);
        StreamingTokenStream streaming = (StreamingTokenStream) parser.made.get(0);
        long held = streaming.getTokens().stream().filter(token -> token != null).count();
        assertTrue(held < 5, held + " of " + streaming.getTokens().size() + " tokens still held after the parse:"
                + " XtextTokenStream.consume() no longer calls basicConsume(), or calls it differently." + WHERE);

        parser.streams.clear();
        IParseResult broken = parser.parse(new StringReader(text.replaceFirst("touchpoint ", "touchpoint { at } ")));
        assertTrue(broken.hasSyntaxErrors(), "the broken text has a syntax error");
        assertEquals(List.of(StreamingTokenStream.class, XtextTokenStream.class), parser.streams,
                "a text with errors is not parsed a second time with Xtext's own token stream." + WHERE);
    }

    /** KlantreisTextParser, telling which token streams it made, and from which lexer. */
    static final class RecordingParser extends KlantreisTextParser {
        final List<Class<?>> streams = new ArrayList<>();
        final List<Class<?>> lexers = new ArrayList<>();
        final List<XtextTokenStream> made = new ArrayList<>();

        @Override
        protected XtextTokenStream createTokenStream(TokenSource tokenSource) {
            XtextTokenStream stream = super.createTokenStream(tokenSource);
            streams.add(stream.getClass());
            lexers.add(tokenSource.getClass());
            made.add(stream);
            return stream;
        }
    }

    // ---- reflection, with messages that say what changed

    /** A field declared in {@code from} or a class above it, of exactly {@code type}, that subclasses can reach. */
    private static void assertField(Class<?> from, String name, Class<?> type, boolean written, String use) {
        Field field = null;
        for (Class<?> c = from; c != null && field == null; c = c.getSuperclass()) {
            field = Arrays.stream(c.getDeclaredFields()).filter(f -> f.getName().equals(name)).findFirst().orElse(null);
        }
        if (field == null) {
            fail(from.getName() + " and the classes above it no longer have the field '" + name + "' (" + use + ")." + WHERE);
        }
        String where = field.getDeclaringClass().getName() + "." + name;
        assertEquals(type, field.getType(), where + " changed its type (" + use + ")." + WHERE);
        assertTrue(!Modifier.isPrivate(field.getModifiers()), where + " became private (" + use + ")." + WHERE);
        assertTrue(!written || !Modifier.isFinal(field.getModifiers()), where + " became final (" + use + ")." + WHERE);
    }

    /** A method of {@code base}'s classes that {@code klantreis} overrides: same return type, not final, not private. */
    private static void assertOverridable(Class<?> base, Class<?> klantreis, String name, Class<?> returns, Class<?>... parameters) {
        Method method = assertCallable(base, name, returns, parameters);
        String what = method.getDeclaringClass().getName() + "." + name + Arrays.toString(parameters);
        assertTrue(!Modifier.isFinal(method.getModifiers()) && !Modifier.isStatic(method.getModifiers()),
                what + " can no longer be overridden, and " + klantreis.getSimpleName() + " overrides it." + WHERE);
        try {
            klantreis.getDeclaredMethod(name, parameters);
        } catch (NoSuchMethodException e) {
            fail(klantreis.getName() + " no longer overrides " + what + ": update this test and docs/architecture.md.");
        }
    }

    private static Method assertCallable(Class<?> from, String name, Class<?> returns, Class<?>... parameters) {
        Method method = null;
        for (Class<?> c = from; c != null && method == null; c = c.getSuperclass()) {
            try {
                method = c.getDeclaredMethod(name, parameters);
            } catch (NoSuchMethodException e) {
                // look further up
            }
        }
        String what = from.getName() + "." + name + Arrays.toString(parameters);
        if (method == null) {
            fail(what + " no longer exists, in it or a class above it." + WHERE);
        }
        assertEquals(returns, method.getReturnType(), what + " changed its return type." + WHERE);
        assertTrue(!Modifier.isPrivate(method.getModifiers()), what + " became private." + WHERE);
        return method;
    }

    private static int constant(Class<?> owner, String name) {
        try {
            Field field = owner.getField(name);
            assertTrue(Modifier.isStatic(field.getModifiers()) && field.getType() == int.class,
                    owner.getName() + "." + name + " is no longer a static int." + WHERE);
            return field.getInt(null);
        } catch (NoSuchFieldException | IllegalAccessException e) {
            throw new AssertionError("the generated " + owner.getName() + " no longer has the token constant " + name
                    + " (did the terminal rule's name change in Klantreis.xtext?)." + WHERE, e);
        }
    }

    private static void assertSameMethods(Class<?> owner, Set<String> expected) {
        Set<String> actual = methods(owner);
        Set<String> added = new TreeSet<>(actual);
        added.removeAll(expected);
        Set<String> gone = new TreeSet<>(expected);
        gone.removeAll(actual);
        assertTrue(added.isEmpty() && gone.isEmpty(), owner.getName() + " has changed its methods: new " + added + ", gone "
                + gone + ". StreamingTokenStream lets go of tokens (null in the token list) and lexes on demand, so a"
                + " method that reads the token list directly may now see a null or miss a token; check each before"
                + " adding it here." + WHERE);
    }

    /** The non-private methods a class declares itself, as name(simple parameter types). */
    private static Set<String> methods(Class<?> owner) {
        Set<String> methods = new TreeSet<>();
        for (Method method : owner.getDeclaredMethods()) {
            if (!Modifier.isPrivate(method.getModifiers()) && !method.isSynthetic() && !method.getName().contains("$")) {
                methods.add(method.getName() + "(" + String.join(",",
                        Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).toList()) + ")");
            }
        }
        return methods;
    }

    private static int firstToken(org.eclipse.xtext.parser.antlr.Lexer lexer, String text) {
        return types(lexer, text).get(0);
    }

    private static List<Integer> types(org.eclipse.xtext.parser.antlr.Lexer lexer, String text) {
        lexer.setCharStream(new ANTLRStringStream(" " + text));
        List<Integer> types = new ArrayList<>();
        for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
            types.add(token.getType());
        }
        return types.subList(1, types.size()); // without the leading space
    }
}
