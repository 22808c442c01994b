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
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The mistakes a workshop makes, one folder each under {@code mistakes/}: the files as a
 * facilitator typed them, and in {@code expected.txt} the first message {@code klantreis check}
 * gives, in Dutch and in English. One mistake gets one message at its place that says what to
 * write; a mistake in a catalogue is reported first, in the catalogue.
 */
class MistakesTest {

    private static final Path CORPUS = Path.of("src/test/resources/mistakes");
    /** Advice about braces, order and expected words: right for a first mistake, misleading after one. */
    private static final java.util.regex.Pattern STRUCTURE = java.util.regex.Pattern.compile(
            "is expected here|hier hoort|not closed|niet gesloten|starts a new statement|begint een nieuwe regel|cannot come after|kan niet na"
                    + "|too many before it|te veel ervoor|is not expected here|hoort hier niet");

    @TempDir
    Path folder;

    static List<String> mistakes() throws IOException {
        try (Stream<Path> cases = Files.list(CORPUS)) {
            List<String> names = cases.filter(Files::isDirectory).map(path -> path.getFileName().toString()).sorted().toList();
            assertTrue(names.size() >= 40, "a corpus of at least 40 mistakes: " + names.size());
            return names;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void theFirstMessageSaysWhatToWriteInDutchAndEnglish(String mistake) throws IOException {
        try (Stream<Path> files = Files.list(CORPUS.resolve(mistake))) {
            for (Path file : files.filter(ModelSet::isText).toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        for (String line : Files.readAllLines(CORPUS.resolve(mistake).resolve("expected.txt"))) {
            String language = line.substring(0, 2);
            String expected = line.substring(3).replace("FOLDER", folder.toString());
            CommandRunner check = new CommandRunner();
            int exit = check.run("check", folder.toString(), "--lang", language);
            assertTrue(exit == ExitCodes.BAD_INPUT || exit == ExitCodes.FINDINGS, "a mistake fails the check: " + exit);
            String first = (check.err + "\n" + check.out).lines().filter(message -> message.matches(".*: (fout|error) KR-.*"))
                    .findFirst().orElse("(no message)").replace(folder + "/", "");
            assertEquals(expected, first, language);
            // one mistake, one message: no later message advises on the structure of a text whose structure is right
            List<String> later = (check.err + "\n" + check.out).lines().filter(message -> message.contains(" KR-INPUT: ")).skip(1)
                    .filter(message -> STRUCTURE.matcher(message).find()).toList();
            assertEquals(List.of(), later, language + ": advice that follows from the first mistake");
            assertFalse((check.err.toString() + check.out).contains("Exception"), "no stack trace");
        }
    }
}
