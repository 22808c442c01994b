/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.design.services;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import nl.klantreis.model.Handover;
import nl.klantreis.model.HandoverKind;
import nl.klantreis.model.Journey;
import nl.klantreis.model.JourneyModel;
import nl.klantreis.model.KeyPerson;
import nl.klantreis.model.KlantreisPackage;
import nl.klantreis.model.NamedElement;
import nl.klantreis.model.Organisation;
import nl.klantreis.model.Phase;
import nl.klantreis.model.Touchpoint;
import nl.klantreis.presentation.DesignCardFindings;
import nl.klantreis.presentation.EmotionColours;
import nl.klantreis.presentation.HandoverStyle;
import nl.klantreis.presentation.JourneyLabels;
import nl.klantreis.presentation.JourneyLanes;
import nl.klantreis.rules.EditLabels;
import nl.klantreis.rules.Labels;
import nl.klantreis.rules.RuleMessages;
import nl.klantreis.rules.catalogue.JourneyFacts;

/**
 * The Java services of the Klantreis viewpoint (description/klantreis.odesign). Plain Java
 * over the model, no Sirius import: Sirius calls them by name, the first parameter being the
 * element the expression is evaluated on. Labels, colours and findings come from the shared
 * presentation code, so the Sirius map and the SVG report agree.
 */
public class KlantreisServices {

    // Labels

    public String touchpointLabel(Touchpoint touchpoint) {
        return JourneyLabels.touchpoint(touchpoint, Locale.getDefault());
    }

    public String handoverLabel(Handover handover) {
        return JourneyLabels.handover(handover, Locale.getDefault());
    }

    /** The name of an organisation's lane on the journey map. */
    public String laneLabel(Organisation organisation) {
        return JourneyLanes.name(organisation, Locale.getDefault());
    }

    /** The name of the lane of the touchpoints whose organisation is not recorded. */
    public String unrecordedLaneLabel(Journey journey) {
        return JourneyLanes.name(null, Locale.getDefault());
    }

    public String journeyLabel(Journey journey) {
        return Labels.of(journey);
    }

    /** A cell of the touchpoint table: the value in the workshop's language, never a raw literal. */
    public String cellLabel(Touchpoint touchpoint, String feature) {
        return JourneyLabels.cell(touchpoint, feature, Locale.getDefault());
    }

    public String journeyMapTitle(Journey journey) {
        return Labels.of(journey);
    }

    public String chainMapTitle(JourneyModel model) {
        return Labels.of(model);
    }

    public String touchpointTableTitle(Journey journey) {
        return Labels.of(journey);
    }

    /** The head of a touchpoint's line in the table: its phase, so the table reads as the journey goes (the name is a column, edited there). */
    public String phaseLabel(Touchpoint touchpoint) {
        return touchpoint.eContainer() instanceof Phase phase ? Labels.of(phase) : "";
    }

    /** A column header of the touchpoint table: the feature's label in the workshop's language. */
    public String touchpointFeatureLabel(EObject any, String feature) {
        return JourneyLabels.featureLabel(KlantreisPackage.Literals.TOUCHPOINT, feature, Locale.getDefault());
    }

    /** The title of a rule, in the workshop's language, for the tooltip of a decoration. */
    public String ruleTitle(EObject any, String ruleId) {
        return RuleMessages.forLocale(Locale.getDefault()).title(ruleId);
    }

    // The emotion colour (a computed colour of the palette)

    public int emotionRed(Touchpoint touchpoint) {
        return EmotionColours.of(touchpoint).red();
    }

    public int emotionGreen(Touchpoint touchpoint) {
        return EmotionColours.of(touchpoint).green();
    }

    public int emotionBlue(Touchpoint touchpoint) {
        return EmotionColours.of(touchpoint).blue();
    }

    /** A touchpoint's text: black or white, whichever reads on its emotion's colour, as in the report. */
    public int emotionTextRed(Touchpoint touchpoint) {
        return EmotionColours.of(touchpoint).text().red();
    }

    public int emotionTextGreen(Touchpoint touchpoint) {
        return EmotionColours.of(touchpoint).text().green();
    }

    public int emotionTextBlue(Touchpoint touchpoint) {
        return EmotionColours.of(touchpoint).text().blue();
    }

    // The design card's findings, as decorations

    public boolean missingInterpreter(Touchpoint touchpoint) {
        return DesignCardFindings.missingInterpreter(touchpoint);
    }

    public boolean shortIntake(Touchpoint touchpoint) {
        return DesignCardFindings.shortIntake(touchpoint);
    }

    public boolean missingIntake(Journey journey) {
        return DesignCardFindings.missingIntake(journey);
    }

    // A handover's line: its style (solid, dashed, dotted) by these predicates, its colour computed, as the report draws it

    public boolean isCold(Handover handover) {
        return HandoverStyle.of(handover) == HandoverStyle.COLD;
    }

    /** A handover whose kind was not recorded: drawn grey and dotted with '?', as the report draws it, never as warm. */
    public boolean kindNotRecorded(Handover handover) {
        return HandoverStyle.of(handover) == HandoverStyle.NOT_RECORDED;
    }

    public int handoverRed(Handover handover) {
        return HandoverStyle.of(handover).colour().red();
    }

    public int handoverGreen(Handover handover) {
        return HandoverStyle.of(handover).colour().green();
    }

    public int handoverBlue(Handover handover) {
        return HandoverStyle.of(handover).colour().blue();
    }

    /** What typing in place starts from: the name alone, not the label's other line (organisation and channel). */
    public String nameToEdit(NamedElement element) {
        return element.getName() == null ? "" : element.getName();
    }

