package nl.klantreis.cli;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import nl.klantreis.rules.KlantreisRules;
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
            object.addProperty("severity", finding.level().name());
            object.addProperty("rule", finding.id());
            object.addProperty("message", finding.message());
            array.add(object);
        }
        return write(array);
    }

    /** A SARIF 2.1.0 log with one run: the rules that found something, and the results. */
    static String sarif(List<Finding> findings, String version, Locale locale) {
        RuleMessages messages = RuleMessages.forLocale(locale);
        JsonObject driver = new JsonObject();
        driver.addProperty("name", "klantreis");
        driver.addProperty("version", version);
        JsonArray rules = new JsonArray();
        Set<String> ids = new LinkedHashSet<>();
        findings.forEach(finding -> ids.add(finding.id()));
        for (String id : ids) {
            JsonObject rule = new JsonObject();
            rule.addProperty("id", id);
            KlantreisRules.catalogue().descriptor(id).ifPresent(descriptor -> describe(rule, descriptor, messages));
            rules.add(rule);
        }
        driver.add("rules", rules);
        JsonObject tool = new JsonObject();
        tool.add("driver", driver);
        JsonArray results = new JsonArray();
        for (Finding finding : findings) {
            results.add(result(finding));
        }
        JsonObject run = new JsonObject();
        run.add("tool", tool);
        run.add("results", results);
        JsonArray runs = new JsonArray();
        runs.add(run);
        JsonObject log = new JsonObject();
        log.addProperty("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        log.addProperty("version", "2.1.0");
        log.add("runs", runs);
        return write(log);
    }

    private static void describe(JsonObject rule, RuleDescriptor descriptor, RuleMessages messages) {
        rule.addProperty("name", descriptor.id());
        rule.add("shortDescription", text(messages.title(descriptor.id())));
        rule.add("fullDescription", text(messages.checks(descriptor.id())));
        JsonObject configuration = new JsonObject();
        configuration.addProperty("level", level(descriptor.defaultSeverity().getLiteral().toLowerCase(Locale.ROOT)));
        rule.add("defaultConfiguration", configuration);
    }

    private static JsonObject result(Finding finding) {
        JsonObject result = new JsonObject();
        result.addProperty("ruleId", finding.id());
        result.addProperty("level", level(finding.level().name()));
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
