package nl.klantreis.design.services;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
import nl.klantreis.model.Touchpoint;
import nl.klantreis.presentation.DesignCardFindings;
import nl.klantreis.presentation.EmotionColours;
import nl.klantreis.presentation.JourneyLabels;
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

    public String journeyLabel(Journey journey) {
        return JourneyLabels.label(journey);
    }

    /** A cell of the touchpoint table: the value in the workshop's language, never a raw literal. */
    public String cellLabel(Touchpoint touchpoint, String feature) {
        return JourneyLabels.value(touchpoint, feature, Locale.getDefault());
    }

    public String journeyMapTitle(Journey journey) {
        return JourneyLabels.label(journey);
    }

    public String chainMapTitle(JourneyModel model) {
        return JourneyLabels.label(model);
    }

    public String touchpointTableTitle(Journey journey) {
        return JourneyLabels.label(journey);
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
        return EmotionColours.of(touchpoint.getEmotion()).red();
    }

    public int emotionGreen(Touchpoint touchpoint) {
        return EmotionColours.of(touchpoint.getEmotion()).green();
    }

    public int emotionBlue(Touchpoint touchpoint) {
        return EmotionColours.of(touchpoint.getEmotion()).blue();
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

    public boolean isCold(Handover handover) {
        return handover.getKind() == HandoverKind.COLD;
    }

    // Navigation the diagrams need

    /** The key persons taking part in any touchpoint of the journey. */
    public Set<KeyPerson> keyPersonsInJourney(Journey journey) {
        Set<KeyPerson> keyPersons = new LinkedHashSet<>();
        JourneyFacts.touchpoints(journey).forEach(touchpoint -> keyPersons.addAll(touchpoint.getKeyPersons()));
        return keyPersons;
    }

    public Journey journeyOf(Touchpoint touchpoint) {
        return JourneyFacts.journeyOf(touchpoint);
    }

    /** Handovers between two different organisations, in all journeys: the chain's referrals. */
    public List<Handover> referrals(JourneyModel model) {
        List<Handover> referrals = new ArrayList<>();
        for (Journey journey : model.getJourneys()) {
            for (Handover handover : journey.getHandovers()) {
                Organisation from = referralSource(handover);
                Organisation to = referralTarget(handover);
                if (from != null && to != null && from != to) {
                    referrals.add(handover);
                }
            }
        }
        return referrals;
    }

    public Organisation referralSource(Handover handover) {
        return handover.getSource() == null ? null : handover.getSource().getOrganisation();
    }

    public Organisation referralTarget(Handover handover) {
        return handover.getTarget() == null ? null : handover.getTarget().getOrganisation();
    }

    // Defaults for new elements

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
        return JourneyLabels.typeLabel(element.eClass(), Locale.getDefault());
    }

    /** The first organisation of the model, so a new touchpoint is never without one. */
    public Organisation defaultOrganisation(Touchpoint touchpoint) {
        return EcoreUtil.getRootContainer(touchpoint) instanceof JourneyModel model && !model.getOrganisations().isEmpty()
                ? model.getOrganisations().get(0)
                : null;
    }
}
