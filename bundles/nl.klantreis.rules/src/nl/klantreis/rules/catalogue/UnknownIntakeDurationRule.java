/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules.catalogue;

import nl.klantreis.model.KlantreisPackage.Literals;
import nl.klantreis.model.Purpose;
import nl.klantreis.model.Severity;
import nl.klantreis.model.Touchpoint;
import nl.klantreis.rules.Rule;
import nl.klantreis.rules.RuleCheck;

/** KR-INTAKE-03: an intake whose length is not known, so KR-INTAKE-02 cannot judge it. */
public final class UnknownIntakeDurationRule extends Rule<Touchpoint> {

    public UnknownIntakeDurationRule() {
        super("KR-INTAKE-03", Literals.TOUCHPOINT, Touchpoint.class, Severity.INFO, "2.2");
    }

    @Override
    protected void check(Touchpoint touchpoint, RuleCheck check) {
        if (JourneyFacts.purposeOf(touchpoint) == Purpose.INTAKE && !touchpoint.isSetDuration()) {
            check.report(touchpoint, Literals.TOUCHPOINT__DURATION);
        }
    }
}
