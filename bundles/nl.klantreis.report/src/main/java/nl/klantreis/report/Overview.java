/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.owasp.encoder.Encode;

import nl.klantreis.model.Handover;
import nl.klantreis.model.Improvement;
import nl.klantreis.model.Journey;
import nl.klantreis.model.JourneyModel;
import nl.klantreis.model.KeyPerson;
import nl.klantreis.model.Organisation;
import nl.klantreis.model.Touchpoint;
import nl.klantreis.presentation.JourneyLabels;
import nl.klantreis.rules.Labels;
import nl.klantreis.rules.RuleDiagnostic;
import nl.klantreis.rules.Severity;
import nl.klantreis.rules.catalogue.JourneyFacts;

/**
 * The opening of a report over many journeys: a row per journey with what a policy officer
 * compares (findings by severity, professional interpreters where one was needed, warm
 * handovers, intake length) and the totals; a matrix of the chain partners by rule (which
 * organisation has which finding); and the reach the handreiking asks to know (2.1, "Zicht
 * krijgen op het bereik"): the status holders in each organisation's caseload.
 */
final class Overview {

    /** The report's words. */
    interface Words {
        String text(String key, Object... arguments);
    }

    private Overview() {
    }

    static void write(StringBuilder html, List<JourneyModel> models, Map<Journey, List<Diagnostic>> byJourney,
            List<Diagnostic> findings, Words words, Locale locale, PageIds ids) {
        html.append("<section id=\"overview\"><h2>").append(words.text("overview")).append("</h2>\n");
        journeys(html, byJourney, findings, words, ids);
        matrix(html, models, findings, words);
        reach(html, models, words, locale);
        html.append("</section>\n");
    }

    private static void journeys(StringBuilder html, Map<Journey, List<Diagnostic>> byJourney, List<Diagnostic> findings, Words words,
            PageIds ids) {
        html.append("<table class=\"overview-journeys\"><tr>");
        for (String column : List.of("overview.journey", "severity.error", "severity.warning", "severity.info",
                "overview.interpreter", "overview.warm", "overview.intake")) {
            html.append("<th>").append(Encode.forHtml(words.text(column))).append("</th>");
        }
        html.append("</tr>\n");
        int[] severityTotals = new int[3];
        int professional = 0;
        int needing = 0;
        int warm = 0;
        int handovers = 0;
        int intakes = 0;
        int journeysWithIntake = 0;
        int intakeMinutes = 0;
        for (Map.Entry<Journey, List<Diagnostic>> entry : byJourney.entrySet()) {
            Journey journey = entry.getKey();
            JourneyFigures figures = JourneyFigures.of(journey);
            int[] severities = severities(entry.getValue());
            html.append("<tr><td><a href=\"#journey-").append(ids.id(journey)).append("\">")
                    .append(Encode.forHtml(Labels.of(journey))).append("</a></td>");
            for (int i = 0; i < severities.length; i++) {
                html.append("<td>").append(severities[i]).append("</td>");
                severityTotals[i] += severities[i];
            }
            html.append("<td>").append(share(figures.withProfessionalInterpreter(), figures.needingInterpreter(), words)).append("</td>")
                    .append("<td>").append(share(figures.warmHandovers(), figures.handovers(), words)).append("</td>")
                    .append("<td>").append(!figures.intakeMinutes().isEmpty()
                            ? Encode.forHtml(figures.intakeText(words))
                            : "<span class=\"not-recorded\">" + Encode.forHtml(words.text("overview.noIntake")) + "</span>")
                    .append("</td></tr>\n");
            professional += figures.withProfessionalInterpreter();
            needing += figures.needingInterpreter();
            warm += figures.warmHandovers();
            handovers += figures.handovers();
            if (!figures.intakeMinutes().isEmpty()) {
                journeysWithIntake++;
            }
            for (int minutes : figures.intakeMinutes()) {
                intakes++;
                intakeMinutes += minutes;
            }
        }
        // what is about the chain (an organisation, a key person) belongs to no journey, but counts in the total
        Set<Diagnostic> inJourneys = Collections.newSetFromMap(new IdentityHashMap<>());
        byJourney.values().forEach(inJourneys::addAll);
        List<Diagnostic> chain = findings.stream().filter(finding -> !inJourneys.contains(finding)).toList();
        if (!chain.isEmpty()) {
            html.append("<tr><td><a href=\"#chain\">").append(Encode.forHtml(words.text("findings.model"))).append("</a></td>");
            int[] severities = severities(chain);
            for (int i = 0; i < severities.length; i++) {
                html.append("<td>").append(severities[i]).append("</td>");
                severityTotals[i] += severities[i];
            }
            html.append("<td></td><td></td><td></td></tr>\n");
        }
        html.append("<tr class=\"total\"><th>").append(Encode.forHtml(words.text("overview.total", byJourney.size()))).append("</th>");
        for (int count : severityTotals) {
            html.append("<th>").append(count).append("</th>");
        }
        html.append("<th>").append(share(professional, needing, words)).append("</th>")
                .append("<th>").append(share(warm, handovers, words)).append("</th>")
                .append("<th>").append(intakes == 0 ? "" : Encode.forHtml(words.text("overview.intakeAverage",
                        Math.round((float) intakeMinutes / intakes), intakes, journeysWithIntake, byJourney.size())))
                .append("</th></tr>\n</table>\n");
    }

