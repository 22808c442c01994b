/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.benchmarks;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import nl.klantreis.cli.KlantreisCommand;

/**
 * The report over a folder of many journeys, end to end as `klantreis report DIR` runs it (read
 * every file, check, overview, maps, curves, write), side by side with `klantreis check DIR` of
 * the same files: their ratio is what the report adds to reading and checking.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class OverviewBenchmark {

    @Param({ "200" })
    public int journeys;

    @Param({ "12" })
    public int steps;

    Path folder;
    Path report;

    @Setup
    public void setUp() throws IOException {
        folder = JourneyFolder.write(journeys, steps);
        report = folder.resolveSibling(folder.getFileName() + ".html");
    }

    @TearDown
    public void tearDown() throws IOException {
        JourneyFolder.delete(folder);
        Files.deleteIfExists(report);
    }

    /** `klantreis report DIR -o REPORT.html`. */
    @Benchmark
    public int report() {
        return quiet("report", folder.toString(), "-o", report.toString(), "--force");
    }

    /** `klantreis check DIR`, the same files. */
    @Benchmark
    public int check() {
        return quiet("check", folder.toString());
    }

    /** Runs {@code args} as klantreis does, its output dropped. */
    private static int quiet(String... args) {
        picocli.CommandLine commandLine = KlantreisCommand.forArguments(args);
        commandLine.setOut(new PrintWriter(Writer.nullWriter()));
        return commandLine.execute(args);
    }
}
