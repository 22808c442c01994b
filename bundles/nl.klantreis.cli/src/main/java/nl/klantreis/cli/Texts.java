package nl.klantreis.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The command line's own texts, in Dutch or English. */
final class Texts {

    private final ResourceBundle bundle;
    private final Locale locale;

    Texts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("nl.klantreis.cli.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** {@code nl} or {@code en} as asked; otherwise Dutch on a Dutch system, English elsewhere. */
    static Locale locale(String language) {
        String chosen = language != null ? language : Locale.getDefault().getLanguage();
        return "nl".equalsIgnoreCase(chosen) ? Locale.forLanguageTag("nl") : Locale.ENGLISH;
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key).replace("'", "''"), locale).format(arguments);
    }
}
