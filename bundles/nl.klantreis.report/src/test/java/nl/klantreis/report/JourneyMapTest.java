/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.text.MessageFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.klantreis.model.Journey;
import nl.klantreis.model.Improvement;
import nl.klantreis.model.JourneyModel;
import nl.klantreis.model.Organisation;
import nl.klantreis.model.PainPoint;
import nl.klantreis.model.Phase;
import nl.klantreis.model.Touchpoint;
import nl.klantreis.model.io.KlantreisResources;
import nl.klantreis.presentation.EmotionColours;
import nl.klantreis.presentation.JourneyLanes;
import nl.klantreis.presentation.JourneyMapGeometry;
import nl.klantreis.presentation.JourneyMapGeometry.Placement;
import nl.klantreis.presentation.Rgb;
import nl.klantreis.report.JourneyGrid.Box;
import nl.klantreis.report.JourneyGrid.Cell;
import nl.klantreis.rules.catalogue.JourneyFacts;

/** The journey map of the Loon op Zand example: the shared geometry as the report draws it, and its SVG. */
class JourneyMapTest {

    private static final Path EXAMPLE = Path.of(System.getProperty("klantreis.root", "../.."))
            .resolve("bundles/nl.klantreis.model.tests/resources/loon-op-zand.xmi");

    private Journey journey;

    @BeforeEach
    void load() throws IOException {
        JourneyModel model = KlantreisResources.root(KlantreisResources.load(KlantreisResources.newResourceSet(), EXAMPLE));
        journey = model.getJourneys().get(0);
    }

    /** Steps left to right in written order, within their phase's columns, phases in written order. */
    @Test
    void stepsRunLeftToRightInWrittenOrder() {
        JourneyGrid grid = JourneyGrid.of(journey, Locale.ENGLISH);
        double previous = -1;
        for (Phase phase : journey.getPhases()) {
            Box columns = grid.cells.get(phase).box();
            for (Touchpoint step : phase.getTouchpoints()) {
                Box box = grid.cells.get(step).box();
                assertTrue(box.x() > previous, step.getId() + " is right of the step before it");
                assertTrue(box.x() >= columns.x() && box.right() <= columns.right(), step.getId() + " within its phase");
                previous = box.x();
            }
        }
        assertEquals(JourneyFacts.touchpoints(journey).toList(), grid.steps);
    }

    /**
     * The one geometry (the Sirius map's too) puts each step in its organisation's lane, the lanes
     * in the order the journey meets them, and in its column in written order.
     */
    @Test
    void theGeometryPlacesEachStepInItsLaneAndItsWrittenColumn() {
        journey.getPhases().get(0).getTouchpoints().get(1).setOrganisation(null);
        List<Organisation> lanes = JourneyLanes.of(journey);
        List<Touchpoint> written = JourneyFacts.touchpoints(journey).toList();
        Map<Touchpoint, Placement> placements = JourneyMapGeometry.of(journey, List.of(), JourneyMapGeometry.Measure.UNMEASURED)
                .placements();
        assertEquals(written, List.copyOf(placements.keySet()));
        for (Touchpoint step : written) {
            assertEquals(new Placement(lanes.indexOf(JourneyLanes.laneOf(step)), written.indexOf(step)), placements.get(step),
                    step.getId());
        }
    }

    /** One lane per organisation, in the order the journey meets them; a step sits in its organisation's lane. */
    @Test
    void aLanePerOrganisation() {
        JourneyGrid grid = JourneyGrid.of(journey, Locale.ENGLISH);
        List<Organisation> met = JourneyFacts.touchpoints(journey).map(Touchpoint::getOrganisation).distinct().toList();
        assertEquals(met, List.copyOf(grid.lanes.keySet()));
        for (Touchpoint step : grid.steps) {
            Box lane = grid.lanes.get(step.getOrganisation()).band();
            Box box = grid.cells.get(step).box();
            assertTrue(box.y() >= lane.y() && box.bottom() <= lane.bottom(), step.getId() + " in its organisation's lane");
        }
    }

    /**
     * Steps whose organisation nobody recorded share a lane that says so (as the Sirius map's);
     * they are not counted as an organisation of their own.
     */
    @Test
    void stepsWithoutOrganisationShareALaneThatSaysSo() {
        Touchpoint first = JourneyFacts.touchpoints(journey).findFirst().orElseThrow();
        first.setOrganisation(null);
        JourneyGrid grid = JourneyGrid.of(journey, Locale.forLanguageTag("nl"));
        assertNull(grid.lanes.keySet().iterator().next(), "met first");
        assertEquals(List.of("Organisatie niet", "vastgelegd"), grid.lanes.get(null).lines());
        Box lane = grid.lanes.get(null).band();
        Box box = grid.cells.get(first).box();
        assertTrue(box.y() >= lane.y() && box.bottom() <= lane.bottom(), "in that lane");
        assertEquals(4, JourneyFigures.of(journey).organisations(), "the four organisations still recorded");
        assertTrue(SvgJourneyMap.render(journey, Set.of(), Locale.ENGLISH).contains(">Organisation not</tspan>"), "in English");
    }

