/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.sirius.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** One tiny run of the benchmark, in the design tests' OSGi runtime; no timing here. */
class JourneyMapBenchmarkSmokeTest {

    @Test
    void theBenchmarkDrawsASmallJourney() throws Exception {
        JourneyMapBenchmark benchmark = new JourneyMapBenchmark();
        benchmark.touchpoints = 20;
        benchmark.setUp();
        try {
            // 20 touchpoints, their journey and phases, and the handovers between them
            assertTrue(benchmark.createAndRefreshJourneyMap() > 20);
        } finally {
            benchmark.tearDown();
        }
    }
}
