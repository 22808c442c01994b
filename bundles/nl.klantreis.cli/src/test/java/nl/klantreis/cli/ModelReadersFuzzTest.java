/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing (Jazzer) of what reads files from elsewhere: the text parser and
 * the XMI loader, each followed by the rules, exactly as {@code klantreis check} runs them.
 * Bad input may only end as the problems the command reports; any exception that escapes,
 * and any network access or other misuse Jazzer's detectors see, is a crash, and Jazzer
 * keeps the input that caused it.
 *
 * <p>The normal test run replays the seed corpus (ModelReadersFuzzTestInputs/); the
 * fuzz-text and fuzz-xmi executions of the build fuzz for the time set here.
 */
class ModelReadersFuzzTest {

    private static final Texts TEXTS = new Texts(Locale.ENGLISH);
    private static final Path FOLDER = temporaryFolder();

    @FuzzTest(maxDuration = "25s")
    void text(byte[] input) throws IOException {
        Path file = Files.write(FOLDER.resolve("fuzz.klantreis"), input);
        checkIfReadable(file);
    }

    @FuzzTest(maxDuration = "25s")
    void xmi(byte[] input) throws IOException {
        Path file = Files.write(FOLDER.resolve("fuzz.xmi"), input);
        checkIfReadable(file);
    }

    /** What every command does with a file: read it as a set, and check it when it could be read. */
    private static void checkIfReadable(Path file) {
        ModelSet set = ModelSet.read(List.of(file), TEXTS);
        if (set.readable(file)) {
            set.check(file);
        }
    }

    private static Path temporaryFolder() {
        try {
            Path folder = Files.createTempDirectory("klantreis-fuzz");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
