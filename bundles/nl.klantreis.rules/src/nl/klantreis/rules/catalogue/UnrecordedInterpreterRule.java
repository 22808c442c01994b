/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules.catalogue;

import nl.klantreis.model.KlantreisPackage.Literals;
import nl.klantreis.model.Severity;
import nl.klantreis.model.Touchpoint;
import nl.klantreis.rules.ParameterDescriptor;
import nl.klantreis.rules.ParameterDescriptor.Type;
import nl.klantreis.rules.Rule;
import nl.klantreis.rules.RuleCheck;

/**
 * KR-INTERPRETER-05: a spoken contact with a persona below the language level, where nobody
 * recorded whether there was an interpreter, so KR-INTERPRETER-01 cannot decide.
 */
public final class UnrecordedInterpreterRule extends Rule<Touchpoint> {

    public static final String DUTCH_LEVEL = "dutchLevel";

    public UnrecordedInterpreterRule() {
        super("KR-INTERPRETER-05", Literals.TOUCHPOINT, Touchpoint.class, Severity.INFO, "2.2",
                new ParameterDescriptor(DUTCH_LEVEL, Type.DUTCH_LEVEL, "B1"));
    }

    @Override
    protected void check(Touchpoint touchpoint, RuleCheck check) {
        if (!touchpoint.isSetInterpreter() && JourneyFacts.isSpoken(touchpoint)
                && JourneyFacts.belowLevel(JourneyFacts.personaOf(touchpoint), check.dutchLevel(DUTCH_LEVEL))) {
            check.report(touchpoint, Literals.TOUCHPOINT__INTERPRETER);
        }
    }
}
