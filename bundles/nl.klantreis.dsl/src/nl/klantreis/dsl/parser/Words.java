/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl.parser;

import java.util.ArrayList;
import java.util.List;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.RecognizerSharedState;
import org.antlr.runtime.Token;

/**
 * Lexes a word (a keyword or an id) in one pass over its characters, hashing it as it goes
 * and comparing it only with the keyword of the same hash. ANTLR's generated lexer first
 * predicts the token with a table of some 180 keywords, then reads the word a second time;
 * on a large model that is a third of the parse. The result is the same, except that an id directly followed by
 * {@code ->} ({@code a->b}) is the id and the arrow, where the generated lexer failed.
 */
public final class Words {

    private final char[][] keywords;

    private final int[] keywordTypes;

    /** Open addressing by the keywords' string hash: index + 1 into {@link #keywords}, 0 for empty. */
    private final int[] slots;

    private final int idType;

    /**
     * @param tokenNames the generated parser's token names: keywords in single quotes, at
     *            the index of their token type
     * @param idType the token type of the ID terminal
     */
    public Words(String[] tokenNames, int idType) {
        this.idType = idType;
        List<String> words = new ArrayList<>();
        List<Integer> types = new ArrayList<>();
        for (int type = 0; type < tokenNames.length; type++) {
            String name = tokenNames[type];
            if (name.length() > 2 && name.startsWith("'") && name.endsWith("'")
                    && isWord(name.substring(1, name.length() - 1))) {
                words.add(name.substring(1, name.length() - 1));
                types.add(type);
            }
        }
        keywords = new char[words.size()][];
        keywordTypes = new int[words.size()];
        slots = new int[Integer.highestOneBit(Math.max(1, words.size()) * 4) * 2];
        for (int k = 0; k < keywords.length; k++) {
            keywords[k] = words.get(k).toCharArray();
            keywordTypes[k] = types.get(k);
            int slot = words.get(k).hashCode() & (slots.length - 1);
            while (slots[slot] != 0) {
                slot = (slot + 1) & (slots.length - 1);
            }
            slots[slot] = k + 1;
        }
    }

    /**
     * Lexes the word that starts at the input's position, if one does: consumes it and sets
     * the lexer's token type to the keyword's if the whole word is one, else to ID.
     *
     * @return whether a word started there
     */
    public boolean lex(CharStream input, RecognizerSharedState state) {
        if (!isWordStart(input.LA(1))) {
            return false;
        }
        int length = 0;
        int hash = 0; // as String.hashCode, without making the string
        for (int c = input.LA(1); isWordPart(c); c = input.LA(++length + 1)) {
            hash = 31 * hash + c;
        }
        int type = keywordType(input, length, hash);
        // Parts after a single '-', as the ID terminal has them: then it is an id, never a keyword.
        while (input.LA(length + 1) == '-' && isWordPart(input.LA(length + 2))) {
            length += 2;
            while (isWordPart(input.LA(length + 1))) {
                length++;
            }
            type = idType;
        }
        for (int i = 0; i < length; i++) {
            input.consume();
        }
        state.type = type;
        state.channel = Token.DEFAULT_CHANNEL;
        return true;
    }

    private int keywordType(CharStream input, int length, int hash) {
        for (int slot = hash & (slots.length - 1); slots[slot] != 0; slot = (slot + 1) & (slots.length - 1)) {
            char[] keyword = keywords[slots[slot] - 1];
            if (keyword.length == length && spells(input, keyword)) {
                return keywordTypes[slots[slot] - 1];
            }
        }
        return idType;
    }

    private static boolean spells(CharStream input, char[] keyword) {
        for (int i = 0; i < keyword.length; i++) {
            if (input.LA(i + 1) != keyword[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWord(String text) {
        return isWordStart(text.charAt(0)) && text.chars().allMatch(Words::isWordPart);
    }

    private static boolean isWordStart(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    private static boolean isWordPart(int c) {
        return isWordStart(c) || c >= '0' && c <= '9';
    }
}
