/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules;

import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import nl.klantreis.model.Handover;
import nl.klantreis.model.NamedElement;

/**
 * The one way Klantreis names an element, in three variants: its label ({@link #of}), for
 * maps, reports and findings; its type and label ({@link #typeAndLabel}), for a message that
 * must say what kind of thing it is; its type and id ({@link #typeAndId}), for a message about
 * the file, where the id is what the reader searches for. Types are named with the edit
 * bundle's labels ({@link EditLabels}) in the language asked for.
 */
public final class Labels {

    private Labels() {
    }

    /** The element's label, or its id when it has none: "Brede intake"; a handover as "a → b". */
    public static String of(EObject element) {
        if (element instanceof NamedElement named) {
            String name = named.getName();
            return name == null || name.isBlank() ? String.valueOf(named.getId()) : name;
        }
        if (element instanceof Handover handover) {
            return of(handover.getSource()) + " \u2192 " + of(handover.getTarget());
        }
        return element == null ? "?" : element.eClass().getName();
    }

    /** The element's type and label, for example "Klantreis ‘Werk zoeken’". */
    public static String typeAndLabel(EObject element, Locale locale) {
        return EditLabels.type(element.eClass(), locale) + " \u2018" + of(element) + "\u2019";
    }

    /** The element's type and id, for example "Organisatie 'ggd'"; the type alone when it has no id. */
    public static String typeAndId(EObject element, Locale locale) {
        String id = EcoreUtil.getID(element);
        return EditLabels.type(element.eClass(), locale) + (id == null ? "" : " '" + id + "'");
    }
}
