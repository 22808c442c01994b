/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.model.io;

import java.util.HashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMLResourceImpl;

import nl.klantreis.model.util.KlantreisResourceFactoryImpl;

/**
 * Klantreis XMI resources, in UTF-8, that find elements by id through a map. Cross references in the
 * XMI are ids; without the map, EMF finds each one by walking the whole model, which makes
 * loading and the unique-id check quadratic in the size of the model. Registered in
 * plugin.xml and by {@link KlantreisResources#newResourceSet()}.
 */
public class KlantreisXmiResourceFactory extends KlantreisResourceFactoryImpl {

    @Override
    public Resource createResource(URI uri) {
        XMLResourceImpl resource = (XMLResourceImpl) super.createResource(uri);
        resource.setIntrinsicIDToEObjectMap(new HashMap<>());
        resource.setEncoding("UTF-8"); // names in Arabic or Tigrinya stay readable, not entities
        return resource;
    }
}
