package nl.klantreis.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;

import nl.klantreis.model.Journey;
import nl.klantreis.model.JourneyModel;
import nl.klantreis.report.SvgJourneyMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code klantreis render FILE -o MAP.svg}: the journey map of one journey, as SVG. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = { "Draws the journey map of one journey as SVG: steps in written order, a lane per organisation.",
                "Tekent de klantreiskaart van een klantreis als SVG: stappen in volgorde, een baan per organisatie." })
final class RenderCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "A .klantreis or .xmi model / Een model")
    private Path input;

    @Option(names = "--journey", paramLabel = "ID", description = "The journey's id (default: the first) / Id van de klantreis")
    private String journeyId;

    @Option(names = { "-o", "--output" }, required = true, paramLabel = "MAP.svg", description = "The SVG to write / De SVG")
    private Path output;

    @Option(names = "--force", description = "Replace MAP.svg if it exists / Vervang MAP.svg als het bestaat")
    private boolean force;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Texts texts = LanguageOption.texts(spec);
        java.util.Locale.setDefault(texts.locale());
        ModelSet set = ModelSet.read(List.of(input), texts);
        set.refuseAsOutput(output, ".svg");
        JourneyModel model = set.requireModel();
        if (model.getJourneys().isEmpty()) {
            throw new UserError(texts.get("render.noJourneys", input));
        }
        Journey journey = model.getJourneys().stream()
                .filter(candidate -> journeyId == null || journeyId.equals(candidate.getId())).findFirst()
                .orElseThrow(() -> new UserError(texts.get("render.noJourney", input, journeyId,
                        String.join(", ", model.getJourneys().stream().map(Journey::getId).toList()))));
        Set<EObject> withFindings = new HashSet<>();
        for (Diagnostic finding : CheckCommand.validate(model, texts)) {
            if (!finding.getData().isEmpty() && finding.getData().get(0) instanceof EObject element) {
                withFindings.add(element);
            }
        }
        AtomicFiles.write(output, SvgJourneyMap.render(journey, withFindings, texts.locale()), force, texts);
        spec.commandLine().getOut().println(texts.get("convert.written", output));
        return 0;
    }
}
