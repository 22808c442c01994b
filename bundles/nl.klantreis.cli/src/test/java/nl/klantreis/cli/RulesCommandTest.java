/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code klantreis rules}: the listing, and the reference written without losing a file. */
class RulesCommandTest {

    @TempDir
    Path temp;

    private final CommandRunner klantreis = new CommandRunner();

    @Test
    void listsEveryRuleWithSeverityAndSection() {
        assertEquals(0, klantreis.run("rules", "--lang", "en"));
        assertTrue(klantreis.out.toString().contains("KR-INTERPRETER-01"), klantreis.out.toString());
        assertTrue(klantreis.out.toString().matches("(?s).*KR-INTAKE-01 +error +2\\.2 +No intake in the journey.*"), klantreis.out.toString());
    }

    @Test
    void neverOverwritesWithoutForce() throws IOException {
        Path file = Files.writeString(temp.resolve("rules.md"), "mijn aantekeningen");
        assertEquals(ExitCodes.BAD_INPUT, klantreis.run("rules", "--format", "markdown", "-o", file.toString()));
        assertEquals("mijn aantekeningen", Files.readString(file));
        assertTrue(klantreis.err.toString().contains("--force"), klantreis.err.toString());

        assertEquals(0, klantreis.run("rules", "--format", "markdown", "--lang", "nl", "-o", file.toString(), "--force"));
        assertTrue(Files.readString(file).startsWith("# Klantreis: regeloverzicht"));
        try (var files = Files.list(temp)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void versionAndHelpWork() {
        assertEquals(0, klantreis.run("--version"));
        assertTrue(klantreis.out.toString().startsWith("klantreis 0."), klantreis.out.toString());
        assertEquals(0, klantreis.run("check", "--help"));
        assertTrue(klantreis.out.toString().contains("--fail-on"), klantreis.out.toString());
    }
}
