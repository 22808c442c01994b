/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl.ide.rename;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ide.server.rename.RenameService2;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

import nl.klantreis.model.KlantreisPackage;

/**
 * Rename and prepare-rename on ids: an element of the notation is named by its id
 * ({@code organisation balie "Balie van de gemeente"}), not by its {@code name}, which is the
 * label people read. Xtext's service looks for a feature called "name" and so found nothing.
 */
public class KlantreisRenameService extends RenameService2 {

    @Override
    protected EObject getElementWithIdentifierAt(XtextResource resource, int offset) {
        if (offset < 0 || resource.getParseResult() == null) {
            return null;
        }
        ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
        Assignment assignment = leaf == null ? null : GrammarUtil.containingAssignment(leaf.getGrammarElement());
        if (assignment != null && KlantreisPackage.Literals.NAMED_ELEMENT__ID.getName().equals(assignment.getFeature())) {
            return NodeModelUtils.findActualSemanticObjectFor(leaf); // the id where it is declared
        }
        return getEObjectAtOffsetHelper().resolveCrossReferencedElementAt(resource, offset); // or where it is referred to
    }

    @Override
    protected String getElementName(EObject element) {
        return EcoreUtil.getID(element);
    }
}
