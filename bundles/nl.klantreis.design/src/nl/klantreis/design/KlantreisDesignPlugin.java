/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.design;

import java.lang.reflect.Method;
import java.util.Collections;
import java.util.Set;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Plugin;
import org.osgi.framework.BundleContext;

/**
 * The Klantreis design bundle: registers description/klantreis.odesign with Sirius's
 * ViewpointRegistry when the bundle starts and releases it when it stops. Sirius is not on
 * the build path (it is not on Maven Central), so the registry is reached by reflection,
 * with the exact signatures of Sirius 7 (org.eclipse.sirius's ViewpointRegistry):
 * {@code ViewpointRegistry.getInstance().registerFromPlugin(String)} returning the
 * registered {@code Set<Viewpoint>}, and {@code disposeFromPlugin(Viewpoint)} for each of
 * them. Without Sirius the bundle logs that once and does nothing.
 */
public class KlantreisDesignPlugin extends Plugin {

    public static final String PLUGIN_ID = "nl.klantreis.design";
    public static final String ODESIGN = PLUGIN_ID + "/description/klantreis.odesign";
    public static final String REGISTRY = "org.eclipse.sirius.business.api.componentization.ViewpointRegistry";
    public static final String VIEWPOINT = "org.eclipse.sirius.viewpoint.description.Viewpoint";

    private Set<?> viewpoints = Collections.emptySet();

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        viewpoints = register(getClass().getClassLoader(), getLog());
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        release(getClass().getClassLoader(), viewpoints, getLog());
        viewpoints = Collections.emptySet();
        super.stop(context);
    }

    /** Registers the viewpoints; an empty set when Sirius is absent. */
    public static Set<?> register(ClassLoader loader, ILog log) throws ReflectiveOperationException {
        Class<?> registry = registryClass(loader, log);
        if (registry == null) {
            return Collections.emptySet();
        }
        Method register = registry.getMethod("registerFromPlugin", String.class);
        return (Set<?>) register.invoke(instance(registry), ODESIGN);
    }

    /** Releases what {@link #register} registered. */
    public static void release(ClassLoader loader, Set<?> viewpoints, ILog log) throws ReflectiveOperationException {
        if (viewpoints.isEmpty()) {
            return;
        }
        Class<?> registry = registryClass(loader, log);
        if (registry != null) {
            Method dispose = registry.getMethod("disposeFromPlugin", Class.forName(VIEWPOINT, true, loader));
            Object instance = instance(registry);
            for (Object viewpoint : viewpoints) {
                dispose.invoke(instance, viewpoint);
            }
        }
    }

    /** Sirius's ViewpointRegistry type (its methods are called through it, not through the implementation class). */
    private static Class<?> registryClass(ClassLoader loader, ILog log) {
        try {
            return Class.forName(REGISTRY, true, loader);
        } catch (ClassNotFoundException e) {
            log.info("Sirius is not installed: the Klantreis viewpoint is not registered.");
            return null;
        }
    }

    private static Object instance(Class<?> registry) throws ReflectiveOperationException {
        return registry.getMethod("getInstance").invoke(null);
    }
}
