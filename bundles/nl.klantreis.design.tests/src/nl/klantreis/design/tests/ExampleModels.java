/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
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
import org.eclipse.xtext.common.TerminalsStandaloneSetup;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

import nl.klantreis.dsl.KlantreisStandaloneSetup;
import nl.klantreis.model.JourneyModel;
import nl.klantreis.model.io.KlantreisResources;

/** The examples of examples/, each loaded as a model detached from its file (a copy to work on). */
public final class ExampleModels {

    private ExampleModels() {
    }

    /** Every journey example (examples/<name>/<name>.xmi or .klantreis): its XMI where it has one, otherwise its text. */
    public static List<Path> all() throws IOException {
        try (Stream<Path> folders = Files.list(SiriusSession.ROOT.resolve("examples"))) {
            return folders.filter(Files::isDirectory).sorted()
                    .map(folder -> SiriusSession.example(folder.getFileName().toString())).filter(Files::exists).toList();
        }
    }

    /**
     * A resource set that reads the notation, made as the standalone setup makes it but without
     * registering the language globally: in a workbench the editor's own registration (with its
     * UI bindings) must stay in place.
     */
    public static XtextResourceSet textResourceSet() {
        TerminalsStandaloneSetup.doSetup();
        Injector injector = new KlantreisStandaloneSetup().createInjector();
        XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("klantreis",
                injector.getInstance(IResourceFactory.class));
        return resourceSet;
    }

    public static JourneyModel load(Path file) throws IOException {
        ResourceSet resourceSet = file.toString().endsWith(".klantreis") ? textResourceSet()
                : KlantreisResources.newResourceSet();
        Resource resource = resourceSet.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
        EcoreUtil.resolveAll(resourceSet);
        if (!resource.getErrors().isEmpty()) {
            throw new AssertionError(file + ": " + resource.getErrors());
        }
        return EcoreUtil.copy((JourneyModel) resource.getContents().get(0));
    }
}
