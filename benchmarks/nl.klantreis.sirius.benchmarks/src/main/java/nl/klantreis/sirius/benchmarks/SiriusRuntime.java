/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.sirius.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.eclipse.core.runtime.adaptor.EclipseStarter;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * The OSGi runtime of the Sirius viewpoint's tests (Sirius 7.5 from ../shared, Klantreis's
 * bundles, their Maven Central prerequisites), started in this JVM from the configuration that
 * Tycho wrote for nl.klantreis.design.tests: a benchmark then measures exactly what those tests
 * run. One runtime per JVM (Equinox's launcher is a singleton).
 */
public final class SiriusRuntime implements AutoCloseable {

    /** config.ini of the design tests' runtime; run `./mvnw verify` (with ../shared) first. */
    public static final Path CONFIG_INI = Path.of(System.getProperty("klantreis.siriusRuntime",
            "bundles/nl.klantreis.design.tests/target/work/configuration/config.ini"));

    private final BundleContext context;

    public SiriusRuntime(Path work) throws Exception {
        if (!Files.isRegularFile(CONFIG_INI)) {
            throw new IOException(CONFIG_INI + " is missing: build and test nl.klantreis.design.tests first "
                    + "(./mvnw verify, with ../shared beside the project)");
        }
        Path configuration = Files.createDirectories(work.resolve("configuration"));
        Files.copy(CONFIG_INI, configuration.resolve("config.ini"));
        EclipseStarter.setInitialProperties(Map.of("osgi.configuration.area", configuration.toUri().toString(),
                "osgi.instance.area", work.resolve("instance").toUri().toString(), "osgi.noShutdown", "true"));
        context = EclipseStarter.startup(new String[0], null);
    }

    /** A class of a bundle of the runtime. */
    public Class<?> load(String bundle, String className) throws ClassNotFoundException {
        Bundle found = Arrays.stream(context.getBundles()).filter(candidate -> bundle.equals(candidate.getSymbolicName()))
                .findFirst().orElseThrow(() -> new ClassNotFoundException(bundle + " is not in the runtime"));
        return found.loadClass(className);
    }

    @Override
    public void close() throws Exception {
        EclipseStarter.shutdown();
    }
}
