/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The rules reference (docs/rules.md in English, docs/regels.md in Dutch), written from the
 * catalogue and its messages, so the documentation cannot drift from the rules.
 */
public final class RulesReference {

    private final RuleCatalogue catalogue;
    private final RuleMessages messages;
    /** The reference's own words (reference.properties). */
    private final Language.Texts words;

    public RulesReference(RuleCatalogue catalogue, Locale locale) {
        this.catalogue = catalogue;
        this.messages = RuleMessages.forLocale(locale, catalogue);
        this.words = Language.texts("nl.klantreis.rules.reference", RulesReference.class, locale);
    }

    public String markdown() {
        StringBuilder out = new StringBuilder();
        out.append(words.get("title")).append("\n\n").append(words.get("generated")).append("\n\n").append(words.get("sources"))
                .append("\n\n");
        if (!catalogue.extensions().isEmpty()) {
            String names = catalogue.extensions().stream().map(KlantreisExtension::name).collect(Collectors.joining(", "));
            out.append(words.get("extensions", names)).append("\n\n");
        }
        out.append(
                "```xml\n<ruleSettings ruleId=\"KR-INTAKE-02\" severity=\"ERROR\">\n  <parameters key=\"minimumMinutes\" value=\"45\"/>\n</ruleSettings>\n<ruleSettings ruleId=\"KR-REACH-01\" enabled=\"false\"/>\n```\n\n");
        out.append(words.get("table")).append("\n|---|---|---|---|\n");
        for (RuleDescriptor rule : catalogue.descriptors()) {
            out.append("| [").append(rule.id()).append("](#").append(rule.id().toLowerCase(Locale.ROOT)).append(") | ")
                    .append(severity(rule)).append(" | ").append(messages.title(rule.id())).append(" | ")
                    .append(rule.section()).append(" |\n");
        }
        for (RuleDescriptor rule : catalogue.descriptors()) {
            section(out, rule);
        }
        return out.toString();
    }

    private void section(StringBuilder out, RuleDescriptor rule) {
        String id = rule.id();
        out.append("\n## ").append(id).append("\n\n**").append(messages.title(id)).append("**\n\n");
        out.append(words.get("severity")).append(' ').append(severity(rule)).append('\n');
        catalogue.extensionOf(id).ifPresent(extension -> out.append(words.get("extension", extension.name(), rule.section())).append('\n'));
        String target = rule.checksEveryElement() ? words.get("everyElement")
                : EditLabels.type(rule.target(), messages.locale()).toLowerCase(messages.locale());
        out.append(words.get("checks")).append(' ').append(target).append(". ").append(messages.checks(id)).append('\n');
        out.append(words.get("unrecorded")).append(' ').append(messages.unrecorded(id)).append('\n');
        out.append(words.get("why")).append(' ').append(messages.rationale(id)).append('\n');
        out.append(words.get("example")).append(' ').append(messages.message(id, placeholders(id))).append('\n');
        out.append(words.get("fix")).append(' ').append(messages.fix(id, placeholders(id))).append('\n');
        if (rule.parameters().isEmpty()) {
            out.append(words.get("configure")).append('\n');
            return;
        }
        out.append(words.get("configureThresholds")).append("\n\n");
        out.append(words.get("parameters")).append("\n|---|---|---|---|\n");
        out.append(rule.parameters().stream()
                .map(p -> "| `" + p.key() + "` | `" + p.defaultValue() + "` | " + p.type().expected(messages) + " | "
                        + messages.parameterReason(id, p.key()) + " |")
                .collect(Collectors.joining("\n")))
                .append('\n');
    }

    private String severity(RuleDescriptor rule) {
        return messages.severity(rule.defaultSeverity());
    }

    /**
     * Stand-ins for the arguments of an example message: *X* for the element, then what each
     * further argument is (the rule's "arguments" text); a number stands in for a count.
     */
    private Object[] placeholders(String id) {
        List<Object> placeholders = new ArrayList<>(List.of("*X*"));
        if (messages.has(id + ".arguments")) {
            for (String argument : messages.format(id + ".arguments").split(",\\s*")) {
                placeholders.add(argument.matches("\\d+") ? (Object) Integer.valueOf(argument) : "*" + argument + "*");
            }
        }
        return placeholders.toArray();
    }
}
