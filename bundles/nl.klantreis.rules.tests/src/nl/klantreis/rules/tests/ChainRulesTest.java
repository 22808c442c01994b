/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.klantreis.model.ContractKind;
import nl.klantreis.model.HandoverKind;
import nl.klantreis.model.Improvement;
import nl.klantreis.model.Initiator;
import nl.klantreis.model.Touchpoint;

/** Rules about the chain: outreach, handovers, health signals, key persons, improvements, organisations. */
class ChainRulesTest {

    private final TestJourney t = new TestJourney();

    @Test
    void journeyWithOnlyResidentInitiatedContactsHasNoOutreach() {
        t.intake.setInitiator(Initiator.RESIDENT);
        t.touchpoint("balie", tp -> tp.setInitiator(Initiator.RESIDENT));
        assertEquals(List.of("KR-OUTREACH-01"), t.ruleIds());
    }

    @Test
    void oneOutreachContactIsEnough() {
        t.intake.setInitiator(Initiator.RESIDENT);
        t.touchpoint("huisbezoek", tp -> tp.setInitiator(Initiator.ORGANISATION));
        assertEquals(List.of(), t.ruleIds());
    }

    @Test
    void coldReferralBetweenOrganisationsIsFound() {
        Touchpoint consult = t.touchpoint("consult", tp -> tp.setOrganisation(t.doctor));
        t.handover(t.intake, consult, HandoverKind.COLD);
        assertEquals(List.of("KR-HANDOVER-01"), t.ruleIds());
    }

    @Test
    void coldHandoverWithinOneOrganisationAndWarmReferralAreFine() {
        Touchpoint next = t.touchpoint("vervolg", tp -> {});
        Touchpoint consult = t.touchpoint("consult", tp -> tp.setOrganisation(t.doctor));
        t.handover(t.intake, next, HandoverKind.COLD);
        t.handover(next, consult, HandoverKind.WARM);
        assertEquals(List.of(), t.ruleIds());
    }

    @Test
    void healthSignalAtWorkAndIncomeWithoutReferralIsFound() {
        t.touchpoint("klantmanager", tp -> {
            tp.setOrganisation(t.workAndIncome);
            tp.setHealthSignal(true);
        });
        assertEquals(List.of("KR-HEALTH-01"), t.ruleIds());
    }

    @Test
    void healthSignalReferredToTheDoctorIsFine() {
        Touchpoint klantmanager = t.touchpoint("klantmanager", tp -> {
            tp.setOrganisation(t.workAndIncome);
            tp.setHealthSignal(true);
        });
        Touchpoint consult = t.touchpoint("consult", tp -> tp.setOrganisation(t.doctor));
        t.handover(klantmanager, consult, HandoverKind.WARM);
        assertEquals(List.of(), t.ruleIds());
    }

    @Test
    void healthSignalElsewhereIsNotThisRulesConcern() {
        t.intake.setHealthSignal(true);
        assertEquals(List.of(), t.ruleIds());
    }

    @Test
    void journeyWithoutKeyPersonIsFound() {
        t.intake.getKeyPersons().clear();
        assertEquals(List.of("KR-KEYPERSON-01"), t.ruleIds());
    }

    @Test
    void keyPersonWithoutContractOrSupervisionIsFound() {
        t.keyPerson.setContract(ContractKind.NONE);
        t.keyPerson.setSupervisor(null);
        assertEquals(List.of("KR-KEYPERSON-02", "KR-KEYPERSON-03"), t.ruleIds());
    }

    @Test
    void keyPersonWithEmploymentContractIsFine() {
        t.keyPerson.setContract(ContractKind.EMPLOYMENT);
        assertEquals(List.of(), t.ruleIds());
    }

    @Test
    void improvementWithoutOwnerIsFoundAndWithOwnerIsNot() {
        Improvement without = TestJourney.F.createImprovement();
        without.setId("zonder");
        Improvement with = TestJourney.F.createImprovement();
        with.setId("met");
        with.setOwner(t.municipality);
        t.journey.getImprovements().add(without);
        t.journey.getImprovements().add(with);
        assertEquals(List.of("KR-IMPROVEMENT-01"), t.ruleIds());
    }

    @Test
    void untrainedFrontlineIsFoundButUntrainedDoctorIsNot() {
        t.workAndIncome.setTrainedStaff(false);
        t.doctor.setTrainedStaff(false);
        assertEquals(List.of("KR-TRAINING-01"), t.ruleIds());
    }

    @Test
    void unknownReachIsInformation() {
        t.doctor.unsetStatusHolderCaseload();
        assertEquals(List.of("KR-REACH-01"), t.ruleIds());
    }

    @Test
    void refugeeStaffCarryingMoreThanHalfIsFound() {
        staff(true, 51);
        staff(false, 49);
        assertEquals(List.of("KR-STAFF-01"), t.ruleIds());
    }

    @Test
    void refugeeStaffCarryingExactlyHalfIsFine() {
        staff(true, 50);
        staff(false, 50);
        assertEquals(List.of(), t.ruleIds());
    }

    @Test
    void refugeeStaffAloneIsNotAConcentration() {
        staff(true, 40);
        assertEquals(List.of(), t.ruleIds());
    }

    private void staff(boolean refugeeBackground, int clients) {
        t.staffGroup(t.workAndIncome, refugeeBackground, clients);
    }
}
