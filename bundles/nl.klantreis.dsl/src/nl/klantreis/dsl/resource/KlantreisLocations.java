/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl.resource;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.resource.DefaultLocationInFileProvider;

import nl.klantreis.model.NamedElement;
import nl.klantreis.model.KlantreisPackage;

/**
 * Where an element is named in its file: at its id ({@code organisation balie}), which
 * references use, not at its label, Xtext's guess from a feature called "name". Go to
 * definition, find references and the outline land there.
 */
public class KlantreisLocations extends DefaultLocationInFileProvider {

    @Override
    protected EStructuralFeature getIdentifierFeature(EObject element) {
        return element instanceof NamedElement ? KlantreisPackage.Literals.NAMED_ELEMENT__ID : super.getIdentifierFeature(element);
    }
}
