package nl.klantreis.cli;

import java.nio.file.Path;

/**
 * One line of {@code klantreis check} output: where (file and line:column, or the element),
 * how bad, which rule, and what to do.
 */
record Finding(Path file, String location, CheckCommand.Level level, String id, String message) {

    @Override
    public String toString() {
        return file + ":" + location + ": " + level + " " + id + ": " + message;
    }
}
