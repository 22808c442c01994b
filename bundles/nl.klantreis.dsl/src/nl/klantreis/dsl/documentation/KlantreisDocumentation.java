/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl.documentation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;

import com.google.inject.Inject;

import nl.klantreis.dsl.NotationTexts;
import nl.klantreis.model.NamedElement;
import nl.klantreis.rules.EditLabels;

/**
 * What a hover shows for an element: its label, its kind and id, and its description, so
 * that a reference such as {@code at consulent} tells which organisation it is.
 */
public class KlantreisDocumentation implements IEObjectDocumentationProvider {

    @Inject
    private NotationTexts texts;

    @Override
    public String getDocumentation(EObject element) {
        if (!(element instanceof NamedElement named)) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        text.append("**").append(named.getName() == null ? named.getId() : named.getName()).append("** (")
                .append(EditLabels.type(element.eClass(), texts.locale())).append(' ').append(named.getId()).append(')');
        if (named.getDescription() != null) {
            text.append("\n\n").append(named.getDescription());
        }
        return text.toString();
    }
}
