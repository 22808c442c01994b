/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import nl.klantreis.model.Journey;
import nl.klantreis.model.JourneyModel;
import nl.klantreis.model.Touchpoint;
import nl.klantreis.report.HtmlReport;
import nl.klantreis.report.JourneyComparison;
import nl.klantreis.rules.Labels;
import nl.klantreis.rules.RuleDiagnostic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code klantreis compare BASELINE [PLANNED]}: before and after. With one model, each planned
 * journey is compared with the baseline it names; with two, the journeys they name
 * ({@code FILE#journey}), or, for two versions of a file, the journeys with the same id.
 */
@Command(name = "compare", mixinStandardHelpOptions = true)
final class CompareCommand extends BaseCommand {

    /** How the comparison is written. */
    enum Format {
        text, json, html
    }

    @Parameters(arity = "1..2", paramLabel = "MODEL[#JOURNEY]", descriptionKey = "models")
    private List<String> models;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", descriptionKey = "format")
    private Format format;

    @Mixin
    private OutputOptions options;

    /** A model as named on the command line, and the journey it names (null for all). */
    private record Named(Path file, String journey, JourneyModel model, List<Diagnostic> findings) {
    }

    @Override
    int doCall(Texts texts) {
        Path output = options.output;
        if (format == Format.html && output == null) {
            throw new UserError(texts.get("compare.htmlNeedsOutput"));
        }
        List<Named> named = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String argument : models) {
            int hash = argument.lastIndexOf('#');
            Path file = fileOf(argument);
            // each side is a set of its own: two versions of one file may declare the same model id
            List<Path> otherSide = models.stream().map(CompareCommand::fileOf).filter(other -> !other.equals(file)).toList();
            try {
                ModelSet set = ModelSet.read(List.of(file), otherSide, texts);
                if (output != null) {
                    set.refuseAsOutput(output, switch (format) {
                        case html -> new String[] { ".html", ".htm" };
                        case json -> new String[] { ".json" };
                        case text -> new String[] { ".txt", ".md", ".text" };
                    });
                }
                JourneyModel model = set.requireModel();
                named.add(new Named(file, hash < 0 ? null : argument.substring(hash + 1), model, set.findings(model)));
            } catch (UserError error) {
                problems.addAll(error.lines());
            }
        }
        if (!problems.isEmpty()) {
            throw new UserError.Unreadable(problems);
        }
        List<JourneyComparison> comparisons = named.size() == 1 ? withBaselines(named.get(0), texts)
                : pairs(named.get(0), named.get(1), texts);
        String content = switch (format) {
            case text -> text(comparisons, texts);
            case json -> json(comparisons);
            case html -> new HtmlReport(texts.locale()).renderComparison(comparisons);
        };
        if (output == null) {
            PrintWriter out = out();
            out.print(content);
            out.flush();
        } else {
            options.write(content, texts);
            out().println(texts.get("write.written", output));
        }
        return ExitCodes.OK;
    }

    /** The file of an argument, FILE or FILE#journey. */
    private static Path fileOf(String argument) {
        int hash = argument.lastIndexOf('#');
        return Path.of(hash < 0 ? argument : argument.substring(0, hash));
    }

    /** One model: each planned journey (or the one named) with the baseline it names. */
    private List<JourneyComparison> withBaselines(Named model, Texts texts) {
        List<JourneyComparison> comparisons = new ArrayList<>();
        for (Journey journey : journeys(model, texts)) {
            if (journey.getBaseline() != null && !journey.getBaseline().eIsProxy()) {
                comparisons.add(JourneyComparison.of(journey.getBaseline(), model.findings(), journey, model.findings(), texts.locale()));
            }
        }
        if (comparisons.isEmpty()) {
            throw new UserError(texts.get("compare.noBaseline", model.file()));
        }
        return comparisons;
    }

    /** Two models: the journeys named, or the journeys with one id in both, or their only journeys. */
    private List<JourneyComparison> pairs(Named before, Named after, Texts texts) {
        List<Journey> baselines = journeys(before, texts);
        List<Journey> planned = journeys(after, texts);
        List<JourneyComparison> comparisons = new ArrayList<>();
        if (baselines.size() == 1 && planned.size() == 1) {
            comparisons.add(JourneyComparison.of(baselines.get(0), before.findings(), planned.get(0), after.findings(), texts.locale()));
            return comparisons;
        }
        for (Journey journey : planned) {
            baselines.stream().filter(baseline -> baseline.getId().equals(journey.getId())).findFirst().ifPresent(
                    baseline -> comparisons.add(JourneyComparison.of(baseline, before.findings(), journey, after.findings(), texts.locale())));
        }
        if (comparisons.isEmpty()) {
            throw new UserError(texts.get("compare.noPairs", before.file(), after.file()));
        }
        return comparisons;
    }

    private static List<Journey> journeys(Named model, Texts texts) {
        List<Journey> journeys = model.model().getJourneys().stream()
                .filter(journey -> model.journey() == null || model.journey().equals(journey.getId())).toList();
        if (journeys.isEmpty()) {
            throw new UserError(texts.get("compare.noJourney", model.file(), model.journey() == null ? "" : model.journey(),
                    String.join(", ", model.model().getJourneys().stream().map(Journey::getId).toList())));
        }
        return journeys;
    }

    private static String text(List<JourneyComparison> comparisons, Texts texts) {
        StringBuilder out = new StringBuilder();
        for (JourneyComparison comparison : comparisons) {
            out.append(texts.get("compare.heading", Labels.of(comparison.baseline()), Labels.of(comparison.planned())))
                    .append('\n');
            findings(out, texts.get("compare.resolved", comparison.resolved().size()), comparison.resolved());
            findings(out, texts.get("compare.new", comparison.newFindings().size()), comparison.newFindings());
            findings(out, texts.get("compare.remaining", comparison.remaining().size()), comparison.remaining());
            out.append(texts.get("compare.steps", comparison.added().size(), comparison.removed().size(), comparison.changed().size()))
                    .append('\n');
            comparison.added().forEach(step -> out.append("  + ").append(Labels.of(step)).append('\n'));
            comparison.removed().forEach(step -> out.append("  - ").append(Labels.of(step)).append('\n'));
            for (JourneyComparison.Step step : comparison.changed()) {
                out.append("  ~ ").append(name(step)).append(": ").append(String.join("; ", step.changes().stream()
                        .map(change -> texts.get("compare.change", label(change.feature(), texts.locale()), change.before(), change.after()))
                        .toList())).append('\n');
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static void findings(StringBuilder out, String heading, List<RuleDiagnostic> findings) {
        out.append(heading).append('\n');
        findings.forEach(finding -> out.append("  ").append(finding.ruleId()).append(' ')
                .append(Labels.of(finding.element())).append(": ").append(finding.getMessage()).append('\n'));
    }

    private static String name(JourneyComparison.Step step) {
        String before = Labels.of(step.before());
        String after = Labels.of(step.after());
        return before.equals(after) ? before : before + " \u2192 " + after;
    }

    private static String label(String feature, Locale locale) {
        return JourneyComparison.featureLabel(feature, locale).toLowerCase(locale);
    }

    private static String json(List<JourneyComparison> comparisons) {
        JsonArray all = new JsonArray();
        for (JourneyComparison comparison : comparisons) {
            JsonObject object = new JsonObject();
            object.addProperty("baseline", comparison.baseline().getId());
            object.addProperty("planned", comparison.planned().getId());
            JsonObject findings = new JsonObject();
            findings.add("resolved", findings(comparison.resolved()));
            findings.add("new", findings(comparison.newFindings()));
            findings.add("remaining", findings(comparison.remaining()));
            object.add("findings", findings);
            JsonObject steps = new JsonObject();
            steps.add("added", ids(comparison.added()));
            steps.add("removed", ids(comparison.removed()));
            JsonArray changed = new JsonArray();
            for (JourneyComparison.Step step : comparison.changed()) {
                JsonObject change = new JsonObject();
                change.addProperty("before", step.before().getId());
                change.addProperty("after", step.after().getId());
                JsonArray features = new JsonArray();
                step.changes().forEach(each -> {
                    JsonObject feature = new JsonObject();
                    feature.addProperty("feature", each.feature());
                    feature.addProperty("before", each.before());
                    feature.addProperty("after", each.after());
                    features.add(feature);
                });
                change.add("changes", features);
                changed.add(change);
            }
            steps.add("changed", changed);
            object.add("steps", steps);
            all.add(object);
        }
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(all) + "\n";
    }

    private static JsonArray findings(List<RuleDiagnostic> findings) {
        JsonArray array = new JsonArray();
        for (RuleDiagnostic finding : findings) {
            JsonObject object = new JsonObject();
            object.addProperty("rule", finding.ruleId());
            object.addProperty("element", Labels.of(finding.element()));
            object.addProperty("message", finding.getMessage());
            array.add(object);
        }
        return array;
    }

    private static JsonArray ids(List<Touchpoint> steps) {
        JsonArray array = new JsonArray();
        steps.forEach(step -> array.add(step.getId()));
        return array;
    }
}
