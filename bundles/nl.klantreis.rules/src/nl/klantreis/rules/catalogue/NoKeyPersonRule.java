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

/** KR-KEYPERSON-01: no key person takes part anywhere in the journey. */
public final class NoKeyPersonRule extends Rule<Journey> {

    public NoKeyPersonRule() {
        super("KR-KEYPERSON-01", Literals.JOURNEY, Journey.class, Severity.WARNING, "2.5");
    }

    @Override
    protected void check(Journey journey, RuleCheck check) {
        if (JourneyFacts.touchpoints(journey).allMatch(t -> t.getKeyPersons().isEmpty())) {
            check.report(journey, Literals.JOURNEY__PHASES);
        }
    }
}
