package nl.klantreis.dsl.resource;

import java.util.HashMap;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.parser.IParseResult;

/**
 * A .klantreis resource that finds elements by id through a map, as an XMI resource does.
 * Without it EMF looks an id up by walking the whole model, and the check that ids are
 * unique walks it once per element.
 */
public class KlantreisResource extends LazyLinkingResource {

    public KlantreisResource() {
        setIntrinsicIDToEObjectMap(new HashMap<>());
    }

    /** The parser made the elements silent ({@code KlantreisElementFactory}); from here on they notify. */
    @Override
    protected void updateInternalState(IParseResult newParseResult) {
        EObject root = newParseResult.getRootASTElement();
        if (root != null) {
            root.eSetDeliver(true);
            for (TreeIterator<EObject> elements = root.eAllContents(); elements.hasNext();) {
                elements.next().eSetDeliver(true);
            }
        }
        super.updateInternalState(newParseResult);
    }
}
