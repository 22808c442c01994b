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
     * than the line itself broken where it must be. Never cut off.
     */
    static List<String> wrap(String text, double size, boolean bold, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, size, bold) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(rest, size, bold) > width && rest.length() > 1) {
                int fits = rest.length() - 1;
                while (fits > 1 && width(rest.substring(0, fits), size, bold) > width) {
                    fits--;
                }
                lines.add(rest.substring(0, fits));
                rest = rest.substring(fits);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
