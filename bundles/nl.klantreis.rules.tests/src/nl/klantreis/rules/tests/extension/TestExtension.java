/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules.tests.extension;

import java.util.List;

import nl.klantreis.rules.KlantreisExtension;
import nl.klantreis.rules.Rule;

/** An extension with the rules given; its texts are messages*.properties beside it. */
public final class TestExtension implements KlantreisExtension {

    private final String name;
    private final List<Rule<?>> rules;

    public TestExtension(String name, Rule<?>... rules) {
        this.name = name;
        this.rules = List.of(rules);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<Rule<?>> rules() {
        return rules;
    }
}
