/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl.linking;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;

import com.google.inject.Inject;

import nl.klantreis.dsl.NotationTexts;
import nl.klantreis.model.JourneyModel;
import nl.klantreis.rules.EditLabels;

/**
 * A reference that does not resolve says what was looked for and where, in the reader's
 * language: for a qualified name whose model is in no file of the folder ({@code keten.amina}
 * without a {@code model keten}), that no .klantreis file there defines that model.
 */
public class KlantreisLinkingMessages extends LinkingDiagnosticMessageProvider {

    @Inject
    private NotationTexts texts;

    @Override
    public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
        Locale locale = texts.locale();
        String type = EditLabels.type(context.getReference().getEReferenceType(), locale).toLowerCase(locale);
        String name = context.getLinkText();
        int dot = name.indexOf('.');
        Resource resource = context.getContext().eResource();
        String message = dot > 0 && !definesModel(resource, name.substring(0, dot))
                ? texts.format("link.unknownModel", name.substring(0, dot), folder(resource.getURI()), type, name)
                : texts.format("link.unresolved", type, name);
        String qualified = dot < 0 ? inOtherModel(resource, context.getReference().getEReferenceType(), name) : null;
        if (qualified != null) {
            message = texts.format("link.qualify", type, name, qualified);
        }
        return new DiagnosticMessage(message, Severity.ERROR, Diagnostic.LINKING_DIAGNOSTIC);
    }

    private static boolean definesModel(Resource resource, String id) {
        return resource.getResourceSet() != null && resource.getResourceSet().getResources().stream()
                .anyMatch(other -> !other.getContents().isEmpty() && other.getContents().get(0) instanceof JourneyModel model
                        && id.equals(model.getId()));
    }

    /**
     * The name to write for an element with id {@code id} of the right type in another model of
     * the folder ({@code keten.amina} for {@code amina}), when there is exactly one; or null.
     */
    private static String inOtherModel(Resource resource, EClass type, String id) {
        if (resource.getResourceSet() == null) {
            return null;
        }
        List<String> found = new ArrayList<>();
        for (Resource other : resource.getResourceSet().getResources()) {
            if (other != resource && !other.getContents().isEmpty() && other.getContents().get(0) instanceof JourneyModel model
                    && model.getId() != null) {
                other.getAllContents().forEachRemaining(element -> {
                    if (type.isInstance(element) && id.equals(EcoreUtil.getID(element)) && element.eContainer() == model) {
                        found.add(model.getId() + "." + id);
                    }
                });
            }
        }
        return found.size() == 1 ? found.get(0) : null;
    }

    /** The folder of a file, as the reader knows it. */
    private static String folder(URI uri) {
        return uri.isFile() ? Path.of(uri.toFileString()).toAbsolutePath().normalize().getParent().toString()
                : uri.trimSegments(1).toString();
    }
}
