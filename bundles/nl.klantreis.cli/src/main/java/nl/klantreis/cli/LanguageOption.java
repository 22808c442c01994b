package nl.klantreis.cli;

import picocli.CommandLine.Option;

/** {@code --lang nl|en}, which every command takes, and the texts in that language. */
final class LanguageOption {

    @Option(names = "--lang", paramLabel = "nl|en", description = "Language / Taal")
    private String language;

    Texts texts() {
        return new Texts(Texts.locale(language));
    }
}
