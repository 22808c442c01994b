package nl.klantreis.dsl.resource;

import java.util.HashMap;

import org.eclipse.xtext.linking.lazy.LazyLinkingResource;

/**
 * A .klantreis resource that finds elements by id through a map, as an XMI resource does.
 * Without it EMF looks an id up by walking the whole model, and the check that ids are
 * unique walks it once per element.
 */
public class KlantreisResource extends LazyLinkingResource {

    public KlantreisResource() {
        setIntrinsicIDToEObjectMap(new HashMap<>());
    }
}