    // Navigation the diagrams need

    /**
     * The organisations whose lanes the journey map draws, in the order the journey meets them
     * (as the report's lanes); steps without a recorded organisation share a lane of their own
     * (see {@link #unrecordedLane}).
     */
    public List<Organisation> lanes(Journey journey) {
        return JourneyLanes.of(journey).stream().filter(Objects::nonNull).toList();
    }

    /** The journey, when some of its touchpoints have no recorded organisation: their lane gets a name too. */
    public List<Journey> unrecordedLane(Journey journey) {
        return JourneyLanes.of(journey).contains(null) ? List.of(journey) : List.of();
    }

    /** The key persons taking part in any touchpoint of the journey. */
    public Set<KeyPerson> keyPersonsInJourney(Journey journey) {
        Set<KeyPerson> keyPersons = new LinkedHashSet<>();
        JourneyFacts.touchpoints(journey).forEach(touchpoint -> keyPersons.addAll(touchpoint.getKeyPersons()));
        return keyPersons;
    }

    public Journey journeyOf(Touchpoint touchpoint) {
        return JourneyFacts.journeyOf(touchpoint);
    }

    /**
     * The chain's referrals: one per pair of organisations that hand over from one to the other,
     * in any journey, represented by its first handover, so that the chain map draws one arrow
     * per pair and its label counts the handovers (see {@link #referralLabel}).
     */
    public List<Handover> referrals(JourneyModel model) {
        Map<List<Organisation>, Handover> first = new LinkedHashMap<>();
        for (Journey journey : model.getJourneys()) {
            for (Handover handover : journey.getHandovers()) {
                Organisation from = referralSource(handover);
                Organisation to = referralTarget(handover);
                if (from != null && to != null && from != to) {
                    first.putIfAbsent(List.of(from, to), handover);
                }
            }
        }
        return new ArrayList<>(first.values());
    }

    /** "Warm", or "2 × Warm · Koud": the handovers from one organisation to the other, by kind. */
    public String referralLabel(Handover referral) {
        List<String> parts = new ArrayList<>();
        List<Handover> handovers = handoversLike(referral);
        for (HandoverKind kind : HandoverKind.VALUES) {
            count(handovers.stream().filter(handover -> JourneyFacts.kindOf(handover) == kind).count(),
                    EditLabels.literal(kind, Locale.getDefault()), parts);
        }
        count(handovers.stream().filter(handover -> JourneyFacts.kindOf(handover) == null).count(),
                JourneyLabels.notRecorded(Locale.getDefault()), parts);
        return String.join(" \u00b7 ", parts);
    }

    private static void count(long count, String label, List<String> parts) {
        if (count > 0) {
            parts.add(count == 1 ? label : count + " \u00d7 " + label);
        }
    }

    /** Whether any handover from one organisation to the other is cold: the chain map shows the weakest link. */
    public boolean isColdReferral(Handover referral) {
        return HandoverStyle.weakest(handoversLike(referral)) == HandoverStyle.COLD;
    }

    /** Whether no handover from one organisation to the other has a recorded kind. */
    public boolean referralKindNotRecorded(Handover referral) {
        return HandoverStyle.weakest(handoversLike(referral)) == HandoverStyle.NOT_RECORDED;
    }

    public int referralRed(Handover referral) {
        return HandoverStyle.weakest(handoversLike(referral)).colour().red();
    }

    public int referralGreen(Handover referral) {
        return HandoverStyle.weakest(handoversLike(referral)).colour().green();
    }

    public int referralBlue(Handover referral) {
        return HandoverStyle.weakest(handoversLike(referral)).colour().blue();
    }

    private List<Handover> handoversLike(Handover referral) {
        Organisation from = referralSource(referral);
        Organisation to = referralTarget(referral);
        List<Handover> like = new ArrayList<>();
        if (EcoreUtil.getRootContainer(referral) instanceof JourneyModel model) {
            model.getJourneys().forEach(journey -> journey.getHandovers().stream()
                    .filter(handover -> referralSource(handover) == from && referralTarget(handover) == to)
                    .forEach(like::add));
        }
        return like;
    }

    public Organisation referralSource(Handover handover) {
        return handover.getSource() == null ? null : handover.getSource().getOrganisation();
    }

    public Organisation referralTarget(Handover handover) {
        return handover.getTarget() == null ? null : handover.getTarget().getOrganisation();
    }

    // Defaults for new elements

    /**
     * What every creation tool of the palette does with the element it has just created: gives it
     * a new id and name ({@link #newId}, then {@link #newName}). One place for the six tools, called
     * from the odesign as {@code service:instance.initialiseNew} inside the tool's transaction, so
     * Undo takes it back with the creation.
     */
    public NamedElement initialiseNew(NamedElement element) {
        element.setId(newId(element));
        element.setName(newName(element));
        return element;
    }

    /** A new id, unique in the model: the class name and a number ("touchpoint-3"). */
    public String newId(NamedElement element) {
        String prefix = element.eClass().getName().toLowerCase(Locale.ROOT);
        Set<String> taken = new LinkedHashSet<>();
        EcoreUtil.getRootContainer(element).eAllContents().forEachRemaining(other -> {
            if (other instanceof NamedElement named && named.getId() != null) {
                taken.add(named.getId());
            }
        });
        int number = 1;
        while (taken.contains(prefix + "-" + number)) {
            number++;
        }
        return prefix + "-" + number;
    }

    /** The label of a new element: its type, in the workshop's language. */
    public String newName(NamedElement element) {
        return EditLabels.type(element.eClass(), Locale.getDefault());
    }
}
