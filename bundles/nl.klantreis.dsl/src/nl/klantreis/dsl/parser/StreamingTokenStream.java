/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl.parser;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Lexer;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenSource;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;
import org.eclipse.xtext.parser.antlr.XtextTokenStream;

/**
 * An Xtext token stream that lexes as the parser asks for tokens, and lets go of the tokens
 * the node model already holds. ANTLR's stream lexes the whole file before parsing starts
 * and keeps every token until the end: on a model of 100,000 touchpoints that is 9 million
 * tokens (440 MB), which the garbage collector copies while the parse runs.
 * <p>
 * A token is let go once the parser has consumed the next one outside a prediction: by then
 * it and the hidden tokens before it are leaves of the node model. Only error recovery looks
 * further back, so {@link KlantreisTextParser} parses a text with errors again with Xtext's
 * own stream.
 */
public final class StreamingTokenStream extends XtextTokenStream {

    /** The lexer has reached the end of the input. */
    private boolean lexedAll;

    /** The tokens before this index have been let go. */
    private int releasedBelow;

    /** The index of the token the parser consumed last, outside a prediction. */
    private int lastConsumed;

    public StreamingTokenStream(TokenSource tokenSource, ITokenDefProvider tokenDefProvider) {
        super(tokenSource, tokenDefProvider);
    }

    /** Lexes until the token at {@code index} exists; false if the input ends before it. */
    private boolean lexedTo(int index) {
        while (tokens.size() <= index) {
            if (lexedAll) {
                return false;
            }
            Token token = tokenSource.nextToken();
            if (token == null || token.getType() == Token.EOF) {
                lexedAll = true;
                return false;
            }
            token.setTokenIndex(tokens.size());
            tokens.add(token);
        }
        return true;
    }

    @Override
    protected void fillBuffer() {
        p = skipOffTokenChannels(0);
    }

    @Override
    protected int skipOffTokenChannels(int index) {
        int i = index;
        while (lexedTo(i) && ((Token) tokens.get(i)).getChannel() != channel) {
            i++;
        }
        return i;
    }

    /** As XtextTokenStream: the k-th token on the channel, skipping tokens that became hidden even for k = 1. */
    @Override
    public Token LT(int k) {
        if (p == -1) {
            fillBuffer();
        }
        if (k == 0) {
            return null;
        }
        if (k < 0) {
            return LB(-k);
        }
        int i = p;
        for (int n = 1; n < k; n++) {
            i = skipOffTokenChannels(i + 1);
        }
        if (!lexedTo(i)) {
            return Token.EOF_TOKEN;
        }
        Token token = (Token) tokens.get(i);
        if (k == 1 && token.getChannel() != channel) {
            i = skipOffTokenChannels(p + 1);
            if (!lexedTo(i)) {
                return new CommonToken(Token.EOF);
            }
            p = i;
            token = (Token) tokens.get(i);
        }
        return token;
    }

    @Override
    protected void basicConsume() {
        if (lexedTo(p)) {
            if (getFirstMarker() == -1) { // the parser takes token p; the one it took before is a leaf now
                while (releasedBelow < lastConsumed) {
                    tokens.set(releasedBelow++, null);
                }
                lastConsumed = p;
            }
            p = skipOffTokenChannels(p + 1);
        }
    }

    @Override
    public Token get(int index) {
        lexedTo(index);
        return super.get(index);
    }

    @Override
    public int size() {
        lexedTo(Integer.MAX_VALUE);
        return super.size();
    }

    @Override
    public String toString(int start, int stop) {
        lexedTo(Integer.MAX_VALUE);
        return super.toString(start, stop);
    }

    /** The whole text, which Xtext asks for first; taken from the input instead of lexing it all. */
    @Override
    public String toString() {
        CharStream text = ((Lexer) tokenSource).getCharStream();
        return text.size() == 0 ? super.toString() : text.substring(0, text.size() - 1);
    }
}
