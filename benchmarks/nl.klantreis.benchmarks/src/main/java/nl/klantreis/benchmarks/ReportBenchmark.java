/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import nl.klantreis.model.JourneyModel;
import nl.klantreis.model.KlantreisPackage;
import nl.klantreis.model.synthetic.SyntheticMunicipality;
import nl.klantreis.report.HtmlReport;
import nl.klantreis.report.SvgJourneyMap;
import nl.klantreis.rules.KlantreisRules;

/**
 * The report of one long journey, and the SVG of its map alone (grid, measured labels, routes),
 * side by side: the map's share of the report is their ratio.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class ReportBenchmark {

    @Param({ "300" })
    public int touchpoints;

    JourneyModel model;
    Diagnostician diagnostician;

    @Setup
    public void setUp() {
        model = SyntheticMunicipality.generateOneJourney(touchpoints, 42);
        EValidator.Registry registry = new EValidatorRegistryImpl();
        registry.put(KlantreisPackage.eINSTANCE, KlantreisRules.validator());
        diagnostician = new Diagnostician(registry);
    }

    /** Validation, layout, SVG and HTML: what `klantreis report` does after loading. */
    @Benchmark
    public String report() {
        List<Diagnostic> findings = diagnostician.validate(model).getChildren();
        return new HtmlReport(Locale.ENGLISH).render(model, findings);
    }

    /** The journey map alone. */
    @Benchmark
    public String map() {
        return SvgJourneyMap.render(model.getJourneys().get(0), Set.of(), Locale.ENGLISH);
    }
}
