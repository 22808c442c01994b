/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl.ide;

import java.util.Locale;

import com.google.inject.Guice;
import com.google.inject.Injector;
import nl.klantreis.dsl.KlantreisRuntimeModule;
import nl.klantreis.dsl.KlantreisStandaloneSetup;
import org.eclipse.xtext.util.Modules2;

/**
 * Initialization support for running Xtext languages as language servers.
 */
public class KlantreisIdeSetup extends KlantreisStandaloneSetup {

    public KlantreisIdeSetup() {
        super();
    }

    /** The notation's services for editors, their messages in {@code locale}. */
    public KlantreisIdeSetup(Locale locale) {
        super(locale);
    }

    @Override
    public Injector createInjector() {
        return Guice.createInjector(inLanguage(Modules2.mixin(new KlantreisRuntimeModule(), new KlantreisIdeModule())));
    }

}
