/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl.ui;

import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.eclipse.xtext.ide.LexerIdeBindings;
import org.eclipse.xtext.ide.editor.contentassist.antlr.internal.Lexer;
import org.eclipse.xtext.resource.containers.IAllContainersState;
import org.eclipse.xtext.ui.editor.model.IResourceForEditorInputFactory;
import org.eclipse.xtext.ui.editor.model.ResourceForIEditorInputFactory;
import org.eclipse.xtext.ui.resource.IResourceSetProvider;
import org.eclipse.xtext.ui.resource.SimpleResourceSetProvider;
import org.eclipse.xtext.ui.shared.Access;

import com.google.inject.Binder;
import com.google.inject.Provider;
import com.google.inject.name.Names;

import nl.klantreis.dsl.ide.contentassist.KlantreisContentAssistLexer;
import nl.klantreis.dsl.parser.KlantreisLexer;
import nl.klantreis.rules.KlantreisRules;

/**
 * Eclipse editor bindings: the notation's own lexers (as the runtime and the language server
 * bind them), workspace projects instead of Java projects (the notation has no Java in it, so
 * the editor needs no JDT), and the rule catalogue registered, so that the editor and the builder report its findings.
 */
public class KlantreisUiModule extends AbstractKlantreisUiModule {

    public KlantreisUiModule(AbstractUIPlugin plugin) {
        super(plugin);
        KlantreisRules.register();
    }

    @Override
    public void configureHighlightingLexer(Binder binder) {
        binder.bind(org.eclipse.xtext.parser.antlr.Lexer.class).annotatedWith(Names.named(LexerIdeBindings.HIGHLIGHTING))
                .to(KlantreisLexer.class);
    }

    @Override
    public void configureContentAssistLexer(Binder binder) {
        binder.bind(Lexer.class).annotatedWith(Names.named(LexerIdeBindings.CONTENT_ASSIST))
                .to(KlantreisContentAssistLexer.class);
    }

    @Override
    public Provider<? extends IAllContainersState> provideIAllContainersState() {
        return Access.getWorkspaceProjectsState();
    }

    public Class<? extends IResourceSetProvider> bindIResourceSetProvider() {
        return SimpleResourceSetProvider.class;
    }

    public Class<? extends IResourceForEditorInputFactory> bindIResourceForEditorInputFactory() {
        return ResourceForIEditorInputFactory.class;
    }
}
