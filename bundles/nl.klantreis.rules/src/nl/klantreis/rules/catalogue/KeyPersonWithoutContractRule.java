/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules.catalogue;

import nl.klantreis.model.ContractKind;
import nl.klantreis.model.KeyPerson;
import nl.klantreis.model.KlantreisPackage.Literals;
import nl.klantreis.model.Severity;
import nl.klantreis.rules.Fix;
import nl.klantreis.rules.Rule;
import nl.klantreis.rules.RuleCheck;

/** KR-KEYPERSON-02: a key person works without a (volunteer) contract. */
public final class KeyPersonWithoutContractRule extends Rule<KeyPerson> {

    public KeyPersonWithoutContractRule() {
        super("KR-KEYPERSON-02", Literals.KEY_PERSON, KeyPerson.class, Severity.WARNING, "2.5");
    }

    @Override
    protected void check(KeyPerson keyPerson, RuleCheck check) {
        if (keyPerson.isSetContract() && keyPerson.getContract() == ContractKind.NONE) {
            check.report(new Fix(keyPerson, Literals.KEY_PERSON__CONTRACT, ContractKind.VOLUNTEER));
        }
    }
}
