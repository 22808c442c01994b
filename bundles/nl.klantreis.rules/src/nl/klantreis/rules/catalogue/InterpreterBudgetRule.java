/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules.catalogue;

import nl.klantreis.model.KlantreisPackage.Literals;
import nl.klantreis.model.Organisation;
import nl.klantreis.model.Severity;
import nl.klantreis.model.Touchpoint;
import nl.klantreis.rules.Fix;
import nl.klantreis.rules.Labels;
import nl.klantreis.rules.ParameterDescriptor;
import nl.klantreis.rules.ParameterDescriptor.Type;
import nl.klantreis.rules.Rule;
import nl.klantreis.rules.RuleCheck;

/** KR-INTERPRETER-04: an interpreter is needed at an organisation that has no interpreter budget. */
public final class InterpreterBudgetRule extends Rule<Touchpoint> {

    public static final String DUTCH_LEVEL = "dutchLevel";

    public InterpreterBudgetRule() {
        super("KR-INTERPRETER-04", Literals.TOUCHPOINT, Touchpoint.class, Severity.WARNING, "2.2",
                new ParameterDescriptor(DUTCH_LEVEL, Type.DUTCH_LEVEL, "B1"));
    }

    @Override
    protected void check(Touchpoint touchpoint, RuleCheck check) {
        Organisation organisation = JourneyFacts.organisationOf(touchpoint);
        if (organisation != null && !organisation.isInterpreterBudget() && JourneyFacts.isSpoken(touchpoint)
                && JourneyFacts.belowLevel(JourneyFacts.personaOf(touchpoint), check.dutchLevel(DUTCH_LEVEL))) {
            check.report(touchpoint, Literals.TOUCHPOINT__ORGANISATION,
                    new Fix(organisation, Literals.ORGANISATION__INTERPRETER_BUDGET, Boolean.TRUE),
                    Labels.of(organisation));
        }
    }
}
