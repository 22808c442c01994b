/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules.catalogue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;

import nl.klantreis.model.Channel;
import nl.klantreis.model.CommunicationForm;
import nl.klantreis.model.DutchLevel;
import nl.klantreis.model.Handover;
import nl.klantreis.model.HandoverKind;
import nl.klantreis.model.Initiator;
import nl.klantreis.model.InterpreterArrangement;
import nl.klantreis.model.Journey;
import nl.klantreis.model.Organisation;
import nl.klantreis.model.OrganisationKind;
import nl.klantreis.model.Persona;
import nl.klantreis.model.Phase;
import nl.klantreis.model.Purpose;
import nl.klantreis.model.Touchpoint;

/** Facts about journeys that several rules read: all of them local to one touchpoint or journey. */
public final class JourneyFacts {

    /** Channels that are spoken conversations when a touchpoint names no communication form. */
    private static final Set<Channel> SPOKEN_CHANNELS = EnumSet.of(Channel.COUNTER, Channel.PHONE,
            Channel.HOME_VISIT, Channel.GROUP_SESSION, Channel.CONSULTATION_HOUR, Channel.VIDEO_CALL,
            Channel.MEETING);

    /** Channels that are written when a touchpoint names no communication form. */
    private static final Set<Channel> WRITTEN_CHANNELS = EnumSet.of(Channel.LETTER, Channel.EMAIL,
            Channel.PORTAL, Channel.SOCIAL_MEDIA);

    /** Arrangements in which someone who masters both languages interprets the conversation. */
    private static final Set<InterpreterArrangement> QUALIFIED_INTERPRETING = EnumSet
            .of(InterpreterArrangement.PROFESSIONAL, InterpreterArrangement.BILINGUAL_STAFF);

    /** Organisations a health signal can be referred to (handreiking 2.3, 2.4). */
    public static final Set<OrganisationKind> CARE = EnumSet.of(OrganisationKind.GENERAL_PRACTITIONER,
            OrganisationKind.PUBLIC_HEALTH, OrganisationKind.MENTAL_HEALTH_CARE, OrganisationKind.DISTRICT_NURSING,
            OrganisationKind.SOCIAL_SUPPORT, OrganisationKind.YOUTH_AND_FAMILY);

    private JourneyFacts() {
    }

    public static Journey journeyOf(Touchpoint touchpoint) {
        return touchpoint.eContainer() instanceof Phase phase && phase.eContainer() instanceof Journey journey
                ? journey
                : null;
    }

    public static Persona personaOf(Touchpoint touchpoint) {
        Journey journey = journeyOf(touchpoint);
        return journey == null ? null : resolved(journey.getPersona());
    }

    /** The touchpoint's organisation, or null when none is given or its name does not resolve. */
    public static Organisation organisationOf(Touchpoint touchpoint) {
        return resolved(touchpoint.getOrganisation());
    }

    /**
     * The element, or null for a reference that does not resolve (a proxy): a rule decides on
     * what the model says, never on the empty stand-in for a name nobody defined.
     */
    public static <T extends EObject> T resolved(T element) {
        return element == null || element.eIsProxy() ? null : element;
    }

    /**
     * The touchpoint's communication forms with {@code form} added, as a fix writes them: a
     * touchpoint that gave none (written because of its channel) is written first.
     */
    public static List<CommunicationForm> withForm(Touchpoint touchpoint, CommunicationForm form) {
        List<CommunicationForm> forms = new ArrayList<>(touchpoint.getCommunicationForms());
        if (forms.isEmpty()) {
            forms.add(CommunicationForm.WRITTEN);
        }
        forms.add(form);
        return forms;
    }

    /** The journey's touchpoints, phase by phase (gathered in a list: a stream per phase costs more than the rules). */
    public static Stream<Touchpoint> touchpoints(Journey journey) {
        List<Touchpoint> touchpoints = new ArrayList<>();
        for (Phase phase : journey.getPhases()) {
            touchpoints.addAll(phase.getTouchpoints());
        }
        return touchpoints.stream();
    }

    /**
     * Spoken: the touchpoint says so, or names no form and happens on a spoken channel; not
     * when neither forms nor channel are recorded.
     */
    public static boolean isSpoken(Touchpoint touchpoint) {
        return touchpoint.getCommunicationForms().isEmpty()
                ? SPOKEN_CHANNELS.contains(channelOf(touchpoint))
                : touchpoint.getCommunicationForms().contains(CommunicationForm.SPOKEN);
    }

    /**
     * Written: the touchpoint says so, or names no form and happens on a written channel; not
     * when neither forms nor channel are recorded.
     */
    public static boolean isWritten(Touchpoint touchpoint) {
        return touchpoint.getCommunicationForms().isEmpty()
                ? WRITTEN_CHANNELS.contains(channelOf(touchpoint))
                : touchpoint.getCommunicationForms().contains(CommunicationForm.WRITTEN);
    }

    /**
     * Whether the persona's Dutch is recorded and below the level from which no interpreter is
     * needed: a level nobody recorded is below nothing.
     */
    public static boolean belowLevel(Persona persona, DutchLevel level) {
        return persona != null && persona.isSetDutchLevel() && persona.getDutchLevel().getValue() < level.getValue();
    }

    public static boolean hasQualifiedInterpreter(Touchpoint touchpoint) {
        return QUALIFIED_INTERPRETING.contains(interpreterOf(touchpoint));
    }

    // What was recorded, or null: the rules never read an attribute's default as a fact.

    public static Channel channelOf(Touchpoint touchpoint) {
        return touchpoint.isSetChannel() ? touchpoint.getChannel() : null;
    }

    public static Purpose purposeOf(Touchpoint touchpoint) {
        return touchpoint.isSetPurpose() ? touchpoint.getPurpose() : null;
    }

    public static InterpreterArrangement interpreterOf(Touchpoint touchpoint) {
        return touchpoint.isSetInterpreter() ? touchpoint.getInterpreter() : null;
    }

    public static Initiator initiatorOf(Touchpoint touchpoint) {
        return touchpoint.isSetInitiator() ? touchpoint.getInitiator() : null;
    }

    /** The kind of the touchpoint's organisation, or null when either is not known. */
    public static OrganisationKind organisationKindOf(Touchpoint touchpoint) {
        return kindOf(organisationOf(touchpoint));
    }

    public static OrganisationKind kindOf(Organisation organisation) {
        return organisation != null && organisation.isSetKind() ? organisation.getKind() : null;
    }

    public static HandoverKind kindOf(Handover handover) {
        return handover.isSetKind() ? handover.getKind() : null;
    }

    /** Whether the journey's touchpoints record their purpose, all of them. */
    public static boolean allPurposesRecorded(Journey journey) {
        return touchpoints(journey).allMatch(Touchpoint::isSetPurpose);
    }

    /** Whether one of the journey's touchpoints is recorded as an intake. */
    public static boolean hasIntake(Journey journey) {
        return touchpoints(journey).anyMatch(t -> purposeOf(t) == Purpose.INTAKE);
    }
}
