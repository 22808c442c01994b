package nl.klantreis.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/**
 * The texts in the language of {@code --lang nl|en}, which {@code klantreis} declares for every
 * command ({@link KlantreisCommand}): before the command's name or after it.
 */
final class LanguageOption {

    private LanguageOption() {
    }

    /** The texts of the language asked for the command that runs. */
    static Texts texts(CommandSpec command) {
        return new Texts(Texts.locale(asked(command.commandLine().getParseResult())));
    }

    /** The language asked for on the command line, wherever it stands, or null. */
    static String asked(ParseResult parsed) {
        String asked = null;
        for (ParseResult level = parsed == null ? null : root(parsed); level != null; level = level.subcommand()) {
            asked = level.matchedOptionValue("--lang", asked);
        }
        return asked;
    }

    private static ParseResult root(ParseResult parsed) {
        ParseResult root = parsed;
        while (root.commandSpec().parent() != null && root.commandSpec().parent().commandLine().getParseResult() != null) {
            root = root.commandSpec().parent().commandLine().getParseResult();
        }
        return root;
    }
}
