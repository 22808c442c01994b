/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EObjectValidator;

import nl.klantreis.model.Handover;
import nl.klantreis.model.RuleParameter;
import nl.klantreis.model.RuleSetting;

/**
 * The EValidator of the klantreis package: EMF's structural checks, then every enabled rule
 * of the catalogue that applies to the element. Registered in EMF's EValidator registry, it
 * is what the Diagnostician, Sirius's "Validate", Xtext and the command line all run.
 */
public final class KlantreisRuleValidator extends EObjectValidator {

    /** The source of every diagnostic this validator makes. */
    public static final String DIAGNOSTIC_SOURCE = "nl.klantreis.rules";

    /** Context key: the {@link Locale} of the messages (default: the JVM's). */
    public static final String LOCALE = "nl.klantreis.rules.locale";

    /** Code of the diagnostics about rule settings themselves (rules count from 1). */
    public static final int SETTING_PROBLEM = 0;

    /** Replaced as a whole when extensions come and go; a validation keeps the one it started with per element. */
    private volatile RuleCatalogue catalogue;

    public KlantreisRuleValidator(RuleCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public RuleCatalogue catalogue() {
        return catalogue;
    }

    void catalogue(RuleCatalogue replacement) {
        this.catalogue = replacement;
    }

    @Override
    public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        // EMF's structural problems in the reader's words, for every client: Sirius, markers, the command line
        BasicDiagnostic structural = diagnostics == null ? null : new BasicDiagnostic();
        boolean valid = super.validate(eClass, eObject, structural, context);
        if (structural != null) {
            Locale locale = messages(context).locale();
            structural.getChildren().forEach(problem -> diagnostics.add(ModelProblems.readable(problem, locale).orElse(problem)));
            Optional<Diagnostic> acrossJourneys = eObject instanceof Handover handover
                    ? ModelProblems.handoverAcrossJourneys(handover, locale) : Optional.empty();
            acrossJourneys.ifPresent(diagnostics::add);
            valid &= acrossJourneys.isEmpty();
        }
        return validateRules(eClass, eObject, diagnostics, context) && valid;
    }

    /** The rules of the catalogue that apply to {@code eObject}, without EMF's structural checks. */
    boolean validateRules(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean valid = true;
        RuleCatalogue catalogue = this.catalogue;
        if (eObject.eIsProxy()) {
            return valid;
        }
        if (eObject instanceof RuleSetting setting) {
            valid &= validateSetting(catalogue, setting, messages(context), diagnostics);
        }
        List<RuleCatalogue.Entry> rules = catalogue.rulesFor(eClass);
        if (rules.isEmpty()) {
            return valid;
        }
        RuleCheck check = new RuleCheck(RuleSettings.of(eObject, context), () -> messages(context), diagnostics);
        for (RuleCatalogue.Entry entry : rules) {
            Rule<?> rule = entry.rule();
            if (check.enabled(rule)) {
                rule.checkElement(eObject, check.of(rule, entry.code()));
                valid &= !(check.found() && check.severity() == Diagnostic.ERROR);
            }
        }
        return valid;
    }

    private static boolean validateSetting(RuleCatalogue catalogue, RuleSetting setting, RuleMessages messages, DiagnosticChain diagnostics) {
        RuleDescriptor rule = catalogue.descriptor(setting.getRuleId()).orElse(null);
        if (rule == null) {
            report(diagnostics, setting, messages.format("setting.unknownRule", setting.getRuleId()));
            return false;
        }
        boolean valid = true;
        for (RuleParameter value : setting.getParameters()) {
            ParameterDescriptor parameter = rule.parameter(value.getKey()).orElse(null);
            if (parameter == null) {
                report(diagnostics, value, rule.parameters().isEmpty()
                        ? messages.format("setting.noParameters", rule.id(), value.getKey())
                        : messages.format("setting.unknownParameter", rule.id(), value.getKey(),
                                String.join(", ", rule.parameters().stream().map(ParameterDescriptor::key).toList())));
                valid = false;
            } else if (value.getValue() != null) {
                try {
                    parameter.type().parse(value.getValue());
                } catch (IllegalArgumentException e) {
                    report(diagnostics, value, messages.format("setting.badValue", rule.id(), value.getKey(),
                            value.getValue(), parameter.type().expected(messages)));
                    valid = false;
                }
            }
        }
        return valid;
    }

    private static void report(DiagnosticChain diagnostics, EObject element, String message) {
        if (diagnostics != null) {
            diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, DIAGNOSTIC_SOURCE, SETTING_PROBLEM, message,
                    new Object[] { element }));
        }
    }

    private RuleMessages messages(Map<Object, Object> context) {
        Locale locale = context != null && context.get(LOCALE) instanceof Locale l ? l : Locale.getDefault();
        if (context == null) {
            return RuleMessages.forLocale(locale, catalogue);
        }
        return (RuleMessages) context.computeIfAbsent(RuleMessages.class, key -> RuleMessages.forLocale(locale, catalogue));
    }
}
