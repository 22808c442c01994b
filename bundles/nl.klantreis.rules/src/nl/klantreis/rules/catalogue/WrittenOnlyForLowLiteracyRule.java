/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules.catalogue;

import java.util.EnumSet;
import java.util.Set;

import nl.klantreis.model.CommunicationForm;
import nl.klantreis.model.KlantreisPackage.Literals;
import nl.klantreis.model.Persona;
import nl.klantreis.model.Severity;
import nl.klantreis.model.SkillLevel;
import nl.klantreis.model.Touchpoint;
import nl.klantreis.rules.Fix;
import nl.klantreis.rules.Labels;
import nl.klantreis.rules.Rule;
import nl.klantreis.rules.RuleCheck;

/** KR-WRITTEN-01: written-only contact with a persona who reads little or not at all. */
public final class WrittenOnlyForLowLiteracyRule extends Rule<Touchpoint> {

    private static final Set<SkillLevel> LOW_LITERACY = EnumSet.of(SkillLevel.NONE, SkillLevel.LIMITED);

    public WrittenOnlyForLowLiteracyRule() {
        super("KR-WRITTEN-01", Literals.TOUCHPOINT, Touchpoint.class, Severity.WARNING, "2.2");
    }

    @Override
    protected void check(Touchpoint touchpoint, RuleCheck check) {
        Persona persona = JourneyFacts.personaOf(touchpoint);
        if (persona != null && persona.isSetLiteracy() && LOW_LITERACY.contains(persona.getLiteracy()) && JourneyFacts.isWritten(touchpoint)
                && !JourneyFacts.isSpoken(touchpoint)
                && !touchpoint.getCommunicationForms().contains(CommunicationForm.VISUAL)) {
            check.report(touchpoint, Literals.TOUCHPOINT__COMMUNICATION_FORMS,
                    new Fix(touchpoint, Literals.TOUCHPOINT__COMMUNICATION_FORMS, JourneyFacts.withForm(touchpoint, CommunicationForm.VISUAL)),
                    Labels.of(persona));
        }
    }
}
