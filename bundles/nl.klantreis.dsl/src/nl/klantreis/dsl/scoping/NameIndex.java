/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl.scoping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;

import nl.klantreis.model.Journey;
import nl.klantreis.model.JourneyModel;

/**
 * The names of one file's elements as seen from each namespace: from the file by qualified
 * name, from its model and from each journey by the name relative to them. Made in one walk
 * over the file, so that a scope per namespace and type is a filter of a short list.
 */
final class NameIndex {

    /** The key of the file level: names seen from outside every namespace. */
    static final Object FILE = new Object();

    private final Map<Object, Map<EClass, List<IEObjectDescription>>> byNamespace = new HashMap<>();

    NameIndex(List<EObject> roots, IQualifiedNameProvider names) {
        for (EObject root : roots) {
            add(root, names);
            for (TreeIterator<EObject> elements = root.eAllContents(); elements.hasNext();) {
                add(elements.next(), names);
            }
        }
    }

    private void add(EObject element, IQualifiedNameProvider names) {
        QualifiedName name = names.getFullyQualifiedName(element);
        if (name == null) {
            return;
        }
        put(FILE, element, name);
        for (EObject namespace = element.eContainer(); namespace != null; namespace = namespace.eContainer()) {
            if (namespace instanceof Journey || namespace instanceof JourneyModel) {
                QualifiedName prefix = names.getFullyQualifiedName(namespace);
                if (prefix != null && name.getSegmentCount() > prefix.getSegmentCount() && name.startsWith(prefix)) {
                    put(namespace, element, name.skipFirst(prefix.getSegmentCount()));
                }
            }
        }
    }

    private void put(Object namespace, EObject element, QualifiedName name) {
        byNamespace.computeIfAbsent(namespace, key -> new HashMap<>())
                .computeIfAbsent(element.eClass(), key -> new ArrayList<>())
                .add(EObjectDescription.create(name, element));
    }

    /** The elements of a type (or a subtype) seen from a namespace, or from {@link #FILE}. */
    List<IEObjectDescription> seenFrom(Object namespace, EClass type) {
        List<IEObjectDescription> seen = new ArrayList<>();
        byNamespace.getOrDefault(namespace, Map.of()).forEach((eClass, descriptions) -> {
            if (type.isSuperTypeOf(eClass)) {
                seen.addAll(descriptions);
            }
        });
        return seen;
    }
}
