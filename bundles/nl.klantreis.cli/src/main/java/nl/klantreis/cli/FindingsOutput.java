/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import nl.klantreis.rules.KlantreisRules;
import nl.klantreis.rules.Language;
import nl.klantreis.rules.RuleCatalogue;
import nl.klantreis.rules.RuleDescriptor;
import nl.klantreis.rules.RuleMessages;

/** The findings of {@code klantreis check} as JSON, or as SARIF 2.1.0 for code-scanning tools. */
final class FindingsOutput {

    private FindingsOutput() {
    }

    /** One object per finding: file, line, column (or element), severity, rule, message. */
    static String json(List<Finding> findings) {
        JsonArray array = new JsonArray();
        for (Finding finding : findings) {
            JsonObject object = new JsonObject();
            object.addProperty("file", slashes(finding.file()));
            if (finding.element() == null) {
                object.addProperty("line", finding.line());
                object.addProperty("column", finding.column());
            } else {
                object.addProperty("element", finding.element());
            }
            object.addProperty("severity", finding.severity().name());
            object.addProperty("rule", finding.id());
            object.addProperty("message", finding.message());
            array.add(object);
        }
        return write(array);
    }

    /**
     * A SARIF 2.1.0 log with one run: the rules that found something (with the page that
     * explains each, in the installation), the results that point at them by index, and the
     * invocation: its arguments, exit code and whether every file could be read.
     */
    static String sarif(List<Finding> findings, String version, Locale locale, List<String> arguments, int exitCode) {
        RuleMessages messages = RuleMessages.forLocale(locale);
        JsonObject driver = new JsonObject();
        driver.addProperty("name", "klantreis");
        driver.addProperty("version", version);
        JsonArray rules = new JsonArray();
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(findings.stream().map(Finding::id).toList()));
        for (String id : ids) {
            JsonObject rule = new JsonObject();
            rule.addProperty("id", id);
            KlantreisRules.catalogue().descriptor(id).ifPresent(descriptor -> describe(rule, descriptor, messages, locale));
            rules.add(rule);
        }
        driver.add("rules", rules);
        JsonObject tool = new JsonObject();
        tool.add("driver", driver);
        JsonArray results = new JsonArray();
        for (Finding finding : findings) {
            results.add(result(finding, ids.indexOf(finding.id())));
        }
        JsonObject run = new JsonObject();
        run.add("tool", tool);
        run.add("invocations", invocations(arguments, exitCode));
        run.add("results", results);
        JsonArray runs = new JsonArray();
        runs.add(run);
        JsonObject log = new JsonObject();
        log.addProperty("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        log.addProperty("version", "2.1.0");
        log.add("runs", runs);
        return write(log);
    }

    private static void describe(JsonObject rule, RuleDescriptor descriptor, RuleMessages messages, Locale locale) {
        rule.addProperty("name", descriptor.id());
        helpUri(descriptor.id(), locale).ifPresent(uri -> rule.addProperty("helpUri", uri));
        rule.add("shortDescription", text(messages.title(descriptor.id())));
        rule.add("fullDescription", text(messages.checks(descriptor.id())));
        JsonObject configuration = new JsonObject();
        configuration.addProperty("level", level(descriptor.defaultSeverity().getLiteral().toLowerCase(Locale.ROOT)));
        rule.add("defaultConfiguration", configuration);
    }

    /**
     * The rule's section in the rules reference of the installation ({@code docs/rules.md},
     * Dutch {@code docs/regels.md}), which the launcher names in {@code klantreis.home}; empty
     * when the command runs outside an installation. Klantreis's own rules only: an
     * extension's rules are not in that reference.
     */
    static Optional<String> helpUri(String ruleId, Locale locale) {
        String home = System.getProperty(ExtensionJars.HOME);
        if (home == null || !ruleId.startsWith(RuleCatalogue.KLANTREIS_NAMESPACE) || RuleCatalogue.KLANTREIS.descriptor(ruleId).isEmpty()) {
            return Optional.empty();
        }
        Path page = Path.of(home, "docs", Language.isDutch(locale) ? "regels.md" : "rules.md").toAbsolutePath();
        return Optional.of(page.toUri() + "#" + ruleId.toLowerCase(Locale.ROOT));
    }

    private static JsonArray invocations(List<String> arguments, int exitCode) {
        JsonObject invocation = new JsonObject();
        JsonArray args = new JsonArray();
        arguments.forEach(args::add);
        invocation.add("arguments", args);
        invocation.addProperty("exitCode", exitCode);
        // SARIF: false when the tool could not do its work; findings are its work, unreadable input is not
        invocation.addProperty("executionSuccessful", exitCode != ExitCodes.BAD_INPUT);
        JsonObject folder = new JsonObject();
        folder.addProperty("uri", Path.of("").toAbsolutePath().toUri().toString());
        invocation.add("workingDirectory", folder);
        JsonArray invocations = new JsonArray();
        invocations.add(invocation);
        return invocations;
    }

    private static JsonObject result(Finding finding, int ruleIndex) {
        JsonObject result = new JsonObject();
        result.addProperty("ruleId", finding.id());
        result.addProperty("ruleIndex", ruleIndex);
        result.addProperty("level", level(finding.severity().name()));
        result.add("message", text(finding.message()));
        JsonObject artifact = new JsonObject();
        artifact.addProperty("uri", slashes(finding.file()));
        JsonObject physical = new JsonObject();
        physical.add("artifactLocation", artifact);
        JsonObject location = new JsonObject();
        if (finding.element() == null) {
            JsonObject region = new JsonObject();
            region.addProperty("startLine", finding.line());
            region.addProperty("startColumn", finding.column());
            physical.add("region", region);
        } else {
            JsonObject logical = new JsonObject();
            logical.addProperty("fullyQualifiedName", finding.element());
            JsonArray logicals = new JsonArray();
            logicals.add(logical);
            location.add("logicalLocations", logicals);
        }
        location.add("physicalLocation", physical);
        JsonArray locations = new JsonArray();
        locations.add(location);
        result.add("locations", locations);
        return result;
    }

    /** SARIF's levels: error, warning, note. */
    private static String level(String severity) {
        return "info".equals(severity) ? "note" : severity;
    }

    private static JsonObject text(String value) {
        JsonObject text = new JsonObject();
        text.addProperty("text", value);
        return text;
    }

    private static String slashes(Path file) {
        return file.toString().replace('\\', '/');
    }

    private static String write(Object tree) {
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create()
                .toJson((com.google.gson.JsonElement) tree) + "\n";
    }
}
