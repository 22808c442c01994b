/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

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
        Process process = launcher(LAUNCHER.toString(), "report", EXAMPLE.toString(), "-o", report.toString(), "--force").start();
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
        Process process = launcher(link.toString(), "--version").start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.startsWith("klantreis "), output);
    }

    /**
     * The first command writes a class-data-sharing archive in the user's cache, in the background
     * and atomically; the next ones start with it, and print and exit exactly as without it.
     */
    @Test
    void writesAClassDataSharingArchiveAndStartsWithIt() throws IOException, InterruptedException {
        Run without = run(List.of("KLANTREIS_CDS", "off"), "check", EXAMPLE.toString());
        Run first = run(List.of(), "check", EXAMPLE.toString());
        assertEquals(without, first, "the command that starts the archive runs as without it");
        Path archive = awaitArchive();
        Path classes = temp.resolve("classes.log");
        Run withArchive = run(List.of("KLANTREIS_JAVA_OPTS", "-Xlog:class+load=info:file=" + classes), "check", EXAMPLE.toString());
        assertEquals(without, withArchive, "a command started with the archive prints and exits as without it");
        assertTrue(Files.readAllLines(classes).stream()
                .anyMatch(line -> line.contains("nl.klantreis.dsl.KlantreisStandaloneSetup ") && line.contains("source: shared objects file")),
                "the notation's classes come from the archive " + archive);
        assertTrue(Files.readAllLines(classes).stream()
                .anyMatch(line -> line.contains("org.eclipse.emf.common.util.URI ") && line.contains("source: shared objects file")),
                "EMF's classes (compiled for Java 5) come from the archive too");
        try (Stream<Path> files = Files.list(archive.getParent())) {
            assertEquals(List.of(archive), files.toList(), "no list of classes, temporary file or lock is left behind");
        }
    }

    /** A shortened archive (the JVM stops with a crash on one) is not used, and is replaced. */
    @Test
    void aShortenedArchiveIsNeitherUsedNorKept() throws IOException, InterruptedException {
        Run without = run(List.of("KLANTREIS_CDS", "off"), "check", EXAMPLE.toString());
        run(List.of(), "check", EXAMPLE.toString());
        Path archive = awaitArchive();
        byte[] bytes = Files.readAllBytes(archive);
        Files.write(archive, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertEquals(without, run(List.of(), "check", EXAMPLE.toString()), "a shortened archive is not used");
        Path replaced = awaitArchive();
        assertEquals(bytes.length, Files.size(replaced), "a whole archive replaces the shortened one");
    }

    /** Where the cache cannot be written, the command runs as without an archive, and says nothing of it. */
    @Test
    void aCacheThatCannotBeWrittenIsNoFailure() throws IOException, InterruptedException {
        Run without = run(List.of("KLANTREIS_CDS", "off"), "check", EXAMPLE.toString());
        Path notAFolder = Files.writeString(temp.resolve("cache"), "a file where the cache would be");
        Run run = run(List.of("XDG_CACHE_HOME", notAFolder.toString()), "check", EXAMPLE.toString());
        assertEquals(without, run);
        assertEquals("a file where the cache would be", Files.readString(notAFolder));
    }

    private record Run(int exitCode, String output) {
    }

    /**
     * The launcher with {@code arguments}, class-data sharing on (unless {@code environment} says
     * otherwise), its cache in the test's folder, the environment's variables {@code environment}
     * (name, value, ...).
     */
    private Run run(List<String> environment, String... arguments) throws IOException, InterruptedException {
        String[] command = Stream.concat(Stream.of(LAUNCHER.toString()), Stream.of(arguments)).toArray(String[]::new);
        ProcessBuilder builder = launcher(command);
        builder.environment().remove("KLANTREIS_CDS");
        for (int i = 0; i < environment.size(); i += 2) {
            builder.environment().put(environment.get(i), environment.get(i + 1));
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        assertFalse(output.contains("VM warning") || output.contains("[cds"), output);
        return new Run(process.exitValue(), output);
    }

    /**
     * The launcher with its cache in the test's folder and without class-data sharing: a writer of
     * the archive left running in the background would race the deletion of the test's folder.
     * The tests of the archive switch it on and wait for the writer.
     */
    private ProcessBuilder launcher(String... command) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("XDG_CACHE_HOME", temp.resolve("xdg").toString());
        builder.environment().remove("KLANTREIS_JAVA_OPTS");
        builder.environment().put("KLANTREIS_CDS", "off");
        return builder;
    }

    /** The archive the background writer leaves in the cache folder, once it is written (and its lock gone). */
    private Path awaitArchive() throws IOException, InterruptedException {
        Path cache = temp.resolve("xdg/klantreis");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (Files.isDirectory(cache)) {
                try (Stream<Path> files = Files.walk(cache)) {
                    List<Path> all = files.filter(Files::isRegularFile).toList();
                    List<Path> archives = all.stream().filter(file -> file.getFileName().toString().endsWith(".jsa")).toList();
                    if (archives.size() == 1 && all.size() == 1 && Files.size(archives.get(0)) > 0
                            && archives.get(0).getFileName().toString().endsWith("-" + Files.size(archives.get(0)) + ".jsa")) {
                        try (Stream<Path> locks = Files.walk(cache)) {
                            if (locks.noneMatch(file -> file.getFileName().toString().endsWith(".lock"))) {
                                return archives.get(0);
                            }
                        }
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no class-data-sharing archive in " + cache + " after 180 s");
    }
}
