package nl.klantreis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import org.eclipse.elk.core.util.ElkUtil;
import org.eclipse.elk.graph.ElkNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.klantreis.model.Journey;
import nl.klantreis.model.JourneyModel;
import nl.klantreis.model.io.KlantreisResources;
import nl.klantreis.presentation.EmotionColours;

/** The journey map of the Loon op Zand example: ELK's layout, and how the SVG draws it. */
class JourneyMapTest {

    private static final Path EXAMPLE = Path.of(System.getProperty("klantreis.root", "../.."))
            .resolve("examples/loon-op-zand/loon-op-zand.xmi");

    private Journey journey;

    @BeforeEach
    void load() throws IOException {
        JourneyModel model = KlantreisResources.root(KlantreisResources.load(KlantreisResources.newResourceSet(), EXAMPLE));
        journey = model.getJourneys().get(0);
    }

    @Test
    void phasesRunLeftToRightAndHoldTheirTouchpoints() {
        JourneyMapLayout.Layout layout = JourneyMapLayout.layOut(journey);
        ElkNode first = layout.nodes().get(journey.getPhases().get(0));
        ElkNode second = layout.nodes().get(journey.getPhases().get(1));
        assertTrue(first.getX() + first.getWidth() <= second.getX(), "phase 2 starts right of phase 1");
        journey.getPhases().get(1).getTouchpoints().forEach(touchpoint -> {
            ElkNode node = layout.nodes().get(touchpoint);
            assertEquals(second, node.getParent());
            double x = ElkUtil.absolutePosition(node).x;
            assertTrue(x >= second.getX() && x + node.getWidth() <= second.getX() + second.getWidth());
        });
        assertEquals(3 + 1 + 1, layout.links().size(), "three handovers, one pain point link, one improvement link");
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
        String svg = EmotionCurve.render(journey, "emotie", dutch);
        assertEquals(5, svg.split("<circle cx=\"[0-9]+\" cy=\"[0-9]+\" r=\"7\"").length - 1, "a point per touchpoint");
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
        assertEquals(150, figures.intakeMinutes().getAsInt());
    }
}
