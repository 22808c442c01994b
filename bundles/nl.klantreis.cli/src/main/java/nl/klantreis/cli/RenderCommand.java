/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.cli;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import nl.klantreis.model.Journey;
import nl.klantreis.model.JourneyModel;
import nl.klantreis.report.SvgJourneyMap;
import nl.klantreis.rules.Findings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code klantreis render FILE -o MAP.svg}: the journey map of one journey, as SVG. */
@Command(name = "render", mixinStandardHelpOptions = true)
final class RenderCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "MODEL", descriptionKey = "model")
    private Path input;

    @Option(names = "--journey", paramLabel = "ID", descriptionKey = "journey")
    private String journeyId;

    @Mixin
    private OutputOptions output;

    @Override
    int doCall(Texts texts) {
        Path file = output.required(texts, texts.get("render.exampleFile"));
        ModelSet set = ModelSet.read(List.of(input), texts);
        set.refuseAsOutput(file, ".svg");
        JourneyModel model = set.requireModel();
        if (model.getJourneys().isEmpty()) {
            throw new UserError(texts.get("render.noJourneys", input));
        }
        Journey journey = model.getJourneys().stream()
                .filter(candidate -> journeyId == null || journeyId.equals(candidate.getId())).findFirst()
                .orElseThrow(() -> new UserError(texts.get("render.noJourney", input, journeyId,
                        String.join(", ", model.getJourneys().stream().map(Journey::getId).toList()))));
        Set<EObject> withFindings = new HashSet<>();
        set.findings(model).stream().map(Findings::element).filter(Objects::nonNull).forEach(withFindings::add);
        output.write(SvgJourneyMap.render(journey, withFindings, texts.locale()), texts);
        out().println(texts.get("write.written", file));
        return ExitCodes.OK;
    }
}