    /** Labels wrap to lines that fit their box, measured with the font's metrics; nothing is cut off. */
    @Test
    void labelsWrapInsideTheirBoxesAndAreNeverCut() {
        Touchpoint intake = journey.getPhases().get(0).getTouchpoints().get(0);
        intake.setName("Welkomstgesprek VluchtelingenWerk Nederland, afdeling Loon op Zand en Kaatsheuvel");
        JourneyGrid grid = JourneyGrid.of(journey, Locale.ENGLISH);
        Cell cell = grid.cells.get(intake);
        assertTrue(cell.lines().size() > 1, cell.lines().toString());
        assertEquals(intake.getName(), String.join(" ", cell.lines()), "every word is drawn, whole");
        intake.setName("Rijbewijsomwisselingsaanvraagformulierbespreking");
        List<String> broken = JourneyGrid.of(journey, Locale.ENGLISH).cells.get(intake).lines();
        assertTrue(broken.size() > 1, "a word wider than its box is broken, not cut: " + broken);
        for (String line : broken.subList(0, broken.size() - 1)) {
            assertTrue(line.endsWith("-"), "a hyphen where the word breaks: " + broken);
        }
        assertEquals(intake.getName(), String.join("", broken).replace("-", ""));
        intake.setName("Welkomstgesprek VluchtelingenWerk Nederland, afdeling Loon op Zand en Kaatsheuvel");
        for (Map.Entry<EObject, Cell> entry : grid.cells.entrySet()) {
            Cell each = entry.getValue();
            double size = entry.getKey() instanceof Touchpoint ? JourneyGrid.NAME_SIZE : entry.getKey() instanceof Phase ? JourneyGrid.PHASE_SIZE
                    : JourneyGrid.NOTE_SIZE;
            for (String line : each.lines()) {
                assertTrue(TextMeasure.width(line, size, !(entry.getKey() instanceof PainPoint || entry.getKey() instanceof Improvement))
                        <= each.box().width() - 2 * JourneyGrid.PADDING, line);
            }
        }
        Box box = cell.box();
        assertTrue(box.height() >= 2 * JourneyGrid.PADDING + cell.lines().size() * JourneyGrid.lineHeight(JourneyGrid.NAME_SIZE),
                "the box grows with its lines");
    }

    /** No box over another, and no line through a box it does not start or end at. */
    @Test
    void boxesAndLinesKeepApart() {
        JourneyGrid grid = JourneyGrid.of(journey, Locale.ENGLISH);
        List<Map.Entry<EObject, Cell>> boxes = grid.cells.entrySet().stream().filter(e -> !(e.getKey() instanceof Phase)).toList();
        for (Map.Entry<EObject, Cell> one : boxes) {
            for (Map.Entry<EObject, Cell> other : boxes) {
                if (one != other) {
                    assertTrue(!overlap(one.getValue().box(), other.getValue().box()), one.getKey() + " over " + other.getKey());
                }
            }
        }
        assertEquals(3 + 1 + 1, grid.routes.size(), "three handovers, one pain point link, one improvement link");
        for (JourneyGrid.Route route : grid.routes) {
            for (Map.Entry<EObject, Cell> box : boxes) {
                for (int i = 1; i < route.points().size(); i++) {
                    double[] a = route.points().get(i - 1);
                    double[] b = route.points().get(i);
                    assertTrue(!crosses(a, b, box.getValue().box()), route.element() + " runs through " + box.getKey());
                }
            }
        }
    }

    /** A pain point under the first step it concerns, an improvement under its pain point. */
    @Test
    void notesStandUnderWhatTheyConcern() {
        JourneyGrid grid = JourneyGrid.of(journey, Locale.ENGLISH);
        PainPoint pain = journey.getPainPoints().get(0);
        Box painBox = grid.cells.get(pain).box();
        assertEquals(grid.cells.get(pain.getTouchpoints().get(0)).box().x(), painBox.x(), "under its step");
        assertTrue(painBox.y() > grid.lanesBottom);
        Box improvement = grid.cells.get(journey.getImprovements().get(0)).box();
        assertEquals(painBox.x(), improvement.x(), "under its pain point");
        assertTrue(improvement.y() > painBox.bottom());
    }

    private static boolean overlap(Box a, Box b) {
        return a.x() < b.right() && b.x() < a.right() && a.y() < b.bottom() && b.y() < a.bottom();
    }

    /** Whether an axis-parallel segment passes through the inside of a box (touching its edge is not crossing). */
    private static boolean crosses(double[] a, double[] b, Box box) {
        double left = Math.min(a[0], b[0]);
        double right = Math.max(a[0], b[0]);
        double top = Math.min(a[1], b[1]);
        double bottom = Math.max(a[1], b[1]);
        return left < box.right() - 1 && right > box.x() + 1 && top < box.bottom() - 1 && bottom > box.y() + 1;
    }

