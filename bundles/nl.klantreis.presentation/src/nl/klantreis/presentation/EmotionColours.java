package nl.klantreis.presentation;

import java.util.List;

import nl.klantreis.model.Touchpoint;

/**
 * The colours of the journey's "heartbeat": how a touchpoint felt, from -2 (very negative,
 * dark red) through 0 (neutral, grey) to +2 (very positive, dark green). The Sirius journey
 * map declares the same colours in its palette; a test keeps the two equal.
 */
public final class EmotionColours {

    /** Index 0 is emotion -2, index 4 is +2. */
    private static final List<Rgb> COLOURS = List.of(new Rgb(178, 34, 34), new Rgb(244, 164, 96),
            new Rgb(211, 211, 211), new Rgb(144, 200, 120), new Rgb(34, 139, 34));

    /** The fill of a touchpoint whose emotion is not recorded: white, so that only its outline shows. */
    public static final Rgb NOT_RECORDED = new Rgb(255, 255, 255);

    /** The palette names the Sirius viewpoint uses for the colours, -2 first. */
    public static final List<String> NAMES = List.of("emotion-2", "emotion-1", "emotion0", "emotion+1", "emotion+2");

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

    /** The palette name of an emotion's colour. */
    public static String nameOf(int emotion) {
        return NAMES.get(index(emotion));
    }

    public static List<Rgb> all() {
        return COLOURS;
    }

    private static int index(int emotion) {
        return Math.max(-2, Math.min(2, emotion)) + 2;
    }
}
