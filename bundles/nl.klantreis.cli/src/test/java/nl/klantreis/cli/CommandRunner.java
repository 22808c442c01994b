/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;

/** Runs {@code klantreis} in the test's JVM and keeps what it printed. */
final class CommandRunner {

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    /** Runs the command line as {@code klantreis args...} does: the language from the arguments, chosen before they are parsed. */
    int run(String... args) {
        CommandLine commandLine = KlantreisCommand.forArguments(args);
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }
}
