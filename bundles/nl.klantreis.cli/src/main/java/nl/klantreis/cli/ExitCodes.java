/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The exit codes of every command, and the mapper that gives a {@link UserError} its message
 * and code instead of a stack trace: 0 clean, 1 findings at or above the chosen severity, 2 a
 * problem with what the user gave or asked (unreadable input, a usage error).
 */
final class ExitCodes implements IExecutionExceptionHandler {

    /** Nothing to report, or what was asked is written. */
    static final int OK = 0;
    /** Findings at or above the chosen severity. */
    static final int FINDINGS = 1;
    /** Unreadable input or a usage error (picocli's own usage code too). */
    static final int BAD_INPUT = 2;

    @Override
    public int handleExecutionException(Exception exception, CommandLine command, ParseResult parsed) throws Exception {
        if (exception instanceof UserError error) {
            error.lines().forEach(command.getErr()::println);
            return BAD_INPUT;
        }
        throw exception; // a defect, not the user's mistake: its stack trace is what a bug report needs
    }
}
