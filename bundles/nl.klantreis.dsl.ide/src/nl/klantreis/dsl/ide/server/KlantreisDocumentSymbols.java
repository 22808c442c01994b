/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl.ide.server;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.xtext.findReferences.IReferenceFinder;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.ITextRegion;

import com.google.inject.Inject;

/** Find references with the declaration when the editor asks for it (LSP's includeDeclaration), which Xtext leaves out. */
public class KlantreisDocumentSymbols extends DocumentSymbolService {

    @Inject
    private EObjectAtOffsetHelper elementAt;

    @Inject
    private ILocationInFileProvider locations;

    @Override
    public List<? extends Location> getReferences(Document document, XtextResource resource, ReferenceParams params,
            IReferenceFinder.IResourceAccess resourceAccess, IResourceDescriptions index, CancelIndicator cancel) {
        List<Location> found = new ArrayList<>(super.getReferences(document, resource, params, resourceAccess, index, cancel));
        if (params.getContext() != null && params.getContext().isIncludeDeclaration()) {
            int offset = document.getOffSet(params.getPosition());
            List<? extends Location> declared = getDefinitions(resource, offset, resourceAccess, cancel); // at a reference
            if (declared.isEmpty()) { // at the id itself: the element is declared right here
                EObject element = elementAt.resolveElementAt(resource, offset);
                ITextRegion region = element == null ? null : locations.getSignificantTextRegion(element);
                declared = region == null ? List.of() : List.of(new Location(params.getTextDocument().getUri(),
                        new Range(document.getPosition(region.getOffset()), document.getPosition(region.getOffset() + region.getLength()))));
            }
            declared.stream().filter(location -> !found.contains(location)).forEach(location -> found.add(0, location));
        }
        return found;
    }
}
