/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.Lexer;
import org.antlr.runtime.Token;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.klantreis.dsl.ide.contentassist.KlantreisContentAssistLexer;
import nl.klantreis.dsl.parser.KlantreisLexer;
import nl.klantreis.dsl.parser.antlr.internal.InternalKlantreisLexer;
import nl.klantreis.dsl.parser.antlr.internal.InternalKlantreisParser;
import nl.klantreis.model.Handover;
import nl.klantreis.model.JourneyModel;
import nl.klantreis.model.synthetic.SyntheticMunicipality;

/**
 * The notation's own lexer and token stream give what the generated ones give: the same
 * tokens for every example, for the bad-input corpus and for a generated model, and a node
 * model whose text is the input.
 */
class LexerTest {

    private final KlantreisText text = new KlantreisText();

    static Stream<Path> texts() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path folder : List.of(KlantreisText.ROOT.resolve("examples"),
                KlantreisText.ROOT.resolve("bundles/nl.klantreis.cli/src/test/resources/bad-input"))) {
            try (Stream<Path> paths = Files.walk(folder)) {
                paths.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".klantreis")).forEach(files::add);
            }
        }
        assertTrue(files.size() > 10, "examples and bad input found: " + files);
        return files.stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("texts")
    void sameTokensAsTheGeneratedLexer(Path file) throws IOException {
        String input = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertEquals(tokens(new InternalKlantreisLexer(), input), tokens(new KlantreisLexer(), input));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void contentAssistSeesTheSameTokens(Path file) throws IOException {
        String input = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertEquals(tokens(new KlantreisLexer(), input),
                tokens(new KlantreisContentAssistLexer(), input,
                        nl.klantreis.dsl.ide.contentassist.antlr.internal.InternalKlantreisParser.tokenNames));
    }

    @Test
    void sameTokensForAGeneratedModel() {
        String input = KlantreisText.serialize(SyntheticMunicipality.generate(300, 7));
        assertEquals(tokens(new InternalKlantreisLexer(), input), tokens(new KlantreisLexer(), input));
    }

    @Test
    void wordsAreKeywordsOnlyWhenWhole() {
        assertEquals(List.of("RULE_ID:models", "RULE_WS: ", "'model'", "RULE_WS: ", "RULE_ID:model-1", "RULE_WS: ",
                "RULE_ID:A1b", "RULE_WS: ", "'A1'", "RULE_WS: ", "RULE_ID:_x9", "RULE_WS: ", "'on'", "'->'"),
                tokens(new KlantreisLexer(), "models model model-1 A1b A1 _x9 on->"));
    }

    @Test
    void idFollowedByArrowWithoutSpace() {
        Resource resource = text.parse("pijl.klantreis", """
                model m {
                  organisation o { }
                  persona p { }
                  journey j for p {
                    triggered by ARRIVAL
                    phase f { touchpoint a at o { } touchpoint b at o { } }
                    handover a->b WARM
                  }
                }
                """);
        EcoreUtil.resolveAll(resource);
        assertEquals(List.of(), resource.getErrors());
        Handover handover = ((JourneyModel) resource.getContents().get(0)).getJourneys().get(0).getHandovers().get(0);
        assertEquals("a", handover.getSource().getId());
        assertEquals("b", handover.getTarget().getId());
    }

    @ParameterizedTest
    @MethodSource("texts")
    void nodeModelTextIsTheInput(Path file) throws IOException {
        String input = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        XtextResource resource = text.parse(file.getFileName().toString(), input);
        assertEquals(input, resource.getParseResult().getRootNode().getText());
    }

    private static List<String> tokens(Lexer lexer, String input) {
        return tokens(lexer, input, InternalKlantreisParser.tokenNames);
    }

    private static List<String> tokens(Lexer lexer, String input, String[] tokenNames) {
        lexer.setCharStream(new ANTLRStringStream(input));
        List<String> tokens = new ArrayList<>();
        for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
            String name = tokenNames[token.getType()];
            tokens.add(name.startsWith("'") ? name : name + ":" + token.getText());
        }
        return tokens;
    }
}
