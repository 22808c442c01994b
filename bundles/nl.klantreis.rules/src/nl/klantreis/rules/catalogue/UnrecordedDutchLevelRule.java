/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules.catalogue;

import nl.klantreis.model.KlantreisPackage.Literals;
import nl.klantreis.model.Persona;
import nl.klantreis.model.Severity;
import nl.klantreis.rules.Rule;
import nl.klantreis.rules.RuleCheck;

/**
 * KR-PERSONA-01: a persona whose Dutch is not recorded, so the interpreter and language rules
 * cannot decide for any of its contacts.
 */
public final class UnrecordedDutchLevelRule extends Rule<Persona> {

    public UnrecordedDutchLevelRule() {
        super("KR-PERSONA-01", Literals.PERSONA, Persona.class, Severity.INFO, "2.2");
    }

    @Override
    protected void check(Persona persona, RuleCheck check) {
        if (!persona.isSetDutchLevel()) {
            check.report(persona, Literals.PERSONA__DUTCH_LEVEL);
        }
    }
}
