/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.cli;

import java.io.PrintWriter;
import java.util.stream.Collectors;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Picocli's usage errors in the language of the command line: a missing argument, an unknown
 * option or command, a value of the wrong kind; then the command's usage (in that language) and
 * exit code 2. Picocli itself writes them in English only.
 */
final class UsageErrors implements IParameterExceptionHandler {

    private final Texts texts;

    UsageErrors(Texts texts) {
        this.texts = texts;
    }

    @Override
    public int handleParseException(ParameterException exception, String[] args) {
        CommandLine command = exception.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("klantreis: " + message(exception));
        if (exception instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            err.println(texts.get("usage.didYouMean", String.join(", ", unmatched.getSuggestions())));
        } else {
            command.usage(err);
        }
        return ExitCodes.BAD_INPUT;
    }

    private String message(ParameterException exception) {
        if (exception instanceof MissingParameterException missing) {
            return texts.get("usage.missing", missing.getMissing().stream().map(UsageErrors::name).collect(Collectors.joining(", ")));
        }
        if (exception instanceof UnmatchedArgumentException unmatched) {
            return texts.get(unmatched.isUnknownOption() ? "usage.unknownOption" : "usage.unknownArgument",
                    String.join(" ", unmatched.getUnmatched()));
        }
        ArgSpec argument = exception.getArgSpec();
        if (argument == null && exception.getValue() != null) {
            return texts.get("usage.unknownArgument", exception.getValue()); // klantreis help NOCOMMAND
        }
        if (argument != null && exception.getValue() != null) {
            Iterable<String> candidates = argument.completionCandidates();
            return candidates == null ? texts.get("usage.badValue", exception.getValue(), name(argument))
                    : texts.get("usage.choose", exception.getValue(), name(argument), String.join(", ", candidates));
        }
        return exception.getMessage();
    }

    /** An option by its longest name ({@code --output}); a parameter by its label ({@code PATH}). */
    private static String name(ArgSpec argument) {
        return argument instanceof OptionSpec option ? option.longestName() : argument.paramLabel();
    }
}
