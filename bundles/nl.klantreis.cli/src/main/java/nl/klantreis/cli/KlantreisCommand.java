package nl.klantreis.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

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

/** The {@code klantreis} command line. Exit codes: 0 clean, 1 findings, 2 unreadable input or usage error. */
@Command(name = "klantreis", mixinStandardHelpOptions = true, versionProvider = KlantreisCommand.Version.class,
        description = {
                "Checks customer journeys of status holders against culture-sensitive working (handreiking 'Cultuursensitief werken').",
                "Toetst klantreizen van statushouders aan cultuursensitief werken." },
        subcommands = { CheckCommand.class, ReportCommand.class, CompareCommand.class, RenderCommand.class, ConvertCommand.class,
                RulesCommand.class, LspCommand.class, CommandLine.HelpCommand.class })
public final class KlantreisCommand implements Runnable {

    /** Exit code for findings at or above the chosen severity. */
    public static final int FINDINGS = 1;
    /** Exit code for unreadable input and usage errors (picocli's usage code too). */
    public static final int BAD_INPUT = 2;

    @Spec
    private CommandSpec spec;

    @Option(names = "--plugins", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = { "A folder of extension jars to load (also: plugins/ beside the installation)",
                    "Een map met uitbreidingen (jar) om te laden (ook: plugins/ naast de installatie)" })
    private List<Path> plugins = new ArrayList<>(); // picocli's binding: the folders are read from the parse result, before the command runs

    @Option(names = "--lang", paramLabel = "nl|en", scope = ScopeType.INHERIT, description = "Language / Taal")
    private String language; // picocli's binding: LanguageOption reads it from the parse result, before or after the command's name

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: see klantreis --help / Geef een opdracht: zie klantreis --help");
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with Klantreis's exit codes: a {@link UserError} is a message and code 2, never a stack trace. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new KlantreisCommand());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true); // --fail-on WARNING as well as warning
        commandLine.setExecutionStrategy(KlantreisCommand::executeWithExtensions);
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            if (exception instanceof UserError error) {
                error.lines().forEach(cmd.getErr()::println);
                return BAD_INPUT;
            }
            throw exception;
        });
        return commandLine;
    }

    /**
     * Loads the extensions before the command runs, in the language of the command's --lang;
     * those that fail to load are named on standard error and the command runs without them.
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
            Texts texts = new Texts(Texts.locale(LanguageOption.asked(parseResult)));
            try {
                ExtensionJars.load(ExtensionJars.folders(asked, texts), texts).forEach(problem -> err.println("klantreis: " + problem));
            } catch (UserError e) {
                err.println("klantreis: " + e.getMessage());
                return BAD_INPUT;
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
