/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl.scoping;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;

import com.google.inject.Inject;

import nl.klantreis.model.Journey;
import nl.klantreis.model.JourneyModel;

/**
 * What a reference can see: elements by id within the same journey or model, by qualified
 * name elsewhere (Xtext's namespace-aware scoping over the qualified names of
 * {@code KlantreisQualifiedNameProvider}). Only journeys and models are namespaces that hold
 * elements, so every reference inside one journey sees the same scope: it is built once per
 * journey and type, not once per reference.
 */
public class KlantreisScopeProvider extends AbstractKlantreisScopeProvider {

    @Inject
    private IResourceScopeCache cache;

    @Override
    public IScope getScope(EObject context, EReference reference) {
        EObject namespace = namespaceOf(context);
        return cache.get(Tuples.create("scope", namespace, reference.getEReferenceType()), context.eResource(),
                () -> super.getScope(namespace, reference));
    }

    private static EObject namespaceOf(EObject context) {
        for (EObject element = context; element != null; element = element.eContainer()) {
            if (element instanceof Journey || element instanceof JourneyModel) {
                return element;
            }
        }
        return context;
    }
}
