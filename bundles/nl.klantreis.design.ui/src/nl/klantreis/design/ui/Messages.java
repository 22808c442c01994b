package nl.klantreis.design.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The map's own words in the workbench's language (the undo menu names its command). */
final class Messages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("nl.klantreis.design.ui.messages",
            Locale.getDefault());

    private Messages() {
    }

    static String arrange() {
        return BUNDLE.getString("arrange");
    }

    static String dropRefused(String touchpoint) {
        return MessageFormat.format(BUNDLE.getString("dropRefused"), touchpoint);
    }
}
