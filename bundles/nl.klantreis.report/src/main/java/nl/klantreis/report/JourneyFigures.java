/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.report;

import java.util.List;
import java.util.Objects;

import nl.klantreis.model.DutchLevel;
import nl.klantreis.model.HandoverKind;
import nl.klantreis.model.InterpreterArrangement;
import nl.klantreis.model.Journey;
import nl.klantreis.model.Purpose;
import nl.klantreis.model.Touchpoint;
import nl.klantreis.presentation.JourneyLanes;
import nl.klantreis.rules.catalogue.JourneyFacts;

/**
 * The figures a policy officer reads first: how many touchpoints, organisations and
 * handovers, how many of the spoken touchpoints that needed an interpreter had a professional
 * one, and how long each intake took (in written order; two intakes of 120 and 30 minutes are
 * not one of 150).
 */
record JourneyFigures(int touchpoints, long organisations, int handovers, int warmHandovers, int needingInterpreter,
        int withProfessionalInterpreter, int interpreterNotRecorded, List<Integer> intakeMinutes) {

    /** The Dutch level below which a spoken touchpoint needs an interpreter (KR-INTERPRETER-01's default). */
    private static final DutchLevel INTERPRETER_LEVEL = DutchLevel.B1;

    static JourneyFigures of(Journey journey) {
        List<Touchpoint> all = JourneyFacts.touchpoints(journey).toList();
        List<Touchpoint> spokenBelowLevel = all.stream().filter(JourneyFacts::isSpoken)
                .filter(t -> JourneyFacts.belowLevel(journey.getPersona(), INTERPRETER_LEVEL)).toList();
        // the share counts only touchpoints whose interpreter is recorded; the others are counted apart
        List<Touchpoint> needing = spokenBelowLevel.stream().filter(Touchpoint::isSetInterpreter).toList();
        int professional = (int) needing.stream().filter(t -> JourneyFacts.interpreterOf(t) == InterpreterArrangement.PROFESSIONAL)
                .count();
        List<Integer> intake = all.stream().filter(t -> JourneyFacts.purposeOf(t) == Purpose.INTAKE && t.isSetDuration())
                .map(Touchpoint::getDuration).toList();
        return new JourneyFigures(all.size(), // the organisations recorded: steps without one do not make one more
                JourneyLanes.of(journey).stream().filter(Objects::nonNull).count(),
                journey.getHandovers().size(),
                (int) journey.getHandovers().stream().filter(handover -> JourneyFacts.kindOf(handover) == HandoverKind.WARM).count(),
                needing.size(), professional, spokenBelowLevel.size() - needing.size(), intake);
    }

    /** The intakes' lengths in words: "90 minutes", "2 intakes: 120 and 30 minutes", or that none is known. */
    String intakeText(Overview.Words words) {
        if (intakeMinutes.isEmpty()) {
            return words.text("figure.intake.none");
        }
        if (intakeMinutes.size() == 1) {
            return words.text("figure.intake.value", intakeMinutes.get(0));
        }
        String all = intakeMinutes.subList(0, intakeMinutes.size() - 1).stream().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(", "));
        return words.text("figure.intake.values", intakeMinutes.size(), all, intakeMinutes.get(intakeMinutes.size() - 1));
    }

    /** The share of touchpoints needing an interpreter that had a professional one, 0..100, or -1 when none needed one. */
    int interpreterPercentage() {
        return needingInterpreter == 0 ? -1 : Math.round(100f * withProfessionalInterpreter / needingInterpreter);
    }
}
