/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl.ide.quickfix;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import com.google.inject.Inject;

import nl.klantreis.dsl.parser.NotationGrammar;
import nl.klantreis.dsl.parser.NotationGrammar.Statement;
import nl.klantreis.rules.Fix;

/**
 * A rule's fix as an edit of the text, so the rest of the file stays as its author wrote it: a
 * value that is written is replaced ({@code COLD} becomes {@code WARM}); a statement that is
 * missing is written where the block's order wants it ({@code interpreter PROFESSIONAL}).
 */
public class FixEdits {

    @Inject
    private NotationGrammar grammar;

    /**
     * The edit of {@code document}, the text of {@code resource}; empty when the fix cannot be
     * written there: its element lives in another file (an organisation in the catalogue beside
     * the journey), whose text this edit must never touch.
     */
    public Optional<TextEdit> of(Fix fix, Resource resource, Document document) {
        EObject element = fix.element();
        ICompositeNode node = NodeModelUtils.getNode(element);
        if (node == null || element.eResource() != resource || fix.feature() instanceof EReference) {
            return Optional.empty();
        }
        List<INode> written = NodeModelUtils.findNodesForFeature(element, fix.feature());
        boolean flag = fix.value() instanceof Boolean;
        if (!written.isEmpty() && !flag) {
            // all the values written (a list such as "forms SPOKEN, WRITTEN" is several nodes), replaced at once
            INode first = written.get(0);
            INode last = written.get(written.size() - 1);
            return Optional.of(new TextEdit(range(document, first.getOffset(), last.getEndOffset()), text(fix.value())));
        }
        Statement statement = grammar.statements(element.eClass()).stream()
                .filter(candidate -> fix.feature().getName().equals(candidate.feature())).findFirst().orElse(null);
        if (statement == null || !written.isEmpty() || Boolean.FALSE.equals(fix.value())) {
            return Optional.empty(); // a flag that is written is already true; the rules never ask to remove one
        }
        return insertion(element, node, statement, fix, document);
    }

    /** The statement, written before the first statement the grammar puts after it (or before the block's '}'). */
    private Optional<TextEdit> insertion(EObject element, ICompositeNode node, Statement statement, Fix fix, Document document) {
        String line = statement.flag() ? statement.phrase()
                : String.join(" ", List.of(statement.phrase(), text(fix.value()), statement.after())).strip();
        List<Statement> order = grammar.statements(element.eClass());
        INode next = null;
        for (Statement later : order.subList(order.indexOf(statement) + 1, order.size())) {
            next = firstNodeOf(element, node, later);
            if (next != null) {
                break;
            }
        }
        if (next == null) {
            next = closingBrace(node);
        }
        if (next == null) {
            return Optional.empty();
        }
        String before = document.getContents().substring(0, next.getOffset());
        String indentation = before.substring(before.lastIndexOf('\n') + 1);
        String inserted;
        if (!indentation.isBlank()) {
            inserted = line + " "; // a block on one line: { kind PUBLIC_HEALTH interpreter budget }
        } else if ("}".equals(next.getText())) {
            inserted = "  " + line + "\n" + indentation; // the last statement, one step in from the '}'
        } else {
            inserted = line + "\n" + indentation; // on a line of its own, before the statement that follows it
        }
        return Optional.of(new TextEdit(range(document, next.getOffset(), next.getOffset()), inserted));
    }

    private static INode firstNodeOf(EObject element, ICompositeNode node, Statement statement) {
        if (statement.keyword() == null) {
            Object value = element.eGet(element.eClass().getEStructuralFeature(statement.feature()));
            EObject first = value instanceof List<?> list && !list.isEmpty() ? (EObject) list.get(0) : value instanceof EObject one ? one : null;
            return first == null ? null : NodeModelUtils.getNode(first);
        }
        for (ILeafNode leaf : node.getLeafNodes()) {
            if (leaf.getGrammarElement() == statement.keyword() && NodeModelUtils.findActualSemanticObjectFor(leaf) == element) {
                return leaf;
            }
        }
        return null;
    }

    private static INode closingBrace(ICompositeNode node) {
        INode last = null;
        for (INode child : node.getChildren()) {
            if (child.getGrammarElement() instanceof Keyword keyword && "}".equals(keyword.getValue())) {
                last = child;
            }
        }
        return last;
    }

    /** A value as the notation writes it: an enumeration value by its literal, a list comma-separated, a number as it is. */
    private static String text(Object value) {
        if (value instanceof Collection<?> values) {
            return values.stream().map(FixEdits::text).collect(Collectors.joining(", "));
        }
        return value instanceof Enumerator literal ? literal.getLiteral() : String.valueOf(value);
    }

    private static Range range(Document document, int start, int end) {
        Position from = document.getPosition(start);
        Position to = document.getPosition(end);
        return new Range(from, to);
    }
}
