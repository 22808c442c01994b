/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;

import nl.klantreis.model.InterpreterArrangement;

/**
 * In Eclipse the rules bundle is started with the platform (META-INF/p2.inf); the test
 * runtime starts it the same way. Then EMF's plain Diagnostician runs the catalogue: no user
 * code registers anything.
 */
class RegistrationTest {

    @Test
    void startedBundleRegistersTheCatalogueWithEmf() {
        TestJourney t = new TestJourney();
        t.touchpoint("kind", tp -> tp.setInterpreter(InterpreterArrangement.CHILD));
        Diagnostic result = Diagnostician.INSTANCE.validate(t.model);
        assertTrue(result.getChildren().stream().anyMatch(d -> "nl.klantreis.rules".equals(d.getSource())),
                result.getChildren().toString());
    }
}
