/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.presentation;

/** A colour, as the Sirius viewpoint and the SVG map both need it. */
public record Rgb(int red, int green, int blue) {

    public static final Rgb BLACK = new Rgb(0, 0, 0);
    public static final Rgb WHITE = new Rgb(255, 255, 255);

    /** {@code #rrggbb}, for SVG and HTML. */
    public String hex() {
        return String.format("#%02x%02x%02x", red, green, blue);
    }

    /** Black or white, whichever stands out more on this colour (WCAG's contrast ratio). */
    public Rgb text() {
        return contrast(BLACK) >= contrast(WHITE) ? BLACK : WHITE;
    }

    /** WCAG 2's contrast ratio of this colour and another, from 1 (none) to 21 (black on white). */
    public double contrast(Rgb other) {
        double a = luminance();
        double b = other.luminance();
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private double luminance() {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