    /** A box's text reads on its emotion's colour (WCAG AA, 4.5:1): white on the dark red of -2, black elsewhere. */
    @Test
    void textReadsOnEveryEmotionColour() {
        for (int emotion = -2; emotion <= 2; emotion++) {
            Rgb fill = EmotionColours.of(emotion);
            assertTrue(fill.contrast(fill.text()) >= 4.5, emotion + ": " + fill.contrast(fill.text()));
        }
        assertEquals(Rgb.WHITE, EmotionColours.of(-2).text());
        Touchpoint consult = JourneyFacts.touchpoints(journey).filter(step -> step.isSetEmotion() && step.getEmotion() == -1)
                .findFirst().orElseThrow();
        consult.setEmotion(-2);
        String svg = SvgJourneyMap.render(journey, Set.of(), Locale.ENGLISH);
        int box = svg.indexOf("fill=\"" + EmotionColours.of(-2).hex() + "\"");
        assertTrue(box > 0 && svg.indexOf("<g fill=\"#ffffff\">", box) > box, "white text on the -2 box");
    }

    @Test
    void svgDrawsEmotionsHandoversAndFindingMarks() {
        String svg = SvgJourneyMap.render(journey, Set.of(), Locale.ENGLISH);
        assertTrue(svg.contains("fill=\"" + EmotionColours.of(-1).hex() + "\""), "the consult felt -1");
        assertTrue(svg.contains("class=\"handover cold\""));
        assertTrue(svg.contains("class=\"handover warm\""));
        assertTrue(svg.contains(">T</text>"), "missing interpreter mark");
        assertTrue(svg.contains(">I</text>"), "short intake mark");
    }

    /** The broad intake is a home visit: the map says so in the language asked for, not the JVM's. */
    @Test
    void svgNamesTheChannelInTheLanguageAskedFor() {
        assertTrue(SvgJourneyMap.render(journey, Set.of(), Locale.forLanguageTag("nl")).contains("\u00b7 Huisbezoek</title>"));
        assertTrue(SvgJourneyMap.render(journey, Set.of(), Locale.ENGLISH).contains("\u00b7 Home visit</title>"));
    }

    /** The curve reads on paper: a point and a name per step, a scale in words and faces, the phases marked. */
    @Test
    void curveHasAPointPerTouchpointOnANamedScale() {
        ResourceBundle dutch = ResourceBundle.getBundle("nl.klantreis.report.report", Locale.forLanguageTag("nl"),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String svg = EmotionCurve.render(journey, JourneyGrid.of(journey, Locale.forLanguageTag("nl")), "emotie", dutch);
        assertEquals(5, svg.split("<circle cx=\"[0-9]+\" cy=\"[0-9]+\" r=\"7\"").length - 1, "a point per touchpoint");
        JourneyGrid grid = JourneyGrid.of(journey, Locale.forLanguageTag("nl"));
        for (Touchpoint step : grid.steps) {
            assertTrue(svg.contains(String.format(Locale.ROOT, "<circle cx=\"%.0f\"", grid.columnCenter(step))),
                    step.getId() + "'s point is under its box on the map");
        }
        assertEquals(5, svg.split("class=\"step-name\"").length - 1, "a name per step");
        assertEquals(5, svg.split("class=\"face\"").length - 1, "a face per level");
        for (String level : List.of("+2 heel positief", "+1 positief", "0 neutraal", "-1 negatief", "-2 heel negatief")) {
            assertTrue(svg.contains(">" + level + "</text>"), level);
        }
        assertEquals(journey.getPhases().size(), svg.split("class=\"phase-boundary\"").length - 1, "where each phase begins");
        assertTrue(svg.contains(">Brede intake op alle levensgebieden</title>"), "the whole name in the tooltip");
    }

    @Test
    void figuresCountWhatPolicyOfficersAsk() {
        JourneyFigures figures = JourneyFigures.of(journey);
        assertEquals(5, figures.touchpoints());
        assertEquals(4, figures.organisations());
        assertEquals(3, figures.handovers());
        assertEquals(5, figures.needingInterpreter());
        assertEquals(3, figures.withProfessionalInterpreter());
        assertEquals(60, figures.interpreterPercentage());
        // two intakes, each with its own length: not one intake of 150 minutes (the broad intake and the work intake)
        assertEquals(List.of(90, 60), figures.intakeMinutes());
        ResourceBundle dutch = HtmlReport.texts(Locale.forLanguageTag("nl"));
        Overview.Words words = (key, arguments) -> new MessageFormat(dutch.getString(key), Locale.forLanguageTag("nl")).format(arguments);
        assertEquals("2 intakes: 90 en 60 minuten", figures.intakeText(words));
    }
}
