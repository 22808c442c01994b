/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl.resource;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionManager;

import nl.klantreis.model.KlantreisPackage;

/**
 * Which files an editor checks again after a change elsewhere: besides those that refer to a
 * changed name (Xtext's rule), every file that declares a model id that the changed file
 * declares or declared, so that "the model id is also declared in ..." appears and goes away
 * in both files at once.
 */
public class KlantreisResourceDescriptions extends DefaultResourceDescriptionManager {

    @Override
    public boolean isAffected(Collection<IResourceDescription.Delta> deltas, IResourceDescription candidate, IResourceDescriptions context) {
        if (super.isAffected(deltas, candidate, context)) {
            return true;
        }
        Set<QualifiedName> models = models(candidate);
        for (IResourceDescription.Delta delta : deltas) {
            if (!delta.getUri().equals(candidate.getURI()) && !models.isEmpty()
                    && (declaresAny(delta.getOld(), models) || declaresAny(delta.getNew(), models))) {
                return true;
            }
        }
        return false;
    }

    private static Set<QualifiedName> models(IResourceDescription description) {
        Set<QualifiedName> models = new HashSet<>();
        if (description != null) {
            for (IEObjectDescription model : description.getExportedObjectsByType(KlantreisPackage.Literals.JOURNEY_MODEL)) {
                models.add(model.getName());
            }
        }
        return models;
    }

    private static boolean declaresAny(IResourceDescription description, Set<QualifiedName> models) {
        return models(description).stream().anyMatch(models::contains);
    }
}
