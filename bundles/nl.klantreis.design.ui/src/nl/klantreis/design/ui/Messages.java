/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.design.ui;

import java.util.Locale;

import nl.klantreis.rules.Language;

/** The map's own words in the workbench's language (the undo menu names its command). */
final class Messages {

    /** The workbench's language, as Eclipse's -nl sets it. */
    private static final Language.Texts TEXTS = Language.texts("nl.klantreis.design.ui.messages", Messages.class, Locale.getDefault());

    private Messages() {
    }

    static String arrange() {
        return TEXTS.get("arrange");
    }

    static String dropRefused(String touchpoint) {
        return TEXTS.get("dropRefused", touchpoint);
    }
}
