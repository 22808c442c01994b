/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.klantreis.design.tests.SiriusSession;

/** The speed benchmark of the journey map still runs: one round of each measurement, on Loon op Zand. */
class JourneyMapSpeedSmokeTest {

    @TempDir
    Path folder;

    @Test
    void theBenchmarkMeasuresAClickAndAnOpeningOnce() throws Exception {
        JourneyMapSpeedBenchmark.Speed speed = JourneyMapSpeedBenchmark.measure(
                SiriusSession.openExample(SiriusSession.example("loon-op-zand"), folder), 0, 1);
        assertEquals(5, speed.touchpoints());
        assertEquals(1, speed.click().millis().size());
        assertTrue(speed.click().median() > 0 && speed.open().median() > 0, speed.toString());
    }
}
