/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl.formatting2;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatter;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.xbase.lib.Pair;

/**
 * Lays a klantreis file out the way it reads aloud: every element and every statement of a
 * block on a line of its own, blocks indented, one space between words, none before a comma.
 * The rules follow from the grammar's shape (an optional group that starts with a keyword is
 * a statement), so a new statement in the grammar needs no change here.
 */
public class KlantreisFormatter extends AbstractJavaFormatter {

    /** One layout for every file, whoever formats it: two spaces to indent, '\n' to end a line. */
    private static final Map<String, String> LAYOUT = Map.of(FormatterPreferenceKeys.indentation.getId(), "  ",
            FormatterPreferenceKeys.lineSeparator.getId(), "\n");

    @Override
    protected void initialize(FormatterRequest request) {
        request.setPreferences(new MapBasedPreferenceValues(request.getPreferences(), LAYOUT));
        super.initialize(request);
    }

    @Override
    public void format(Object object, IFormattableDocument document) {
        if (object instanceof EObject element) {
            formatElement(element, document);
        } else {
            super.format(object, document);
        }
    }

    private void formatElement(EObject element, IFormattableDocument document) {
        if (element.eContainer() == null) {
            document.set(textRegionExtensions.previousHiddenRegion(element), f -> f.noSpace());
            document.set(textRegionExtensions.nextHiddenRegion(element), f -> f.setNewLines(1));
        }
        // One decision per space before a word of this element (its children's words are theirs):
        // setting each space once keeps large files fast, as the formatter sorts every setting in.
        for (ISemanticRegion region : textRegionExtensions.regionForEObject(element).getSemanticRegions()) {
            if (region.getSemanticElement() != element) {
                continue;
            }
            Keyword keyword = region.getGrammarElement() instanceof Keyword word ? word : null;
            if (keyword != null && ",".equals(keyword.getValue())) {
                document.prepend(region, f -> f.noSpace());
            } else if (keyword != null && startsStatement(keyword)) {
                document.prepend(region, KlantreisFormatter::lineBreak);
            } else {
                document.prepend(region, f -> {
                    f.oneSpace();
                    f.lowPriority();
                });
            }
        }
        for (Pair<ISemanticRegion, ISemanticRegion> block : textRegionExtensions.regionFor(element).keywordPairs("{", "}")) {
            document.interior(block, f -> f.indent());
            document.append(block.getKey(), KlantreisFormatter::lineBreak);
            document.prepend(block.getValue(), KlantreisFormatter::lineBreak);
        }
        for (EObject child : element.eContents()) {
            document.set(textRegionExtensions.previousHiddenRegion(child), KlantreisFormatter::lineBreak);
            document.format(child);
        }
    }

    /** A line break, keeping one blank line where the author left one. */
    private static void lineBreak(IHiddenRegionFormatter formatting) {
        formatting.setNewLines(1, 1, 2);
    }

    /** The first keyword of an optional group, such as {@code 'duration'} in {@code ('duration' duration=INT 'minutes')?}. */
    private static boolean startsStatement(Keyword keyword) {
        AbstractElement first = keyword.eContainer() instanceof Assignment assignment ? assignment : keyword;
        return first.eContainer() instanceof Group group && group.getCardinality() != null
                && group.getElements().get(0) == first;
    }
}
