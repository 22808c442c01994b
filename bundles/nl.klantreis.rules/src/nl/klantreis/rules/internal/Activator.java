/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules.internal;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

import nl.klantreis.rules.KlantreisRules;

/**
 * Registers the rule catalogue, with the extensions contributed to the extension point, while
 * the bundle is active (META-INF/p2.inf starts it).
 */
public final class Activator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        KlantreisRules.register();
        ExtensionPoint.addContributions();
    }

    @Override
    public void stop(BundleContext context) {
        KlantreisRules.unregister();
    }
}
