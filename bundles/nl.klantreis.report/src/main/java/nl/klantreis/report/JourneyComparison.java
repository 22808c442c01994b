/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import nl.klantreis.model.Handover;
import nl.klantreis.model.Journey;
import nl.klantreis.model.NamedElement;
import nl.klantreis.model.KlantreisPackage;
import nl.klantreis.model.Touchpoint;
import nl.klantreis.presentation.JourneyLabels;
import nl.klantreis.rules.EditLabels;
import nl.klantreis.rules.Labels;
import nl.klantreis.rules.RuleDiagnostic;
import nl.klantreis.rules.catalogue.JourneyFacts;

/**
 * Before and after: a baseline journey and a journey that redesigns it (or two versions of one
 * journey), compared as a policy officer asks. Which steps correspond is decided by id, then by
 * name, then by organisation and purpose, in written order; the findings of each are then
 * resolved, new or remaining, and a step that stayed may have changed in what the handreiking
 * cares about: its interpreter, its length, the handover that brings the persona to it, and
 * how it felt.
 */
public final class JourneyComparison {

    /** What the comparison looks at in a step that stayed. */
    public static final List<String> FEATURES = List.of("interpreter", "duration", "handover", "emotion");

    /** One difference of a step that stayed: a feature's value before and after, as people read them. */
    public record Change(String feature, String before, String after) {
    }

    /** A step that stayed, and how it changed (empty when it did not). */
    public record Step(Touchpoint before, Touchpoint after, List<Change> changes) {
    }

    private final Journey baseline;
    private final Journey planned;
    private final List<Step> steps = new ArrayList<>();
    private final List<Touchpoint> removed = new ArrayList<>();
    private final List<Touchpoint> added = new ArrayList<>();
    private final List<RuleDiagnostic> resolved = new ArrayList<>();
    private final List<RuleDiagnostic> newFindings = new ArrayList<>();
    private final List<RuleDiagnostic> remaining = new ArrayList<>();

    private JourneyComparison(Journey baseline, Journey planned) {
        this.baseline = baseline;
        this.planned = planned;
    }

    /**
     * The comparison of {@code baseline} with {@code planned}, given the findings of the models
     * they belong to (any findings, of any element: those about each journey are picked out).
     */
    public static JourneyComparison of(Journey baseline, List<Diagnostic> baselineFindings, Journey planned,
            List<Diagnostic> plannedFindings, Locale locale) {
        JourneyComparison comparison = new JourneyComparison(baseline, planned);
        Map<Touchpoint, Touchpoint> pairs = comparison.pair();
        pairs.forEach((before, after) -> comparison.steps.add(new Step(before, after, changes(before, after, locale))));
        Map<String, RuleDiagnostic> before = keyed(baselineFindings, baseline, Map.of());
        Map<Touchpoint, Touchpoint> afterToBefore = new LinkedHashMap<>();
        pairs.forEach((b, a) -> afterToBefore.put(a, b));
        Map<String, RuleDiagnostic> after = keyed(plannedFindings, planned, afterToBefore);
        before.forEach((key, finding) -> (after.containsKey(key) ? comparison.remaining : comparison.resolved).add(finding));
        after.forEach((key, finding) -> {
            if (!before.containsKey(key)) {
                comparison.newFindings.add(finding);
            }
        });
        return comparison;
    }

    public Journey baseline() {
        return baseline;
    }

    public Journey planned() {
        return planned;
    }

    /** The steps that stayed, in the baseline's order, each with its changes. */
    public List<Step> steps() {
        return steps;
    }

    public List<Step> changed() {
        return steps.stream().filter(step -> !step.changes().isEmpty()).toList();
    }

    public List<Touchpoint> removed() {
        return removed;
    }

    public List<Touchpoint> added() {
        return added;
    }

    public List<RuleDiagnostic> resolved() {
        return resolved;
    }

    public List<RuleDiagnostic> newFindings() {
        return newFindings;
    }

    public List<RuleDiagnostic> remaining() {
        return remaining;
    }

