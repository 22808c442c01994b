package nl.klantreis.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.eclipse.emf.common.util.Diagnostic;

import nl.klantreis.model.JourneyModel;
import nl.klantreis.report.HtmlReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code klantreis report PATH... -o REPORT.html}: one HTML report with a journey map per journey of every model read. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = { "Writes one self-contained HTML report: per journey an SVG journey map, the emotion curve, figures and findings.",
                "Schrijft een rapport in HTML: per klantreis een kaart, de emotiecurve, kerncijfers en bevindingen." })
final class ReportCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Models (.klantreis, .xmi) or folders / Modellen of mappen")
    private List<Path> paths;

    @Option(names = { "-o", "--output" }, required = true, paramLabel = "REPORT.html", description = "The report to write / Het rapport")
    private Path output;

    @Option(names = "--force", description = "Replace REPORT.html if it exists / Vervang het rapport als het bestaat")
    private boolean force;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Texts texts = LanguageOption.texts(spec);
        Locale.setDefault(texts.locale());
        ModelSet set = ModelSet.read(paths, texts);
        set.refuseAsOutput(output, ".html", ".htm");
        List<JourneyModel> models = set.requireModels();
        List<Diagnostic> findings = new ArrayList<>();
        models.forEach(model -> findings.addAll(CheckCommand.validate(model, texts)));
        AtomicFiles.write(output, new HtmlReport(texts.locale()).render(models, findings), force, texts);
        spec.commandLine().getOut().println(texts.get("report.written", output,
                models.stream().mapToInt(model -> model.getJourneys().size()).sum()));
        return 0;
    }
}
