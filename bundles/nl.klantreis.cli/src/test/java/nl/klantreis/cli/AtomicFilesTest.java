/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No lost work: a write that fails halfway leaves the old file whole and no debris. */
class AtomicFilesTest {

    private static final Texts TEXTS = new Texts(Locale.ENGLISH);

    @TempDir
    Path temp;

    @Test
    void failureHalfwayLeavesTheOriginalIntact() throws IOException {
        Path target = Files.writeString(temp.resolve("rapport.html"), "het werk van gisteren");
        UserError failure = assertThrows(UserError.class, () -> AtomicFiles.write(target, temporary -> {
            Files.writeString(temporary, "de helft van");
            throw new IOException("disk full");
        }, true, TEXTS));
        assertEquals("cannot write " + target + ": disk full. Choose another place with -o.",
                failure.getMessage());
        assertEquals("het werk van gisteren", Files.readString(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void failureOnANewFileLeavesNoFile() throws IOException {
        Path target = temp.resolve("nieuw.svg");
        assertThrows(UserError.class, () -> AtomicFiles.write(target, temporary -> {
            throw new IOException("disk full");
        }, false, TEXTS));
        assertEquals(List.of(), files());
    }

    @Test
    void successReplacesOnlyWhenAsked() throws IOException {
        Path target = Files.writeString(temp.resolve("model.xmi"), "oud");
        assertThrows(UserError.class, () -> AtomicFiles.write(target, "nieuw", false, TEXTS));
        assertEquals("oud", Files.readString(target));
        AtomicFiles.write(target, "nieuw", true, TEXTS);
        assertEquals("nieuw", Files.readString(target));
        assertEquals(List.of(target), files());
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(temp)) {
            return files.sorted().toList();
        }
    }
}
