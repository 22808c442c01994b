/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.benchmarks;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

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

/**
 * `klantreis report DIR` and `klantreis check DIR` as a user runs them: a new JVM for every run,
 * end to end. {@code jvm=launcher} runs the launcher the build makes
 * (bundles/nl.klantreis.cli/target/klantreis/bin/klantreis, with its options for short runs and
 * its class-data-sharing archive, which the set-up has it write first, in a cache folder of its
 * own); {@code jvm=defaults} runs the same main class on the same jars with the JVM's default
 * options, side by side. {@code checkOneFile} is `klantreis check FILE` of one small journey (one
 * journey of {@code steps} steps); beside it, {@code bareJvm} starts the same JVM, with the same
 * options, for `java -version` only: what a command cannot go below. Run from the project's root
 * (or set klantreis.root).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
@Fork(1)
public class LauncherBenchmark {

    @Param({ "200" })
    public int journeys;

    @Param({ "12" })
    public int steps;

    @Param({ "launcher", "defaults" })
    public String jvm;

    Path folder;
    Path report;
    Path oneFile;
    Path cache;

    @Setup
    public void setUp() throws IOException, InterruptedException {
        folder = JourneyFolder.write(journeys, steps);
        report = folder.resolveSibling(folder.getFileName() + ".html");
        oneFile = JourneyFolder.write(1, steps);
        cache = Files.createTempDirectory("klantreis-cache");
        if ("launcher".equals(jvm)) {
            // the first command writes the archive in the background; measure with it, as a user's second command runs
            run("--version");
            awaitArchive();
        }
    }

    @TearDown
    public void tearDown() throws IOException {
        JourneyFolder.delete(folder);
        JourneyFolder.delete(oneFile);
        JourneyFolder.delete(cache);
        Files.deleteIfExists(report);
    }

    /** `klantreis report DIR -o REPORT.html --force`; its exit code. */
    @Benchmark
    public int report() throws IOException, InterruptedException {
        return run("report", folder.toString(), "-o", report.toString(), "--force");
    }

    /** `klantreis check DIR`, the same files. */
    @Benchmark
    public int check() throws IOException, InterruptedException {
        return run("check", folder.toString());
    }

    /** `klantreis check FILE`, one journey of {@code steps} steps. */
    @Benchmark
    public int checkOneFile() throws IOException, InterruptedException {
        return run("check", oneFile.resolve(JourneyFolder.FIRST).toString());
    }

    /** `java -version` with the options the command runs with: the JVM's start alone. */
    @Benchmark
    public int bareJvm() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(java());
        if ("launcher".equals(jvm)) {
            command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData")); // as bin/klantreis
        }
        command.add("-version");
        return new ProcessBuilder(command).redirectOutput(Redirect.DISCARD).redirectError(Redirect.DISCARD).start().waitFor();
    }

    private int run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if ("launcher".equals(jvm)) {
            command.add(installation().resolve("bin/klantreis").toString());
        } else {
            command.addAll(List.of(java(), "-cp", installation().resolve("lib") + "/*", "nl.klantreis.cli.KlantreisCommand"));
        }
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(Redirect.DISCARD).redirectError(Redirect.DISCARD);
        builder.environment().put("XDG_CACHE_HOME", cache.toString());
        return builder.start().waitFor();
    }

    private static Path installation() {
        return Path.of(System.getProperty("klantreis.root", ".")).resolve("bundles/nl.klantreis.cli/target/klantreis");
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Waits until the launcher's archive is written: a .jsa in the cache and no writer's lock. */
    private void awaitArchive() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            try (Stream<Path> files = Files.walk(cache)) {
                List<String> names = files.map(file -> file.getFileName().toString()).toList();
                if (names.stream().anyMatch(name -> name.endsWith(".jsa")) && names.stream().noneMatch(name -> name.endsWith(".lock"))) {
                    return;
                }
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the launcher wrote no class-data-sharing archive in " + cache);
    }
}
