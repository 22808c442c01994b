/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules.catalogue;

import nl.klantreis.model.InterpreterArrangement;
import nl.klantreis.model.KlantreisPackage.Literals;
import nl.klantreis.model.Persona;
import nl.klantreis.model.Severity;
import nl.klantreis.model.Touchpoint;
import nl.klantreis.rules.Fix;
import nl.klantreis.rules.ParameterDescriptor;
import nl.klantreis.rules.ParameterDescriptor.Type;
import nl.klantreis.rules.Rule;
import nl.klantreis.rules.RuleCheck;

/** KR-INTERPRETER-01: a spoken touchpoint with a persona below the Dutch level, and no interpreter. */
public final class MissingInterpreterRule extends Rule<Touchpoint> {

    public static final String DUTCH_LEVEL = "dutchLevel";

    public MissingInterpreterRule() {
        super("KR-INTERPRETER-01", Literals.TOUCHPOINT, Touchpoint.class, Severity.ERROR, "2.2",
                new ParameterDescriptor(DUTCH_LEVEL, Type.DUTCH_LEVEL, "B1"));
    }

    @Override
    protected void check(Touchpoint touchpoint, RuleCheck check) {
        Persona persona = JourneyFacts.personaOf(touchpoint);
        if (JourneyFacts.interpreterOf(touchpoint) == InterpreterArrangement.NONE && JourneyFacts.isSpoken(touchpoint)
                && JourneyFacts.belowLevel(persona, check.dutchLevel(DUTCH_LEVEL))) {
            check.report(new Fix(touchpoint, Literals.TOUCHPOINT__INTERPRETER, InterpreterArrangement.PROFESSIONAL),
                    persona.getDutchLevel(), check.dutchLevel(DUTCH_LEVEL));
        }
    }
}
