/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

import nl.klantreis.dsl.KlantreisStandaloneSetup;
import nl.klantreis.model.JourneyModel;
import nl.klantreis.model.synthetic.SyntheticMunicipality;

/** A temporary folder of text files with one synthetic journey each, as a municipality keeps its journeys. */
final class JourneyFolder {

    /** The name of the first journey's file in a folder. */
    static final String FIRST = "reis-0.klantreis";

    private JourneyFolder() {
    }

    static Path write(int journeys, int steps) throws IOException {
        Path folder = Files.createTempDirectory("klantreis-journeys");
        Injector injector = KlantreisStandaloneSetup.doSetup();
        for (int i = 0; i < journeys; i++) {
            JourneyModel model = SyntheticMunicipality.generateOneJourney(steps, i);
            model.setId("gemeente-" + i); // a model id per file, as each municipality's own file has
            Resource resource = injector.getInstance(XtextResourceSet.class)
                    .createResource(URI.createFileURI(folder.resolve("reis-" + i + ".klantreis").toString()));
            resource.getContents().add(model);
            resource.save(Map.of());
        }
        return folder;
    }

    static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
