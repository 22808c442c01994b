/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.voorbeeldstad.klantreis.rules;

import nl.klantreis.model.Journey;
import nl.klantreis.model.KlantreisPackage.Literals;
import nl.klantreis.model.Persona;
import nl.klantreis.model.Severity;
import nl.klantreis.rules.Labels;
import nl.klantreis.rules.Rule;
import nl.klantreis.rules.RuleCheck;
import nl.klantreis.rules.catalogue.JourneyFacts;
import nl.voorbeeldstad.klantreis.voorbeeldstad.LanguageCafe;
import nl.voorbeeldstad.klantreis.voorbeeldstad.LearnerPersona;
import nl.voorbeeldstad.klantreis.voorbeeldstad.LearningRoute;

/**
 * VOORBEELDSTAD-ROUTE-01: a persona on the self-reliance route (Z-route) whose journey has no
 * language café, where information is passed on in a group.
 */
public final class GroupInformationRule extends Rule<Journey> {

    public GroupInformationRule() {
        super("VOORBEELDSTAD-ROUTE-01", Literals.JOURNEY, Journey.class, Severity.WARNING, "handreiking 1");
    }

    @Override
    protected void check(Journey journey, RuleCheck check) {
        Persona persona = JourneyFacts.resolved(journey.getPersona());
        if (persona instanceof LearnerPersona learner
                && learner.isSetLearningRoute() // a route not recorded is no reason for a finding
                && learner.getLearningRoute() == LearningRoute.SELF_RELIANCE
                && JourneyFacts.touchpoints(journey).noneMatch(LanguageCafe.class::isInstance)) {
            check.report(journey, Literals.JOURNEY__PERSONA, Labels.of(learner));
        }
    }
}
