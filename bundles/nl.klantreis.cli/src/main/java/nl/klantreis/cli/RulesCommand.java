package nl.klantreis.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import nl.klantreis.rules.KlantreisRules;
import nl.klantreis.rules.RuleDescriptor;
import nl.klantreis.rules.RuleMessages;
import nl.klantreis.rules.RulesReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code klantreis rules}: lists the catalogue, or writes the rules reference. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = { "Lists the rules: id, default severity, handreiking section, title.",
                "Toont de regels: id, standaardernst, paragraaf van de handreiking, titel." })
final class RulesCommand implements Callable<Integer> {

    enum Format {
        table, markdown
    }

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
    private Format format;

    @Option(names = { "-o", "--output" }, paramLabel = "FILE", description = "Write to FILE instead of the terminal / Schrijf naar FILE")
    private Path output;

    @Option(names = "--force", description = "Replace FILE if it exists / Vervang FILE als het bestaat")
    private boolean force;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Texts texts = LanguageOption.texts(spec);
        String text = format == Format.markdown ? new RulesReference(KlantreisRules.catalogue(), texts.locale()).markdown()
                : table(RuleMessages.forLocale(texts.locale()));
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
        } else {
            AtomicFiles.write(output, text, force, texts);
        }
        return 0;
    }

    private static String table(RuleMessages messages) {
        StringBuilder out = new StringBuilder();
        List<RuleDescriptor> rules = KlantreisRules.catalogue().descriptors();
        // an extension's ids and sources may be longer than Klantreis's own
        int id = Math.max(20, rules.stream().mapToInt(rule -> rule.id().length()).max().orElse(0));
        int source = Math.max(4, rules.stream().mapToInt(rule -> rule.section().length()).max().orElse(0));
        for (RuleDescriptor rule : rules) {
            out.append(String.format("%-" + id + "s %-12s %-" + source + "s %s%n", rule.id(),
                    messages.severity(rule.defaultSeverity()), rule.section(),
                    messages.title(rule.id())));
        }
        return out.toString();
    }
}
