/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl.validation;

import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.validation.CancelableDiagnostician;

import com.google.inject.Inject;

import nl.klantreis.dsl.NotationTexts;
import nl.klantreis.model.JourneyModel;
import nl.klantreis.model.KlantreisPackage;
import nl.klantreis.rules.KlantreisRuleValidator;
import nl.klantreis.rules.Labels;
import nl.klantreis.rules.ModelProblems;

/**
 * Xtext's diagnostician, naming elements as a reader knows them ("Klantreis ‘Werk zoeken’") in
 * every message, and saying where a model's id is declared in another file too: one model id,
 * one file, in the editors as on the command line (which references reach which model would
 * otherwise depend on the files' names).
 */
public class KlantreisDiagnostician extends CancelableDiagnostician {

    @Inject
    private ResourceDescriptionsProvider index;

    @Inject
    private NotationTexts texts;

    @Inject
    public KlantreisDiagnostician(EValidator.Registry registry) {
        super(registry);
    }

    @Override
    public String getObjectLabel(EObject eObject) {
        return Labels.typeAndLabel(eObject, texts.locale());
    }

    @Override
    public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (context != null) {
            context.putIfAbsent(KlantreisRuleValidator.LOCALE, texts.locale()); // the rules speak the notation's language
        }
        boolean valid = super.validate(eClass, eObject, diagnostics, context);
        if (eObject instanceof JourneyModel model && model.getId() != null && diagnostics != null) {
            valid &= declaredOnce(model, diagnostics);
        }
        return valid;
    }

    private boolean declaredOnce(JourneyModel model, DiagnosticChain diagnostics) {
        Resource resource = model.eResource();
        if (resource == null || resource.getResourceSet() == null) {
            return true;
        }
        boolean once = true;
        for (IEObjectDescription other : index.getResourceDescriptions(resource.getResourceSet())
                .getExportedObjects(KlantreisPackage.Literals.JOURNEY_MODEL, QualifiedName.create(model.getId()), false)) {
            URI file = other.getEObjectURI().trimFragment();
            if (!file.equals(resource.getURI())) {
                diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, ModelProblems.SOURCE, 2,
                        texts.format("model.sameId", model.getId(), file.lastSegment()),
                        new Object[] { model, KlantreisPackage.Literals.NAMED_ELEMENT__ID }));
                once = false;
            }
        }
        return once;
    }
}
