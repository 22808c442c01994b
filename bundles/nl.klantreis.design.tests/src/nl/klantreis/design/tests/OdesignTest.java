/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Besides running it (the other tests of this bundle), the viewpoint specification is checked hard: it
 * loads strictly against Sirius's own metamodels, everything resolves, EMF's Diagnostician
 * finds no error, and its expressions fit the metamodel and the services. A broken copy
 * shows that each check can fail.
 */
class OdesignTest {

    @Test
    void loadsStrictlyWithoutAnyError() throws IOException {
        Resource odesign = Odesign.load();
        assertEquals(List.of(), odesign.getErrors());
        assertEquals(List.of(), odesign.getWarnings());
    }

    @Test
    void everyReferenceResolves() throws IOException {
        Resource odesign = Odesign.load();
        EcoreUtil.resolveAll(odesign.getResourceSet());
        assertEquals(0, EcoreUtil.UnresolvedProxyCrossReferencer.find(odesign.getResourceSet()).size());
    }

    @Test
    void diagnosticianFindsNoError() throws IOException {
        Diagnostic diagnostic = Odesign.validate(Odesign.load());
        assertTrue(diagnostic.getSeverity() < Diagnostic.ERROR, diagnostic.getChildren().toString());
    }

    @Test
    void expressionsFitTheMetamodelAndTheServices() throws IOException {
        assertEquals(List.of(), OdesignChecker.check(Odesign.load()));
    }

    @Test
    void everyOdesignElementDeclaresTheVersionSiriusExpects() throws IOException {
        assertTrue(Files.readString(Odesign.ODESIGN).contains("version=\"12.0.0.2017041100\""));
    }

    /**
     * The viewpoint, each representation, each layer and each palette section says in its
     * documentation what it shows and for whom, as the Specification Editor and Sirius's
     * documentation views show it to a modeler who extends the viewpoint.
     */
    @Test
    void viewpointRepresentationsLayersAndSectionsAreDocumented() throws IOException {
        List<String> undocumented = new ArrayList<>();
        Set<String> documented = Set.of("Viewpoint", "RepresentationDescription", "Layer", "ToolSection");
        Odesign.load().getAllContents().forEachRemaining(element -> {
            EClass eClass = element.eClass();
            boolean mustBeDocumented = documented.contains(eClass.getName())
                    || eClass.getEAllSuperTypes().stream().anyMatch(type -> documented.contains(type.getName()));
            if (mustBeDocumented) {
                Object text = element.eGet(eClass.getEStructuralFeature("documentation"));
                if (!(text instanceof String documentation) || documentation.length() < 20) {
                    undocumented.add(eClass.getName() + " " + element.eGet(eClass.getEStructuralFeature("name")));
                }
            }
        });
        assertEquals(List.of(), undocumented);
    }

    /** Every %key label of the odesign has a text in English and in Dutch. */
    @ParameterizedTest
    @ValueSource(strings = { "plugin.properties", "plugin_nl.properties" })
    void everyLabelIsTranslated(String file) throws IOException {
        Properties labels = new Properties();
        try (InputStream in = Files.newInputStream(Odesign.ROOT.resolve("bundles/nl.klantreis.design").resolve(file))) {
            labels.load(in);
        }
        List<String> missing = new ArrayList<>();
        Matcher key = Pattern.compile("label=\"%([\\w.]+)\"").matcher(Files.readString(Odesign.ODESIGN));
        while (key.find()) {
            if (labels.getProperty(key.group(1)) == null) {
                missing.add(key.group(1));
            }
        }
        assertEquals(List.of(), missing);
    }

    /** Each kind of mistake, made in a copy of the odesign, is reported. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "domainClass=\"model::Touchpoint\"|domainClass=\"model::Touchpiont\"|model::Touchpiont is not a class",
            "semanticCandidatesExpression=\"feature:phases\"|semanticCandidatesExpression=\"feature:fases\"|Journey has no feature fases",
            "labelExpression=\"service:touchpointLabel\"|labelExpression=\"service:touchpointLabl\"|no public service touchpointLabl",
            "preconditionExpression=\"service:missingIntake\" imageExpression|preconditionExpression=\"service:missingInterpreter\" imageExpression|taking a Journey",
            "aql:self.phases.touchpoints|ocl:self.phases.touchpoints|only aql:, feature:, var: and service:",
            "ruleTitle('KR-INTAKE-01')|ruleTitle('KR-INTAKE-01', 2)|no public service ruleTitle with 3 parameter",
            "featureName=\"source\" valueExpression=\"var:source\"|featureName=\"sorce\" valueExpression=\"var:source\"|Handover has no feature sorce",
            "semanticCandidatesExpression=\"feature:painPoints\"|semanticCandidateExpression=\"feature:painPoints\"|semanticCandidateExpression",
            "@subContainerMappings[name='Touchpoint']\" targetFinderExpression|@subContainerMappings[name='Touchpunt']\" targetFinderExpression|Touchpunt",
            "nodeMappings name=\"Improvement\"|nodeMappings name=\"PainPoint\"|the name 'PainPoint' is used twice" })
    void brokenCopyIsReported(String original, String broken, String expected) throws IOException {
        String text = Files.readString(Odesign.ODESIGN);
        assertTrue(text.contains(original), "the odesign no longer contains " + original);
        Resource odesign = Odesign.load(text.replace(original, broken));
        List<String> problems = new ArrayList<>();
        odesign.getErrors().forEach(error -> problems.add(error.getMessage()));
        if (!odesign.getContents().isEmpty()) {
            EcoreUtil.resolveAll(odesign.getResourceSet());
            EcoreUtil.UnresolvedProxyCrossReferencer.find(odesign.getResourceSet()).keySet()
                    .forEach(proxy -> problems.add(EcoreUtil.getURI(proxy).toString()));
            problems.addAll(OdesignChecker.check(odesign));
        }
        assertTrue(problems.stream().anyMatch(problem -> problem.contains(expected)), problems.toString());
    }
}
