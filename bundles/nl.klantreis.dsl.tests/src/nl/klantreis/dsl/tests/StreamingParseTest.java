/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.Token;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;
import org.eclipse.xtext.parser.antlr.XtextTokenStream;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.klantreis.dsl.parser.KlantreisLexer;
import nl.klantreis.dsl.parser.KlantreisTextParser;
import nl.klantreis.dsl.parser.StreamingTokenStream;
import nl.klantreis.dsl.parser.antlr.KlantreisParser;
import nl.klantreis.model.synthetic.SyntheticMunicipality;

/**
 * Parsing through the streaming token stream gives exactly what Xtext's own parser gives
 * (node model and elements), for texts with and without errors; and the stream does let go
 * of the tokens behind the parser.
 */
class StreamingParseTest {

    private static final String[] HIDDEN = { "RULE_WS", "RULE_ML_COMMENT", "RULE_SL_COMMENT" };

    private final IParser parser = KlantreisText.INJECTOR.getInstance(IParser.class);
    private final KlantreisParser xtextParser = KlantreisText.INJECTOR.getInstance(KlantreisParser.class);

    static Stream<Path> texts() throws IOException {
        return LexerTest.texts();
    }

    @Test
    void theNotationParsesThroughTheStreamingParser() {
        assertTrue(parser instanceof KlantreisTextParser, parser.getClass().getName());
    }

    @ParameterizedTest
    @MethodSource("texts")
    void sameParseAsXtext(Path file) throws IOException {
        assertSameParse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
    }

    @Test
    void sameParseAsXtextForAGeneratedModel() {
        assertSameParse(KlantreisText.serialize(SyntheticMunicipality.generate(300, 11)));
    }

    @Test
    void sameParseAsXtextWithErrorsLateInALargeText() {
        String text = KlantreisText.serialize(SyntheticMunicipality.generate(300, 12));
        int last = text.lastIndexOf("touchpoint ");
        assertSameParse(text.substring(0, last) + "touchpoint { at } }" + text.substring(last));
    }

    @Test
    void anEditReparsesToWhatAFreshParseGives() {
        String text = KlantreisText.serialize(SyntheticMunicipality.generate(100, 14));
        XtextResource resource = new KlantreisText().parse("bewerkt.klantreis", text);
        int at = text.indexOf("minutes");
        resource.update(at - 3, 2, "45"); // an editor changes one duration, as a language client does
        String edited = text.substring(0, at - 3) + "45" + text.substring(at - 1);
        assertEquals(edited, resource.getParseResult().getRootNode().getText());
        assertEquals(leaves(xtextParser.parse(new StringReader(edited))), leaves(resource.getParseResult()));
        XtextResource fresh = new KlantreisText().parse("frisch.klantreis", edited);
        EcoreUtil.resolveAll(resource);
        EcoreUtil.resolveAll(fresh);
        assertEquals(List.of(), resource.getErrors());
        assertTrue(EcoreUtil.equals(fresh.getContents().get(0), resource.getContents().get(0)),
                "the edited model is the model of the edited text");
    }

    @Test
    void tokensBehindTheParserAreLetGo() {
        String text = KlantreisText.serialize(SyntheticMunicipality.generate(50, 13));
        ITokenDefProvider tokenDefs = KlantreisText.INJECTOR.getInstance(ITokenDefProvider.class);
        StreamingTokenStream streaming = new StreamingTokenStream(lexer(text), tokenDefs);
        XtextTokenStream xtext = new XtextTokenStream(lexer(text), tokenDefs);
        assertEquals(visibleTokens(xtext), visibleTokens(streaming));
        long kept = streaming.getTokens().stream().filter(Objects::nonNull).count();
        assertTrue(kept < 5, kept + " of " + streaming.getTokens().size() + " tokens still held after the parse");
    }

    private static KlantreisLexer lexer(String text) {
        KlantreisLexer lexer = new KlantreisLexer();
        lexer.setCharStream(new ANTLRStringStream(text));
        return lexer;
    }

    /** Consumes the stream as a parser does, outside predictions: what it sees, token by token. */
    private static List<String> visibleTokens(XtextTokenStream stream) {
        stream.setInitialHiddenTokens(HIDDEN);
        List<String> seen = new ArrayList<>();
        while (stream.LA(1) != Token.EOF) {
            int mark = stream.mark(); // a prediction looking two ahead, as the parser does
            stream.consume();
            stream.LT(1);
            stream.rewind(mark);
            seen.add(stream.LT(1).getTokenIndex() + ":" + stream.LT(1).getText());
            stream.consume();
        }
        return seen;
    }

    private void assertSameParse(String text) {
        IParseResult streamed = parser.parse(new StringReader(text));
        IParseResult expected = xtextParser.parse(new StringReader(text));
        assertEquals(leaves(expected), leaves(streamed));
        assertEquals(expected.hasSyntaxErrors(), streamed.hasSyntaxErrors());
        assertTrue(EcoreUtil.equals(expected.getRootASTElement(), streamed.getRootASTElement()),
                "the same elements from both parsers");
    }

    private static List<String> leaves(IParseResult result) {
        List<String> leaves = new ArrayList<>();
        for (INode node : result.getRootNode().getAsTreeIterable()) {
            if (node instanceof ILeafNode leaf) {
                leaves.add(leaf.getTotalOffset() + "+" + leaf.getTotalLength() + (leaf.isHidden() ? " hidden " : " ")
                        + leaf.getGrammarElement() + (leaf.getSyntaxErrorMessage() == null ? ""
                                : " error " + leaf.getSyntaxErrorMessage().getMessage()));
            }
        }
        return leaves;
    }
}
