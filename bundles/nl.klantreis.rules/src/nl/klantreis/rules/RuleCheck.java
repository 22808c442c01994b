/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import nl.klantreis.model.DutchLevel;
import nl.klantreis.model.LifeDomain;

/**
 * What a rule sees while it checks one element: its thresholds, and where to report. One
 * check serves every rule of one element in turn ({@link #of(Rule, int)}): checking an element
 * costs one object, not one per rule.
 */
public final class RuleCheck {

    private final RuleSettings settings;
    private final Supplier<RuleMessages> messages;
    private final DiagnosticChain diagnostics;
    private Object sharedKey;
    private Object sharedValue;
    private Map<Object, Object> moreShared;
    private Rule<?> rule;
    private int code;
    private boolean found;

    RuleCheck(RuleSettings settings, Supplier<RuleMessages> messages, DiagnosticChain diagnostics) {
        this.settings = settings;
        this.messages = messages;
        this.diagnostics = diagnostics;
    }

    /** Makes this the check of {@code rule} (whose diagnostics have {@code code}), with nothing found yet. */
    RuleCheck of(Rule<?> rule, int code) {
        this.rule = rule;
        this.code = code;
        this.found = false;
        return this;
    }

    /**
     * A value about the element under check, computed by the first rule that asks for it and
     * shared with the other rules that check the same element in the same pass (a rule family
     * reads the element's texts once, not once per rule).
     */
    @SuppressWarnings("unchecked")
    public <T> T shared(Object key, Supplier<T> compute) {
        if (sharedKey == null) { // the first value needs no map: usually the only one
            sharedValue = compute.get();
            sharedKey = key;
        }
        if (sharedKey.equals(key)) {
            return (T) sharedValue;
        }
        if (moreShared == null) {
            moreShared = new HashMap<>(4);
        }
        return (T) moreShared.computeIfAbsent(key, k -> compute.get());
    }

    public int wholeNumber(String key) {
        return (Integer) settings.parameter(rule.descriptor(), key);
    }

    public double share(String key) {
        return (Double) settings.parameter(rule.descriptor(), key);
    }

    public DutchLevel dutchLevel(String key) {
        return (DutchLevel) settings.parameter(rule.descriptor(), key);
    }

    @SuppressWarnings("unchecked")
    public Set<LifeDomain> lifeDomains(String key) {
        return (Set<LifeDomain>) settings.parameter(rule.descriptor(), key);
    }

    /**
     * Reports a finding at {@code element}, pointing at {@code feature} where it is not null.
     * The message's first argument is the element's label; {@code arguments} follow it.
     */
    public void report(EObject element, EStructuralFeature feature, Object... arguments) {
        report(element, feature, null, arguments);
    }

    /** Reports a finding that {@code fix} resolves. */
    public void report(Fix fix, Object... arguments) {
        report(fix.element(), fix.feature(), fix, arguments);
    }

    /** Reports a finding at {@code element} that {@code fix} resolves elsewhere (for example on its organisation). */
    public void report(EObject element, EStructuralFeature feature, Fix fix, Object... arguments) {
        found = true;
        if (diagnostics == null) {
            return;
        }
        RuleMessages texts = messages.get();
        Object[] all = new Object[arguments.length + 1];
        all[0] = Labels.of(element);
        for (int i = 0; i < arguments.length; i++) {
            all[i + 1] = readable(arguments[i], texts.locale());
        }
        List<Object> data = new ArrayList<>(2);
        data.add(element);
        if (feature != null) {
            data.add(feature);
        }
        diagnostics.add(new RuleDiagnostic(severity(), code, rule.id(), texts.message(rule.id(), all),
                texts.fix(rule.id(), all), data, fix));
    }

    /** An enumeration value (or several) as the reader's language names it: "Huisbezoek", not HOME_VISIT. */
    private static Object readable(Object argument, Locale locale) {
        if (argument instanceof Enumerator value) {
            return EditLabels.literal(value, locale);
        }
        if (argument instanceof Collection<?> values && !values.isEmpty() && values.iterator().next() instanceof Enumerator) {
            return values.stream().map(value -> EditLabels.literal((Enumerator) value, locale)).collect(Collectors.joining(", "));
        }
        return argument;
    }

    boolean enabled(Rule<?> candidate) {
        return settings.enabled(candidate.descriptor());
    }

    boolean found() {
        return found;
    }

    int severity() {
        return switch (settings.severity(rule.descriptor())) {
            case INFO -> Diagnostic.INFO;
            case WARNING -> Diagnostic.WARNING;
            case ERROR -> Diagnostic.ERROR;
        };
    }
}
