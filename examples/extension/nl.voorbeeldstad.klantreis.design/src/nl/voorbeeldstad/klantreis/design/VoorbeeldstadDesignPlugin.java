/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.voorbeeldstad.klantreis.design;

import java.util.Set;

import org.eclipse.core.runtime.Plugin;
import org.eclipse.sirius.business.api.componentization.ViewpointRegistry;
import org.eclipse.sirius.viewpoint.description.Viewpoint;
import org.osgi.framework.BundleContext;

/** Registers description/voorbeeldstad.odesign with Sirius while the bundle is active. */
public class VoorbeeldstadDesignPlugin extends Plugin {

    public static final String PLUGIN_ID = "nl.voorbeeldstad.klantreis.design";

    private Set<Viewpoint> viewpoints = Set.of();

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        viewpoints = ViewpointRegistry.getInstance().registerFromPlugin(PLUGIN_ID + "/description/voorbeeldstad.odesign");
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        viewpoints.forEach(ViewpointRegistry.getInstance()::disposeFromPlugin);
        viewpoints = Set.of();
        super.stop(context);
    }
}
