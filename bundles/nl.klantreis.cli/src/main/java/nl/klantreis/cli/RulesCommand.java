/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.cli;

import java.io.PrintWriter;
import java.util.List;

import nl.klantreis.rules.KlantreisRules;
import nl.klantreis.rules.RuleDescriptor;
import nl.klantreis.rules.RuleMessages;
import nl.klantreis.rules.RulesReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code klantreis rules}: lists the catalogue, or writes the rules reference. */
@Command(name = "rules", mixinStandardHelpOptions = true)
final class RulesCommand extends BaseCommand {

    enum Format {
        table, markdown
    }

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT", descriptionKey = "format")
    private Format format;

    @Mixin
    private OutputOptions output;

    @Override
    int doCall(Texts texts) {
        String text = format == Format.markdown ? new RulesReference(KlantreisRules.catalogue(), texts.locale()).markdown()
                : table(RuleMessages.forLocale(texts.locale()));
        if (output.output == null) {
            PrintWriter out = out();
            out.print(text);
            out.flush();
        } else {
            output.write(text, texts);
        }
        return ExitCodes.OK;
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
