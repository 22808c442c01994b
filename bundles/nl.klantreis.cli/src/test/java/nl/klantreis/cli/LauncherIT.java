package nl.klantreis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher the README runs (target/klantreis/bin/klantreis), as built by the package
 * phase: it starts with its lib/ and writes the report of an example. Runs after packaging
 * (execution "launcher"), since the launcher does not exist before.
 */
class LauncherIT {

    private static final Path LAUNCHER = Path.of("target/klantreis/bin/klantreis");
    private static final Path EXAMPLE = ModelOutsideOsgiTest.ROOT.resolve("examples/loon-op-zand/loon-op-zand.klantreis");

    @TempDir
    Path temp;

    @Test
    void readmeMainJobWritesTheReport() throws IOException, InterruptedException {
        assertTrue(Files.isExecutable(LAUNCHER), LAUNCHER + " is built and executable");
        Path report = temp.resolve("loon-op-zand.html");
        Process process = new ProcessBuilder(LAUNCHER.toString(), "report", EXAMPLE.toString(), "-o", report.toString(),
                "--force").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        assertTrue(Files.readString(report).contains("class=\"journey-map\""), "the report holds the journey map");
        assertFalse(output.contains("VM warning"), "the JVM takes the launcher's options without a warning: " + output);
        assertTrue(Files.isRegularFile(LAUNCHER.resolveSibling("../grammar/Klantreis.xtext").normalize()),
                "the grammar that messages and docs/notation.md refer to is shipped");
        assertTrue(Files.isRegularFile(LAUNCHER.resolveSibling("../docs/notation.md").normalize()), "the notation's guide is shipped");
    }

    /** Linked onto the PATH (a link in another folder, as `ln -s` makes it), the launcher still finds its jars. */
    @Test
    void runsThroughALinkInAnotherFolder() throws IOException, InterruptedException {
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Path link = Files.createSymbolicLink(bin.resolve("klantreis"), LAUNCHER.toAbsolutePath());
        Process process = new ProcessBuilder(link.toString(), "--version").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.startsWith("klantreis "), output);
    }
}
