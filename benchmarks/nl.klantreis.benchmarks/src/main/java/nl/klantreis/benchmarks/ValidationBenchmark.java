/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.benchmarks;

import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
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
import nl.klantreis.model.synthetic.SyntheticMunicipality;
import nl.klantreis.model.KlantreisPackage;
import nl.klantreis.rules.KlantreisRules;

/**
 * The rule catalogue against EMF's structural checks alone, on the same synthetic model, side
 * by side in one run. Divide a score by the touchpoint count for the cost per touchpoint.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class ValidationBenchmark {

    @Param({ "1000", "10000", "100000" })
    public int touchpoints;

    JourneyModel model;
    Diagnostician catalogue;
    Diagnostician structural;

    @Setup
    public void setUp() {
        model = SyntheticMunicipality.generate(touchpoints, 42);
        catalogue = diagnostician(KlantreisRules.validator());
        structural = diagnostician(EObjectValidator.INSTANCE);
    }

    /** EMF's Diagnostician with the whole rule catalogue (which includes the structural checks). */
    @Benchmark
    public Diagnostic catalogue() {
        return catalogue.validate(model);
    }

    /** EMF's Diagnostician with only the structural EObjectValidator checks. */
    @Benchmark
    public Diagnostic structural() {
        return structural.validate(model);
    }

    private static Diagnostician diagnostician(EValidator validator) {
        EValidator.Registry registry = new EValidatorRegistryImpl();
        registry.put(KlantreisPackage.eINSTANCE, validator);
        return new Diagnostician(registry);
    }
}
