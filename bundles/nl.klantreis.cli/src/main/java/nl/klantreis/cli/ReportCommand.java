package nl.klantreis.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;

import nl.klantreis.model.JourneyModel;
import nl.klantreis.model.io.KlantreisResources;
import nl.klantreis.report.HtmlReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code klantreis report FILE -o REPORT.html}: the HTML report with a journey map per journey. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = { "Writes one self-contained HTML report: per journey an SVG journey map, the emotion curve, figures and findings.",
                "Schrijft een rapport in HTML: per klantreis een kaart, de emotiecurve, kerncijfers en bevindingen." })
final class ReportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "A .klantreis or .xmi model / Een model")
    private Path input;

    @Option(names = { "-o", "--output" }, required = true, paramLabel = "REPORT.html", description = "The report to write / Het rapport")
    private Path output;

    @Option(names = "--force", description = "Replace REPORT.html if it exists / Vervang het rapport als het bestaat")
    private boolean force;

    @Mixin
    private LanguageOption language;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Texts texts = language.texts();
        Locale.setDefault(texts.locale());
        List<String> problems = new ArrayList<>();
        JourneyModel model = load(input, texts, problems);
        if (model == null) {
            problems.forEach(spec.commandLine().getErr()::println);
            return KlantreisCommand.BAD_INPUT;
        }
        List<Diagnostic> findings = CheckCommand.validate(model, texts);
        AtomicFiles.write(output, new HtmlReport(texts.locale()).render(model, findings), force, texts);
        spec.commandLine().getOut().println(texts.get("report.written", output, model.getJourneys().size()));
        return 0;
    }

    /** The model in a file of either notation, or null with the problems that kept it from loading. */
    static JourneyModel load(Path file, Texts texts, List<String> problems) {
        if (!java.nio.file.Files.isRegularFile(file)) {
            problems.add(texts.get("input.missing", file));
            return null;
        }
        if (TextModels.isText(file)) {
            TextModels text = new TextModels(List.of(file));
            String unreadable = text.load(texts).get(file);
            if (unreadable != null) {
                problems.add(unreadable);
                return null;
            }
            text.check(file, problems, texts);
            EObject root = text.root(file);
            return problems.isEmpty() && root instanceof JourneyModel model ? model : null;
        }
        ModelFiles.Loaded loaded = ModelFiles.load(KlantreisResources.newResourceSet(), file, texts);
        problems.addAll(loaded.problems());
        return loaded.model();
    }
}