    /** Errors, warnings and infos among a journey's findings. */
    private static int[] severities(List<Diagnostic> findings) {
        int[] counts = new int[3];
        for (Diagnostic finding : findings) {
            counts[Severity.error.ordinal() - Severity.of(finding).ordinal()]++;
        }
        return counts;
    }

    private static String share(int part, int whole, Words words) {
        return whole == 0 ? "\u2013" : Encode.forHtml(words.text("figure.interpreter.value", part, whole, Math.round(100f * part / whole)));
    }

    /** Which chain partner has which finding: a finding counts for the organisation it is about or happens at. */
    private static void matrix(StringBuilder html, List<JourneyModel> models, List<Diagnostic> findings, Words words) {
        Map<Organisation, Map<String, Integer>> counts = new LinkedHashMap<>();
        models.forEach(model -> model.getOrganisations().forEach(organisation -> counts.put(organisation, new LinkedHashMap<>())));
        TreeSet<String> rules = new TreeSet<>();
        for (Diagnostic finding : findings) {
            if (finding instanceof RuleDiagnostic rule) {
                Organisation organisation = organisationOf(rule.element());
                if (organisation != null && counts.containsKey(organisation)) {
                    counts.get(organisation).merge(rule.ruleId(), 1, Integer::sum);
                    rules.add(rule.ruleId());
                }
            }
        }
        html.append("<h3>").append(Encode.forHtml(words.text("overview.matrix"))).append("</h3>\n");
        if (rules.isEmpty()) {
            html.append("<p>").append(Encode.forHtml(words.text("findings.none"))).append("</p>\n");
            return;
        }
        html.append("<table class=\"overview-matrix\"><tr><th>").append(Encode.forHtml(words.text("overview.organisation"))).append("</th>");
        rules.forEach(rule -> html.append("<th>").append(Encode.forHtml(rule)).append("</th>"));
        html.append("</tr>\n");
        counts.forEach((organisation, byRule) -> {
            html.append("<tr><td>").append(Encode.forHtml(name(organisation, models))).append("</td>");
            rules.forEach(rule -> html.append("<td>").append(byRule.containsKey(rule) ? byRule.get(rule).toString() : "").append("</td>"));
            html.append("</tr>\n");
        });
        html.append("</table>\n");
    }

    /** The organisation a finding is about: itself, the one a step or handover happens at, an improvement's owner, a key person's supervisor. */
    static Organisation organisationOf(EObject element) {
        EObject found = element instanceof Touchpoint step ? JourneyFacts.organisationOf(step)
                : element instanceof Handover handover && handover.getSource() != null ? JourneyFacts.organisationOf(handover.getSource())
                : element instanceof Improvement improvement ? improvement.getOwner()
                : element instanceof KeyPerson keyPerson ? keyPerson.getSupervisor()
                : element;
        for (EObject scope = found; scope != null; scope = scope.eContainer()) {
            if (scope instanceof Organisation organisation) {
                return organisation;
            }
        }
        return null;
    }

    /** The reach: status holders in each organisation's caseload, and what is not recorded. */
    private static void reach(StringBuilder html, List<JourneyModel> models, Words words, Locale locale) {
        html.append("<h3>").append(Encode.forHtml(words.text("overview.reach"))).append("</h3>\n<table class=\"overview-reach\"><tr><th>")
                .append(Encode.forHtml(words.text("overview.organisation"))).append("</th><th>")
                .append(Encode.forHtml(words.text("overview.kind"))).append("</th><th>")
                .append(Encode.forHtml(words.text("overview.caseload"))).append("</th></tr>\n");
        int sum = 0;
        int unknown = 0;
        List<Organisation> all = new ArrayList<>();
        models.forEach(model -> all.addAll(model.getOrganisations()));
        for (Organisation organisation : all) {
            html.append("<tr><td>").append(Encode.forHtml(name(organisation, models))).append("</td><td>")
                    .append(Encode.forHtml(JourneyLabels.cell(organisation, "kind", locale))).append("</td>");
            if (organisation.isSetStatusHolderCaseload()) {
                sum += organisation.getStatusHolderCaseload();
                html.append("<td>").append(organisation.getStatusHolderCaseload()).append("</td></tr>\n");
            } else {
                unknown++;
                html.append("<td class=\"not-recorded\">").append(Encode.forHtml(JourneyLabels.notRecorded(locale))).append("</td></tr>\n");
            }
        }
        html.append("<tr class=\"total\"><th colspan=\"2\">").append(Encode.forHtml(words.text("overview.reachTotal", all.size() - unknown, all.size())))
                .append("</th><th>").append(sum).append("</th></tr>\n</table>\n");
    }

    /** An organisation's label, with its model's when the report holds several models. */
    private static String name(Organisation organisation, List<JourneyModel> models) {
        return models.size() > 1 && organisation.eContainer() != null
                ? Labels.of(organisation) + " (" + Labels.of(organisation.eContainer()) + ")"
                : Labels.of(organisation);
    }
}
