/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules.catalogue;

import nl.klantreis.model.KlantreisPackage.Literals;
import nl.klantreis.model.Organisation;
import nl.klantreis.model.Severity;
import nl.klantreis.model.StaffGroup;
import nl.klantreis.rules.ParameterDescriptor;
import nl.klantreis.rules.ParameterDescriptor.Type;
import nl.klantreis.rules.Rule;
import nl.klantreis.rules.RuleCheck;

/**
 * KR-STAFF-01: staff with a refugee background carry most of the organisation's status-holder
 * clients, while other staff are there to share them.
 */
public final class RefugeeStaffCaseloadRule extends Rule<Organisation> {

    public static final String MAXIMUM_SHARE = "maximumShare";

    public RefugeeStaffCaseloadRule() {
        super("KR-STAFF-01", Literals.ORGANISATION, Organisation.class, Severity.WARNING, "2.6",
                new ParameterDescriptor(MAXIMUM_SHARE, Type.SHARE, "0.5"));
    }

    @Override
    protected void check(Organisation organisation, RuleCheck check) {
        long all = 0;
        long withRefugeeStaff = 0;
        boolean otherStaff = false;
        for (StaffGroup group : organisation.getStaffGroups()) {
            if (!group.isSetStatusHolderClients()) {
                return; // the share cannot be known while a group's clients are not recorded
            }
            all += group.getStatusHolderClients();
            if (group.isRefugeeBackground()) {
                withRefugeeStaff += group.getStatusHolderClients();
            } else {
                otherStaff |= group.isSetMembers() && group.getMembers() > 0;
            }
        }
        double maximum = check.share(MAXIMUM_SHARE);
        if (otherStaff && all > 0 && withRefugeeStaff > maximum * all) {
            check.report(organisation, Literals.ORGANISATION__STAFF_GROUPS, Math.round(100.0 * withRefugeeStaff / all),
                    Math.round(100 * maximum));
        }
    }
}
