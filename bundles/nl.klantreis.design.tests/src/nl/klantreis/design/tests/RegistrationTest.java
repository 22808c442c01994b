/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.sirius.business.api.componentization.ViewpointRegistry;
import org.eclipse.sirius.viewpoint.description.Viewpoint;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import nl.klantreis.design.KlantreisDesignPlugin;
import nl.klantreis.design.MappingNames;

/**
 * The design bundle registers its viewpoint with Sirius's own ViewpointRegistry when it starts
 * and releases it when it stops (by reflection, so that the bundle builds without Sirius).
 */
class RegistrationTest {

    /**
     * Sirius 7.5's {@code disposeFromPlugin(Viewpoint)} removes the viewpoint from a map keyed by
     * URI, so the registry keeps it after a stop (ViewpointRegistryImpl); what a user sees is
     * that a restarted bundle (an update in a running Eclipse) leaves exactly one viewpoint.
     */
    @Test
    void startRegistersTheViewpointOnceAlsoAfterARestart() throws Exception {
        Bundle design = FrameworkUtil.getBundle(KlantreisDesignPlugin.class);
        design.start();
        assertEquals(1, klantreisViewpoints().size(), "registered once after start");

        design.stop();
        design.start();
        List<Viewpoint> afterRestart = klantreisViewpoints();
        assertEquals(1, afterRestart.size(), "registered once after a restart");
        assertEquals(3, afterRestart.get(0).getOwnedRepresentations().size(), "journey map, chain map, touchpoint table");
    }

    @Test
    void withoutSiriusNothingIsRegisteredAndTheLogSaysSo() throws Exception {
        List<IStatus> logged = new ArrayList<>();
        ILog log = new ILog() {
            @Override
            public void addLogListener(ILogListener listener) {
            }

            @Override
            public Bundle getBundle() {
                return FrameworkUtil.getBundle(KlantreisDesignPlugin.class);
            }

            @Override
            public void log(IStatus status) {
                logged.add(status);
            }

            @Override
            public void removeLogListener(ILogListener listener) {
            }
        };
        ClassLoader withoutSirius = ClassLoader.getPlatformClassLoader();
        assertTrue(KlantreisDesignPlugin.register(withoutSirius, log).isEmpty());
        assertEquals(1, logged.size());
        assertTrue(logged.get(0).getMessage().contains("Sirius"), logged.get(0).getMessage());
    }

    private static List<Viewpoint> klantreisViewpoints() {
        return ViewpointRegistry.getInstance().getViewpoints().stream()
                .filter(viewpoint -> MappingNames.VIEWPOINT.equals(viewpoint.getName())).toList();
    }
}
