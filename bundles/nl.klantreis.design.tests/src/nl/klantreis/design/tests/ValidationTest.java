/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.sirius.diagram.DDiagram;
import org.eclipse.sirius.viewpoint.DSemanticDecorator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.klantreis.design.MappingNames;
import nl.klantreis.model.Journey;
import nl.klantreis.model.JourneyModel;
import nl.klantreis.model.Touchpoint;
import nl.klantreis.rules.KlantreisRuleValidator;

/**
 * *Validate* on a journey map reports what `klantreis check` reports for that journey. Sirius's
 * Validate action (ValidateAction in its UI bundle) runs an EMF Diagnostician on the diagram's
 * semantic element; `check` runs the Diagnostician on the whole model. Both reach the rule
 * catalogue through EMF's validator registry.
 */
class ValidationTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @MethodSource("nl.klantreis.design.tests.ExampleModels#all")
    void validateOnTheMapReportsWhatCheckReports(Path example) throws Exception {
        try (SiriusSession sirius = SiriusSession.openExample(example, folder)) {
            Map<String, Set<EObject>> check = CatalogueFindings.of(sirius.model);
            assertFalse(check.isEmpty(), example + " has findings to compare");
            for (Journey journey : sirius.model.getJourneys()) {
                DDiagram map = sirius.create(MappingNames.JOURNEY_MAP, journey);
                Set<String> validate = pairs(CatalogueFindings.collect(new Diagnostician().validate(((DSemanticDecorator) map).getTarget()),
                        new java.util.HashMap<>()));
                Set<String> checkForJourney = pairs(check).stream()
                        .filter(pair -> pair.startsWith(journey.getId() + "/") || pair.startsWith(journey.getId() + " "))
                        .collect(Collectors.toSet());
                assertEquals(checkForJourney, validate, example.getFileName() + " " + journey.getId());
            }
        }
    }

    /**
     * The metamodel's ranges are checked where the map is validated, in the reader's words and
     * with the range: an emotion of +7 and a duration of -5 minutes saved in an XMI file.
     */
    @Test
    void valuesOutsideTheirRangesAreErrorsThatNameTheRange() throws Exception {
        JourneyModel model = ExampleModels.load(SiriusSession.example("loon-op-zand"));
        Touchpoint intake = model.getJourneys().get(0).getPhases().get(0).getTouchpoints().get(0);
        intake.setEmotion(7);
        intake.setDuration(-5);
        try (SiriusSession sirius = SiriusSession.open(model, folder)) {
            DDiagram map = sirius.create(MappingNames.JOURNEY_MAP, sirius.model.getJourneys().get(0));
            Map<Object, Object> context = new HashMap<>();
            context.put(KlantreisRuleValidator.LOCALE, Locale.forLanguageTag("nl"));
            List<String> errors = new Diagnostician().validate(((DSemanticDecorator) map).getTarget(), context).getChildren()
                    .stream().filter(d -> d.getSeverity() == Diagnostic.ERROR).map(Diagnostic::getMessage).toList();
            assertTrue(errors.contains("Contactmoment \u2018" + intake.getName() + "\u2019: emotie 7 ligt buiten het toegestane bereik -2 .. 2."),
                    errors.toString());
            assertTrue(errors.contains("Contactmoment \u2018" + intake.getName() + "\u2019: duur (minuten) -5 is kleiner dan toegestaan; het kleinste is 0."),
                    errors.toString());
        }
    }

    /** "journey/element rule": the journey an element belongs to, the element and the rule. */
    private static Set<String> pairs(Map<String, Set<EObject>> byRule) {
        Set<String> pairs = new HashSet<>();
        byRule.forEach((rule, elements) -> elements.forEach(element -> pairs.add(where(element) + " " + rule)));
        return pairs;
    }

    private static String where(EObject element) {
        EObject journey = element;
        while (journey != null && !(journey instanceof Journey)) {
            journey = journey.eContainer();
        }
        return journey == null ? "model/" + EcoreUtil.getURI(element).fragment()
                : ((Journey) journey).getId() + (journey == element ? "" : "/" + EcoreUtil.getURI(element).fragment());
    }
}
