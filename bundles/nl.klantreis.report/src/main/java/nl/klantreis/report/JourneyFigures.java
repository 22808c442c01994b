package nl.klantreis.report;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

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
 * one, and how long the intake took.
 */
record JourneyFigures(int touchpoints, long organisations, int handovers, int warmHandovers, int needingInterpreter,
        int withProfessionalInterpreter, int interpreterNotRecorded, OptionalInt intakeMinutes) {

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
        OptionalInt intake = all.stream().filter(t -> JourneyFacts.purposeOf(t) == Purpose.INTAKE && t.isSetDuration())
                .mapToInt(Touchpoint::getDuration).reduce(Integer::sum);
        return new JourneyFigures(all.size(), // the organisations recorded: steps without one do not make one more
                JourneyLanes.of(journey).stream().filter(Objects::nonNull).count(),
                journey.getHandovers().size(),
                (int) journey.getHandovers().stream().filter(handover -> JourneyFacts.kindOf(handover) == HandoverKind.WARM).count(),
                needing.size(), professional, spokenBelowLevel.size() - needing.size(), intake);
    }

    /** The share of touchpoints needing an interpreter that had a professional one, 0..100, or -1 when none needed one. */
    int interpreterPercentage() {
        return needingInterpreter == 0 ? -1 : Math.round(100f * withProfessionalInterpreter / needingInterpreter);
    }
}
