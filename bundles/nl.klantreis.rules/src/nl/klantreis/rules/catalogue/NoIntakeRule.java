/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules.catalogue;

import nl.klantreis.model.Journey;
import nl.klantreis.model.KlantreisPackage.Literals;
import nl.klantreis.model.Severity;
import nl.klantreis.rules.Rule;
import nl.klantreis.rules.RuleCheck;

/** KR-INTAKE-01: a journey without any intake. */
public final class NoIntakeRule extends Rule<Journey> {

    public NoIntakeRule() {
        super("KR-INTAKE-01", Literals.JOURNEY, Journey.class, Severity.ERROR, "2.2");
    }

    @Override
    protected void check(Journey journey, RuleCheck check) {
        // a touchpoint whose purpose is not recorded may be the intake
        if (!JourneyFacts.hasIntake(journey) && JourneyFacts.allPurposesRecorded(journey)) {
            check.report(journey, Literals.JOURNEY__PHASES);
        }
    }
}
