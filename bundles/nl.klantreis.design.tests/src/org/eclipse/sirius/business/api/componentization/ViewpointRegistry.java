package org.eclipse.sirius.business.api.componentization;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.sirius.viewpoint.description.Viewpoint;

/**
 * Test double of Sirius 7's ViewpointRegistry with its exact signatures (a public class with
 * a static getInstance(), {@code Set<Viewpoint> registerFromPlugin(String)} and
 * {@code void disposeFromPlugin(Viewpoint)}); it records what the design bundle asks.
 */
public class ViewpointRegistry {

    private static final ViewpointRegistry INSTANCE = new ViewpointRegistry();

    public final List<String> registered = new ArrayList<>();
    public final List<Viewpoint> disposed = new ArrayList<>();
    public final List<Viewpoint> handedOut = new ArrayList<>();

    public static ViewpointRegistry getInstance() {
        return INSTANCE;
    }

    public Set<Viewpoint> registerFromPlugin(String modelerModelResourcePath) {
        registered.add(modelerModelResourcePath);
        Viewpoint viewpoint = new Viewpoint() {
        };
        handedOut.add(viewpoint);
        return Set.of(viewpoint);
    }

    public void disposeFromPlugin(Viewpoint viewpoint) {
        disposed.add(viewpoint);
    }

    public void clear() {
        registered.clear();
        disposed.clear();
        handedOut.clear();
    }
}
