/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import nl.klantreis.dsl.KlantreisStandaloneSetup;
import nl.klantreis.model.JourneyModel;

/** The notation as the tests use it: parse text, validate, serialise, in one resource set per test. */
final class KlantreisText {

    static final Path ROOT = Path.of(System.getProperty("klantreis.root", "../.."));
    static final Injector INJECTOR = KlantreisStandaloneSetup.doSetup();

    final XtextResourceSet resourceSet;

    KlantreisText() {
        resourceSet = INJECTOR.getInstance(XtextResourceSet.class);
    }

    /** The notation with its messages in {@code locale}, as `klantreis --lang` sets it up; EMF's registration stays as it is. */
    KlantreisText(Locale locale) {
        Injector inLanguage = new KlantreisStandaloneSetup(locale).createInjector();
        resourceSet = inLanguage.getInstance(XtextResourceSet.class);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("klantreis", inLanguage.getInstance(IResourceFactory.class));
    }

    /** Parses {@code text} as the file {@code name} (other files of this set can refer to it). */
    XtextResource parse(String name, String text) {
        XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("test:/" + name));
        try {
            resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return resource;
    }

    XtextResource load(Path file) {
        return (XtextResource) resourceSet.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
    }

    static List<Issue> validate(Resource resource) {
        return ((XtextResource) resource).getResourceServiceProvider().getResourceValidator().validate(resource,
                CheckMode.ALL, CancelIndicator.NullImpl);
    }

    /** The model as formatted text, as the notation writes it. */
    static String serialize(EObject model) {
        return INJECTOR.getInstance(ISerializer.class).serialize(model, SaveOptions.newBuilder().format().getOptions());
    }

    /** A model as text, through a fresh text resource (no node model: the formatter decides the layout). */
    String toText(JourneyModel model) {
        XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("test:/out.klantreis"));
        resource.getContents().add(model);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            resource.save(out, SaveOptions.newBuilder().format().getOptions().toOptionsMap());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
