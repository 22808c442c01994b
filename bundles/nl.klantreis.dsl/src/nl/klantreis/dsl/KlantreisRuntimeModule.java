/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl;

import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.validation.CompositeEValidator;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.parser.IAstFactory;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.serializer.tokens.ICrossReferenceSerializer;

import com.google.inject.Binder;
import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.Provider;
import com.google.inject.name.Names;
import org.eclipse.xtext.validation.IDiagnosticConverter;

import nl.klantreis.dsl.conversion.KlantreisValueConverters;
import nl.klantreis.dsl.documentation.KlantreisDocumentation;
import nl.klantreis.dsl.linking.KlantreisLinkingMessages;
import nl.klantreis.dsl.naming.KlantreisQualifiedNameProvider;
import nl.klantreis.dsl.parser.KlantreisElementFactory;
import nl.klantreis.dsl.parser.KlantreisLexer;
import nl.klantreis.dsl.parser.KlantreisSyntaxErrors;
import nl.klantreis.dsl.parser.KlantreisTextParser;
import nl.klantreis.dsl.parser.antlr.internal.InternalKlantreisLexer;
import nl.klantreis.dsl.resource.KlantreisResource;
import nl.klantreis.dsl.serializer.KlantreisCrossReferenceSerializer;
import nl.klantreis.dsl.validation.KlantreisDiagnosticConverter;
import nl.klantreis.dsl.validation.KlantreisDiagnostician;
import nl.klantreis.dsl.resource.KlantreisLocations;
import nl.klantreis.dsl.resource.KlantreisResourceDescriptions;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.resource.IResourceDescription;

/**
 * Guice bindings of the klantreis notation: names are ids, the rule catalogue's findings
 * become issues with the rule id as code, and large files parse fast (a lexer that reads
 * each word once, tokens let go as soon as they are parsed, elements that stay silent while
 * they are parsed).
 */
public class KlantreisRuntimeModule extends AbstractKlantreisRuntimeModule {

    @Override
    public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
        return KlantreisQualifiedNameProvider.class;
    }

    @Override
    public Class<? extends IValueConverterService> bindIValueConverterService() {
        return KlantreisValueConverters.class;
    }

    public Class<? extends ILocationInFileProvider> bindILocationInFileProvider() {
        return KlantreisLocations.class;
    }

    public Class<? extends IResourceDescription.Manager> bindIResourceDescription$Manager() {
        return KlantreisResourceDescriptions.class;
    }

    @Override
    public Class<? extends Diagnostician> bindDiagnostician() {
        return KlantreisDiagnostician.class;
    }

    public Class<? extends IDiagnosticConverter> bindIDiagnosticConverter() {
        return KlantreisDiagnosticConverter.class;
    }

    @Override
    public Class<? extends XtextResource> bindXtextResource() {
        return KlantreisResource.class;
    }

    public Class<? extends ICrossReferenceSerializer> bindICrossReferenceSerializer() {
        return KlantreisCrossReferenceSerializer.class;
    }

    public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
        return KlantreisLinkingMessages.class;
    }

    public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
        return KlantreisSyntaxErrors.class;
    }

    @Override
    public Class<? extends IParser> bindIParser() {
        return KlantreisTextParser.class;
    }

    @Override
    public Class<? extends Lexer> bindLexer() {
        return KlantreisLexer.class;
    }

    @Override
    public Provider<? extends InternalKlantreisLexer> provideInternalKlantreisLexer() {
        // made by the injector, as the runtime lexer is, so that its messages speak the injector's language
        return new Provider<KlantreisLexer>() {
            @Inject
            private Injector injector;

            @Override
            public KlantreisLexer get() {
                return injector.getInstance(KlantreisLexer.class);
            }
        };
    }

    @Override
    public void configureRuntimeLexer(Binder binder) {
        binder.bind(Lexer.class).annotatedWith(Names.named(LexerBindings.RUNTIME)).to(KlantreisLexer.class);
    }

    @Override
    public Class<? extends IAstFactory> bindIAstFactory() {
        return KlantreisElementFactory.class;
    }

    public Class<? extends IEObjectDocumentationProvider> bindIEObjectDocumentationProvider() {
        return KlantreisDocumentation.class;
    }

    /** The rule catalogue's validator runs EMF's structural checks already; running them twice would report twice. */
    public void configureUseEObjectValidator(Binder binder) {
        binder.bindConstant().annotatedWith(Names.named(CompositeEValidator.USE_EOBJECT_VALIDATOR)).to(false);
    }
}
