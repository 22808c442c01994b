/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.klantreis.model.Phase;
import nl.klantreis.model.Touchpoint;
import nl.klantreis.presentation.JourneyMapGeometry;

/**
 * A map (or its emotion curve) too wide for paper, cut for print into pieces that each fit an A4
 * landscape page at a scale its text stays readable at: each piece shows the lanes' names (the
 * curve's scale) and a run of phases, or of steps where one phase alone is too wide. The pieces
 * draw the map itself ({@code <use>} of its drawing), so nothing is drawn twice.
 */
final class PrintSlices {

    /** An A4 landscape page's width inside the report's margins (297 - 2 x 12 mm), in CSS px. */
    static final double PAGE_WIDTH = (297 - 2 * 12) / 25.4 * 96;
    /** The smallest text on paper, in CSS px: 8 px is 6 pt. */
    static final double PAPER_READABLE = 8;
    /**
     * The smallest text a map is printed whole with, in CSS px (7 px is 5.25 pt): a cut costs the
     * reader the handovers that cross it, so a map only a little too wide is printed whole.
     */
    static final double PAPER_WHOLE = 7;

    private PrintSlices() {
    }

    /** The widest map printed whole: wider, its smallest text would print under {@link #PAPER_READABLE} px. */
    static double widest() {
        return PAGE_WIDTH * JourneyGrid.SMALLEST_SIZE / PAPER_READABLE;
    }

    /** Whether the map is printed in pieces: whole, its smallest text would print under {@link #PAPER_WHOLE} px. */
    static boolean needed(JourneyGrid grid) {
        return grid.width > PAGE_WIDTH * JourneyGrid.SMALLEST_SIZE / PAPER_WHOLE;
    }

    /**
     * The pieces of an SVG drawn on {@code grid}, {@code height} high, whose drawing is the
     * element {@code drawing}: print-only HTML, empty when the whole fits the page.
     */
    static String of(JourneyGrid grid, double height, String drawing) {
        if (!needed(grid)) {
            return "";
        }
        StringBuilder html = new StringBuilder("<div class=\"print-slices\">");
        double left = grid.left;
        for (double[] range : ranges(grid)) {
            double width = range[1] - range[0];
            html.append(String.format(Locale.ROOT,
                    "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"slice\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" aria-hidden=\"true\">"
                            + "<svg width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\"><use href=\"#%s\"/></svg>"
                            + "<svg x=\"%.0f\" width=\"%.0f\" height=\"%.0f\" viewBox=\"%.0f 0 %.0f %.0f\"><use href=\"#%s\"/></svg></svg>",
                    left + width, height, left + width, height, left, height, left, height, drawing, left, width, height, range[0],
                    width, height, drawing));
        }
        return html.append("</div>\n").toString();
    }

    /**
     * Where the pieces begin and end (x), right of the lanes' names: each as many whole phases as
     * fit, a phase too wide for a page cut between its steps.
     */
    static List<double[]> ranges(JourneyGrid grid) {
        double room = widest() - grid.left;
        List<Double> phaseCuts = new ArrayList<>();
        List<Double> stepCuts = new ArrayList<>();
        Touchpoint previous = null;
        for (Touchpoint step : grid.steps) {
            if (previous != null && step.eContainer() != previous.eContainer() && step.eContainer() instanceof Phase phase) {
                // in the gap between two phases' frames
                phaseCuts.add(grid.phaseStart(phase) - JourneyMapGeometry.PHASE_GAP / 2.0);
            } else if (previous != null) {
                stepCuts.add((grid.cells.get(previous).box().right() + grid.cells.get(step).box().x()) / 2);
            }
            previous = step;
        }
        List<double[]> ranges = new ArrayList<>();
        double start = grid.left;
        while (grid.width - start > room) {
            double end = furthest(phaseCuts, start, start + room);
            if (end <= start) {
                end = furthest(stepCuts, start, start + room);
            }
            if (end <= start) {
                end = start + room;
            }
            ranges.add(new double[] { start, end });
            start = end;
        }
        ranges.add(new double[] { start, grid.width });
        return ranges;
    }

    private static double furthest(List<Double> cuts, double after, double notAfter) {
        return cuts.stream().filter(cut -> cut > after && cut <= notAfter).mapToDouble(Double::doubleValue).max().orElse(after);
    }
}
