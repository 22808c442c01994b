/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.klantreis.design.services.KlantreisServices;
import nl.klantreis.model.Handover;
import nl.klantreis.model.Journey;
import nl.klantreis.model.JourneyModel;
import nl.klantreis.model.KeyPerson;
import nl.klantreis.model.KlantreisFactory;
import nl.klantreis.model.Purpose;
import nl.klantreis.model.Touchpoint;
import nl.klantreis.model.io.KlantreisResources;
import nl.klantreis.presentation.EmotionColours;
import nl.klantreis.presentation.JourneyLabels;

/** The viewpoint's services on the Loon op Zand example. */
class ServicesTest {

    private final KlantreisServices services = new KlantreisServices();
    private JourneyModel model;
    private Journey journey;

    @BeforeEach
    void loadExample() throws IOException {
        model = KlantreisResources.root(KlantreisResources.load(KlantreisResources.newResourceSet(),
                Odesign.ROOT.resolve("bundles/nl.klantreis.model.tests/resources/loon-op-zand.xmi")));
        journey = model.getJourneys().get(0);
    }

    private Touchpoint touchpoint(String id) {
        return (Touchpoint) model.eResource().getEObject(id);
    }

    @Test
    void touchpointLabelShowsOrganisationAndChannel() {
        String label = services.touchpointLabel(touchpoint("huisarts-consult"));
        assertTrue(label.startsWith("Consult huisarts\nHuisartsenpraktijk"), label);
    }

    @Test
    void designCardFindingsFollowTheRules() {
        assertTrue(services.missingInterpreter(touchpoint("huisarts-consult")));
        assertFalse(services.missingInterpreter(touchpoint("brede-intake")));
        assertTrue(services.shortIntake(touchpoint("hob-intake")));
        assertFalse(services.shortIntake(touchpoint("brede-intake")));
        assertFalse(services.missingIntake(journey));
        journey.getPhases().forEach(phase -> phase.getTouchpoints().forEach(t -> t.setPurpose(Purpose.SUPPORT)));
        assertTrue(services.missingIntake(journey));
    }

    @Test
    void emotionColourIsTheSharedOne() {
        Touchpoint touchpoint = touchpoint("huisarts-consult");
        for (int emotion = -2; emotion <= 2; emotion++) {
            touchpoint.setEmotion(emotion);
            assertEquals(EmotionColours.of(emotion).red(), services.emotionRed(touchpoint));
            assertEquals(EmotionColours.of(emotion).green(), services.emotionGreen(touchpoint));
            assertEquals(EmotionColours.of(emotion).blue(), services.emotionBlue(touchpoint));
        }
        touchpoint.unsetEmotion();
        assertEquals(List.of(255, 255, 255), List.of(services.emotionRed(touchpoint), services.emotionGreen(touchpoint),
                services.emotionBlue(touchpoint)), "no emotion recorded: no emotion's colour, only the box's outline");
        assertFalse(EmotionColours.all().contains(EmotionColours.NOT_RECORDED), "white is no emotion's colour");
    }

    @Test
    void whatIsNotRecordedIsShownAsSuch() {
        Touchpoint intake = touchpoint("brede-intake");
        Locale dutch = Locale.forLanguageTag("nl");
        intake.unsetChannel();
        intake.unsetEmotion();
        assertEquals("Consulent statushouders, gemeente Loon op Zand", JourneyLabels.touchpointDetail(intake, dutch),
                "no channel word");
        assertEquals("niet vastgelegd", JourneyLabels.cell(intake, "channel", dutch));
        assertEquals(JourneyLabels.cell(intake, "channel", Locale.getDefault()), services.cellLabel(intake, "channel"));
        assertEquals("not recorded", JourneyLabels.cell(intake, "emotion", Locale.ENGLISH));
        intake.setEmotion(0);
        assertEquals("0", JourneyLabels.cell(intake, "emotion", Locale.ENGLISH), "a neutral emotion that was recorded");
        Handover handover = journey.getHandovers().get(0);
        handover.unsetKind();
        assertEquals("niet vastgelegd", JourneyLabels.handover(handover, dutch));
        assertFalse(services.isCold(handover));
    }

    @Test
    void referralsAreHandoversBetweenOrganisations() {
        assertEquals(3, services.referrals(model).size());
        assertEquals("baanbrekers", services.referralSource(services.referrals(model).get(2)).getId());
        assertEquals("huisarts", services.referralTarget(services.referrals(model).get(2)).getId());
    }

    @Test
    void keyPersonsInJourneyAreThoseTakingPart() {
        assertTrue(services.keyPersonsInJourney(journey).isEmpty());
        KeyPerson keyPerson = KlantreisFactory.eINSTANCE.createKeyPerson();
        keyPerson.setId("sleutel");
        model.getKeyPersons().add(keyPerson);
        touchpoint("taalcoaching").getKeyPersons().add(keyPerson);
        assertEquals(List.of(keyPerson), List.copyOf(services.keyPersonsInJourney(journey)));
    }

    @Test
    void newElementsGetAUniqueIdAndAName() {
        Touchpoint fresh = KlantreisFactory.eINSTANCE.createTouchpoint();
        journey.getPhases().get(0).getTouchpoints().add(fresh);
        assertEquals("touchpoint-1", services.newId(fresh));
        fresh.setId("touchpoint-1");
        Touchpoint another = KlantreisFactory.eINSTANCE.createTouchpoint();
        journey.getPhases().get(0).getTouchpoints().add(another);
        assertEquals("touchpoint-2", services.newId(another));
        assertFalse(services.newName(another).isBlank());
    }

    /** The six creation tools share this one service (service:instance.initialiseNew). */
    @Test
    void aNewElementGetsItsIdAndNameInOnePlace() {
        Touchpoint fresh = KlantreisFactory.eINSTANCE.createTouchpoint();
        journey.getPhases().get(0).getTouchpoints().add(fresh);
        assertSame(fresh, services.initialiseNew(fresh));
        assertEquals("touchpoint-1", fresh.getId());
        assertEquals(services.newName(fresh), fresh.getName());
        assertFalse(fresh.getName().isBlank());
    }

    @Test
    void tableCellsShowValuesAsPeopleReadThem() {
        Touchpoint intake = touchpoint("brede-intake");
        assertEquals("Huisbezoek", JourneyLabels.value(intake, "channel", Locale.forLanguageTag("nl")));
        assertEquals("Home visit", JourneyLabels.value(intake, "channel", Locale.ENGLISH));
        assertEquals("ja", JourneyLabels.value(intake, "understandingChecked", Locale.forLanguageTag("nl")));
        assertEquals("90 min", JourneyLabels.value(intake, "duration", Locale.ENGLISH));
        assertEquals("+1", JourneyLabels.value(intake, "emotion", Locale.ENGLISH));
    }

    @Test
    void tableHeadersAndTooltipsAreLabels() {
        assertFalse(services.touchpointFeatureLabel(model, "channel").startsWith("_UI_"));
        assertTrue(services.ruleTitle(model, "KR-INTAKE-02").length() > 5);
    }
}
