/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.model.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.ContentHandler;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.FileURIHandlerImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;

import nl.klantreis.model.JourneyModel;
import nl.klantreis.model.KlantreisPackage;

/**
 * Reading and writing klantreis XMI files in any JVM, with or without OSGi. Inside Eclipse
 * the package and file extensions are registered by plugin.xml; a plain Java program gets
 * the same set-up from {@link #newResourceSet()}.
 */
public final class KlantreisResources {

    /** The file extension of klantreis models in XMI. */
    public static final String XMI_EXTENSION = "xmi";

    private KlantreisResources() {
    }

    /**
     * A resource set that knows the klantreis package and reads .xmi as klantreis XMI. It
     * reads local files only: EMF would otherwise fetch any namespace a file declares, from
     * any URL, to look for its package (a way to make the tool call hosts on the network).
     */
    public static ResourceSet newResourceSet() {
        return configure(new ResourceSetImpl());
    }

    /**
     * Sets up {@code resourceSet} as {@link #newResourceSet()} does, for a resource set made
     * elsewhere (the command line's one set that also holds Xtext's text resources): local
     * files only, the klantreis package, .xmi as klantreis XMI, the safe load options.
     */
    public static <T extends ResourceSet> T configure(T resourceSet) {
        resourceSet.setURIConverter(new ExtensibleURIConverterImpl(List.of(new FileURIHandlerImpl()),
                ContentHandler.Registry.INSTANCE.contentHandlers()));
        resourceSet.getPackageRegistry().put(KlantreisPackage.eNS_URI, KlantreisPackage.eINSTANCE);
        KlantreisXmiResourceFactory factory = new KlantreisXmiResourceFactory();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(XMI_EXTENSION, factory);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("klantreisxmi", factory);
        resourceSet.getLoadOptions().putAll(loadOptions());
        return resourceSet;
    }

    /**
     * Load options for files that come from elsewhere: a DOCTYPE is refused, so no external
     * entity is ever read and no entity is expanded (XXE, "billion laughs").
     */
    public static Map<Object, Object> loadOptions() {
        return Map.of(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE,
                XMLResource.OPTION_PARSER_FEATURES, Map.of(
                        "http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE,
                        "http://xml.org/sax/features/external-general-entities", Boolean.FALSE,
                        "http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE));
    }

    /** Loads the model in an XMI file; errors in the file are in the resource's errors. */
    public static Resource load(ResourceSet resourceSet, Path file) throws IOException {
        Resource resource = resourceSet.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        if (resource == null) {
            throw new IOException(file + ": not a klantreis file (expected ." + XMI_EXTENSION + ")");
        }
        resource.load(resourceSet.getLoadOptions());
        return resource;
    }

    /** The root of a loaded klantreis resource, or null when the file holds something else. */
    public static JourneyModel root(Resource resource) {
        return resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof JourneyModel model)
                ? null
                : model;
    }
}
