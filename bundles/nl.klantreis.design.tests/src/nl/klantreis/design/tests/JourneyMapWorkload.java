/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.design.tests;

import java.nio.file.Path;

import org.eclipse.sirius.diagram.DDiagram;

import nl.klantreis.design.MappingNames;
import nl.klantreis.model.Journey;
import nl.klantreis.model.synthetic.SyntheticMunicipality;

/**
 * What the journey-map benchmark measures: creating and refreshing the journey map of one long
 * synthetic journey in a Sirius session. Public, so that the benchmark, which starts this
 * bundle's OSGi runtime itself, can drive it; JourneyMapWorkloadTest checks what it computes.
 */
public final class JourneyMapWorkload implements AutoCloseable {

    private final SiriusSession sirius;
    private final Journey journey;

    public JourneyMapWorkload(int touchpoints, Path folder) throws Exception {
        sirius = SiriusSession.open(SyntheticMunicipality.generateOneJourney(touchpoints, 42), folder);
        journey = sirius.model.getJourneys().get(0);
    }

    /** Creates and refreshes the journey map; returns how many elements it shows. */
    public int createAndRefresh() {
        DDiagram map = sirius.create(MappingNames.JOURNEY_MAP, journey);
        return map.getDiagramElements().size();
    }

    @Override
    public void close() throws Exception {
        sirius.close();
    }
}
