/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl.conversion;

import org.eclipse.xtext.conversion.impl.STRINGValueConverter;

/**
 * Strings as a person would type them: only what must be escaped inside double quotes is
 * ({@code \}, {@code "}, line breaks and other control characters), so {@code "Amina's gezin"}
 * stays as written instead of Xtext's Java-style {@code "Amina\'s gezin"}.
 */
public class KlantreisStringConverter extends STRINGValueConverter {

    @Override
    protected String toEscapedString(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case '"' -> escaped.append("\\\"");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                default -> {
                    if (c < 0x20) {
                        escaped.append(String.format("\\u%04x", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.append('"').toString();
    }
}
