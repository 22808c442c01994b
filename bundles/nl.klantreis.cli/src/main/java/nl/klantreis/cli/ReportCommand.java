/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;

import nl.klantreis.model.JourneyModel;
import nl.klantreis.report.HtmlReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code klantreis report PATH... -o REPORT.html}: one HTML report with a journey map per journey of every model read. */
@Command(name = "report", mixinStandardHelpOptions = true)
final class ReportCommand extends BaseCommand {

    @Parameters(arity = "1..*", paramLabel = "PATH", descriptionKey = "paths")
    private List<Path> paths;

    @Mixin
    private OutputOptions output;

    @Override
    int doCall(Texts texts) {
        Path file = output.required(texts, texts.get("report.exampleFile"));
        ModelSet set = ModelSet.read(paths, texts);
        set.refuseAsOutput(file, ".html", ".htm");
        List<JourneyModel> models = set.requireModels();
        List<Diagnostic> findings = new ArrayList<>();
        models.forEach(model -> findings.addAll(set.findings(model)));
        output.write(new HtmlReport(texts.locale()).render(models, findings), texts);
        out().println(texts.get("report.written", file, models.stream().mapToInt(model -> model.getJourneys().size()).sum()));
        return ExitCodes.OK;
    }
}
