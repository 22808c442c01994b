package nl.klantreis.cli;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** The id of a structural problem of a model (a required element missing), found by EMF's own checks. */
    static final String MODEL = "KR-MODEL";

    /** The id of a file that cannot be read (syntax, encoding, references), so code scanning shows it too. */
    static final String UNREADABLE = "KR-INPUT";

    private static final Pattern AT_LINE = Pattern.compile("(\\d+):(\\d+): (.*)", Pattern.DOTALL);
    private static final Pattern AT_ELEMENT = Pattern.compile("([\\p{L} ]+ '[^']*'(?: \"[^\"]*\")?): (.*)", Pattern.DOTALL);

    /** A problem that kept {@code file} from being read ("file:line:column: message" and the like), as an error. */
    static Finding unreadable(Path file, String problem) {
        String rest = problem.startsWith(file + ":") ? problem.substring(file.toString().length() + 1) : problem;
        Matcher line = AT_LINE.matcher(rest);
        if (line.matches()) {
            return at(file, Integer.parseInt(line.group(1)), Integer.parseInt(line.group(2)), CheckCommand.Level.error,
                    UNREADABLE, line.group(3));
        }
        Matcher element = AT_ELEMENT.matcher(rest);
        return element.matches() ? on(file, element.group(1), CheckCommand.Level.error, UNREADABLE, element.group(2))
                : on(file, "-", CheckCommand.Level.error, UNREADABLE, rest.strip());
    }

    /** The finding as `check` prints it: file:line:column: severity RULE-ID: message, the severity in the reader's language. */
    String line(Texts texts) {
        String where = element == null ? line + ":" + column : element;
        // one finding, one line: a name written over two lines in the model keeps its break out of the output
        return file + ("-".equals(where) ? "" : ":" + where) + ": " + texts.get("level." + level) + " " + id + ": "
                + message.replaceAll("\\s*\\R\\s*", " ");
    }
}
