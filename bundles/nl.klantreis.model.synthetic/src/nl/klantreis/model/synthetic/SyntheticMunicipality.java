/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.model.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import nl.klantreis.model.Channel;
import nl.klantreis.model.CommunicationForm;
import nl.klantreis.model.ContractKind;
import nl.klantreis.model.DutchLevel;
import nl.klantreis.model.Handover;
import nl.klantreis.model.HandoverKind;
import nl.klantreis.model.Improvement;
import nl.klantreis.model.Initiator;
import nl.klantreis.model.InterpreterArrangement;
import nl.klantreis.model.Journey;
import nl.klantreis.model.JourneyModel;
import nl.klantreis.model.KeyPerson;
import nl.klantreis.model.KlantreisFactory;
import nl.klantreis.model.LifeDomain;
import nl.klantreis.model.LifeEventKind;
import nl.klantreis.model.Organisation;
import nl.klantreis.model.OrganisationKind;
import nl.klantreis.model.PainPoint;
import nl.klantreis.model.Persona;
import nl.klantreis.model.Phase;
import nl.klantreis.model.Purpose;
import nl.klantreis.model.SkillLevel;
import nl.klantreis.model.StaffGroup;
import nl.klantreis.model.Touchpoint;

/**
 * Synthetic municipality models of any size, the same for the same size and seed: a chain
 * of organisations, personas and key persons, and journeys of five phases with four
 * touchpoints each. Most of it follows good practice; one element in {@value #DEFECT_ONE_IN}
 * is drawn at random, so every rule has something to find now and then, about as often as
 * in a journey mapped in a workshop.
 */
public final class SyntheticMunicipality {

    public static final int PHASES_PER_JOURNEY = 5;
    public static final int TOUCHPOINTS_PER_PHASE = 4;

    /** One element in this many gets random attributes; the rest follow good practice. */
    public static final int DEFECT_ONE_IN = 10;

    private static final KlantreisFactory F = KlantreisFactory.eINSTANCE;

    /** Each journey has one intake, its first touchpoint. */
    /** What a careless note holds: one example of each kind of personal data the rules look for. */
    private static final List<String> PERSONAL_DATA = List.of("BSN 111222333", "Bel 06-12345678",
            "Mail naar a.tesfay@example.nl", "IBAN NL91ABNA0417164300", "Geboren op 3 maart 1990");
    private static final List<Purpose> OTHER_PURPOSES = Purpose.VALUES.stream().filter(p -> p != Purpose.INTAKE).toList();

    private final Random random;
    private final int phasesPerJourney;
    private final JourneyModel model = F.createJourneyModel();
    private final List<Organisation> organisations = new ArrayList<>();
    private final List<Persona> personas = new ArrayList<>();
    private final List<KeyPerson> keyPersons = new ArrayList<>();

    private SyntheticMunicipality(long seed, int phasesPerJourney) {
        this.random = new Random(seed);
        this.phasesPerJourney = phasesPerJourney;
    }

    /** A model with {@code touchpoints} touchpoints (rounded up to whole journeys of 20). */
    public static JourneyModel generate(int touchpoints, long seed) {
        return new SyntheticMunicipality(seed, PHASES_PER_JOURNEY).build(touchpoints);
    }

    /** A model with one long journey of {@code touchpoints} touchpoints (rounded up to whole phases). */
    public static JourneyModel generateOneJourney(int touchpoints, long seed) {
        int phases = (touchpoints + TOUCHPOINTS_PER_PHASE - 1) / TOUCHPOINTS_PER_PHASE;
        return new SyntheticMunicipality(seed, phases).build(phases * TOUCHPOINTS_PER_PHASE);
    }

    private JourneyModel build(int touchpoints) {
        model.setId("synthetic");
        model.setName("Synthetic municipality");
        int perJourney = phasesPerJourney * TOUCHPOINTS_PER_PHASE;
        int journeys = (touchpoints + perJourney - 1) / perJourney;
        int chainSize = Math.max(OrganisationKind.VALUES.size(), journeys / 50);
        for (int i = 0; i < chainSize; i++) {
            organisations.add(organisation(i));
        }
        for (int i = 0; i < Math.max(10, journeys / 20); i++) {
            personas.add(persona(i));
        }
        for (int i = 0; i < Math.max(5, journeys / 100); i++) {
            keyPersons.add(keyPerson(i));
        }
        for (int i = 0; i < journeys; i++) {
            model.getJourneys().add(journey(i));
        }
        return model;
    }

    private Organisation organisation(int i) {
        Organisation organisation = F.createOrganisation();
        organisation.setId("org-" + i);
        organisation.setName("Organisation " + i);
        organisation.setKind(OrganisationKind.VALUES.get(i % OrganisationKind.VALUES.size()));
        organisation.setTrainedStaff(!defect() || random.nextBoolean());
        organisation.setInterpreterBudget(!defect() || random.nextBoolean());
        if (!defect() || random.nextBoolean()) {
            organisation.setStatusHolderCaseload(random.nextInt(200));
        }
        for (boolean refugeeBackground : new boolean[] { true, false }) {
            StaffGroup group = F.createStaffGroup();
            group.setRefugeeBackground(refugeeBackground);
            group.setMembers(1 + random.nextInt(10));
            group.setStatusHolderClients(random.nextInt(60));
            organisation.getStaffGroups().add(group);
        }
        model.getOrganisations().add(organisation);
        return organisation;
    }

