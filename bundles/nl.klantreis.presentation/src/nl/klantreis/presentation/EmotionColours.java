/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.presentation;

import java.util.List;

import nl.klantreis.model.Touchpoint;

/**
 * The colours of the journey's "heartbeat": how a touchpoint felt, from -2 (very negative,
 * dark red) through 0 (neutral, grey) to +2 (very positive, dark green). The report draws them
 * from here, and the Sirius journey map computes them from here (the odesign's palette asks the
 * viewpoint's services); a box's text is black or white, whichever reads on its colour.
 */
public final class EmotionColours {

    /** Index 0 is emotion -2, index 4 is +2. */
    private static final List<Rgb> COLOURS = List.of(new Rgb(178, 34, 34), new Rgb(244, 164, 96),
            new Rgb(211, 211, 211), new Rgb(144, 200, 120), new Rgb(34, 139, 34));

    /** The fill of a touchpoint whose emotion is not recorded: white, so that only its outline shows. */
    public static final Rgb NOT_RECORDED = new Rgb(255, 255, 255);

    private EmotionColours() {
    }

    /** The colour of an emotion; values outside -2..+2 take the nearest end. */
    public static Rgb of(int emotion) {
        return COLOURS.get(index(emotion));
    }

    /** The colour of a touchpoint's emotion, or {@link #NOT_RECORDED}: no emotion stands in for one nobody recorded. */
    public static Rgb of(Touchpoint touchpoint) {
        return touchpoint.isSetEmotion() ? of(touchpoint.getEmotion()) : NOT_RECORDED;
    }

    public static List<Rgb> all() {
        return COLOURS;
    }

    private static int index(int emotion) {
        return Math.max(-2, Math.min(2, emotion)) + 2;
    }
}
