/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.presentation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.klantreis.model.Journey;
import nl.klantreis.model.KlantreisPackage;
import nl.klantreis.model.Organisation;
import nl.klantreis.model.Touchpoint;
import nl.klantreis.rules.Labels;
import nl.klantreis.rules.catalogue.JourneyFacts;

/**
 * The lanes of a journey map: one per organisation of the chain, in the order the journey
 * meets them, so that a handover to a partner crosses lanes. The report and the Sirius map
 * both draw them from here.
 */
public final class JourneyLanes {

    private JourneyLanes() {
    }

    /**
     * The organisations of the journey's steps in the order the steps are written; null once,
     * where it is first met, for the steps whose organisation is not recorded (or names none
     * that is defined).
     */
    public static List<Organisation> of(Journey journey) {
        Set<Organisation> lanes = new LinkedHashSet<>();
        JourneyFacts.touchpoints(journey).forEach(step -> lanes.add(laneOf(step)));
        return new ArrayList<>(lanes);
    }

    /** A lane's name: its organisation's, or "Organisatie niet vastgelegd" for the lane of null. */
    public static String name(Organisation lane, Locale locale) {
        return lane != null ? Labels.of(lane)
                : JourneyLabels.featureLabel(KlantreisPackage.Literals.TOUCHPOINT, "organisation", locale) + " "
                        + JourneyLabels.notRecorded(locale);
    }

    /** The lane of a step: its organisation, or null when that is not recorded. */
    public static Organisation laneOf(Touchpoint step) {
        return JourneyFacts.organisationOf(step);
    }
}
