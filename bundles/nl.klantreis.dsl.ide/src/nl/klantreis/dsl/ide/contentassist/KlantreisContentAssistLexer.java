/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl.ide.contentassist;

import org.antlr.runtime.RecognitionException;

import nl.klantreis.dsl.ide.contentassist.antlr.internal.InternalKlantreisLexer;
import nl.klantreis.dsl.ide.contentassist.antlr.internal.InternalKlantreisParser;
import nl.klantreis.dsl.parser.Words;

/**
 * The content-assist lexer, lexing words as the runtime's {@code KlantreisLexer} does, so
 * that completion sees the same tokens as the parser ({@code a->b} included).
 */
public class KlantreisContentAssistLexer extends InternalKlantreisLexer {

    private static final Words WORDS = new Words(InternalKlantreisParser.tokenNames, RULE_ID);

    @Override
    public void mTokens() throws RecognitionException {
        if (!WORDS.lex(input, state)) {
            super.mTokens();
        }
    }
}
