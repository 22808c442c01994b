/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.owasp.encoder.Encode;

import nl.klantreis.model.Handover;
import nl.klantreis.model.Improvement;
import nl.klantreis.model.KeyPerson;
import nl.klantreis.model.Journey;
import nl.klantreis.model.JourneyModel;
import nl.klantreis.model.KlantreisPackage;
import nl.klantreis.model.NamedElement;
import nl.klantreis.model.PainPoint;
import nl.klantreis.model.Phase;
import nl.klantreis.model.Touchpoint;
import nl.klantreis.presentation.JourneyLabels;
import nl.klantreis.rules.EditLabels;
import nl.klantreis.rules.Findings;
import nl.klantreis.rules.IssueCodes;
import nl.klantreis.rules.Labels;
import nl.klantreis.rules.Language;
import nl.klantreis.rules.Severity;

/**
 * One self-contained HTML file for policy officers: per journey its figures, its SVG
 * journey map (placed by the shared JourneyMapGeometry, as the Sirius map is), its emotion curve and its findings, each linked to the
 * element it concerns. No script, no network: a Content-Security-Policy forbids both, and
 * every text from the model is escaped.
 */
public final class HtmlReport {

    /** Everything inline: styles and nothing else; no script, no request to anywhere. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    static final String STYLE = """
            body{font-family:sans-serif;margin:2em;color:#222;max-width:1400px}
            h1{font-size:1.6em}h2{border-bottom:2px solid #8aa9c9;padding-bottom:.2em;margin-top:2em}
            table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}
            .map{overflow:auto;border:1px solid #ddd;padding:.5em}.legend{font-size:.85em;color:#555}
            tr.error td:first-child{color:#b22222;font-weight:bold}tr.warning td:first-child{color:#9a5c00}
            td.rule{white-space:nowrap}
            td.not-recorded{color:#666;font-style:italic}
            @page{size:A4 landscape;margin:12mm}
            .map svg{max-width:100%;height:auto;min-width:var(--min-width,0)}.print-slices{display:none}.journey-map a rect{stroke:#0645ad;stroke-width:2.5}
            .overview-matrix th+th{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;font-size:.8em}
            .overview-matrix td+td{text-align:center}tr.total th{background:#f4f8fc}
            @media print{body{margin:0;max-width:none;font-size:10pt}nav{display:none}
            section.journey{break-before:page}section.journey:first-of-type{break-before:auto}
            h2,h3{break-after:avoid}tr,.map{break-inside:avoid}.screen-only{display:none}
            .map{overflow:visible;border:none;padding:0}.map svg{min-width:0}.journey-map a rect{stroke:#555;stroke-width:1}
            .map.sliced{height:0;overflow:hidden;margin:0}.print-slices{display:block}.print-slices svg{display:block;width:auto;height:auto;max-width:100%;max-height:165mm;break-inside:avoid}
            a{color:inherit;text-decoration:none}}
            """;

    private final ResourceBundle texts;
    private final Locale locale;
    /** The element ids of the page being rendered. */
    private PageIds ids;
    /**
     * Where the page first shows what its maps draw but no journey holds: an organisation's lane,
     * the first step a key person takes part in, a persona's card; the findings about them link there.
     */
    private final Map<EObject, String> shownAt = new LinkedHashMap<>();

    public HtmlReport(Locale locale) {
        this.locale = locale;
        this.texts = texts(locale);
    }

    /** The report of a model, with the findings of its validation (EMF diagnostics, rule findings among them). */
    public String render(JourneyModel model, List<Diagnostic> findings) {
        return render(List.of(model), findings);
    }

