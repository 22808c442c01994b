/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules.catalogue;

import nl.klantreis.model.InterpreterArrangement;
import nl.klantreis.model.KlantreisPackage.Literals;
import nl.klantreis.model.Severity;
import nl.klantreis.model.Touchpoint;
import nl.klantreis.rules.Fix;
import nl.klantreis.rules.Rule;
import nl.klantreis.rules.RuleCheck;

/** KR-INTERPRETER-02: a child interprets. */
public final class ChildInterpreterRule extends Rule<Touchpoint> {

    public ChildInterpreterRule() {
        super("KR-INTERPRETER-02", Literals.TOUCHPOINT, Touchpoint.class, Severity.ERROR, "2.2");
    }

    @Override
    protected void check(Touchpoint touchpoint, RuleCheck check) {
        if (JourneyFacts.interpreterOf(touchpoint) == InterpreterArrangement.CHILD) {
            check.report(new Fix(touchpoint, Literals.TOUCHPOINT__INTERPRETER, InterpreterArrangement.PROFESSIONAL));
        }
    }
}
