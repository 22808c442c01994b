/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.design;

import java.util.List;

/**
 * The names of the viewpoint's elements in {@code description/klantreis.odesign}: representations,
 * layers, mappings, decorations, palette sections and tools (as Capella's
 * {@code IMappingNameConstants}). Java code and tests that look an element up by name use these
 * constants, never a string of their own; {@code MappingNamesTest} checks that every constant names an
 * element of the odesign and that every such element has a constant.
 * <p>
 * The mapping names are stable API (docs/extending.md): an extension's odesign refers to them in
 * its URIs, and a renamed mapping breaks it.
 */
public final class MappingNames {

    // The viewpoint and its representations

    /** The viewpoint (its name, as {@code viewpoint:/nl.klantreis.design/klantreis} names it). */
    public static final String VIEWPOINT = "klantreis";
    /** The diagram of one journey. */
    public static final String JOURNEY_MAP = "JourneyMap";
    /** The diagram of the organisations of a whole model. */
    public static final String CHAIN_MAP = "ChainMap";
    /** The table of the touchpoints of one journey. */
    public static final String TOUCHPOINT_TABLE = "TouchpointTable";
    /** The default layer of the journey map and of the chain map. */
    public static final String DEFAULT_LAYER = "Default";

    // Journey map: mappings

    /** The journey, the container of everything else on the journey map. */
    public static final String JOURNEY = "Journey";
    /** A phase, a column of the journey map. */
    public static final String PHASE = "Phase";
    /** A touchpoint, in its phase and in the lane of its organisation; also the touchpoint table's line. */
    public static final String TOUCHPOINT = "Touchpoint";
    /** The name of an organisation's lane. */
    public static final String LANE = "Lane";
    /** The name of the lane of touchpoints without a recorded organisation. */
    public static final String UNRECORDED_LANE = "UnrecordedLane";
    /** A pain point. */
    public static final String PAIN_POINT = "PainPoint";
    /** An improvement. */
    public static final String IMPROVEMENT = "Improvement";
    /** A key person: on the journey map those taking part, on the chain map every one. */
    public static final String KEY_PERSON = "KeyPerson";
    /** A handover from one touchpoint to another. */
    public static final String HANDOVER = "Handover";
    /** A pain point's link to a touchpoint where it is felt. */
    public static final String PAIN_POINT_TOUCHPOINT = "PainPointTouchpoint";
    /** An improvement's link to a pain point it addresses. */
    public static final String IMPROVEMENT_PAIN_POINT = "ImprovementPainPoint";
    /** A touchpoint's link to a key person taking part in it. */
    public static final String KEY_PERSON_TOUCHPOINT = "KeyPersonTouchpoint";

    // Journey map: decorations

    /** The mark of a spoken touchpoint without the interpreter the rule catalogue asks for. */
    public static final String MISSING_INTERPRETER = "MissingInterpreter";
    /** The mark of an intake shorter than the rule catalogue asks for. */
    public static final String SHORT_INTAKE = "ShortIntake";
    /** The mark of a journey without an intake. */
    public static final String MISSING_INTAKE = "MissingIntake";

    // Journey map: palette

    /** The journey map's palette section (a name shared with the {@link #JOURNEY} mapping). */
    public static final String JOURNEY_SECTION = "Journey";
    public static final String CREATE_PHASE = "createPhase";
    public static final String CREATE_TOUCHPOINT = "createTouchpoint";
    /** Dropping a touchpoint into another phase. */
    public static final String MOVE_TOUCHPOINT = "moveTouchpoint";
    public static final String CREATE_PAIN_POINT = "createPainPoint";
    public static final String CREATE_IMPROVEMENT = "createImprovement";
    public static final String CREATE_HANDOVER = "createHandover";
    public static final String LINK_PAIN_POINT = "linkPainPoint";
    public static final String LINK_IMPROVEMENT = "linkImprovement";
    public static final String RECONNECT_HANDOVER_SOURCE = "reconnectHandoverSource";
    public static final String RECONNECT_HANDOVER_TARGET = "reconnectHandoverTarget";
    public static final String REMOVE_PAIN_POINT_TOUCHPOINT = "removePainPointTouchpoint";
    public static final String REMOVE_IMPROVEMENT_PAIN_POINT = "removeImprovementPainPoint";
    public static final String REMOVE_KEY_PERSON_TOUCHPOINT = "removeKeyPersonTouchpoint";
    /** Typing a name in place, on the journey map and on the chain map. */
    public static final String EDIT_NAME = "editName";

    // Chain map: mappings and palette (besides KEY_PERSON and EDIT_NAME)

    /** An organisation. */
    public static final String ORGANISATION = "Organisation";
    /** One arrow per pair of organisations between which a journey hands a status holder over. */
    public static final String REFERRAL = "Referral";
    /** A key person's link to the organisation that supervises them. */
    public static final String SUPERVISION = "Supervision";
    /** The chain map's palette section. */
    public static final String CHAIN_SECTION = "Chain";
    public static final String CREATE_ORGANISATION = "createOrganisation";
    public static final String CREATE_KEY_PERSON = "createKeyPerson";
    public static final String LINK_SUPERVISOR = "linkSupervisor";
    public static final String REMOVE_SUPERVISION = "removeSupervision";

    // Touchpoint table: its line is TOUCHPOINT; each column is named after the feature it shows and edits

    public static final String NAME_COLUMN = "name";
    public static final String ORGANISATION_COLUMN = "organisation";
    public static final String CHANNEL_COLUMN = "channel";
    public static final String INITIATOR_COLUMN = "initiator";
    public static final String PURPOSE_COLUMN = "purpose";
    public static final String DURATION_COLUMN = "duration";
    public static final String INTERPRETER_COLUMN = "interpreter";
    public static final String UNDERSTANDING_CHECKED_COLUMN = "understandingChecked";
    public static final String EMOTION_COLUMN = "emotion";

    /** The touchpoint table's columns, from left to right. */
    public static final List<String> TOUCHPOINT_COLUMNS = List.of(NAME_COLUMN, ORGANISATION_COLUMN, CHANNEL_COLUMN,
            INITIATOR_COLUMN, PURPOSE_COLUMN, DURATION_COLUMN, INTERPRETER_COLUMN, UNDERSTANDING_CHECKED_COLUMN,
            EMOTION_COLUMN);

    private MappingNames() {
    }
}
