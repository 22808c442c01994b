/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules.catalogue;

import nl.klantreis.model.Improvement;
import nl.klantreis.model.KlantreisPackage.Literals;
import nl.klantreis.model.Severity;
import nl.klantreis.rules.Rule;
import nl.klantreis.rules.RuleCheck;

/** KR-IMPROVEMENT-01: an improvement without a responsible owner. */
public final class ImprovementWithoutOwnerRule extends Rule<Improvement> {

    public ImprovementWithoutOwnerRule() {
        super("KR-IMPROVEMENT-01", Literals.IMPROVEMENT, Improvement.class, Severity.WARNING, "2.4");
    }

    @Override
    protected void check(Improvement improvement, RuleCheck check) {
        if (improvement.getOwner() == null) {
            check.report(improvement, Literals.IMPROVEMENT__OWNER);
        }
    }
}
