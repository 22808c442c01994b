/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.cli;

import java.util.Locale;

import nl.klantreis.rules.Language;

/**
 * The language of {@code --lang nl|en}, which {@code klantreis} declares for every command: read
 * from the arguments before picocli parses them, before the command's name or after it, so that
 * the help and picocli's own messages speak it too.
 */
final class LanguageOption {

    static final String NAME = "--lang";

    /** The languages Klantreis speaks: any other value of --lang is a usage error. */
    enum Value {
        nl, en
    }

    private LanguageOption() {
    }

    /** The language asked for ({@code --lang nl}, {@code --lang=nl}; the last one counts), or else the system's. */
    static Locale of(String... args) {
        String asked = null;
        for (int i = 0; i < args.length; i++) {
            if ("--".equals(args[i])) {
                break; // what follows is a file name, whatever it looks like
            }
            if (NAME.equals(args[i]) && i + 1 < args.length) {
                asked = args[++i];
            } else if (args[i].startsWith(NAME + "=")) {
                asked = args[i].substring(NAME.length() + 1);
            }
        }
        // nl or en as asked; otherwise Dutch on a Dutch system, English elsewhere
        return asked != null ? Language.of(asked) : Language.of(Locale.getDefault());
    }
}
