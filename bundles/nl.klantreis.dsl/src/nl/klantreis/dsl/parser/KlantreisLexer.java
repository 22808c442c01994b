/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl.parser;

import org.antlr.runtime.MismatchedTokenException;

import org.antlr.runtime.RecognitionException;

import nl.klantreis.dsl.parser.antlr.internal.InternalKlantreisLexer;
import nl.klantreis.dsl.parser.antlr.internal.InternalKlantreisParser;

import com.google.inject.Inject;

import nl.klantreis.dsl.NotationTexts;

/**
 * The generated lexer with words, white space and numbers lexed directly, without first
 * predicting the token through ANTLR's table of every keyword: see {@link Words}. Everything
 * else (strings, comments, punctuation, errors) goes the generated way.
 */
public class KlantreisLexer extends InternalKlantreisLexer {

    /** The platform's language until the notation's injector gives the one asked for (a lexer made by hand keeps it). */
    @Inject
    private NotationTexts texts = new NotationTexts();

    private static final Words WORDS = new Words(InternalKlantreisParser.tokenNames, RULE_ID);

    @Override
    public void mTokens() throws RecognitionException {
        int c = input.LA(1);
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            mRULE_WS();
        } else if (c >= '0' && c <= '9') {
            mRULE_INT();
        } else if (!WORDS.lex(input, state)) {
            super.mTokens();
        }
    }

    /** The end of the text inside a label: said in the reader's words, not ANTLR's "mismatched character". */
    @Override
    public String getErrorMessage(RecognitionException e, String[] tokenNames) {
        if (e instanceof MismatchedTokenException mismatched && mismatched.expecting == '"') {
            return texts.format("syntax.unclosedLabel");
        }
        return super.getErrorMessage(e, tokenNames);
    }
}
