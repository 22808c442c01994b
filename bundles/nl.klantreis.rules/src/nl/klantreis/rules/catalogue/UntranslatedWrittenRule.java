/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules.catalogue;

import nl.klantreis.model.CommunicationForm;
import nl.klantreis.model.KlantreisPackage.Literals;
import nl.klantreis.model.Persona;
import nl.klantreis.model.Severity;
import nl.klantreis.model.Touchpoint;
import nl.klantreis.rules.Fix;
import nl.klantreis.rules.Labels;
import nl.klantreis.rules.ParameterDescriptor;
import nl.klantreis.rules.ParameterDescriptor.Type;
import nl.klantreis.rules.Rule;
import nl.klantreis.rules.RuleCheck;

/**
 * KR-WRITTEN-02: written Dutch for a persona below the Dutch level, neither translated nor
 * explained in a conversation with a qualified interpreter.
 */
public final class UntranslatedWrittenRule extends Rule<Touchpoint> {

    public static final String DUTCH_LEVEL = "dutchLevel";

    public UntranslatedWrittenRule() {
        super("KR-WRITTEN-02", Literals.TOUCHPOINT, Touchpoint.class, Severity.WARNING, "2.2",
                new ParameterDescriptor(DUTCH_LEVEL, Type.DUTCH_LEVEL, "B1"));
    }

    @Override
    protected void check(Touchpoint touchpoint, RuleCheck check) {
        Persona persona = JourneyFacts.personaOf(touchpoint);
        boolean explained = JourneyFacts.isSpoken(touchpoint) && JourneyFacts.hasQualifiedInterpreter(touchpoint);
        if (JourneyFacts.isWritten(touchpoint) && !explained
                && !touchpoint.getCommunicationForms().contains(CommunicationForm.TRANSLATED)
                && JourneyFacts.belowLevel(persona, check.dutchLevel(DUTCH_LEVEL))) {
            check.report(touchpoint, Literals.TOUCHPOINT__COMMUNICATION_FORMS,
                    new Fix(touchpoint, Literals.TOUCHPOINT__COMMUNICATION_FORMS, JourneyFacts.withForm(touchpoint, CommunicationForm.TRANSLATED)),
                    Labels.of(persona), persona.getDutchLevel());
        }
    }
}