    private Persona persona(int i) {
        Persona persona = F.createPersona();
        persona.setId("persona-" + i);
        persona.setName("Persona " + i);
        if (i % 10 != 9) { // one persona in ten whose Dutch nobody recorded
            persona.setDutchLevel(DutchLevel.VALUES.get(i % DutchLevel.VALUES.size()));
        }
        persona.setLiteracy(SkillLevel.VALUES.get(i % SkillLevel.VALUES.size()));
        persona.getLanguages().add("Tigrinya");
        model.getPersonas().add(persona);
        return persona;
    }

    private KeyPerson keyPerson(int i) {
        KeyPerson keyPerson = F.createKeyPerson();
        keyPerson.setId("keyperson-" + i);
        keyPerson.setContract(ContractKind.VALUES.get(i % ContractKind.VALUES.size()));
        if (random.nextBoolean()) {
            keyPerson.setSupervisor(pick(organisations));
        }
        model.getKeyPersons().add(keyPerson);
        return keyPerson;
    }

    private Journey journey(int i) {
        Journey journey = F.createJourney();
        journey.setId("journey-" + i);
        journey.setName("Journey " + i);
        journey.setPersona(pick(personas));
        journey.setTrigger(F.createLifeEvent());
        journey.getTrigger().setKind(pick(LifeEventKind.VALUES));
        // Every seventh journey is a closed one: no outreach, no key person.
        boolean closed = i % 7 == 0;
        Touchpoint previous = null;
        for (int p = 0; p < phasesPerJourney; p++) {
            Phase phase = F.createPhase();
            phase.setId(journey.getId() + "-phase-" + p);
            journey.getPhases().add(phase);
            for (int t = 0; t < TOUCHPOINTS_PER_PHASE; t++) {
                Touchpoint touchpoint = touchpoint(phase.getId() + "-tp-" + t, p == 0 && t == 0, closed);
                phase.getTouchpoints().add(touchpoint);
                if (previous != null) {
                    Handover handover = F.createHandover();
                    handover.setSource(previous);
                    handover.setTarget(touchpoint);
                    handover.setKind(defect() ? HandoverKind.COLD : HandoverKind.WARM);
                    journey.getHandovers().add(handover);
                }
                previous = touchpoint;
            }
        }
        PainPoint painPoint = F.createPainPoint();
        painPoint.setId(journey.getId() + "-pain");
        painPoint.getTouchpoints().add(previous);
        journey.getPainPoints().add(painPoint);
        Improvement improvement = F.createImprovement();
        improvement.setId(journey.getId() + "-improvement");
        improvement.getAddresses().add(painPoint);
        if (!defect()) {
            improvement.setOwner(pick(organisations));
        }
        journey.getImprovements().add(improvement);
        return journey;
    }

    private Touchpoint touchpoint(String id, boolean intake, boolean closed) {
        Touchpoint touchpoint = F.createTouchpoint();
        touchpoint.setId(id);
        touchpoint.setName(id);
        touchpoint.setOrganisation(pick(organisations));
        touchpoint.setChannel(pick(Channel.VALUES));
        touchpoint.setInitiator(closed ? Initiator.RESIDENT : pick(Initiator.VALUES));
        touchpoint.setPurpose(intake ? Purpose.INTAKE : pick(OTHER_PURPOSES));
        touchpoint.setEmotion(random.nextInt(5) - 2);
        touchpoint.setDescription(defect() ? pick(PERSONAL_DATA) : "Afspraken en vervolg besproken.");
        if (defect()) {
            touchpoint.setDuration(15 + 15 * random.nextInt(8));
            if (intake || random.nextBoolean()) { // else not recorded; an intake's is, for KR-INTAKE-02's two minimums
                touchpoint.setInterpreter(pick(InterpreterArrangement.VALUES));
            }
            touchpoint.getCommunicationForms().add(pick(CommunicationForm.VALUES));
            touchpoint.setUnderstandingChecked(random.nextBoolean());
            touchpoint.setHealthSignal(random.nextBoolean());
            for (LifeDomain domain : LifeDomain.VALUES) {
                if (random.nextBoolean()) {
                    touchpoint.getLifeDomains().add(domain);
                }
            }
        } else {
            touchpoint.setDuration(90);
            touchpoint.setInterpreter(InterpreterArrangement.PROFESSIONAL);
            touchpoint.getCommunicationForms().add(CommunicationForm.SPOKEN);
            touchpoint.getCommunicationForms().add(CommunicationForm.VISUAL);
            touchpoint.setUnderstandingChecked(true);
            touchpoint.getLifeDomains().addAll(LifeDomain.VALUES);
        }
        if (!closed && random.nextInt(5) == 0) {
            touchpoint.getKeyPersons().add(pick(keyPersons));
        }
        return touchpoint;
    }

    private boolean defect() {
        return random.nextInt(DEFECT_ONE_IN) == 0;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
