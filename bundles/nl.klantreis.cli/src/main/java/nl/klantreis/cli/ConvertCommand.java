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
import java.util.concurrent.Callable;

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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code klantreis convert IN -o OUT} (or {@code convert IN OUT}): between the textual notation
 * and XMI; the extension of OUT decides. {@code -o} as for report and render; the second
 * positional argument keeps working.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = { "Converts a model between .klantreis (text) and .xmi; the extension of OUT decides.",
                "Zet een model om tussen .klantreis (tekst) en .xmi; de extensie van OUT beslist." })
final class ConvertCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "IN", description = "The model to read / Het model")
    private Path input;

    @Parameters(index = "1", arity = "0..1", paramLabel = "OUT", description = "The file to write (.klantreis or .xmi), or -o OUT / Het bestand")
    private Path positionalOutput;

    @Option(names = { "-o", "--output" }, paramLabel = "OUT", description = "The file to write (.klantreis or .xmi) / Het bestand")
    private Path optionOutput;

    private Path output;

    @Option(names = "--force", description = "Replace OUT if it exists / Vervang OUT als het bestaat")
    private boolean force;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Texts texts = LanguageOption.texts(spec);
        // The notation's messages speak the JVM's language: the one asked for, as in the other commands.
        java.util.Locale.setDefault(texts.locale());
        if ((positionalOutput == null) == (optionOutput == null)) {
            throw new UserError(texts.get("convert.output"));
        }
        output = optionOutput != null ? optionOutput : positionalOutput;
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
                spec.commandLine().getErr().println(texts.get("convert.extensionNotText", input, String.join(", ", extended)));
                return KlantreisCommand.BAD_INPUT;
            }
            List<String> missing = missingForText(model, texts);
            if (!missing.isEmpty()) {
                missing.forEach(spec.commandLine().getErr()::println);
                spec.commandLine().getErr().println(texts.get("convert.notText", input));
                return KlantreisCommand.BAD_INPUT;
            }
        }
        JourneyModel copy = EcoreUtil.copy(model);
        String content = toText ? set.asText(copy, output) : xmi(copy);
        AtomicFiles.write(output, content, force, texts);
        spec.commandLine().getOut().println(texts.get("convert.written", output));
        int comments = set.comments(input);
        if (comments > 0) {
            spec.commandLine().getErr().println(texts.get("convert.commentsDropped", input, comments));
        }
        return 0;
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
