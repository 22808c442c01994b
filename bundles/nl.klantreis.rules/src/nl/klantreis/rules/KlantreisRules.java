/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;

import nl.klantreis.model.KlantreisPackage;

/**
 * Registers the rule catalogue with EMF's EValidator registry, and adds extensions to it.
 * Inside Eclipse the rules bundle does this when it starts (extensions come from the extension
 * point {@code nl.klantreis.rules.extensions}); a plain Java program calls {@link #register()}
 * once and {@link #add(KlantreisExtension)} per extension.
 */
public final class KlantreisRules {

    private static final KlantreisRuleValidator VALIDATOR = new KlantreisRuleValidator(RuleCatalogue.KLANTREIS);

    /** The validators of the extensions' packages that extend Klantreis's classes. */
    private static final Map<EPackage, ExtendedPackageValidator> EXTENDED = new LinkedHashMap<>();

    private KlantreisRules() {
    }

    /** Makes every Diagnostician run the catalogue on klantreis models. */
    public static KlantreisRuleValidator register() {
        EValidator.Registry.INSTANCE.put(KlantreisPackage.eINSTANCE, VALIDATOR);
        return VALIDATOR;
    }

    /** Restores EMF's structural validation only. */
    public static void unregister() {
        EValidator.Registry.INSTANCE.remove(KlantreisPackage.eINSTANCE, VALIDATOR);
    }

    public static KlantreisRuleValidator validator() {
        return VALIDATOR;
    }

    /** The catalogue as it is now: Klantreis's rules and those of the extensions added. */
    public static RuleCatalogue catalogue() {
        return VALIDATOR.catalogue();
    }

    /**
     * Adds an extension: its rules join the catalogue, its packages are registered with EMF
     * (where they are not yet) and their subclasses of Klantreis's classes are checked by the
     * rules. Nothing changes when it fails.
     *
     * @throws ExtensionException when its rules cannot join the catalogue (see {@link RuleCatalogue#with})
     */
    public static synchronized void add(KlantreisExtension extension) {
        RuleCatalogue extended = VALIDATOR.catalogue().with(extension);
        for (EPackage ePackage : extension.packages()) {
            EPackage.Registry.INSTANCE.putIfAbsent(ePackage.getNsURI(), ePackage);
            if (extendsKlantreis(ePackage) && !EXTENDED.containsKey(ePackage)) {
                // the package's own validator, registered when the package was initialised
                EValidator own = EValidator.Registry.INSTANCE.getEValidator(ePackage);
                ExtendedPackageValidator validator = new ExtendedPackageValidator(own, VALIDATOR);
                EXTENDED.put(ePackage, validator);
                EValidator.Registry.INSTANCE.put(ePackage, validator);
            }
        }
        VALIDATOR.catalogue(extended);
    }

    /** Takes an extension out: its rules leave the catalogue, its packages get back their own validators. */
    public static synchronized void remove(KlantreisExtension extension) {
        VALIDATOR.catalogue(VALIDATOR.catalogue().without(extension));
        for (EPackage ePackage : extension.packages()) {
            ExtendedPackageValidator validator = EXTENDED.remove(ePackage);
            if (validator != null && validator.own() != null) {
                EValidator.Registry.INSTANCE.put(ePackage, validator.own());
            } else if (validator != null) {
                EValidator.Registry.INSTANCE.remove(ePackage);
            }
        }
    }

    /**
     * A registry of Klantreis's validators only, for a Diagnostician that should run the rules
     * and nothing else registered in the JVM: the catalogue on klantreis models and on the
     * extensions' subclasses of their classes.
     */
    public static synchronized EValidator.Registry newValidatorRegistry() {
        EValidator.Registry registry = new EValidatorRegistryImpl();
        registry.put(KlantreisPackage.eINSTANCE, VALIDATOR);
        registry.putAll(EXTENDED);
        return registry;
    }

    private static boolean extendsKlantreis(EPackage ePackage) {
        for (EClassifier classifier : ePackage.getEClassifiers()) {
            if (classifier instanceof EClass eClass
                    && eClass.getEAllSuperTypes().stream().anyMatch(type -> type.getEPackage() == KlantreisPackage.eINSTANCE)) {
                return true;
            }
        }
        return false;
    }
}
