/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules.catalogue;

import java.util.EnumSet;
import java.util.Set;

import nl.klantreis.model.KlantreisPackage.Literals;
import nl.klantreis.model.Organisation;
import nl.klantreis.model.OrganisationKind;
import nl.klantreis.model.Severity;
import nl.klantreis.rules.Fix;
import nl.klantreis.rules.Rule;
import nl.klantreis.rules.RuleCheck;

/** KR-TRAINING-01: a municipal frontline organisation whose staff are not trained in culture-sensitive work. */
public final class UntrainedFrontlineRule extends Rule<Organisation> {

    /** The frontline the handreiking names under "Kennis vergroten": KCC and counters, Werk en Inkomen, Wmo access. */
    private static final Set<OrganisationKind> FRONTLINE = EnumSet.of(OrganisationKind.CUSTOMER_CONTACT_CENTRE,
            OrganisationKind.WORK_AND_INCOME, OrganisationKind.SOCIAL_SUPPORT);

    public UntrainedFrontlineRule() {
        super("KR-TRAINING-01", Literals.ORGANISATION, Organisation.class, Severity.WARNING, "2.1");
    }

    @Override
    protected void check(Organisation organisation, RuleCheck check) {
        if (FRONTLINE.contains(JourneyFacts.kindOf(organisation)) && !organisation.isTrainedStaff()) {
            check.report(new Fix(organisation, Literals.ORGANISATION__TRAINED_STAFF, Boolean.TRUE));
        }
    }
}
