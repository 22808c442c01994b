/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.klantreis.model.Handover;
import nl.klantreis.model.Journey;
import nl.klantreis.model.JourneyModel;
import nl.klantreis.model.NamedElement;
import nl.klantreis.presentation.JourneyMapGeometry;
import nl.klantreis.presentation.JourneyMapGeometry.Box;
import nl.klantreis.presentation.JourneyMapGeometry.Placement;
import nl.klantreis.report.SvgJourneyMap;
import nl.klantreis.rules.RuleDiagnostic;

/**
 * Each example produces exactly the findings examples/README.md documents for it, and its report
 * draws each journey on the one journey-map geometry.
 */
class ExamplesTest {

    private static final Path EXAMPLES = ModelOutsideOsgiTest.ROOT.resolve("examples");
    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\|[^|]+\\|([^|]*)\\|$");
    private static final Pattern FINDING = Pattern.compile("(KR-[A-Z]+-\\d{2}) \\(([^)]+)\\)");

    static Stream<Arguments> documented() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        for (String line : Files.readAllLines(EXAMPLES.resolve("README.md"))) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                List<String> findings = new ArrayList<>();
                Matcher finding = FINDING.matcher(row.group(2));
                while (finding.find()) {
                    findings.add(finding.group(1) + " (" + finding.group(2) + ")");
                }
                rows.add(Arguments.of(row.group(1), findings));
            }
        }
        assertFalse(rows.isEmpty(), "examples/README.md has no table of examples");
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documented")
    void exampleHasExactlyItsDocumentedFindings(String file, List<String> expected) {
        Texts texts = new Texts(Locale.ENGLISH);
        ModelSet set = ModelSet.read(List.of(EXAMPLES.resolve(file)), texts);
        assertEquals(Map.of(), set.problems());
        JourneyModel model = set.requireModel();
        List<String> found = set.findings(model).stream()
                .map(diagnostic -> (diagnostic instanceof RuleDiagnostic rule ? rule.ruleId() : "EMF") + " ("
                        + key(diagnostic.getData().get(0)) + ")")
                .sorted().toList();
        assertEquals(expected.stream().sorted().toList(), found);
    }

    private static String key(Object element) {
        if (element instanceof Handover handover) {
            return handover.getSource().getId() + "->" + handover.getTarget().getId();
        }
        return element instanceof NamedElement named ? named.getId() : String.valueOf(element);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documented")
    void everyExampleIsDocumented(String file, List<String> expected) throws IOException {
        try (Stream<Path> files = Files.walk(EXAMPLES)) {
            List<String> models = files.filter(f -> f.toString().endsWith(".klantreis") || f.toString().endsWith(".xmi"))
                    .map(f -> EXAMPLES.relativize(f).toString()).toList();
            assertFalse(models.isEmpty());
            assertEquals(true, models.contains(file), file + " is documented but does not exist");
        }
    }

    /**
     * The report draws every example's journeys as the Sirius map does: each touchpoint of the
     * SVG, read back from where it is drawn, stands in the lane and column the one journey-map
     * geometry gives it (JourneyMapOnScreenTest reads the Sirius editor's figures back the same way).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("documented")
    void reportMapPlacesEveryTouchpointAsTheGeometryDoes(String file, List<String> expected) {
        Texts texts = new Texts(Locale.ENGLISH);
        JourneyModel model = ModelSet.read(List.of(EXAMPLES.resolve(file)), texts).requireModel();
        for (Journey journey : model.getJourneys()) {
            String svg = SvgJourneyMap.render(journey, Set.of(), Locale.ENGLISH);
            Map<String, Box> drawn = new LinkedHashMap<>();
            Matcher touchpoint = TOUCHPOINT.matcher(svg);
            while (touchpoint.find()) {
                drawn.put(touchpoint.group(1).substring(model.getId().length() + 1), new Box((int) Double.parseDouble(touchpoint.group(2)),
                        (int) Double.parseDouble(touchpoint.group(3)), 1, 1));
            }
            Map<String, Placement> geometry = new LinkedHashMap<>();
            JourneyMapGeometry.of(journey, List.of(), JourneyMapGeometry.Measure.UNMEASURED).placements()
                    .forEach((step, placement) -> geometry.put(step.getId(), placement));
            assertEquals(geometry, JourneyMapGeometry.placements(drawn), file + " " + journey.getId());
        }
    }

    private static final Pattern TOUCHPOINT = Pattern
            .compile("<g class=\"touchpoint\" id=\"map-([^\"]+)\"[^>]*><rect x=\"([-0-9.]+)\" y=\"([-0-9.]+)\"");
}
