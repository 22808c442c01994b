/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;

import nl.klantreis.model.JourneyModel;
import nl.klantreis.model.KlantreisPackage;
import nl.klantreis.model.io.KlantreisResources;
import nl.klantreis.rules.ModelProblems;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code klantreis convert IN -o OUT} (or {@code convert IN OUT}): between the textual notation
 * and XMI; the extension of OUT decides. {@code -o} as for report and render; the second
 * positional argument keeps working.
 */
@Command(name = "convert", mixinStandardHelpOptions = true)
final class ConvertCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "IN", descriptionKey = "in")
    private Path input;

    @Parameters(index = "1", arity = "0..1", paramLabel = "OUT", descriptionKey = "out")
    private Path positionalOutput;

    @Mixin
    private OutputOptions options;

    private Path output;

    @Override
    int doCall(Texts texts) throws IOException {
        if ((positionalOutput == null) == (options.output == null)) {
            throw new UserError(texts.get("convert.output"));
        }
        output = options.output != null ? options.output : positionalOutput;
        boolean toText = ModelSet.isText(output);
        if (!toText && !output.getFileName().toString().endsWith("." + KlantreisResources.XMI_EXTENSION)) {
            throw new UserError(texts.get("convert.extension", output));
        }
        if (Files.exists(output) && Files.exists(input) && Files.isSameFile(input, output)) {
            throw new UserError(texts.get("convert.ownInput", input));
        }
        ModelSet set = ModelSet.read(List.of(input), texts);
        set.refuseAsOutput(output);
        JourneyModel model = set.requireModel();
        if (toText) {
            List<String> extended = extensionClasses(model);
            if (!extended.isEmpty()) {
                err().println(texts.get("convert.extensionNotText", input, String.join(", ", extended)));
                return ExitCodes.BAD_INPUT;
            }
            List<String> missing = missingForText(model, texts);
            if (!missing.isEmpty()) {
                missing.forEach(err()::println);
                err().println(texts.get("convert.notText", input));
                return ExitCodes.BAD_INPUT;
            }
        }
        JourneyModel copy = EcoreUtil.copy(model);
        String content = toText ? set.asText(copy, output) : xmi(copy);
        AtomicFiles.write(output, content, options.force, texts);
        out().println(texts.get("write.written", output));
        int comments = set.comments(input);
        if (comments > 0) {
            err().println(texts.get("convert.commentsDropped", input, comments));
        }
        return ExitCodes.OK;
    }

    /** The classes of extensions the model uses: the notation knows Klantreis's own classes only. */
    private static List<String> extensionClasses(JourneyModel model) {
        Set<String> classes = new TreeSet<>();
        for (TreeIterator<EObject> all = EcoreUtil.getAllContents(List.of(model)); all.hasNext();) {
            EClass eClass = all.next().eClass();
            if (eClass.getEPackage() != KlantreisPackage.eINSTANCE) {
                classes.add(eClass.getName());
            }
        }
        return List.copyOf(classes);
    }

    /**
     * What the notation cannot leave out but the model does (a journey without life event, a
     * touchpoint without organisation): XMI may omit them, text must write them.
     */
    private List<String> missingForText(JourneyModel model, Texts texts) {
        BasicDiagnostic structure = new BasicDiagnostic();
        Map<Object, Object> context = new HashMap<>();
        EObjectValidator required = new EObjectValidator();
        for (TreeIterator<EObject> all = EcoreUtil.getAllContents(List.of(model)); all.hasNext();) {
            EObject element = all.next();
            required.validate_EveryMultiplicityConforms(element, structure, context);
        }
        return structure.getChildren().stream()
                .map(problem -> ModelProblems.readable(problem, texts.locale()).map(Diagnostic::getMessage).orElse(problem.getMessage()))
                .map(message -> input + ": " + message).toList();
    }

    /** The model in XMI; a reference into a catalogue file is written relative to OUT's folder. */
    private String xmi(JourneyModel model) throws IOException {
        Resource resource = KlantreisResources.newResourceSet()
                .createResource(URI.createFileURI(output.toAbsolutePath().toString()));
        resource.getContents().add(model);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        resource.save(out, Map.of());
        return out.toString(StandardCharsets.UTF_8);
    }
}
