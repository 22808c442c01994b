/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules.catalogue;

import nl.klantreis.model.Initiator;
import nl.klantreis.model.Journey;
import nl.klantreis.model.KlantreisPackage.Literals;
import nl.klantreis.model.Severity;
import nl.klantreis.rules.Rule;
import nl.klantreis.rules.RuleCheck;

/** KR-OUTREACH-01: every contact in the journey is initiated by the resident. */
public final class NoOutreachRule extends Rule<Journey> {

    public NoOutreachRule() {
        super("KR-OUTREACH-01", Literals.JOURNEY, Journey.class, Severity.WARNING, "2.4");
    }

    @Override
    protected void check(Journey journey, RuleCheck check) {
        long count = JourneyFacts.touchpoints(journey).count();
        if (count > 0 && JourneyFacts.touchpoints(journey).allMatch(t -> JourneyFacts.initiatorOf(t) == Initiator.RESIDENT)) {
            check.report(journey, Literals.JOURNEY__PHASES, count);
        }
    }
}