    /** Baseline step to planned step, by id, then name, then organisation and purpose; the rest removed or added. */
    private Map<Touchpoint, Touchpoint> pair() {
        List<Touchpoint> before = new ArrayList<>(JourneyFacts.touchpoints(baseline).toList());
        List<Touchpoint> after = new ArrayList<>(JourneyFacts.touchpoints(planned).toList());
        Map<Touchpoint, Touchpoint> pairs = new LinkedHashMap<>();
        List<BiPredicate<Touchpoint, Touchpoint>> sameStep = List.of(
                (b, a) -> Objects.equals(b.getId(), a.getId()),
                (b, a) -> Labels.of(b).equals(Labels.of(a)),
                (b, a) -> Objects.equals(idOf(JourneyFacts.organisationOf(b)), idOf(JourneyFacts.organisationOf(a)))
                        && JourneyFacts.purposeOf(b) != null && JourneyFacts.purposeOf(b) == JourneyFacts.purposeOf(a));
        for (BiPredicate<Touchpoint, Touchpoint> same : sameStep) {
            for (Touchpoint b : List.copyOf(before)) {
                after.stream().filter(a -> same.test(b, a)).findFirst().ifPresent(a -> {
                    pairs.put(b, a);
                    before.remove(b);
                    after.remove(a);
                });
            }
        }
        removed.addAll(before);
        added.addAll(after);
        Map<Touchpoint, Touchpoint> inOrder = new LinkedHashMap<>();
        JourneyFacts.touchpoints(baseline).filter(pairs::containsKey).forEach(b -> inOrder.put(b, pairs.get(b)));
        return inOrder;
    }

    private static List<Change> changes(Touchpoint before, Touchpoint after, Locale locale) {
        List<Change> changes = new ArrayList<>();
        for (String feature : FEATURES) {
            String was = value(before, feature, locale);
            String is = value(after, feature, locale);
            if (!was.equals(is)) {
                changes.add(new Change(feature, was, is));
            }
        }
        return changes;
    }

    /** A feature as a person reads it; "handover" is the kind of the handover that leads to the step. */
    static String value(Touchpoint step, String feature, Locale locale) {
        if ("duration".equals(feature) && step.eIsSet(KlantreisPackage.Literals.TOUCHPOINT__DURATION)) {
            return Integer.toString(step.getDuration()); // its label says the unit: "Duur (minuten) 10 -> 20"
        }
        if (!"handover".equals(feature)) {
            return JourneyLabels.cell(step, feature, locale);
        }
        Journey journey = JourneyFacts.journeyOf(step);
        return journey == null ? "" : journey.getHandovers().stream().filter(handover -> handover.getTarget() == step)
                .findFirst().map(handover -> JourneyLabels.handover(handover, locale)).orElse("\u2013");
    }

    /** The label of a feature the comparison looks at, in {@code locale}. */
    public static String featureLabel(String feature, Locale locale) {
        return "handover".equals(feature)
                ? EditLabels.type(KlantreisPackage.Literals.HANDOVER, locale)
                : JourneyLabels.featureLabel(KlantreisPackage.Literals.TOUCHPOINT, feature, locale);
    }

    /**
     * The findings about a journey (its own elements, the organisations and key persons of its
     * steps, its persona), keyed by rule and element so that the other journey's findings about
     * the corresponding element have the same key.
     */
    private static Map<String, RuleDiagnostic> keyed(List<Diagnostic> findings, Journey journey,
            Map<Touchpoint, Touchpoint> asBaseline) {
        Set<EObject> around = new LinkedHashSet<>();
        around.add(journey.getPersona());
        JourneyFacts.touchpoints(journey).forEach(step -> {
            around.add(step.getOrganisation());
            around.addAll(step.getKeyPersons());
        });
        Map<String, RuleDiagnostic> keyed = new LinkedHashMap<>();
        for (Diagnostic finding : findings) {
            if (finding instanceof RuleDiagnostic rule && (EcoreUtil.isAncestor(journey, rule.element())
                    || around.contains(rule.element()))) {
                keyed.putIfAbsent(rule.ruleId() + " " + key(rule.element(), journey, asBaseline), rule);
            }
        }
        return keyed;
    }

    /** An element's key: a step by the baseline step it corresponds to, a handover by its steps, the journey as such. */
    private static String key(EObject element, Journey journey, Map<Touchpoint, Touchpoint> asBaseline) {
        if (element == journey) {
            return "journey";
        }
        if (element instanceof Touchpoint step) {
            return "step " + idOf(asBaseline.getOrDefault(step, step));
        }
        if (element instanceof Handover handover) {
            return "handover " + idOf(asBaseline.getOrDefault(handover.getSource(), handover.getSource())) + " "
                    + idOf(asBaseline.getOrDefault(handover.getTarget(), handover.getTarget()));
        }
        return element.eClass().getName() + " " + idOf(element);
    }

    private static String idOf(EObject element) {
        return element instanceof NamedElement named ? named.getId() : null;
    }
}
