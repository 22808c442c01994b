/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules.catalogue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;

import nl.klantreis.model.Severity;
import nl.klantreis.rules.Rule;
import nl.klantreis.rules.RuleCheck;

/**
 * A rule of the personal-data family (KR-PRIVACY-*): journeys describe personas, not
 * residents, so no free text of any element may hold data that identifies or reaches a
 * resident. Each rule looks at every text attribute of every element, and reports the
 * attribute, never the value: a finding must not spread what it warns about.
 *
 * <p>Every rule runs on every text of the model, so the family reads an element's texts
 * once, keeps those with enough digits or an @, and only those meet the patterns.
 */
public abstract class PersonalDataRule extends Rule<EObject> {

    /** The AVG (GDPR) principle these rules come from: data minimisation. */
    static final String SOURCE = "AVG art. 5(1)(c)";

    private static final Map<EClass, List<EAttribute>> TEXT_ATTRIBUTES = new ConcurrentHashMap<>();

    protected PersonalDataRule(String id, Severity defaultSeverity) {
        super(id, EcorePackage.Literals.EOBJECT, EObject.class, defaultSeverity, SOURCE);
    }

    /**
     * Whether a text with this many ASCII digits, and an @ or not, can hold personal data of
     * this rule's kind at all: the cheap test before {@link #holds(String)}.
     */
    protected abstract boolean mayHold(int digits, boolean at);

    /** Whether {@code text} holds personal data of this rule's kind. */
    protected abstract boolean holds(String text);

    @Override
    protected final void check(EObject element, RuleCheck check) {
        for (SuspectText suspect : check.shared(SuspectText.class, () -> suspectTexts(element))) {
            if (anyHolds(suspect.values())) {
                check.report(element, suspect.attribute(), suspect.attribute().getName());
            }
        }
    }

    private boolean anyHolds(List<Text> texts) {
        for (Text text : texts) {
            if (mayHold(text.digits(), text.at()) && holds(text.value())) {
                return true;
            }
        }
        return false;
    }

    /** The texts of an attribute that any rule of the family could flag. */
    private record SuspectText(EAttribute attribute, List<Text> values) {
    }

    /** A text, with what the cheap tests need to know of it. */
    private record Text(String value, int digits, boolean at) {

        /** The text when any rule of the family could flag it: five digits (the shortest date of birth) or an @. */
        static Text ifSuspect(String value) {
            int digits = 0;
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c >= '0' && c <= '9') {
                    digits++;
                }
            }
            boolean at = value.indexOf('@') >= 0;
            return at || digits >= 5 ? new Text(value, digits, at) : null;
        }
    }

    /** The element's texts that any rule of the family could flag; most texts are not. */
    private static List<SuspectText> suspectTexts(EObject element) {
        List<SuspectText> suspects = List.of();
        for (EAttribute attribute : textAttributes(element.eClass())) {
            List<Text> values = suspects(element.eGet(attribute));
            if (!values.isEmpty()) {
                if (suspects.isEmpty()) {
                    suspects = new ArrayList<>(2);
                }
                suspects.add(new SuspectText(attribute, values));
            }
        }
        return suspects;
    }

    /** The suspect texts of one attribute's value: a text, or a list of them. */
    private static List<Text> suspects(Object value) {
        if (value instanceof String string) {
            Text text = Text.ifSuspect(string);
            return text == null ? List.of() : List.of(text);
        }
        List<Text> texts = List.of();
        if (value instanceof Collection<?> values) {
            for (Object each : values) {
                Text text = each instanceof String string ? Text.ifSuspect(string) : null;
                if (text != null) {
                    if (texts.isEmpty()) {
                        texts = new ArrayList<>(2);
                    }
                    texts.add(text);
                }
            }
        }
        return texts;
    }

    private static List<EAttribute> textAttributes(EClass eClass) {
        List<EAttribute> attributes = TEXT_ATTRIBUTES.get(eClass); // once per element: no lock on the way
        return attributes != null ? attributes
                : TEXT_ATTRIBUTES.computeIfAbsent(eClass, PersonalDataRule::collectTextAttributes);
    }

    private static List<EAttribute> collectTextAttributes(EClass eClass) {
        return eClass.getEAllAttributes().stream()
                .filter(attribute -> attribute.getEAttributeType().getInstanceClass() == String.class).toList();
    }
}
