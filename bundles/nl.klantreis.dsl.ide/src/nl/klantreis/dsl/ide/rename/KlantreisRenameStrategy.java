/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl.ide.rename;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.refactoring.IRenameStrategy2;

import nl.klantreis.model.KlantreisPackage;

/** A rename changes the element's id, and with it every reference to it, in every file of the set; the label stays. */
public class KlantreisRenameStrategy extends IRenameStrategy2.DefaultImpl {

    @Override
    protected EAttribute getNameEAttribute(EObject element) {
        return KlantreisPackage.Literals.NAMED_ELEMENT__ID;
    }
}
