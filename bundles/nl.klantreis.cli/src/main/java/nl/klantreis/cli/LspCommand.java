/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.cli;

import org.eclipse.xtext.ide.server.ServerLauncher;

import nl.klantreis.dsl.ide.server.KlantreisLanguageServer;
import picocli.CommandLine.Command;

/**
 * {@code klantreis lsp}: the language server of the .klantreis notation on standard input
 * and output, for any LSP client (Eclipse LSP4E, VS Code, Neovim ...).
 */
@Command(name = "lsp", mixinStandardHelpOptions = true)
final class LspCommand extends BaseCommand {

    @Override
    int doCall(Texts texts) {
        ServerLauncher.launch(ServerLauncher.class.getName(), new String[0], KlantreisLanguageServer.module(texts.locale()));
        return ExitCodes.OK;
    }
}
