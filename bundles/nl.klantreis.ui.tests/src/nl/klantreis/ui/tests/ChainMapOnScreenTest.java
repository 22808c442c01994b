/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.sirius.diagram.DDiagram;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.klantreis.design.MappingNames;
import nl.klantreis.design.tests.SiriusSession;

/** The chain map of every example in Sirius's diagram editor: every organisation drawn, nothing overlapping or cut off. */
class ChainMapOnScreenTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @MethodSource("nl.klantreis.design.tests.ExampleModels#all")
    void everyChainMapIsReadableOnScreen(Path example) throws Exception {
        try (SiriusSession sirius = SiriusSession.openExample(example, folder)) {
            DDiagram chain = sirius.create(MappingNames.CHAIN_MAP, sirius.model);
            try (DiagramOnScreen screen = DiagramOnScreen.openArranged(sirius.session, chain)) {
                String where = example.getFileName() + ": ";
                Path png = screen.exportPng("chain-map-" + sirius.model.getId());
                assertTrue(Files.size(png) > 0, where + "exported " + png);
                assertEquals(new HashSet<>(sirius.model.getOrganisations()),
                        new HashSet<>(screen.boxes(MappingNames.ORGANISATION).stream().map(DiagramOnScreen.Box::target).toList()),
                        where + "a box per organisation");
                JourneyMapOnScreenTest.assertReadable(screen, Set.of(MappingNames.ORGANISATION, MappingNames.KEY_PERSON), where);
            }
        }
    }
}
