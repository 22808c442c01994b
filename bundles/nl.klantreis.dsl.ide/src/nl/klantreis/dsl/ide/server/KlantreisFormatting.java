/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl.ide.server;

import java.util.List;

import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Formatting that sends only edits that change something: Xtext replaces the empty space before
 * a leading comment with nothing, and an editor then marks a formatted file as changed.
 */
public class KlantreisFormatting extends FormattingService {

    @Override
    public List<TextEdit> format(XtextResource resource, Document document, int offset, int length, FormattingOptions options) {
        return super.format(resource, document, offset, length, options).stream().filter(edit -> changes(edit, document)).toList();
    }

    private static boolean changes(TextEdit edit, Document document) {
        int start = document.getOffSet(edit.getRange().getStart());
        int end = document.getOffSet(edit.getRange().getEnd());
        return !document.getContents().substring(start, end).equals(edit.getNewText());
    }
}
