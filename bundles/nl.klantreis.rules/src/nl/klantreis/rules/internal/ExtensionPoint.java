/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules.internal;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;

import nl.klantreis.rules.ExtensionException;
import nl.klantreis.rules.KlantreisExtension;
import nl.klantreis.rules.KlantreisRules;

/**
 * The extension point {@code nl.klantreis.rules.extensions} (schema/extensions.exsd): every
 * {@code <provider class="..."/>} contributed is added to the catalogue; one that fails is
 * logged with its bundle and reason, and the others still join.
 */
final class ExtensionPoint {

    static final String ID = "nl.klantreis.rules.extensions";

    private ExtensionPoint() {
    }

    static void addContributions() {
        if (RegistryFactory.getRegistry() == null) {
            return; // an OSGi runtime without Eclipse's extension registry: no contributions to read
        }
        for (IConfigurationElement element : RegistryFactory.getRegistry().getConfigurationElementsFor(ID)) {
            String contributor = element.getContributor().getName();
            try {
                KlantreisRules.add((KlantreisExtension) element.createExecutableExtension("class"));
            } catch (CoreException | ClassCastException | ExtensionException | LinkageError e) {
                ILog.of(ExtensionPoint.class).log(new Status(IStatus.ERROR, "nl.klantreis.rules",
                        "Klantreis extension of " + contributor + " not added: " + e.getMessage(), e));
            }
        }
    }
}
