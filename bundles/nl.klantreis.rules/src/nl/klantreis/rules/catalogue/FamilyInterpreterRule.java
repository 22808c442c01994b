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

/** KR-INTERPRETER-03: a family member or acquaintance interprets instead of a professional. */
public final class FamilyInterpreterRule extends Rule<Touchpoint> {

    public FamilyInterpreterRule() {
        super("KR-INTERPRETER-03", Literals.TOUCHPOINT, Touchpoint.class, Severity.WARNING, "2.2");
    }

    @Override
    protected void check(Touchpoint touchpoint, RuleCheck check) {
        if (JourneyFacts.interpreterOf(touchpoint) == InterpreterArrangement.FAMILY) {
            check.report(new Fix(touchpoint, Literals.TOUCHPOINT__INTERPRETER, InterpreterArrangement.PROFESSIONAL));
        }
    }
}
