/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import nl.klantreis.rules.Language;
import nl.klantreis.rules.Severity;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.RunLast;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code klantreis} command line: its commands, the options every command has, and the
 * language, chosen once from {@code --lang} (or the system) for the help, picocli's own
 * messages and every command's output. Exit codes: {@link ExitCodes}.
 */
@Command(name = "klantreis", mixinStandardHelpOptions = true, versionProvider = KlantreisCommand.Version.class,
        subcommands = { CheckCommand.class, ReportCommand.class, CompareCommand.class, RenderCommand.class, ConvertCommand.class,
                RulesCommand.class, LspCommand.class, CommandLine.HelpCommand.class })
public final class KlantreisCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Option(names = "--plugins", paramLabel = "DIR", scope = ScopeType.INHERIT, descriptionKey = "plugins")
    private List<Path> plugins = new ArrayList<>(); // picocli's binding: the folders are read from the parse result, before the command runs

    @Option(names = LanguageOption.NAME, paramLabel = "nl|en", scope = ScopeType.INHERIT, descriptionKey = "lang")
    private LanguageOption.Value language; // picocli checks the value; LanguageOption reads it from the arguments, before they are parsed

    private final Texts texts;

    private KlantreisCommand(Texts texts) {
        this.texts = texts;
    }

    /** The texts of the language chosen for this command line. */
    Texts texts() {
        return texts;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), texts.get("usage.noCommand"));
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line {@code args}, in the language they ask for; returns the exit code. */
    static int execute(String... args) {
        return forArguments(args).execute(args);
    }

    /**
     * The command line in the language {@code args} ask for, to run them with (tests and benchmarks
     * set its output): picocli's help and usage errors are in that language only when it is chosen
     * before the arguments are parsed.
     */
    public static CommandLine forArguments(String... args) {
        return commandLine(new Texts(LanguageOption.of(args)));
    }

    /** The command line in the language of {@code texts}, with Klantreis's exit codes and usage errors. */
    static CommandLine commandLine(Texts texts) {
        CommandLine commandLine = new CommandLine(new KlantreisCommand(texts));
        commandLine.setResourceBundle(Language.texts("nl.klantreis.cli.help", KlantreisCommand.class, texts.locale()).bundle());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true); // --fail-on WARNING as well as warning
        commandLine.registerConverter(Severity.class, value -> CheckCommand.severity(value, texts));
        commandLine.setExecutionStrategy(KlantreisCommand::executeWithExtensions);
        commandLine.setExecutionExceptionHandler(new ExitCodes());
        commandLine.setParameterExceptionHandler(new UsageErrors(texts));
        // every command answers --version, as its help says
        commandLine.getSubcommands().values().forEach(command -> command.getCommandSpec().versionProvider(new Version()));
        // picocli's help command has its header and description in its annotation, which a resource bundle does not replace
        commandLine.getSubcommands().get("help").getCommandSpec().usageMessage().header(texts.get("usage.helpCommand"))
                .description(texts.get("usage.helpCommand"));
        return commandLine;
    }

    /**
     * Loads the extensions before the command runs; those that fail to load are named on
     * standard error and the command runs without them.
     */
    private static int executeWithExtensions(ParseResult parseResult) {
        ParseResult command = parseResult;
        // --plugins may stand before the command's name (klantreis --plugins DIR check ...) or after it
        List<Path> asked = new ArrayList<>(parseResult.matchedOptionValue("--plugins", List.of()));
        while (command.hasSubcommand()) {
            command = command.subcommand();
            asked.addAll(command.matchedOptionValue("--plugins", List.of()));
        }
        if (!command.isUsageHelpRequested() && !command.isVersionHelpRequested()) {
            PrintWriter err = command.commandSpec().commandLine().getErr();
            Texts texts = ((KlantreisCommand) parseResult.commandSpec().userObject()).texts();
            try {
                ExtensionJars.load(ExtensionJars.folders(asked, texts), texts).forEach(problem -> err.println("klantreis: " + problem));
            } catch (UserError e) {
                err.println("klantreis: " + e.getMessage());
                return ExitCodes.BAD_INPUT;
            }
        }
        return new RunLast().execute(parseResult);
    }

    /** The version the build wrote into version.properties. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = KlantreisCommand.class.getResourceAsStream("version.properties")) {
                properties.load(in);
            }
            return new String[] { "klantreis " + properties.getProperty("version") };
        }
    }
}
