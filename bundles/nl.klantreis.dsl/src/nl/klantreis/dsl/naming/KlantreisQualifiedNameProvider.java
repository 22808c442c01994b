/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl.naming;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;

import com.google.inject.Inject;

import nl.klantreis.model.NamedElement;
import nl.klantreis.model.Phase;

/**
 * Names elements by their ids, not their labels: {@code loon-op-zand.consulent} for an
 * organisation, {@code loon-op-zand.aankomst.brede-intake} for a touchpoint. Touchpoints
 * are named within their journey (not their phase), so handovers and pain points refer to
 * them by id alone, and moving a touchpoint to another phase breaks no reference.
 */
public class KlantreisQualifiedNameProvider extends IQualifiedNameProvider.AbstractImpl {

    @Inject
    private IResourceScopeCache cache;

    @Override
    public QualifiedName getFullyQualifiedName(EObject element) {
        if (!(element instanceof NamedElement named) || named.getId() == null || named.getId().isEmpty()) {
            return null;
        }
        return cache.get(Tuples.pair(element, "fqn"), element.eResource(), () -> compute(named));
    }

    private QualifiedName compute(NamedElement element) {
        QualifiedName own = QualifiedName.create(element.getId());
        EObject namespace = element.eContainer() instanceof Phase phase && !(element instanceof Phase)
                ? phase.eContainer()
                : element.eContainer();
        QualifiedName parent = namespace == null ? null : getFullyQualifiedName(namespace);
        return parent == null ? own : parent.append(own);
    }
}
