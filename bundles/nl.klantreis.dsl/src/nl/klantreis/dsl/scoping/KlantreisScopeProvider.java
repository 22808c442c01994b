/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl.scoping;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.linking.impl.ImportedNamesAdapter;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.MapBasedScope;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;

import com.google.common.base.Predicates;
import com.google.inject.Inject;

import nl.klantreis.model.Journey;
import nl.klantreis.model.JourneyModel;

/**
 * What a reference can see, innermost first: elements of its journey by their name within
 * the journey ({@code brede-intake}), elements of its model by their name within the model
 * ({@code consulent}, {@code aankomst.brede-intake}), elements of its file by qualified name,
 * and then elements of other files by qualified name (Xtext's global scope). Names are
 * those of {@code KlantreisQualifiedNameProvider}.
 * <p>
 * The same visibility as Xtext's namespace-aware scoping with implicit imports, but each
 * level is a map from name to element, built once per journey or model and type: on a model
 * of 100,000 touchpoints, finding a name through import normalisers took as long as parsing.
 */
public class KlantreisScopeProvider extends AbstractKlantreisScopeProvider {

    @Inject
    private IResourceScopeCache cache;

    @Inject
    private IQualifiedNameProvider names;

    @Inject
    private IGlobalScopeProvider globalScope;

    @Override
    public IScope getScope(EObject context, EReference reference) {
        EObject namespace = namespaceOf(context);
        if (namespace == null) { // not (yet) in a model: only other files can be seen
            Resource resource = context.eResource();
            return resource == null ? IScope.NULLSCOPE : otherFiles(resource, reference);
        }
        return namespaceScope(namespace, reference);
    }

    private IScope namespaceScope(EObject namespace, EReference reference) {
        Resource resource = namespace.eResource();
        return cache.get(Tuples.create("namespace", namespace, reference.getEReferenceType()), resource, () -> {
            EObject outerNamespace = namespaceOf(namespace.eContainer());
            IScope outer = outerNamespace == null ? fileScope(namespace, reference)
                    : namespaceScope(outerNamespace, reference);
            return MapBasedScope.createScope(outer,
                    index(namespace).seenFrom(namespace, reference.getEReferenceType()));
        });
    }

    /** Elements of the file by qualified name, in front of those of other files. */
    private IScope fileScope(EObject outermost, EReference reference) {
        Resource resource = outermost.eResource();
        return cache.get(Tuples.create("file", reference.getEReferenceType()), resource, () -> {
            IScope otherFiles = resource == null ? IScope.NULLSCOPE : otherFiles(resource, reference);
            return MapBasedScope.createScope(otherFiles, index(outermost).seenFrom(NameIndex.FILE, reference.getEReferenceType()));
        });
    }

    /**
     * Elements of other files, every name looked up among them recorded as a name this file
     * imports (as Xtext's own scoping does): a name that did not resolve then makes the file
     * be checked again when another file starts to declare it, and the error goes away.
     */
    private IScope otherFiles(Resource resource, EReference reference) {
        IScope scope = globalScope.getScope(resource, reference, Predicates.alwaysTrue());
        ImportedNamesAdapter imported = ImportedNamesAdapter.find(resource);
        return imported == null ? scope : imported.wrap(scope);
    }

    /** The names of the file an element is in; or of its model alone, when that is not in a file (being written). */
    private NameIndex index(EObject element) {
        Resource resource = element.eResource();
        return cache.get(NameIndex.class, resource, () -> new NameIndex(
                resource == null ? List.of(EcoreUtil.getRootContainer(element)) : resource.getContents(), names));
    }

    /** The journey or model an element is in: the namespace its references are resolved from. */
    private static EObject namespaceOf(EObject context) {
        for (EObject element = context; element != null; element = element.eContainer()) {
            if (element instanceof Journey || element instanceof JourneyModel) {
                return element;
            }
        }
        return null;
    }
}
