/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules.tests.extension;

import nl.klantreis.model.KlantreisPackage.Literals;
import nl.klantreis.model.Severity;
import nl.klantreis.model.Touchpoint;
import nl.klantreis.rules.Rule;
import nl.klantreis.rules.RuleCheck;
import nl.klantreis.rules.catalogue.JourneyFacts;

/** A rule from outside Klantreis, as a test extension writes it: an intake longer than two hours. */
public final class LongIntakeRule extends Rule<Touchpoint> {

    private final String id;

    public LongIntakeRule(String id) {
        super(id, Literals.TOUCHPOINT, Touchpoint.class, Severity.INFO, "test");
        this.id = id;
    }

    @Override
    protected void check(Touchpoint touchpoint, RuleCheck check) {
        if (JourneyFacts.hasIntake(JourneyFacts.journeyOf(touchpoint)) && touchpoint.isSetDuration() && touchpoint.getDuration() > 120) {
            check.report(touchpoint, Literals.TOUCHPOINT__DURATION, touchpoint.getDuration());
        }
    }

    @Override
    public String toString() {
        return id;
    }
}
