/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules.catalogue;

import nl.klantreis.model.InterpreterArrangement;
import nl.klantreis.model.KlantreisPackage.Literals;
import nl.klantreis.model.Purpose;
import nl.klantreis.model.Severity;
import nl.klantreis.model.Touchpoint;
import nl.klantreis.rules.Fix;
import nl.klantreis.rules.ParameterDescriptor;
import nl.klantreis.rules.ParameterDescriptor.Type;
import nl.klantreis.rules.Rule;
import nl.klantreis.rules.RuleCheck;

/** KR-INTAKE-02: an intake too short for trust, explanation and checking understanding. */
public final class ShortIntakeRule extends Rule<Touchpoint> {

    public static final String MINIMUM_MINUTES = "minimumMinutes";
    public static final String MINIMUM_MINUTES_WITH_INTERPRETER = "minimumMinutesWithInterpreter";

    public ShortIntakeRule() {
        super("KR-INTAKE-02", Literals.TOUCHPOINT, Touchpoint.class, Severity.WARNING, "2.2",
                new ParameterDescriptor(MINIMUM_MINUTES, Type.WHOLE_NUMBER, "60"),
                new ParameterDescriptor(MINIMUM_MINUTES_WITH_INTERPRETER, Type.WHOLE_NUMBER, "90"));
    }

    @Override
    protected void check(Touchpoint touchpoint, RuleCheck check) {
        if (JourneyFacts.purposeOf(touchpoint) != Purpose.INTAKE || !touchpoint.isSetDuration()) {
            return;
        }
        // an interpreter that is not recorded: the lower minimum, short with or without one
        InterpreterArrangement interpreter = JourneyFacts.interpreterOf(touchpoint);
        int minimum = check.wholeNumber(interpreter == null || interpreter == InterpreterArrangement.NONE
                ? MINIMUM_MINUTES
                : MINIMUM_MINUTES_WITH_INTERPRETER);
        if (touchpoint.getDuration() < minimum) {
            check.report(new Fix(touchpoint, Literals.TOUCHPOINT__DURATION, minimum), touchpoint.getDuration(),
                    minimum);
        }
    }
}
