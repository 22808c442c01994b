/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.presentation;

import java.util.Collection;

import nl.klantreis.model.Handover;
import nl.klantreis.model.HandoverKind;
import nl.klantreis.rules.catalogue.JourneyFacts;

/**
 * How a handover is drawn, on the Sirius maps and in the report alike: a colour, a dash pattern
 * and a word, so that it reads without colour too. A handover whose kind nobody recorded is
 * drawn as such, never as warm.
 */
public enum HandoverStyle {
    WARM(new Rgb(34, 139, 34), "warm", ""),
    COLD(new Rgb(178, 34, 34), "cold", "6 4"),
    NOT_RECORDED(new Rgb(136, 136, 136), "not-recorded", "1 3");

    private final Rgb colour;
    private final String cssClass;
    private final String dash;

    HandoverStyle(Rgb colour, String cssClass, String dash) {
        this.colour = colour;
        this.cssClass = cssClass;
        this.dash = dash;
    }

    public Rgb colour() {
        return colour;
    }

    /** The class of the handover's SVG group, which the report's legend and CSS name. */
    public String cssClass() {
        return cssClass;
    }

    /** The SVG dash pattern (empty for a solid line). */
    public String dash() {
        return dash;
    }

    public static HandoverStyle of(Handover handover) {
        HandoverKind kind = JourneyFacts.kindOf(handover);
        return kind == HandoverKind.WARM ? WARM : kind == HandoverKind.COLD ? COLD : NOT_RECORDED;
    }

    /**
     * The weakest of several handovers, as the chain map draws the handovers from one
     * organisation to another: cold if any is cold; not recorded if none has a recorded kind.
     */
    public static HandoverStyle weakest(Collection<Handover> handovers) {
        if (handovers.stream().anyMatch(handover -> of(handover) == COLD)) {
            return COLD;
        }
        return handovers.stream().allMatch(handover -> of(handover) == NOT_RECORDED) ? NOT_RECORDED : WARM;
    }
}
