/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl;

import org.eclipse.emf.ecore.EPackage;

import com.google.inject.Injector;

import nl.klantreis.model.KlantreisPackage;
import nl.klantreis.rules.KlantreisRules;

/**
 * Sets the notation up without Equinox: registers the klantreis package and the rule
 * catalogue first, so that Xtext's validation composes with the catalogue.
 */
public class KlantreisStandaloneSetup extends KlantreisStandaloneSetupGenerated {

	public static Injector doSetup() {
		return new KlantreisStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	@Override
	public Injector createInjectorAndDoEMFRegistration() {
		EPackage.Registry.INSTANCE.put(KlantreisPackage.eNS_URI, KlantreisPackage.eINSTANCE);
		KlantreisRules.register();
		return super.createInjectorAndDoEMFRegistration();
	}
}
