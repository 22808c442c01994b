/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/**
 * docs/cli.md is the command line's help, written from the picocli model: this test fails when
 * a command, option or help text changed and the page did not. Regenerate it with
 * {@code ./mvnw -o verify -pl bundles/nl.klantreis.cli -Dtest=CliReferenceTest -Dklantreis.cli.reference=write}.
 */
class CliReferenceTest {

    private static final Path PAGE = ModelOutsideOsgiTest.ROOT.resolve("docs/cli.md");

    @Test
    void theCliReferenceIsTheHelpOfEveryCommand() throws IOException {
        String expected = markdown();
        if ("write".equals(System.getProperty("klantreis.cli.reference"))) {
            Files.writeString(PAGE, expected, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(PAGE), PAGE + " is missing: regenerate it (see CliReferenceTest)");
        assertEquals(expected, Files.readString(PAGE), "docs/cli.md is not the help of the command line as it is: regenerate it with "
                + "./mvnw -o verify -pl bundles/nl.klantreis.cli -Dtest=CliReferenceTest -Dklantreis.cli.reference=write");
    }

    @Test
    void theReferenceHasEveryCommandAndOption() {
        String page = markdown();
        CommandLine root = KlantreisCommand.forArguments("--lang", "en");
        root.getSubcommands().forEach((name, command) -> {
            assertTrue(page.contains("\n## klantreis " + name + "\n"), name);
            command.getCommandSpec().options().forEach(option -> assertTrue(page.contains(option.longestName()), name + " " + option.longestName()));
        });
    }

    /** The help of {@code klantreis} and of each of its commands, in English, as one Markdown page. */
    static String markdown() {
        CommandLine root = KlantreisCommand.forArguments("--lang", "en");
        StringBuilder page = new StringBuilder("# The klantreis command line\n\n")
                .append("<!-- Written by CliReferenceTest from the commands' picocli model and help.properties; do not edit. -->\n\n")
                .append("Every command takes `--lang nl|en` (before or after its name) and `--plugins DIR`. Exit codes: 0 clean, ")
                .append("1 findings at or above `--fail-on`, 2 unreadable input or a usage error.\n");
        section(page, root);
        root.getSubcommands().values().forEach(command -> section(page, command));
        return page.toString();
    }

    private static void section(StringBuilder page, CommandLine command) {
        command.setUsageHelpWidth(100);
        page.append("\n## ").append(command.getCommandSpec().qualifiedName()).append("\n\n```\n")
                .append(command.getUsageMessage(CommandLine.Help.Ansi.OFF).stripTrailing()).append("\n```\n");
    }
}
