/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl.ide.server;

import java.util.Locale;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Module;
import com.google.inject.util.Modules;

import nl.klantreis.dsl.ide.KlantreisIdeSetup;

/**
 * Xtext's language server as an editor meets it from Klantreis: each diagnostic says it comes
 * from klantreis (an editor shows several servers' messages side by side), and signature help,
 * which the notation has nothing to offer for, is not advertised.
 */
public class KlantreisLanguageServer extends LanguageServerImpl {

    /** The {@code source} of every diagnostic. */
    public static final String SOURCE = "klantreis";

    @Override
    protected ServerCapabilities createServerCapabilities(InitializeParams params) {
        ServerCapabilities capabilities = super.createServerCapabilities(params);
        capabilities.setSignatureHelpProvider(null);
        return capabilities;
    }

    @Override
    protected Diagnostic toDiagnostic(Issue issue) {
        Diagnostic diagnostic = super.toDiagnostic(issue);
        diagnostic.setSource(SOURCE);
        return diagnostic;
    }

    /** Xtext's server module with this server, the notation found as Xtext finds languages, speaking the platform's language. */
    public static Module module() {
        return Modules.override(new ServerModule()).with(binder -> binder.bind(LanguageServerImpl.class).to(KlantreisLanguageServer.class));
    }

    /** As {@link #module()}, the notation's diagnostics, hovers and proposals in {@code locale}: what `klantreis lsp --lang` runs. */
    public static Module module(Locale locale) {
        IResourceServiceProvider.Registry languages = new ResourceServiceProviderRegistryImpl();
        languages.getExtensionToFactoryMap().put(FILE_EXTENSION,
                new KlantreisIdeSetup(locale).createInjectorAndDoEMFRegistration().getInstance(IResourceServiceProvider.class));
        return Modules.override(module()).with(binder -> binder.bind(IResourceServiceProvider.Registry.class).toInstance(languages));
    }

    /** The notation's file extension. */
    private static final String FILE_EXTENSION = "klantreis";
}
