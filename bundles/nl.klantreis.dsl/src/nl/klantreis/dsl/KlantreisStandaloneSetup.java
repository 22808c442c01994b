/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl;

import java.util.Locale;

import org.eclipse.emf.ecore.EPackage;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.util.Modules;

import nl.klantreis.model.KlantreisPackage;
import nl.klantreis.rules.KlantreisRules;

/**
 * Sets the notation up without Equinox: registers the klantreis package and the rule
 * catalogue first, so that Xtext's validation composes with the catalogue. The notation's
 * messages speak the language given here ({@link NotationTexts}), or else the platform's.
 */
public class KlantreisStandaloneSetup extends KlantreisStandaloneSetupGenerated {

    /** The language asked for; null for the platform's. */
    private final Locale locale;

    public KlantreisStandaloneSetup() {
        this(null);
    }

    public KlantreisStandaloneSetup(Locale locale) {
        this.locale = locale;
    }

    public static Injector doSetup() {
        return new KlantreisStandaloneSetup().createInjectorAndDoEMFRegistration();
    }

    /** The notation set up with its messages in {@code locale}. */
    public static Injector doSetup(Locale locale) {
        return new KlantreisStandaloneSetup(locale).createInjectorAndDoEMFRegistration();
    }

    @Override
    public Injector createInjector() {
        return Guice.createInjector(inLanguage(new KlantreisRuntimeModule()));
    }

    /** The notation's {@code modules}, with its texts in the language asked for. */
    protected Module inLanguage(Module modules) {
        return locale == null ? modules
                : Modules.override(modules).with(binder -> binder.bind(NotationTexts.class).toInstance(new NotationTexts(locale)));
    }

    @Override
    public Injector createInjectorAndDoEMFRegistration() {
        EPackage.Registry.INSTANCE.put(KlantreisPackage.eNS_URI, KlantreisPackage.eINSTANCE);
        KlantreisRules.register();
        return super.createInjectorAndDoEMFRegistration();
    }
}
