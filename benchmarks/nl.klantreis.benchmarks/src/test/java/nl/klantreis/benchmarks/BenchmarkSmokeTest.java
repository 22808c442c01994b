/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import nl.klantreis.model.JourneyModel;
import nl.klantreis.model.synthetic.SyntheticMunicipality;
import nl.klantreis.rules.RuleCatalogue;
import nl.klantreis.rules.RuleDescriptor;
import nl.klantreis.rules.RuleDiagnostic;

/** One tiny run of each benchmark, and the generator's promises; no timing here. */
class BenchmarkSmokeTest {

    @Test
    void generatorMakesTheAskedSizeTheSameWayEachTime() {
        JourneyModel model = SyntheticMunicipality.generate(1000, 7);
        assertEquals(1000, model.getJourneys().stream()
                .mapToInt(j -> j.getPhases().stream().mapToInt(p -> p.getTouchpoints().size()).sum()).sum());
        assertTrue(EcoreUtil.equals(model, SyntheticMunicipality.generate(1000, 7)));
    }

    @Test
    void reportBenchmarkRunsOnOneLongJourney() {
        ReportBenchmark benchmark = new ReportBenchmark();
        benchmark.touchpoints = 40;
        benchmark.setUp();
        assertEquals(1, benchmark.model.getJourneys().size());
        assertTrue(benchmark.report().contains("class=\"journey-map\""));
        assertEquals(40, benchmark.map().split("class=\"touchpoint\"", -1).length - 1, "a box per step");
    }

    @Test
    void overviewBenchmarkReportsAndChecksAFolder() throws java.io.IOException {
        OverviewBenchmark benchmark = new OverviewBenchmark();
        benchmark.journeys = 3;
        benchmark.steps = 4;
        benchmark.setUp();
        try {
            assertEquals(0, benchmark.report());
            assertEquals(3, java.nio.file.Files.readString(benchmark.report).split("<section class=\"journey\"", -1).length - 1);
            assertTrue(benchmark.check() <= 1, "findings or none, never unreadable input");
        } finally {
            benchmark.tearDown();
        }
    }

    /** Through the launcher the build made and on a JVM with default options: report and check a small folder. */
    @Test
    void launcherBenchmarkRunsTheCommandsInNewJvms() throws Exception {
        for (String jvm : java.util.List.of("launcher", "defaults")) {
            LauncherBenchmark benchmark = new LauncherBenchmark();
            benchmark.journeys = 2;
            benchmark.steps = 3;
            benchmark.jvm = jvm;
            benchmark.setUp();
            try {
                assertEquals(0, benchmark.report(), jvm);
                assertEquals(2, java.nio.file.Files.readString(benchmark.report).split("<section class=\"journey\"", -1).length - 1);
                assertTrue(benchmark.check() <= 1, jvm + ": findings or none, never unreadable input");
            } finally {
                benchmark.tearDown();
            }
        }
    }

    @Test
    void aFormattedFileNeedsNoEditsAndValidates() throws java.io.IOException {
        FormatBenchmark benchmark = new FormatBenchmark();
        benchmark.touchpoints = 40;
        benchmark.setUp();
        assertTrue(benchmark.lines > 400, "a file of some size: " + benchmark.lines);
        assertEquals(java.util.List.of(), benchmark.format(), "formatting a formatted file changes nothing");
        assertTrue(benchmark.validate().stream().anyMatch(issue -> issue.getCode() != null && issue.getCode().startsWith("KR-")));
    }

    @Test
    void textAndXmiLoadToTheSameFindings() throws java.io.IOException {
        LoadBenchmark benchmark = new LoadBenchmark();
        benchmark.touchpoints = 200;
        benchmark.setUp();
        Diagnostic fromText = benchmark.fromText();
        Diagnostic fromXmi = benchmark.fromXmi();
        assertEquals(messages(fromXmi), messages(fromText));
        assertTrue(!fromText.getChildren().isEmpty());
    }

    private static java.util.List<String> messages(Diagnostic diagnostic) {
        return diagnostic.getChildren().stream().map(Diagnostic::getMessage).toList();
    }

    @Test
    void benchmarksRunAndTheCatalogueFindsEveryKindOfProblem() {
        ValidationBenchmark benchmark = new ValidationBenchmark();
        benchmark.touchpoints = 3000;
        benchmark.setUp();
        Diagnostic structural = benchmark.structural();
        assertTrue(structural.getChildren().stream().noneMatch(RuleDiagnostic.class::isInstance));

        Set<String> found = new HashSet<>();
        benchmark.catalogue().getChildren().stream().filter(RuleDiagnostic.class::isInstance)
                .map(d -> ((RuleDiagnostic) d).ruleId()).forEach(found::add);
        Set<String> all = new HashSet<>(RuleCatalogue.KLANTREIS.descriptors().stream().map(RuleDescriptor::id).toList());
        all.remove("KR-INTAKE-01"); // every synthetic journey starts with an intake
        all.remove("KR-INTAKE-03"); // every synthetic touchpoint has a duration
        all.removeAll(found);
        assertEquals(Set.of(), all, "rules the synthetic model never exercises");
    }
}
