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
    private final boolean dutch;

    public RulesReference(RuleCatalogue catalogue, Locale locale) {
        this.catalogue = catalogue;
        this.messages = RuleMessages.forLocale(locale, catalogue);
        this.dutch = "nl".equals(messages.locale().getLanguage());
    }

    public String markdown() {
        StringBuilder out = new StringBuilder();
        out.append(dutch ? "# Klantreis: regeloverzicht\n\n" : "# Klantreis rules reference\n\n");
        out.append(dutch
                ? "Gemaakt uit de regelcatalogus (bundle `nl.klantreis.rules`); niet met de hand bewerken. Opnieuw maken: `klantreis rules --format markdown --lang nl -o docs/regels.md --force`.\n\n"
                : "Written from the rule catalogue (bundle `nl.klantreis.rules`); do not edit by hand. To rewrite: `klantreis rules --format markdown --lang en -o docs/rules.md --force`.\n\n");
        out.append(dutch
                ? "De regels komen uit de handreiking *Cultuursensitief werken* (VNG, Pharos, GGD GHOR; bron: het hoofdstuk of de paragraaf); de regels over persoonsgegevens (KR-PRIVACY-*) uit de AVG. Een model kan een regel uitzetten, de ernst wijzigen of drempels aanpassen met een regelinstelling:\n\n"
                : "The rules come from the handreiking *Cultuursensitief werken* (VNG, Pharos, GGD GHOR; source: its chapter or section); the personal-data rules (KR-PRIVACY-*) from the AVG (GDPR). A model switches a rule off, changes its severity or its thresholds with a rule setting:\n\n");
        if (!catalogue.extensions().isEmpty()) {
            String names = catalogue.extensions().stream().map(KlantreisExtension::name).collect(Collectors.joining(", "));
            out.append(dutch ? "Na de regels van Klantreis volgen die van de uitbreidingen (" + names + "), elk met haar eigen bron.\n\n"
                    : "Klantreis's rules are followed by those of the extensions (" + names + "), each with its own source.\n\n");
        }
        out.append("```xml\n<ruleSettings ruleId=\"KR-INTAKE-02\" severity=\"ERROR\">\n  <parameters key=\"minimumMinutes\" value=\"45\"/>\n</ruleSettings>\n<ruleSettings ruleId=\"KR-REACH-01\" enabled=\"false\"/>\n```\n\n");
        out.append(dutch ? "| Id | Ernst | Regel | Bron |\n|---|---|---|---|\n" : "| Id | Severity | Rule | Source |\n|---|---|---|---|\n");
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
        out.append(dutch ? "- Ernst: " : "- Severity: ").append(severity(rule)).append('\n');
        catalogue.extensionOf(id).ifPresent(extension -> out.append(dutch ? "- Uitbreiding: " : "- Extension: ")
                .append(extension.name()).append(dutch ? " (bron: " : " (source: ").append(rule.section()).append(")\n"));
        String target = rule.checksEveryElement() ? (dutch ? "elk element" : "every element")
                : EditLabels.type(rule.target(), messages.locale()).toLowerCase(messages.locale());
        out.append(dutch ? "- Controleert: " : "- Checks: ").append(target).append(". ")
                .append(messages.checks(id)).append('\n');
        out.append(dutch ? "- Niet vastgelegd: " : "- Not recorded: ").append(messages.unrecorded(id)).append('\n');
        out.append(dutch ? "- Waarom: " : "- Why: ").append(messages.rationale(id)).append('\n');
        out.append(dutch ? "- Voorbeeldmelding: " : "- Example finding: ")
                .append(messages.message(id, placeholders(id))).append('\n');
        out.append(dutch ? "- Oplossen: " : "- How to fix: ").append(messages.fix(id, placeholders(id))).append('\n');
        if (rule.parameters().isEmpty()) {
            out.append(dutch ? "- Instellen: aan/uit en ernst.\n" : "- Configure: on/off and severity.\n");
            return;
        }
        out.append(dutch ? "- Instellen: aan/uit, ernst en deze drempels:\n\n" : "- Configure: on/off, severity and these thresholds:\n\n");
        out.append(dutch ? "| Parameter | Standaard | Waarde | Waarom deze standaard |\n|---|---|---|---|\n"
                : "| Parameter | Default | Value | Why this default |\n|---|---|---|---|\n");
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
