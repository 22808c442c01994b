package nl.klantreis.rules;

import org.eclipse.emf.ecore.EObject;

import nl.klantreis.model.Handover;
import nl.klantreis.model.NamedElement;

/** How findings name an element: by its label, or its id when it has no label. */
public final class Labels {

    private Labels() {
    }

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
}