    /** One report of several models (a journey and its catalogue, a folder of journeys), their journeys in order. */
    public String render(List<JourneyModel> models, List<Diagnostic> findings) {
        ids = new PageIds(models);
        shownAt.clear();
        List<Journey> journeys = models.stream().flatMap(model -> model.getJourneys().stream()).toList();
        Map<Journey, List<Diagnostic>> byJourney = new LinkedHashMap<>();
        journeys.forEach(journey -> byJourney.put(journey, new ArrayList<>()));
        List<Diagnostic> chain = new ArrayList<>();
        for (Diagnostic finding : findings) {
            Journey journey = journeyOf(Findings.element(finding));
            (journey == null ? chain : byJourney.get(journey)).add(finding);
        }
        List<JourneyModel> titled = models.stream().filter(model -> !model.getJourneys().isEmpty()).toList();
        String title = text("title", String.join(", ", (titled.isEmpty() ? models : titled).stream().map(Labels::of)
                .distinct().toList()));
        StringBuilder html = page(title, text("intro"), text("intro.screen"));
        html.append("<nav><h2>").append(text("journeys")).append("</h2><ul>\n");
        for (Journey journey : journeys) {
            html.append("<li><a href=\"#journey-").append(ids.id(journey)).append("\">")
                    .append(Encode.forHtml(Labels.of(journey))).append("</a></li>\n");
        }
        html.append("</ul></nav>\n");
        if (journeys.size() > 1) {
            Overview.write(html, models, byJourney, findings, this::text, locale, ids);
        }
        byJourney.forEach((journey, journeyFindings) -> journey(html, journey, journeyFindings));
        html.append("<section id=\"chain\"><h2>").append(text("findings.model")).append("</h2>\n");
        notDrawn(html, chain);
        findings(html, chain);
        return html.append("</section>\n</body>\n</html>\n").toString();
    }

    /**
     * A map (or its emotion curve) in its frame: on screen scaled to the page's width, but never
     * so far that its smallest text is less than {@link JourneyGrid#READABLE} px high: a wider
     * map scrolls sideways instead (its {@code --min-width}). On paper it fits the page; one too
     * wide to read so is printed in pieces instead ({@link PrintSlices}).
     */
    private static StringBuilder map(StringBuilder html, String svg, JourneyGrid grid, double height, String drawing) {
        return html.append("<div class=\"map").append(PrintSlices.needed(grid) ? " sliced" : "").append("\">").append(svg)
                .append("</div>\n").append(PrintSlices.of(grid, height, drawing));
    }

