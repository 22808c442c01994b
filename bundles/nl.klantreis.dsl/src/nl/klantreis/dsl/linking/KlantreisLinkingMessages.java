/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl.linking;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;

import nl.klantreis.dsl.NotationTexts;
import nl.klantreis.model.JourneyModel;
import nl.klantreis.rules.EditLabels;

/**
 * A reference that does not resolve says what was looked for and where, in the reader's
 * language: for a qualified name whose model is in no file of the folder ({@code keten.amina}
 * without a {@code model keten}), that no .klantreis file there defines that model.
 */
public class KlantreisLinkingMessages extends LinkingDiagnosticMessageProvider {

    @Override
    public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
        Locale locale = NotationTexts.locale();
        String type = EditLabels.type(context.getReference().getEReferenceType(), locale).toLowerCase(locale);
        String name = context.getLinkText();
        int dot = name.indexOf('.');
        Resource resource = context.getContext().eResource();
        String message = dot > 0 && !definesModel(resource, name.substring(0, dot))
                ? NotationTexts.format("link.unknownModel", name.substring(0, dot), folder(resource.getURI()), type, name)
                : NotationTexts.format("link.unresolved", type, name);
        return new DiagnosticMessage(message, Severity.ERROR, Diagnostic.LINKING_DIAGNOSTIC);
    }

    private static boolean definesModel(Resource resource, String id) {
        return resource.getResourceSet() != null && resource.getResourceSet().getResources().stream()
                .anyMatch(other -> !other.getContents().isEmpty() && other.getContents().get(0) instanceof JourneyModel model
                        && id.equals(model.getId()));
    }

    /** The folder of a file, as the reader knows it. */
    private static String folder(URI uri) {
        return uri.isFile() ? Path.of(uri.toFileString()).toAbsolutePath().normalize().getParent().toString()
                : uri.trimSegments(1).toString();
    }
}
