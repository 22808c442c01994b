/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.cli;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.LineAndColumn;

import nl.klantreis.model.NamedElement;
import nl.klantreis.rules.Labels;

/** Checks of an input that its parser does not make: encoding of text files, unique ids. */
final class InputChecks {

    private InputChecks() {
    }

    /**
     * Where a file's bytes stop being UTF-8, as "line:column", or empty when they are UTF-8 throughout.
     * Xtext would read such bytes as replacement characters and lose them silently.
     */
    static Optional<String> firstNonUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        if (!decoder.decode(in, out, true).isError()) {
            return Optional.empty();
        }
        // The decoder stops in front of the bad bytes: count lines and columns up to there.
        out.flip();
        int line = 1;
        int column = 1;
        while (out.hasRemaining()) {
            if (out.get() == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return Optional.of(line + ":" + column);
    }

    /** An element whose id an earlier element of the model already has. */
    record DuplicateId(EObject element, EObject earlier) {
    }

    static List<DuplicateId> duplicateIds(EObject root) {
        Map<String, EObject> first = new HashMap<>();
        List<DuplicateId> duplicates = new ArrayList<>();
        root.eAllContents().forEachRemaining(element -> {
            String id = EcoreUtil.getID(element);
            if (id != null) {
                EObject earlier = first.putIfAbsent(id, element);
                if (earlier != null) {
                    duplicates.add(new DuplicateId(element, earlier));
                }
            }
        });
        return duplicates;
    }

    /**
     * Where an element stands in its file: "line:column" in a text file, its type, id and
     * name in XMI (whose parser keeps no positions).
     */
    static String where(EObject element, Locale locale) {
        ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
        if (node == null) {
            // Two elements with one id differ in their names, if anywhere.
            return element instanceof NamedElement named && named.getName() != null
                    ? Labels.typeAndId(element, locale) + " \"" + named.getName() + "\""
                    : Labels.typeAndId(element, locale);
        }
        LineAndColumn start = NodeModelUtils.getLineAndColumn(node, node.getOffset());
        return start.getLine() + ":" + start.getColumn();
    }
}