    /**
     * The start of a page: its head, with the policy and the style, its title and what it holds;
     * {@code onScreen} (a hint to click, say) is left out of a print.
     */
    private StringBuilder page(String title, String intro, String onScreen) {
        StringBuilder html = new StringBuilder().append("<!DOCTYPE html>\n<html lang=\"").append(locale.getLanguage())
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CONTENT_SECURITY_POLICY).append("\">\n")
                .append("<title>").append(Encode.forHtml(title)).append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(Encode.forHtml(title)).append("</h1>\n<p>").append(Encode.forHtml(intro));
        if (!onScreen.isEmpty()) {
            html.append(" <span class=\"screen-only\">").append(Encode.forHtml(onScreen)).append("</span>");
        }
        return html.append("</p>\n");
    }

    /**
     * Before and after: per comparison both maps, one above the other (side by side, each would
     * get half the page's width and its text too small to read), the steps that changed, were
     * added or removed outlined in blue, then the findings resolved, new and remaining, and the
     * changes step by step.
     */
    public String renderComparison(List<JourneyComparison> comparisons) {
        List<JourneyModel> models = new ArrayList<>();
        comparisons.forEach(comparison -> List.of(comparison.baseline(), comparison.planned()).forEach(journey -> {
            if (journey.eContainer() instanceof JourneyModel model && !models.contains(model)) {
                models.add(model);
            }
        }));
        ids = new PageIds(models);
        shownAt.clear();
        StringBuilder html = page(text("compare.title"), text("compare.intro"), "");
        for (JourneyComparison comparison : comparisons) {
            comparison(html, comparison);
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private void comparison(StringBuilder html, JourneyComparison comparison) {
        Journey before = comparison.baseline();
        Journey after = comparison.planned();
        html.append("<section class=\"journey comparison\" id=\"compare-").append(ids.id(after)).append("\">\n<h2>")
                .append(Encode.forHtml(text("compare.heading", Labels.of(before), Labels.of(after))))
                .append("</h2>\n<div class=\"compare\">\n");
        Set<EObject> markedBefore = new HashSet<>(comparison.removed());
        Set<EObject> markedAfter = new HashSet<>(comparison.added());
        comparison.changed().forEach(step -> {
            markedBefore.add(step.before());
            markedAfter.add(step.after());
        });
        for (Journey journey : List.of(before, after)) {
            JourneyGrid grid = JourneyGrid.of(journey, locale);
            shown(journey, grid);
            html.append("<div><h3>").append(Encode.forHtml(text(journey == before ? "compare.before" : "compare.after",
                    Labels.of(journey)))).append("</h3>\n");
            map(html, SvgJourneyMap.render(journey, grid, Set.of(), journey == before ? markedBefore : markedAfter, locale, ids),
                    grid, grid.height, SvgJourneyMap.drawingId(journey, ids)).append("</div>\n");
        }
        html.append("</div>\n<p class=\"legend\">").append(Encode.forHtml(text("compare.legend"))).append("</p>\n");
        findingGroup(html, "compare.resolved", comparison.resolved());
        findingGroup(html, "compare.new", comparison.newFindings());
        findingGroup(html, "compare.remaining", comparison.remaining());
        html.append("<h3>").append(text("compare.steps")).append("</h3>\n<table class=\"step-changes\"><tr><th>")
                .append(text("compare.step")).append("</th><th>").append(text("compare.change")).append("</th></tr>\n");
        for (JourneyComparison.Step step : comparison.changed()) {
            String changes = String.join("; ", step.changes().stream().map(change -> JourneyComparison.featureLabel(change.feature(), locale)
                    + ": " + change.before() + " \u2192 " + change.after()).toList());
            row(html, Labels.of(step.before()) + (Labels.of(step.before()).equals(Labels.of(step.after()))
                    ? "" : " \u2192 " + Labels.of(step.after())), changes);
        }
        comparison.removed().forEach(step -> row(html, Labels.of(step), text("compare.removed")));
        comparison.added().forEach(step -> row(html, Labels.of(step), text("compare.added")));
        if (comparison.changed().isEmpty() && comparison.removed().isEmpty() && comparison.added().isEmpty()) {
            html.append("<tr><td colspan=\"2\">").append(text("compare.noStepChanges")).append("</td></tr>\n");
        }
        html.append("</table>\n</section>\n");
    }

    private void findingGroup(StringBuilder html, String key, List<? extends Diagnostic> findings) {
        html.append("<h3>").append(Encode.forHtml(text(key, findings.size()))).append("</h3>\n");
        findings(html, List.copyOf(findings), false);
    }

    private void journey(StringBuilder html, Journey journey, List<Diagnostic> findings) {
        html.append("<section class=\"journey\" id=\"journey-").append(ids.id(journey)).append("\">\n<h2>")
                .append(Encode.forHtml(Labels.of(journey))).append("</h2>\n<p>");
        if (journey.getPersona() != null) {
            html.append(text("persona")).append(": ").append(Encode.forHtml(Labels.of(journey.getPersona())));
        }
        if (journey.getTrigger() != null) {
            html.append(" \u00b7 ").append(text("lifeEvent")).append(": ")
                    .append(Encode.forHtml(journey.getTrigger().isSetKind()
                            ? EditLabels.literal(journey.getTrigger().getKind(), locale)
                            : JourneyLabels.notRecorded(locale)));
        }
        html.append("</p>\n");
        recorded(html, "journey-facts", journey, withExtensionFacts(journey, JOURNEY_FACTS));
        if (journey.getPersona() != null && !journey.getPersona().eIsProxy()) {
            String card = "persona-" + ids.id(journey);
            shownAt.putIfAbsent(journey.getPersona(), card);
            html.append("<h3 id=\"").append(card).append("\">").append(text("personaCard")).append(": ")
                    .append(Encode.forHtml(Labels.of(journey.getPersona()))).append("</h3>\n");
            recorded(html, "persona-card", journey.getPersona(), withExtensionFacts(journey.getPersona(), PERSONA_CARD));
        }
        figures(html, JourneyFigures.of(journey));
        Set<EObject> withFindings = new HashSet<>();
        findings.forEach(finding -> withFindings.add(Findings.element(finding)));
        JourneyGrid grid = JourneyGrid.of(journey, locale);
        shown(journey, grid);
        html.append("<h3>").append(text("map")).append("</h3>\n");
        map(html, SvgJourneyMap.render(journey, grid, withFindings, locale, ids), grid, grid.height,
                SvgJourneyMap.drawingId(journey, ids)).append("<p class=\"legend\">")
                        .append(Encode.forHtml(text("map.legend"))).append("</p>\n");
        html.append("<h3>").append(text("emotion")).append("</h3>\n");
        map(html, EmotionCurve.render(journey, grid, text("emotion"), texts, ids), grid, EmotionCurve.HEIGHT,
                EmotionCurve.drawingId(journey, ids));
        html.append("<h3>").append(text("findings")).append("</h3>\n");
        findings(html, findings);
        notes(html, journey);
        html.append("</section>\n");
    }

    /** What the findings rest on: the journey's own facts, and its persona's. */
    private static final List<EStructuralFeature> JOURNEY_FACTS = List.of(KlantreisPackage.Literals.JOURNEY__KIND,
            KlantreisPackage.Literals.JOURNEY__STATUS, KlantreisPackage.Literals.JOURNEY__OWNER,
            KlantreisPackage.Literals.JOURNEY__BASELINE);
    private static final List<EStructuralFeature> PERSONA_CARD = List.of(KlantreisPackage.Literals.PERSONA__COUNTRY_OF_ORIGIN,
            KlantreisPackage.Literals.PERSONA__LANGUAGES, KlantreisPackage.Literals.PERSONA__DUTCH_LEVEL,
            KlantreisPackage.Literals.PERSONA__LITERACY, KlantreisPackage.Literals.PERSONA__HEALTH_LITERACY,
            KlantreisPackage.Literals.PERSONA__DIGITAL_SKILLS, KlantreisPackage.Literals.PERSONA__HOUSEHOLD,
            KlantreisPackage.Literals.PERSONA__CONCERNS);
    private static final List<EStructuralFeature> IMPROVEMENT_FACTS = List.of(KlantreisPackage.Literals.IMPROVEMENT__OWNER,
            KlantreisPackage.Literals.IMPROVEMENT__STATUS, KlantreisPackage.Literals.IMPROVEMENT__DIRECTION,
            KlantreisPackage.Literals.IMPROVEMENT__ADDRESSES);

    /**
     * The features given, then the attributes that an extension's subclass adds (a municipality's
     * learning route of a persona): an extension's facts are facts the findings may rest on too.
     */
    private static List<EStructuralFeature> withExtensionFacts(EObject element, List<EStructuralFeature> features) {
        List<EStructuralFeature> all = new ArrayList<>(features);
        element.eClass().getEAllAttributes().stream()
                .filter(attribute -> attribute.getEContainingClass().getEPackage() != KlantreisPackage.eINSTANCE)
                .forEach(all::add);
        return all;
    }

    /**
     * A table of what the model records of {@code element}: a feature nobody recorded says so
     * ("niet vastgelegd"), so that no default stands in for a fact and the gap is visible.
     */
    private void recorded(StringBuilder html, String kind, EObject element, List<EStructuralFeature> features) {
        html.append("<table class=\"").append(kind).append("\">\n");
        for (EStructuralFeature feature : features) {
            String label = JourneyLabels.featureLabel(element.eClass(), feature.getName(), locale);
            if (element.eIsSet(feature)) {
                row(html, label, JourneyLabels.value(element, feature.getName(), locale));
            } else {
                html.append("<tr><th>").append(Encode.forHtml(label)).append("</th><td class=\"not-recorded\">")
                        .append(Encode.forHtml(JourneyLabels.notRecorded(locale))).append("</td></tr>\n");
            }
        }
        html.append("</table>\n");
    }

    private void figures(StringBuilder html, JourneyFigures figures) {
        html.append("<table class=\"figures\">\n");
        row(html, text("figure.touchpoints"), String.valueOf(figures.touchpoints()));
        row(html, text("figure.organisations"), String.valueOf(figures.organisations()));
        row(html, text("figure.handovers"), String.valueOf(figures.handovers()));
        int notRecorded = figures.interpreterNotRecorded();
        String interpreter;
        if (figures.interpreterPercentage() >= 0) {
            interpreter = text("figure.interpreter.value", figures.withProfessionalInterpreter(), figures.needingInterpreter(),
                    figures.interpreterPercentage())
                    + (notRecorded == 0 ? "" : "; " + text("figure.interpreter.notRecorded", notRecorded));
        } else {
            // no step whose interpreter is recorded needed one; a step whose interpreter nobody recorded may have
            interpreter = notRecorded == 0 ? text("figure.interpreter.none") : text("figure.interpreter.onlyNotRecorded", notRecorded);
        }
        row(html, text("figure.interpreter"), interpreter);
        row(html, text("figure.intake"), figures.intakeText(this::text));
        html.append("</table>\n");
    }

    private static void row(StringBuilder html, String label, String value) {
        html.append("<tr><th>").append(Encode.forHtml(label)).append("</th><td>").append(Encode.forHtml(value))
                .append("</td></tr>\n");
    }

    private void findings(StringBuilder html, List<Diagnostic> findings) {
        findings(html, findings, true);
    }

    /** The findings as a table; {@code anchored}: the first row of each element is where the map links to. */
    private void findings(StringBuilder html, List<Diagnostic> findings, boolean anchored) {
        if (findings.isEmpty()) {
            html.append("<p>").append(text("findings.none")).append("</p>\n");
            return;
        }
        // a head of its own: printed, it repeats on every page the table runs on
        html.append("<table class=\"findings\"><thead><tr><th>").append(text("finding.severity")).append("</th><th>")
                .append(text("finding.rule")).append("</th><th>").append(text("finding.element")).append("</th><th>")
                .append(text("finding.message")).append("</th></tr></thead>\n");
        Set<EObject> withAnchor = new HashSet<>();
        for (Diagnostic finding : findings) {
            EObject element = Findings.element(finding);
            String severity = Severity.of(finding).name();
            html.append("<tr class=\"").append(severity).append('"');
            if (anchored && (element instanceof NamedElement || element instanceof Handover) && withAnchor.add(element)) {
                html.append(" id=\"findings-").append(ids.id(element)).append('"');
            }
            html.append("><td>").append(text("severity." + severity)).append("</td><td class=\"rule\">")
                    .append(Encode.forHtml(IssueCodes.of(finding)))
                    .append("</td><td>");
            String target = target(element);
            if (target != null) {
                html.append("<a href=\"#").append(target).append("\">")
                        .append(Encode.forHtml(Labels.of(element))).append("</a>");
            } else if (element != null) {
                html.append(Encode.forHtml(Labels.of(element)));
            }
            html.append("</td><td>").append(Encode.forHtml(finding.getMessage())).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    /**
     * Where in the page a finding's element is shown: a phase, touchpoint, handover, pain point
     * or improvement on its journey's map, a journey as its section, an organisation, key person
     * or persona where the page first shows it ({@link #shownAt}, or its supervisor's or supervised
     * key person's place); null for what the page does not show at all, whose findings then name it
     * without a link.
     */
    private String target(EObject element) {
        if (element instanceof Journey journey) {
            return "journey-" + ids.id(journey);
        }
        boolean drawn = element instanceof Phase || element instanceof Touchpoint || element instanceof Handover
                || element instanceof PainPoint || element instanceof Improvement;
        if (drawn && journeyOf(element) != null) {
            return "map-" + ids.id(element);
        }
        if (shownAt.containsKey(element)) {
            return shownAt.get(element);
        }
        // not drawn itself: a key person in no step is shown by the lane of who supervises it,
        // an organisation with no step of its own by the steps of the key persons it supervises
        if (element instanceof KeyPerson person && person.getSupervisor() != null) {
            return shownAt.get(person.getSupervisor());
        }
        return shownAt.entrySet().stream()
                .filter(shown -> shown.getKey() instanceof KeyPerson person && person.getSupervisor() == element)
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /**
     * The organisations and key persons with findings that no map shows (no step of theirs in
     * these journeys), named once so that their findings link to something that says so.
     */
    private void notDrawn(StringBuilder html, List<Diagnostic> chain) {
        List<NamedElement> elements = chain.stream().map(Findings::element).filter(NamedElement.class::isInstance)
                .map(NamedElement.class::cast).distinct().filter(element -> target(element) == null).toList();
        if (elements.isEmpty()) {
            return;
        }
        html.append("<p class=\"not-drawn\">").append(text("chain.notDrawn")).append(' ');
        for (int i = 0; i < elements.size(); i++) {
            String id = "chain-" + ids.id(elements.get(i));
            shownAt.put(elements.get(i), id);
            html.append(i == 0 ? "" : ", ").append("<span id=\"").append(id).append("\">")
                    .append(Encode.forHtml(Labels.of(elements.get(i)))).append("</span>");
        }
        html.append("</p>\n");
    }

    /** Notes where a journey's map first shows an organisation (its lane) and a key person (the first step it takes part in). */
    private void shown(Journey journey, JourneyGrid grid) {
        grid.lanes.keySet().stream().filter(Objects::nonNull)
                .forEach(organisation -> shownAt.putIfAbsent(organisation, SvgJourneyMap.laneId(journey, organisation, ids)));
        for (Touchpoint step : grid.steps) {
            step.getKeyPersons().forEach(person -> shownAt.putIfAbsent(person, "map-" + ids.id(step)));
        }
    }

    private void notes(StringBuilder html, Journey journey) {
        if (journey.getPainPoints().isEmpty() && journey.getImprovements().isEmpty()) {
            return;
        }
        html.append("<h3>").append(text("notes")).append("</h3>\n<ul>\n");
        for (PainPoint painPoint : journey.getPainPoints()) {
            note(html, text("painPoint"), painPoint);
        }
        for (Improvement improvement : journey.getImprovements()) {
            note(html, text("improvement"), improvement);
        }
        html.append("</ul>\n");
        for (Improvement improvement : journey.getImprovements()) {
            if (IMPROVEMENT_FACTS.stream().anyMatch(improvement::eIsSet)) {
                html.append("<h4>").append(Encode.forHtml(Labels.of(improvement))).append("</h4>\n");
                recorded(html, "improvement-facts", improvement, IMPROVEMENT_FACTS);
            }
        }
    }

    private void note(StringBuilder html, String kind, NamedElement element) {
        html.append("<li id=\"note-").append(ids.id(element)).append("\"><strong>").append(Encode.forHtml(kind))
                .append(":</strong> ").append(Encode.forHtml(Labels.of(element)));
        if (element.getDescription() != null) {
            html.append(" \u2014 ").append(Encode.forHtml(element.getDescription()));
        }
        html.append("</li>\n");
    }

    private static Journey journeyOf(EObject element) {
        for (EObject scope = element; scope != null; scope = scope.eContainer()) {
            if (scope instanceof Journey journey) {
                return journey;
            }
        }
        return null;
    }

    /** The report's own words in {@code locale} (Dutch or English). */
    static ResourceBundle texts(Locale locale) {
        return Language.texts("nl.klantreis.report.report", HtmlReport.class, locale).bundle();
    }

    private String text(String key, Object... arguments) {
        return Language.format(texts.getString(key), locale, arguments);
    }
}
