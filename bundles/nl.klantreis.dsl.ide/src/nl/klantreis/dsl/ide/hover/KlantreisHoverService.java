/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.dsl.ide.hover;

import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Action;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

import nl.klantreis.dsl.NotationTexts;
import nl.klantreis.dsl.documentation.MetamodelDocumentation;
import nl.klantreis.rules.EditLabels;

/**
 * Hover on the words of the notation, not only on references: a keyword shows what its
 * statement records ({@code channel}: the channel of a touchpoint), a value what it means
 * ({@code HOME_VISIT}), an id what its element is, each with the metamodel's documentation.
 */
public class KlantreisHoverService extends HoverService {

    @Inject
    private NotationTexts texts;

    @Override
    public Hover hover(Document document, XtextResource resource, HoverParams params, CancelIndicator cancelIndicator) {
        Hover references = super.hover(document, resource, params, cancelIndicator);
        if (!isEmpty(references)) {
            return references;
        }
        int offset = document.getOffSet(params.getPosition());
        ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
        if (leaf == null || leaf.isHidden()) {
            return references;
        }
        EObject element = NodeModelUtils.findActualSemanticObjectFor(leaf);
        Optional<String> text = element == null ? Optional.empty() : explain(leaf, element);
        if (text.isEmpty()) {
            return references;
        }
        Range range = new Range(document.getPosition(leaf.getOffset()), document.getPosition(leaf.getEndOffset()));
        return new Hover(new MarkupContent(MarkupKind.MARKDOWN, text.get()), range);
    }

    private Optional<String> explain(ILeafNode leaf, EObject element) {
        Locale locale = texts.locale();
        EObject grammarElement = leaf.getGrammarElement();
        if (EcoreUtil2.getContainerOfType(grammarElement, EnumLiteralDeclaration.class) != null) {
            grammarElement = leaf.getParent().getGrammarElement(); // an enumeration value: its rule call in the assignment
        }
        if (grammarElement instanceof Keyword keyword && startsItsRule(keyword)) {
            // 'handover', 'touchpoint': the element the statement declares, not its first feature
            return Optional.of("**" + EditLabels.type(element.eClass(), locale) + "**" + documentation(element.eClass(), locale));
        }
        if (grammarElement instanceof Keyword keyword) {
            return featureOf(keyword, element).map(feature -> "**" + EditLabels.feature(feature, locale) + "** ("
                    + EditLabels.type(element.eClass(), locale) + ")" + documentation(feature, locale));
        }
        Assignment assignment = grammarElement == null ? null : EcoreUtil2.getContainerOfType(grammarElement, Assignment.class);
        if (assignment == null) {
            return Optional.empty();
        }
        EStructuralFeature feature = element.eClass().getEStructuralFeature(assignment.getFeature());
        if (feature == null) {
            return Optional.empty();
        }
        if (feature.getEType() instanceof EEnum type && type.getEEnumLiteralByLiteral(leaf.getText()) != null) {
            EEnumLiteral literal = type.getEEnumLiteralByLiteral(leaf.getText());
            return Optional.of("**" + EditLabels.literal(literal.getInstance(), locale) + "** (" + EditLabels.feature(feature, locale)
                    + ")" + documentation(literal, locale));
        }
        if ("id".equals(feature.getName())) {
            return Optional.of("**" + EditLabels.type(element.eClass(), locale) + "** `" + element.eGet(feature) + "`"
                    + documentation(element.eClass(), locale));
        }
        return Optional.of("**" + EditLabels.feature(feature, locale) + "**" + documentation(feature, locale));
    }

    /** Whether the keyword is the first word of its rule (handover a -> b), which names the element itself. */
    private static boolean startsItsRule(Keyword keyword) {
        ParserRule rule = GrammarUtil.containingParserRule(keyword);
        AbstractElement body = rule == null ? null : rule.getAlternatives();
        AbstractElement first = body instanceof Group group ? group.getElements().stream().filter(part -> !(part instanceof Action))
                .findFirst().orElse(null) : body;
        return first == keyword;
    }

    /** The feature a statement's keyword introduces: the first assignment of its group ({@code 'channel' channel=Channel}). */
    private static Optional<EStructuralFeature> featureOf(Keyword keyword, EObject element) {
        EObject container = keyword.eContainer() instanceof Assignment assigned ? assigned.eContainer() : keyword.eContainer();
        if (keyword.eContainer() instanceof Assignment assigned) {
            return Optional.ofNullable(element.eClass().getEStructuralFeature(assigned.getFeature()));
        }
        if (container instanceof Group group) {
            for (AbstractElement part : group.getElements()) {
                if (part instanceof Assignment assignment) {
                    return Optional.ofNullable(element.eClass().getEStructuralFeature(assignment.getFeature()));
                }
            }
        }
        return Optional.empty();
    }

    private static String documentation(EModelElement documented, Locale locale) {
        return MetamodelDocumentation.of(documented, locale).map(text -> "\n\n" + text).orElse("");
    }

    private static boolean isEmpty(Hover hover) {
        if (hover == null || hover.getContents() == null) {
            return true;
        }
        return hover.getContents().isRight() ? hover.getContents().getRight().getValue() == null
                || hover.getContents().getRight().getValue().isBlank() : hover.getContents().getLeft().isEmpty();
    }
}
