/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules.catalogue;

import nl.klantreis.model.Handover;
import nl.klantreis.model.HandoverKind;
import nl.klantreis.model.KlantreisPackage.Literals;
import nl.klantreis.model.Organisation;
import nl.klantreis.model.Severity;
import nl.klantreis.rules.Fix;
import nl.klantreis.rules.Labels;
import nl.klantreis.rules.Rule;
import nl.klantreis.rules.RuleCheck;

/** KR-HANDOVER-01: a cold referral from one chain partner to another. */
public final class ColdReferralRule extends Rule<Handover> {

    public ColdReferralRule() {
        super("KR-HANDOVER-01", Literals.HANDOVER, Handover.class, Severity.WARNING, "2.2");
    }

    @Override
    protected void check(Handover handover, RuleCheck check) {
        if (JourneyFacts.kindOf(handover) != HandoverKind.COLD || handover.getSource() == null || handover.getTarget() == null) {
            return;
        }
        Organisation from = JourneyFacts.organisationOf(handover.getSource());
        Organisation to = JourneyFacts.organisationOf(handover.getTarget());
        if (from != null && to != null && from != to) {
            check.report(new Fix(handover, Literals.HANDOVER__KIND, HandoverKind.WARM), Labels.of(from),
                    Labels.of(to));
        }
    }
}
