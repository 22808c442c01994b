package nl.klantreis.design.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;

import nl.klantreis.dsl.KlantreisStandaloneSetup;
import nl.klantreis.model.JourneyModel;
import nl.klantreis.model.io.KlantreisResources;

/** The examples of examples/, each loaded as a model detached from its file (a copy to work on). */
final class ExampleModels {

    private ExampleModels() {
    }

    /** Every example: its XMI where it has one, otherwise its text. */
    static List<Path> all() throws IOException {
        try (Stream<Path> folders = Files.list(SiriusSession.ROOT.resolve("examples"))) {
            return folders.filter(Files::isDirectory).sorted()
                    .map(folder -> SiriusSession.example(folder.getFileName().toString())).toList();
        }
    }

    static JourneyModel load(Path file) throws IOException {
        ResourceSet resourceSet = file.toString().endsWith(".klantreis")
                ? KlantreisStandaloneSetup.doSetup().getInstance(XtextResourceSet.class)
                : KlantreisResources.newResourceSet();
        Resource resource = resourceSet.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
        EcoreUtil.resolveAll(resourceSet);
        if (!resource.getErrors().isEmpty()) {
            throw new AssertionError(file + ": " + resource.getErrors());
        }
        return EcoreUtil.copy((JourneyModel) resource.getContents().get(0));
    }
}
