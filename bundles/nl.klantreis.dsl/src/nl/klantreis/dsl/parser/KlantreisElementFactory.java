/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl.parser;

import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.parser.DefaultEcoreElementFactory;

/**
 * Creates the parsed elements silent: each carries its node as an adapter, so every value
 * the parser sets would otherwise send a notification nobody needs (tens of millions on a
 * model of 100,000 touchpoints). {@code KlantreisResource} turns delivery back on when the
 * parsed model joins the resource.
 */
public class KlantreisElementFactory extends DefaultEcoreElementFactory {

    @Override
    public EObject create(EClassifier classifier) {
        EObject element = super.create(classifier);
        if (element != null) {
            element.eSetDeliver(false);
        }
        return element;
    }
}
