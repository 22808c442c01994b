/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.rules;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import nl.klantreis.model.JourneyModel;
import nl.klantreis.model.RuleParameter;
import nl.klantreis.model.RuleSetting;
import nl.klantreis.model.Severity;

/**
 * The rule settings of one model, resolved once per validation: whether a rule runs, its
 * severity and its thresholds. What a model does not set keeps the catalogue's default; a
 * value that does not parse keeps the default too (and is reported on the setting itself).
 */
final class RuleSettings {

    private static final RuleSettings DEFAULTS = new RuleSettings(Map.of());

    private final Map<String, RuleSetting> byRuleId;
    private final Map<RuleDescriptor, Map<String, Object>> parameterCache = new HashMap<>();

    private RuleSettings(Map<String, RuleSetting> byRuleId) {
        this.byRuleId = byRuleId;
    }

    /** The settings that apply to {@code element}, cached in the validation context. */
    static RuleSettings of(EObject element, Map<Object, Object> context) {
        EObject root = EcoreUtil.getRootContainer(element);
        if (!(root instanceof JourneyModel model)) {
            return DEFAULTS;
        }
        if (context == null) {
            return of(model);
        }
        @SuppressWarnings("unchecked")
        Map<EObject, RuleSettings> cache = (Map<EObject, RuleSettings>) context.computeIfAbsent(RuleSettings.class,
                key -> new HashMap<EObject, RuleSettings>());
        return cache.computeIfAbsent(model, key -> of(model));
    }

    private static RuleSettings of(JourneyModel model) {
        Map<String, RuleSetting> byRuleId = new HashMap<>();
        for (RuleSetting setting : model.getRuleSettings()) {
            byRuleId.putIfAbsent(setting.getRuleId(), setting);
        }
        return new RuleSettings(byRuleId);
    }

    boolean enabled(RuleDescriptor rule) {
        RuleSetting setting = byRuleId.get(rule.id());
        return setting == null || setting.isEnabled();
    }

    Severity severity(RuleDescriptor rule) {
        RuleSetting setting = byRuleId.get(rule.id());
        return setting != null && setting.isSetSeverity() ? setting.getSeverity() : rule.defaultSeverity();
    }

    Object parameter(RuleDescriptor rule, String key) {
        return parameterCache.computeIfAbsent(rule, r -> new HashMap<>()).computeIfAbsent(key, k -> resolve(rule, k));
    }

    private Object resolve(RuleDescriptor rule, String key) {
        ParameterDescriptor parameter = rule.parameter(key)
                .orElseThrow(() -> new IllegalArgumentException(rule.id() + " has no parameter " + key));
        RuleSetting setting = byRuleId.get(rule.id());
        if (setting != null) {
            for (RuleParameter value : setting.getParameters()) {
                if (key.equals(value.getKey()) && value.getValue() != null) {
                    try {
                        return parameter.type().parse(value.getValue());
                    } catch (IllegalArgumentException e) {
                        break;
                    }
                }
            }
        }
        return parameter.type().parse(parameter.defaultValue());
    }
}
