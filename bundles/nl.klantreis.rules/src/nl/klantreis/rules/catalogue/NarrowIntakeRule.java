/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules.catalogue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import nl.klantreis.model.Journey;
import nl.klantreis.model.KlantreisPackage.Literals;
import nl.klantreis.model.LifeDomain;
import nl.klantreis.model.Purpose;
import nl.klantreis.model.Severity;
import nl.klantreis.model.Touchpoint;
import nl.klantreis.rules.Fix;
import nl.klantreis.rules.ParameterDescriptor;
import nl.klantreis.rules.ParameterDescriptor.Type;
import nl.klantreis.rules.Rule;
import nl.klantreis.rules.RuleCheck;

/** KR-INTAKE-04: the intakes of a journey do not cover all life domains (no broad intake). */
public final class NarrowIntakeRule extends Rule<Journey> {

    public static final String LIFE_DOMAINS = "lifeDomains";

    public NarrowIntakeRule() {
        super("KR-INTAKE-04", Literals.JOURNEY, Journey.class, Severity.WARNING, "2.3",
                new ParameterDescriptor(LIFE_DOMAINS, Type.LIFE_DOMAINS,
                        EnumSet.allOf(LifeDomain.class).stream().map(LifeDomain::getLiteral)
                                .collect(Collectors.joining(" "))));
    }

    @Override
    protected void check(Journey journey, RuleCheck check) {
        List<Touchpoint> intakes = JourneyFacts.touchpoints(journey).filter(t -> JourneyFacts.purposeOf(t) == Purpose.INTAKE)
                .toList();
        if (intakes.stream().allMatch(intake -> intake.getLifeDomains().isEmpty())) {
            return; // no intake, which KR-INTAKE-01 reports, or no life domain recorded at any
        }
        Set<LifeDomain> missing = EnumSet.noneOf(LifeDomain.class);
        missing.addAll(check.lifeDomains(LIFE_DOMAINS));
        intakes.forEach(intake -> missing.removeAll(intake.getLifeDomains()));
        if (!missing.isEmpty()) {
            Touchpoint intake = intakes.get(0);
            Set<LifeDomain> all = EnumSet.noneOf(LifeDomain.class);
            all.addAll(intake.getLifeDomains());
            all.addAll(missing);
            check.report(intake, Literals.TOUCHPOINT__LIFE_DOMAINS,
                    new Fix(intake, Literals.TOUCHPOINT__LIFE_DOMAINS, List.copyOf(all)), missing);
        }
    }
}
