package nl.klantreis.presentation;

/** A colour, as the Sirius viewpoint and the SVG map both need it. */
public record Rgb(int red, int green, int blue) {

    /** {@code #rrggbb}, for SVG and HTML. */
    public String hex() {
        return String.format("#%02x%02x%02x", red, green, blue);
    }
}
