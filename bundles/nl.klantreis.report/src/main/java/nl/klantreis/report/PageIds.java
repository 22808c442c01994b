/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.report;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.owasp.encoder.Encode;

import nl.klantreis.model.Handover;
import nl.klantreis.model.Journey;
import nl.klantreis.model.JourneyModel;
import nl.klantreis.model.NamedElement;

/**
 * The ids of elements in one page: an element's model and its own id, so that a report of
 * several models stays free of doubles, also where two files hold models with one id (a
 * journey's text beside its XMI).
 */
final class PageIds {

    private final Map<EObject, String> prefixes = new HashMap<>();

    PageIds(List<JourneyModel> models) {
        Set<String> taken = new HashSet<>();
        for (JourneyModel model : models) {
            String prefix = model.getId();
            for (int n = 2; !taken.add(prefix); n++) {
                prefix = model.getId() + "-" + n;
            }
            prefixes.put(model, prefix + "-");
        }
    }

    /** The ids of a page that shows the models of {@code element}'s model alone. */
    static PageIds of(EObject element) {
        return EcoreUtil.getRootContainer(element) instanceof JourneyModel model ? new PageIds(List.of(model))
                : new PageIds(List.of());
    }

    String id(EObject element) {
        if (element instanceof Handover handover && handover.eContainer() instanceof Journey journey) {
            // a handover has no id of its own: its journey's and its place among the journey's handovers
            return id(journey) + "-handover-" + (journey.getHandovers().indexOf(handover) + 1);
        }
        return Encode.forXmlAttribute(prefixes.getOrDefault(EcoreUtil.getRootContainer(element), "")
                + ((NamedElement) element).getId());
    }
}
