package nl.klantreis.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.sirius.diagram.DDiagram;
import org.eclipse.sirius.viewpoint.DSemanticDecorator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.klantreis.model.Journey;

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
                DDiagram map = sirius.create("JourneyMap", journey);
                Set<String> validate = pairs(CatalogueFindings.collect(new Diagnostician().validate(((DSemanticDecorator) map).getTarget()),
                        new java.util.HashMap<>()));
                Set<String> checkForJourney = pairs(check).stream()
                        .filter(pair -> pair.startsWith(journey.getId() + "/") || pair.startsWith(journey.getId() + " "))
                        .collect(Collectors.toSet());
                assertEquals(checkForJourney, validate, example.getFileName() + " " + journey.getId());
            }
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
