/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;

import nl.klantreis.model.KlantreisPackage;
import nl.klantreis.model.provider.KlantreisEditPlugin;

/**
 * The edit bundle's labels (plugin.properties, plugin_nl.properties) in a language chosen by
 * the caller. EMF's own resource locator translates only inside OSGi, in the platform's
 * language; the report and the command line run outside OSGi and take {@code --lang}.
 */
public final class EditLabels {

    private static final Map<String, Properties> BY_LANGUAGE = new ConcurrentHashMap<>();

    private EditLabels() {
    }

    /** The label for {@code key} in Dutch for a Dutch locale, in English otherwise. */
    public static String get(String key, Locale locale) {
        String language = Language.isDutch(locale) ? "nl" : "";
        String label = BY_LANGUAGE.computeIfAbsent(language, EditLabels::load).getProperty(key);
        if (label == null) {
            // A missing label is a bug of the edit bundle, which LabelsTest guards.
            throw new IllegalArgumentException("No label " + key + " in the edit bundle's plugin properties");
        }
        return label;
    }

    /**
     * The label of an enumeration value, for example "Home visit" or "Huisbezoek"; an
     * extension's value (another package's enumeration) by its literal.
     */
    public static String literal(Enumerator value, Locale locale) {
        if (!value.getClass().getPackageName().equals(KlantreisPackage.class.getPackageName())) {
            return value.getLiteral();
        }
        // The generated enumeration classes carry the names of their EEnums.
        return get("_UI_" + value.getClass().getSimpleName() + "_" + value.getName() + "_literal", locale);
    }

    /** The label of a type, for example "Touchpoint" or "Contactmoment"; an extension's class by its name. */
    public static String type(EClass type, Locale locale) {
        if (type.getEPackage() != KlantreisPackage.eINSTANCE) {
            return type.getName();
        }
        return get("_UI_" + type.getName() + "_type", locale);
    }

    /** The label of a feature, for example "Persona" or "Channel" / "Kanaal"; an extension's feature by its name. */
    public static String feature(EStructuralFeature feature, Locale locale) {
        if (feature.getEContainingClass().getEPackage() != KlantreisPackage.eINSTANCE) {
            return feature.getName();
        }
        return get("_UI_" + feature.getEContainingClass().getName() + "_" + feature.getName() + "_feature", locale);
    }

    private static Properties load(String language) {
        String file = language.isEmpty() ? "plugin.properties" : "plugin_" + language + ".properties";
        Properties labels = new Properties();
        try (InputStream in = new URL(KlantreisEditPlugin.INSTANCE.getBaseURL() + file).openStream()) {
            // ISO 8859-1, as Eclipse reads plugin properties; anything beyond it is escaped.
            labels.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the edit bundle's " + file, e);
        }
        return labels;
    }
}
