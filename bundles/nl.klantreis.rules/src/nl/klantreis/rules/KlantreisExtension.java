/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.eclipse.emf.ecore.EPackage;

/**
 * What a municipality's extension adds to Klantreis: its own packages, whose classes may
 * extend Klantreis's, and its own rules. Found through Java's {@link java.util.ServiceLoader}
 * on a plain JVM (a line with the implementing class in
 * {@code META-INF/services/nl.klantreis.rules.KlantreisExtension}) and through the extension
 * point {@code nl.klantreis.rules.extensions} in Eclipse. Stable API, see docs/extending.md.
 */
public interface KlantreisExtension {

    /** A name for people: in the rules reference and in messages about the extension. */
    default String name() {
        return getClass().getName();
    }

    /**
     * The extension's packages. On a plain JVM Klantreis registers them, so that models using
     * them can be read; everywhere their subclasses of Klantreis's classes are checked by
     * Klantreis's rules, also when a package has a validator of its own.
     */
    default List<EPackage> packages() {
        return List.of();
    }

    /** The extension's rules, with ids in a namespace of its own (not {@code KR-}). */
    default List<Rule<?>> rules() {
        return List.of();
    }

    /**
     * The texts of the extension's rules, keyed as Klantreis's are ({@code <rule id>.title},
     * {@code .checks}, {@code .unrecorded}, {@code .rationale}, {@code .message}, {@code .fix}).
     * By default the properties {@code messages.properties} (English) and
     * {@code messages_nl.properties} (Dutch) in the Java package of the implementing class.
     */
    default ResourceBundle messages(Locale locale) {
        return Language.texts(getClass().getPackageName() + ".messages", getClass(), locale).bundle();
    }
}
