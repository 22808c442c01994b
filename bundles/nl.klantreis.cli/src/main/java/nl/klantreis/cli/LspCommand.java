package nl.klantreis.cli;

import java.util.Locale;
import java.util.concurrent.Callable;

import org.eclipse.xtext.ide.server.ServerLauncher;

import nl.klantreis.dsl.ide.server.KlantreisLanguageServer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code klantreis lsp}: the language server of the .klantreis notation on standard input
 * and output, for any LSP client (Eclipse LSP4E, VS Code, Neovim ...).
 */
@Command(name = "lsp", mixinStandardHelpOptions = true,
        description = { "Runs the .klantreis language server on standard input and output (LSP).",
                "Start de taalserver voor .klantreis op standaardinvoer en -uitvoer (LSP)." })
final class LspCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        // Diagnostics, hovers and quick fixes speak the JVM's language: the one asked for.
        Locale.setDefault(LanguageOption.texts(spec).locale());
        ModelSet.injector();
        ServerLauncher.launch(ServerLauncher.class.getName(), new String[0], KlantreisLanguageServer.module());
        return 0;
    }
}
