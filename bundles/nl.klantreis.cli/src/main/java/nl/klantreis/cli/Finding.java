/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.cli;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.klantreis.rules.IssueCodes;
import nl.klantreis.rules.Severity;

/**
 * One finding of {@code klantreis check}: the file, the line and column where the text has
 * them (or else the element), how bad, which rule, and what to do.
 */
record Finding(Path file, int line, int column, String element, Severity severity, String id, String message) {

    /** A finding in a text file, at a line and column. */
    static Finding at(Path file, int line, int column, Severity severity, String id, String message) {
        return new Finding(file, line, column, null, severity, id, message);
    }

    /** A finding in an XMI file, at an element. */
    static Finding on(Path file, String element, Severity severity, String id, String message) {
        return new Finding(file, 0, 0, element, severity, id, message);
    }

    private static final Pattern AT_LINE = Pattern.compile("(\\d+):(\\d+): (.*)", Pattern.DOTALL);
    private static final Pattern AT_ELEMENT = Pattern.compile("([\\p{L} ]+ '[^']*'(?: \"[^\"]*\")?): (.*)", Pattern.DOTALL);

    /** A problem that kept {@code file} from being read ("file:line:column: message" and the like), as an error. */
    static Finding unreadable(Path file, String problem) {
        String rest = problem.startsWith(file + ":") ? problem.substring(file.toString().length() + 1) : problem;
        Matcher line = AT_LINE.matcher(rest);
        if (line.matches()) {
            return at(file, Integer.parseInt(line.group(1)), Integer.parseInt(line.group(2)), Severity.error,
                    IssueCodes.INPUT, line.group(3));
        }
        Matcher element = AT_ELEMENT.matcher(rest);
        return element.matches() ? on(file, element.group(1), Severity.error, IssueCodes.INPUT, element.group(2))
                : on(file, "-", Severity.error, IssueCodes.INPUT, rest.strip());
    }

    /** The finding as `check` prints it: file:line:column: severity RULE-ID: message, the severity in the reader's language. */
    String line(Texts texts) {
        String where = element == null ? line + ":" + column : element;
        // one finding, one line: a name written over two lines in the model keeps its break out of the output
        return file + ("-".equals(where) ? "" : ":" + where) + ": " + texts.get("level." + severity) + " " + id + ": "
                + message.replaceAll("\\s*\\R\\s*", " ");
    }
}
