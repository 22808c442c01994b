/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl.validation;

import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.xtext.validation.CancelableDiagnostician;

import com.google.inject.Inject;

import nl.klantreis.rules.ModelProblems;

/** Xtext's diagnostician, naming elements as a reader knows them ("Klantreis ‘Werk zoeken’") in every message. */
public class KlantreisDiagnostician extends CancelableDiagnostician {

    @Inject
    public KlantreisDiagnostician(EValidator.Registry registry) {
        super(registry);
    }

    @Override
    public String getObjectLabel(EObject eObject) {
        return ModelProblems.name(eObject, Locale.getDefault());
    }
}
