/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.voorbeeldstad.klantreis.rules;

import java.util.List;

import org.eclipse.emf.ecore.EPackage;

import nl.klantreis.rules.KlantreisExtension;
import nl.klantreis.rules.Rule;
import nl.voorbeeldstad.klantreis.voorbeeldstad.VoorbeeldstadPackage;

/**
 * Voorbeeldstad's extension: its package (learning routes, language cafés) and its rule.
 * Listed in META-INF/services for the command line and in plugin.xml for Eclipse.
 */
public final class VoorbeeldstadExtension implements KlantreisExtension {

    @Override
    public String name() {
        return "Voorbeeldstad";
    }

    @Override
    public List<EPackage> packages() {
        return List.of(VoorbeeldstadPackage.eINSTANCE);
    }

    @Override
    public List<Rule<?>> rules() {
        return List.of(new GroupInformationRule());
    }
}
