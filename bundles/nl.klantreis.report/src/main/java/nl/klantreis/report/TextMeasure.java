/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.report;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Text measured with the font the report asks the browser for (DejaVu Sans, the sans-serif of
 * Debian and most Linux desktops; Java's own sans-serif elsewhere), so that a label is wrapped
 * to lines that fit its box instead of being cut.
 */
final class TextMeasure {

    /** The browser's font stack; the first is the one measured. */
    static final String FONT_FAMILY = "'DejaVu Sans', Verdana, sans-serif";

    /** Room for the difference between Java's and the browser's glyph advances. */
    private static final double SLACK = 1.06;

    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private static final Font BASE = base();

    private TextMeasure() {
    }

    private static Font base() {
        Font dejaVu = new Font("DejaVu Sans", Font.PLAIN, 100);
        return "DejaVu Sans".equals(dejaVu.getFamily()) ? dejaVu : new Font(Font.SANS_SERIF, Font.PLAIN, 100);
    }

    /** The few sizes and weights the map uses, each derived once: wrapping measures every word. */
    private static final Map<String, Font> FONTS = new ConcurrentHashMap<>();

    /** The width of {@code text} at {@code size} px. */
    static double width(String text, double size, boolean bold) {
        Font font = FONTS.computeIfAbsent(size + (bold ? "b" : ""),
                key -> BASE.deriveFont(bold ? Font.BOLD : Font.PLAIN, (float) size));
        return font.getStringBounds(text, CONTEXT).getWidth() * SLACK;
    }

    /**
     * {@code text} in lines no wider than {@code width}: broken between words, and a word wider
     * than a line broken between its syllables, with a hyphen at the break (Dutch compounds such
     * as "schuldhulpverlening" are common and long). Never cut off.
     */
    static List<String> wrap(String text, double size, boolean bold, double width) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : text.strip().split("\\s+")) {
            if (width(join(line, word), size, bold) <= width) {
                line = join(line, word);
                continue;
            }
            if (width(word, size, bold) <= width) {
                lines.add(line);
                line = word;
                continue;
            }
            // wider than a line: as much of it as fits goes on the line begun, the rest on lines of its own
            String rest = word;
            while (width(join(line, rest), size, bold) > width) {
                int at = -1;
                for (int candidate : Hyphenation.breaks(rest)) {
                    if (width(join(line, Hyphenation.head(rest, candidate)), size, bold) <= width) {
                        at = candidate;
                    }
                }
                if (at < 0 && !line.isEmpty()) {
                    lines.add(line);
                    line = "";
                    continue;
                }
                if (at < 0) {
                    // not even a syllable fits: broken where it must be, still with a hyphen
                    at = 1;
                    while (at < rest.length() - 1 && width(Hyphenation.head(rest, at + 1), size, bold) <= width) {
                        at++;
                    }
                }
                lines.add(join(line, Hyphenation.head(rest, at)));
                line = "";
                rest = rest.substring(at);
            }
            line = join(line, rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    private static String join(String line, String word) {
        return line.isEmpty() ? word : line + " " + word;
    }
}
