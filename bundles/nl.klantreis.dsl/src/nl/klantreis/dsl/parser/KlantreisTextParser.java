/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl.parser;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.TokenSource;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.antlr.XtextTokenStream;

import nl.klantreis.dsl.parser.antlr.KlantreisParser;

/**
 * The generated parser, reading a whole text through a {@link StreamingTokenStream}. A text
 * with syntax errors is parsed a second time with Xtext's own token stream, since error
 * recovery may need tokens the streaming one has let go; its result is exactly Xtext's.
 */
public class KlantreisTextParser extends KlantreisParser {

    private static final ThreadLocal<Boolean> STREAMING = ThreadLocal.withInitial(() -> Boolean.FALSE);

    @Override
    protected IParseResult parse(String ruleName, CharStream in) {
        int start = in.mark();
        STREAMING.set(Boolean.TRUE);
        try {
            IParseResult result = super.parse(ruleName, in);
            if (!result.hasSyntaxErrors()) {
                return result;
            }
        } catch (RuntimeException e) {
            // a token that was let go was needed after all: parse again below
        } finally {
            STREAMING.set(Boolean.FALSE);
        }
        in.rewind(start);
        return super.parse(ruleName, in);
    }

    @Override
    protected XtextTokenStream createTokenStream(TokenSource tokenSource) {
        return STREAMING.get() ? new StreamingTokenStream(tokenSource, getTokenDefProvider())
                : super.createTokenStream(tokenSource);
    }
}
