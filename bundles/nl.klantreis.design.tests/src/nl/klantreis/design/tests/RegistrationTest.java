package nl.klantreis.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.sirius.business.api.componentization.ViewpointRegistry;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import nl.klantreis.design.KlantreisDesignPlugin;

/**
 * The design bundle registers its viewpoint with Sirius's ViewpointRegistry when it starts
 * and releases it when it stops, by reflection. Here Sirius is played by a double with the
 * exact signatures, which the design bundle finds through DynamicImport-Package.
 */
class RegistrationTest {

    @Test
    void startRegistersTheOdesignAndStopReleasesEachViewpoint() throws Exception {
        Bundle design = FrameworkUtil.getBundle(KlantreisDesignPlugin.class);
        ViewpointRegistry sirius = ViewpointRegistry.getInstance();
        design.stop();
        sirius.clear();

        design.start();
        assertEquals(List.of("nl.klantreis.design/description/klantreis.odesign"), sirius.registered);

        design.stop();
        assertEquals(sirius.handedOut, sirius.disposed);
        design.start();
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
}
