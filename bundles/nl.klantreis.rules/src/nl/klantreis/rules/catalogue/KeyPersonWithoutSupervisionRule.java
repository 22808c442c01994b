/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules.catalogue;

import nl.klantreis.model.KeyPerson;
import nl.klantreis.model.KlantreisPackage.Literals;
import nl.klantreis.model.Severity;
import nl.klantreis.rules.Rule;
import nl.klantreis.rules.RuleCheck;

/** KR-KEYPERSON-03: a key person without a supervising organisation. */
public final class KeyPersonWithoutSupervisionRule extends Rule<KeyPerson> {

    public KeyPersonWithoutSupervisionRule() {
        super("KR-KEYPERSON-03", Literals.KEY_PERSON, KeyPerson.class, Severity.WARNING, "2.5");
    }

    @Override
    protected void check(KeyPerson keyPerson, RuleCheck check) {
        if (keyPerson.getSupervisor() == null) {
            check.report(keyPerson, Literals.KEY_PERSON__SUPERVISOR);
        }
    }
}
