/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl.ide;

import org.eclipse.xtext.ide.refactoring.IRenameStrategy2;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;

import nl.klantreis.dsl.ide.rename.KlantreisRenameService;
import nl.klantreis.dsl.ide.rename.KlantreisRenameStrategy;
import nl.klantreis.dsl.ide.server.KlantreisDocumentSymbols;
import nl.klantreis.dsl.ide.server.KlantreisFormatting;

import org.eclipse.xtext.ide.LexerIdeBindings;
import org.eclipse.xtext.ide.editor.contentassist.antlr.internal.Lexer;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.codeActions.QuickFixCodeActionService;

import com.google.inject.Binder;
import com.google.inject.name.Names;

import nl.klantreis.dsl.ide.contentassist.KlantreisContentAssistLexer;
import nl.klantreis.dsl.ide.contentassist.KlantreisContentProposals;
import nl.klantreis.dsl.ide.hover.KlantreisHoverService;
import nl.klantreis.dsl.ide.quickfix.RuleQuickFixProvider;

/**
 * Language-server bindings: the rules' fixes as code actions, words lexed as the parser lexes them,
 * hover on every word, completion of the notation's own values.
 */
public class KlantreisIdeModule extends AbstractKlantreisIdeModule {

    @Override
    public void configureContentAssistLexer(Binder binder) {
        binder.bind(Lexer.class).annotatedWith(Names.named(LexerIdeBindings.CONTENT_ASSIST))
                .to(KlantreisContentAssistLexer.class);
    }

    public Class<? extends ICodeActionService2> bindICodeActionService2() {
        return QuickFixCodeActionService.class;
    }

    public Class<? extends IQuickFixProvider> bindIQuickFixProvider() {
        return RuleQuickFixProvider.class;
    }

    public Class<? extends IHoverService> bindIHoverService() {
        return KlantreisHoverService.class;
    }

    @Override
    public Class<? extends IRenameService2> bindIRenameService2() {
        return KlantreisRenameService.class;
    }

    @Override
    public Class<? extends IRenameStrategy2> bindIRenameStrategy2() {
        return KlantreisRenameStrategy.class;
    }

    public Class<? extends FormattingService> bindFormattingService() {
        return KlantreisFormatting.class;
    }

    public Class<? extends DocumentSymbolService> bindDocumentSymbolService() {
        return KlantreisDocumentSymbols.class;
    }

    public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
        return KlantreisContentProposals.class;
    }
}
