/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules.catalogue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import nl.klantreis.model.Handover;
import nl.klantreis.model.Journey;
import nl.klantreis.model.KlantreisPackage.Literals;
import nl.klantreis.model.OrganisationKind;
import nl.klantreis.model.Severity;
import nl.klantreis.model.Touchpoint;
import nl.klantreis.rules.Rule;
import nl.klantreis.rules.RuleCheck;

/**
 * KR-HEALTH-01: a health signal comes up in a work or income touchpoint, and the journey
 * has no referral from there to care. Checked per journey, with one pass over its handovers.
 */
public final class HealthSignalWithoutReferralRule extends Rule<Journey> {

    private static final Set<OrganisationKind> WORK_AND_INCOME = EnumSet.of(OrganisationKind.WORK_AND_INCOME,
            OrganisationKind.EMPLOYER);

    public HealthSignalWithoutReferralRule() {
        super("KR-HEALTH-01", Literals.JOURNEY, Journey.class, Severity.WARNING, "2.3");
    }

    @Override
    protected void check(Journey journey, RuleCheck check) {
        Set<Touchpoint> referredToCare = new HashSet<>();
        for (Handover handover : journey.getHandovers()) {
            Touchpoint target = handover.getTarget();
            if (target != null && JourneyFacts.CARE.contains(JourneyFacts.organisationKindOf(target))) {
                referredToCare.add(handover.getSource());
            }
        }
        JourneyFacts.touchpoints(journey)
                .filter(Touchpoint::isHealthSignal)
                .filter(t -> WORK_AND_INCOME.contains(JourneyFacts.organisationKindOf(t)))
                .filter(t -> !referredToCare.contains(t))
                .forEach(t -> check.report(t, Literals.TOUCHPOINT__HEALTH_SIGNAL));
    }
}
