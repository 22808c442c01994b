/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl.resource;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource.Diagnostic;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;

import nl.klantreis.rules.IssueCodes;

import java.util.HashMap;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.parser.IParseResult;

/**
 * A .klantreis resource that finds elements by id through a map, as an XMI resource does.
 * Without it EMF looks an id up by walking the whole model, and the check that ids are
 * unique walks it once per element.
 */
public class KlantreisResource extends LazyLinkingResource {

    public KlantreisResource() {
        setIntrinsicIDToEObjectMap(new HashMap<>());
    }

    /** The parser made the elements silent ({@code KlantreisElementFactory}); from here on they notify. */
    @Override
    protected void updateInternalState(IParseResult newParseResult) {
        EObject root = newParseResult.getRootASTElement();
        if (root != null) {
            root.eSetDeliver(true);
            for (TreeIterator<EObject> elements = root.eAllContents(); elements.hasNext();) {
                elements.next().eSetDeliver(true);
            }
        }
        super.updateInternalState(newParseResult);
    }

    /**
     * A syntax error that only follows from an earlier one (having lost its way, the parser
     * expected the text to end, or a block to close whose braces are right) is left out, so that
     * each mistake gets one message. Every one shown has the code {@link IssueCodes#INPUT},
     * as the command line gives it.
     */
    @Override
    protected void addSyntaxDiagnostic(List<Diagnostic> diagnostics, INode node) {
        String code = node.getSyntaxErrorMessage().getIssueCode();
        // only an error about the word itself stands after another one: the parser's (and the lexer's) others follow from it
        boolean followOn = !IssueCodes.INPUT.equals(code);
        if (followOn && diagnostics.stream().anyMatch(earlier -> earlier instanceof XtextSyntaxDiagnostic)) {
            return;
        }
        diagnostics.add(new XtextSyntaxDiagnostic(node) {
            @Override
            public String getCode() {
                return IssueCodes.INPUT;
            }
        });
    }
}
