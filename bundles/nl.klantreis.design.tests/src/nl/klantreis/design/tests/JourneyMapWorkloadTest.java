/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.eclipse.sirius.diagram.DDiagram;
import org.eclipse.sirius.diagram.DEdge;
import org.eclipse.sirius.diagram.DNodeContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.klantreis.design.MappingNames;
import nl.klantreis.model.Journey;
import nl.klantreis.model.synthetic.SyntheticMunicipality;

/** The benchmark's journey of 300 touchpoints is drawn whole (no timing here: that is the benchmark's). */
class JourneyMapWorkloadTest {

    @TempDir
    Path folder;

    @Test
    void aLongJourneyIsDrawnWhole() throws Exception {
        try (SiriusSession sirius = SiriusSession.open(SyntheticMunicipality.generateOneJourney(300, 42), folder)) {
            Journey journey = sirius.model.getJourneys().get(0);
            DDiagram map = sirius.create(MappingNames.JOURNEY_MAP, journey);
            assertEquals(300, JourneyMapTest.views(map, DNodeContainer.class, MappingNames.TOUCHPOINT).size());
            assertEquals(journey.getHandovers().size(), JourneyMapTest.views(map, DEdge.class, MappingNames.HANDOVER).size());
        }
        try (JourneyMapWorkload workload = new JourneyMapWorkload(300, folder.resolve("workload"))) {
            int shown = workload.createAndRefresh();
            assertEquals(shown, workload.createAndRefresh(), "each run draws the same map");
        }
    }
}
