/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.sirius.benchmarks;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Creating and refreshing the journey map of one synthetic journey in a Sirius 7.5 session, as
 * *New Representation > Journey map* does in Eclipse (goal: under a second for 300 touchpoints).
 * The workload is nl.klantreis.design.tests' JourneyMapWorkload, run inside its OSGi runtime.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class JourneyMapBenchmark {

    @Param({ "300" })
    public int touchpoints;

    private SiriusRuntime runtime;
    private AutoCloseable workload;
    private Method createAndRefresh;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Path work = Files.createTempDirectory("klantreis-sirius-benchmark");
        runtime = new SiriusRuntime(work);
        Class<?> type = runtime.load("nl.klantreis.design.tests", "nl.klantreis.design.tests.JourneyMapWorkload");
        workload = (AutoCloseable) type.getConstructor(int.class, Path.class).newInstance(touchpoints, work.resolve("session"));
        createAndRefresh = type.getMethod("createAndRefresh");
    }

    /** Returns the number of diagram elements, so the work cannot be optimised away. */
    @Benchmark
    public int createAndRefreshJourneyMap() throws Exception {
        return (Integer) createAndRefresh.invoke(workload);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        workload.close();
        runtime.close();
    }
}
