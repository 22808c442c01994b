/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules.catalogue;

import nl.klantreis.model.KlantreisPackage.Literals;
import nl.klantreis.model.Organisation;
import nl.klantreis.model.Severity;
import nl.klantreis.rules.Rule;
import nl.klantreis.rules.RuleCheck;

/** KR-REACH-01: an organisation that does not know how many status holders it reaches. */
public final class UnknownReachRule extends Rule<Organisation> {

    public UnknownReachRule() {
        super("KR-REACH-01", Literals.ORGANISATION, Organisation.class, Severity.INFO, "2.1");
    }

    @Override
    protected void check(Organisation organisation, RuleCheck check) {
        if (!organisation.isSetStatusHolderCaseload()) {
            check.report(organisation, Literals.ORGANISATION__STATUS_HOLDER_CASELOAD);
        }
    }
}
