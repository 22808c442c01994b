package nl.klantreis.benchmarks;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

/**
 * `klantreis report DIR` and `klantreis check DIR` as a user runs them: a new JVM for every run,
 * end to end. {@code jvm=launcher} runs the launcher the build makes
 * (bundles/nl.klantreis.cli/target/klantreis/bin/klantreis, with its options for short runs);
 * {@code jvm=defaults} runs the same main class on the same jars with the JVM's default options,
 * side by side. Run from the project's root (or set klantreis.root).
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

    private int run(String... arguments) throws IOException, InterruptedException {
        Path installation = Path.of(System.getProperty("klantreis.root", ".")).resolve("bundles/nl.klantreis.cli/target/klantreis");
        List<String> command = new ArrayList<>();
        if ("launcher".equals(jvm)) {
            command.add(installation.resolve("bin/klantreis").toString());
        } else {
            command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    installation.resolve("lib") + "/*", "nl.klantreis.cli.KlantreisCommand"));
        }
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectOutput(Redirect.DISCARD).redirectError(Redirect.DISCARD).start().waitFor();
    }
}
