/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.sirius.diagram.DDiagram;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.klantreis.design.MappingNames;
import nl.klantreis.design.tests.SiriusSession;
import nl.klantreis.model.Journey;
import nl.klantreis.model.Phase;
import nl.klantreis.model.Touchpoint;
import nl.klantreis.model.synthetic.SyntheticMunicipality;

/**
 * How long a facilitator waits on the journey map, measured in the workbench under Xvfb: from a
 * palette click among the touchpoints of a phase to a map drawn as laid out (every figure where
 * the arrangement put it), and from opening a saved map to an editor drawn as laid out. Side by
 * side in one run: the generated journey of {@value #TOUCHPOINTS} touchpoints and the Loon op
 * Zand journey of 5, so the ratio says how the wait grows with the map.
 * <p>
 * A benchmark, not a test: it is not in the build's test run (its name does not end in Test;
 * {@link JourneyMapSpeedSmokeTest} runs it once, briefly). Run it from the project folder:
 * {@code ./mvnw verify -pl bundles/nl.klantreis.ui.tests -am -Dtest='ServicesTest,JourneyMapSpeedBenchmark'
 * -Dsurefire.failIfNoSpecifiedTests=false}; the numbers go to the console and to
 * {@code bundles/nl.klantreis.ui.tests/target/benchmarks/journey-map-speed.txt}.
 */
class JourneyMapSpeedBenchmark {

    static final int TOUCHPOINTS = 60;
    /** Rounds measured, after {@link #WARM_UP} that are not. */
    static final int ROUNDS = Integer.getInteger("klantreis.benchmark.rounds", 12);
    static final int WARM_UP = 3;

    @TempDir
    Path folder;

    @Test
    void clickAndOpenOnTheGeneratedJourneyAndOnLoonOpZand() throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("Journey map speed, " + LocalDate.now() + ", " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", " + System.getProperty("os.name") + " (Xvfb)");
        Speed generated = measure(SiriusSession.open(SyntheticMunicipality.generateOneJourney(TOUCHPOINTS, 7), folder.resolve("generated")),
                WARM_UP, ROUNDS);
        Speed small = measure(SiriusSession.openExample(SiriusSession.example("loon-op-zand"), folder.resolve("loon-op-zand")), WARM_UP,
                ROUNDS);
        lines.add(generated.toString());
        lines.add(small.toString());
        lines.add(String.format(Locale.ROOT, "ratio %d : %d touchpoints: click %.1f, open %.1f", generated.touchpoints(),
                small.touchpoints(), generated.click().median() / small.click().median(), generated.open().median() / small.open().median()));
        lines.forEach(System.out::println);
        Path report = Path.of("target/benchmarks/journey-map-speed.txt");
        Files.createDirectories(report.getParent());
        Files.write(report, lines);
    }

    /** The times of one journey: its first journey's map, clicked into and opened {@code rounds} times. */
    record Speed(int touchpoints, Times click, Times open) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d touchpoints: click to laid-out map %s; opening a saved map %s", touchpoints, click, open);
        }
    }

    /** Milliseconds of the rounds measured. */
    record Times(List<Double> millis) {
        double median() {
            List<Double> sorted = millis.stream().sorted().toList();
            return sorted.get(sorted.size() / 2);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "median %.0f ms (min %.0f, max %.0f, %d rounds)", median(),
                    millis.stream().mapToDouble(Double::doubleValue).min().orElse(0),
                    millis.stream().mapToDouble(Double::doubleValue).max().orElse(0), millis.size());
        }
    }

    /** Measures the first journey of a session's model; closes the session. */
    static Speed measure(SiriusSession sirius, int warmUp, int rounds) throws Exception {
        try (sirius) {
            Journey journey = sirius.model.getJourneys().get(0);
            DDiagram map = sirius.create(MappingNames.JOURNEY_MAP, journey);
            DiagramOnScreen screen = DiagramOnScreen.open(sirius.session, map);
            screen.maximize();
            List<Double> clicks = new ArrayList<>();
            for (int round = 0; round < warmUp + rounds; round++) {
                double millis = clickIntoASecondPhase(screen, journey);
                if (round >= warmUp) {
                    clicks.add(millis);
                }
            }
            List<Double> openings = new ArrayList<>();
            sirius.session.save(new NullProgressMonitor());
            for (int round = 0; round < warmUp + rounds; round++) {
                screen.close();
                DiagramOnScreen[] opened = { null };
                double millis = until(() -> opened[0] = DiagramOnScreen.openEditor(sirius.session, map), () -> opened[0].drawnAsNotation(),
                        () -> "the saved map opened and drawn as laid out: " + opened[0].notationBounds());
                screen = opened[0];
                if (round >= warmUp) {
                    openings.add(millis);
                }
            }
            screen.close();
            return new Speed((int) journey.getPhases().stream().mapToLong(phase -> phase.getTouchpoints().size()).sum(), new Times(clicks),
                    new Times(openings));
        }
    }

    /**
     * A touchpoint clicked right of the first touchpoint of the second phase, in its row; returns the milliseconds until the map is drawn as laid out with it, then undoes it.
     */
    private static double clickIntoASecondPhase(DiagramOnScreen screen, Journey journey) {
        Phase phase = journey.getPhases().get(1);
        List<Touchpoint> before = List.copyOf(phase.getTouchpoints());
        Rectangle first = JourneyMapOnScreenTest.boxOf(screen.boxes(MappingNames.TOUCHPOINT), before.get(0)).bounds();
        screen.useTool("Contactmoment");
        // right of the first, above the middle of the row, where its handover runs: as the drawing tests click
        double millis = until(() -> screen.clickOnly(new Point(first.right() + 16, first.y + 8)),
                () -> phase.getTouchpoints().size() == before.size() + 1 && screen.drawnAsNotation(),
                () -> "a touchpoint made (the phase has " + phase.getTouchpoints().size() + ") and the map drawn as laid out: "
                        + screen.notationBounds());
        screen.undo();
        Workbench.waitUntil(() -> phase.getTouchpoints().equals(before) && screen.drawnAsNotation(), "the click undone");
        return millis;
    }

    /** Runs {@code gesture} and the workbench's events until {@code done}; returns the milliseconds it took. */
    private static double until(Runnable gesture, BooleanSupplier done, Supplier<String> what) {
        Display display = Display.getCurrent();
        long start = System.nanoTime();
        gesture.run();
        long deadline = start + 30_000_000_000L;
        while (true) {
            while (display.readAndDispatch()) {
                // everything the gesture queued: layout, figures, painting
            }
            if (done.getAsBoolean()) {
                return (System.nanoTime() - start) / 1e6;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited thirty seconds for " + what.get());
            }
            display.timerExec(2, () -> {});
            display.sleep();
        }
    }
}
