/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.cli;

import java.util.List;

/** A problem with what the user asked or gave, told as a message and exit code 2, never a stack trace. */
class UserError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UserError(String message) {
        super(message);
    }

    /** The lines to print, each prefixed with the command's name. */
    List<String> lines() {
        return List.of("klantreis: " + getMessage());
    }

    /** Models that cannot be read: each problem a line of its own, with file, line and column. */
    static final class Unreadable extends UserError {

        private static final long serialVersionUID = 1L;

        private final List<String> problems;

        Unreadable(List<String> problems) {
            super(String.join(System.lineSeparator(), problems));
            this.problems = List.copyOf(problems);
        }

        @Override
        List<String> lines() {
            return problems;
        }
    }
}
