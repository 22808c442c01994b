package nl.klantreis.cli;

import java.nio.file.Path;

/**
 * One finding of {@code klantreis check}: the file, the line and column where the text has
 * them (or else the element), how bad, which rule, and what to do.
 */
record Finding(Path file, int line, int column, String element, CheckCommand.Level level, String id, String message) {

    /** A finding in a text file, at a line and column. */
    static Finding at(Path file, int line, int column, CheckCommand.Level level, String id, String message) {
        return new Finding(file, line, column, null, level, id, message);
    }

    /** A finding in an XMI file, at an element. */
    static Finding on(Path file, String element, CheckCommand.Level level, String id, String message) {
        return new Finding(file, 0, 0, element, level, id, message);
    }

    @Override
    public String toString() {
        String where = element == null ? line + ":" + column : element;
        return file + ":" + where + ": " + level + " " + id + ": " + message;
    }
}
