/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules.catalogue;

import java.util.EnumSet;
import java.util.Set;

import nl.klantreis.model.KlantreisPackage.Literals;
import nl.klantreis.model.Purpose;
import nl.klantreis.model.Severity;
import nl.klantreis.model.Touchpoint;
import nl.klantreis.rules.Fix;
import nl.klantreis.rules.Rule;
import nl.klantreis.rules.RuleCheck;

/** KR-UNDERSTANDING-01: advice or a decision without checking back what the persona understood. */
public final class UnderstandingNotCheckedRule extends Rule<Touchpoint> {

    private static final Set<Purpose> NEEDS_CHECK = EnumSet.of(Purpose.ADVICE, Purpose.DECISION);

    public UnderstandingNotCheckedRule() {
        super("KR-UNDERSTANDING-01", Literals.TOUCHPOINT, Touchpoint.class, Severity.WARNING, "2.2");
    }

    @Override
    protected void check(Touchpoint touchpoint, RuleCheck check) {
        if (NEEDS_CHECK.contains(JourneyFacts.purposeOf(touchpoint)) && !touchpoint.isUnderstandingChecked()) {
            check.report(new Fix(touchpoint, Literals.TOUCHPOINT__UNDERSTANDING_CHECKED, Boolean.TRUE),
                    touchpoint.getPurpose());
        }
    }
}
