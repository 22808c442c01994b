/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.voorbeeldstad.klantreis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.klantreis.model.JourneyModel;
import nl.klantreis.model.io.KlantreisResources;
import nl.klantreis.rules.KlantreisRuleValidator;
import nl.klantreis.rules.KlantreisRules;
import nl.klantreis.rules.RuleDiagnostic;
import nl.klantreis.rules.RulesReference;
import nl.voorbeeldstad.klantreis.voorbeeldstad.LanguageCafe;
import nl.voorbeeldstad.klantreis.voorbeeldstad.VoorbeeldstadPackage;

/**
 * The worked example in OSGi, as Eclipse and Sirius run it: the extension joins the catalogue
 * through the extension point nl.klantreis.rules.extensions, its package through EMF's
 * generated_package, and EMF's Diagnostician (Diagnostician.INSTANCE, the global registries, as
 * Sirius's "Validate" and EMF's editors call it) runs Klantreis's rules on its subclasses.
 */
class ExtensionInEclipseTest {

    private static final Path MODEL = Path.of(System.getProperty("klantreis.root", "../../.."),
            "examples/extension/models/voorbeeldstad.xmi");

    private static JourneyModel model;

    @BeforeAll
    static void load() throws IOException {
        Resource resource = KlantreisResources.load(KlantreisResources.newResourceSet(), MODEL);
        assertEquals(List.of(), resource.getErrors(), "the example model reads");
        model = KlantreisResources.root(resource);
    }

    @Test
    void theExtensionPointAddsTheRule() {
        assertTrue(KlantreisRules.catalogue().descriptor("VOORBEELDSTAD-ROUTE-01").isPresent(),
                "rules: " + KlantreisRules.catalogue().descriptors());
        assertEquals("Voorbeeldstad", KlantreisRules.catalogue().extensionOf("VOORBEELDSTAD-ROUTE-01").orElseThrow().name());
    }

    @Test
    void klantreisRulesCheckTheLanguageCafe() {
        EObject cafe = model.eResource().getEObject("taalcafe");
        assertInstanceOf(LanguageCafe.class, cafe);
        List<RuleDiagnostic> findings = findings(Locale.ENGLISH);
        assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals("KR-INTERPRETER-02") && f.getData().get(0) == cafe),
                "a child interpreting at the language café is KR-INTERPRETER-02: " + findings);
    }

    @Test
    void theExtensionsRuleFindsTheZRouteWithoutGroupInformation() {
        List<RuleDiagnostic> route = findings(Locale.forLanguageTag("nl")).stream()
                .filter(f -> f.ruleId().equals("VOORBEELDSTAD-ROUTE-01")).toList();
        assertEquals(1, route.size(), "only the Z-route journey, not the B1 one with its language café: " + route);
        assertEquals(model.eResource().getEObject("z-route"), route.get(0).getData().get(0));
        assertTrue(route.get(0).getMessage().contains("volgt persona \u2018Haile\u2019 de Z-route"), route.get(0).getMessage());
    }

    /** The package's own (generated) validator still runs: a group of 0 breaks its GroupSize type. */
    @Test
    void thePackagesOwnValidatorStillRuns() {
        LanguageCafe cafe = (LanguageCafe) model.eResource().getEObject("taalcafe");
        int size = cafe.getGroupSize();
        cafe.setGroupSize(0);
        try {
            Diagnostic result = Diagnostician.INSTANCE.validate(cafe);
            assertTrue(flatten(result).stream().anyMatch(d -> d.getCode() == EObjectValidator.DATA_VALUE__VALUE_IN_RANGE
                    && d.getData().contains(0)), "the group size below 1 is found: " + flatten(result));
            assertTrue(flatten(result).stream().anyMatch(d -> d instanceof RuleDiagnostic r && r.ruleId().equals("KR-INTERPRETER-02")));
        } finally {
            cafe.setGroupSize(size);
        }
        assertInstanceOf(VoorbeeldstadPackage.class, cafe.eClass().getEPackage());
    }

    @Test
    void theRulesReferenceListsTheExtensionsRule() {
        String reference = new RulesReference(KlantreisRules.catalogue(), Locale.forLanguageTag("nl")).markdown();
        assertTrue(reference.contains("## VOORBEELDSTAD-ROUTE-01"), "a section of its own");
        assertTrue(reference.contains("- Uitbreiding: Voorbeeldstad (bron: handreiking 1)"), reference);
        assertTrue(reference.contains("Zelfredzaamheidsroute zonder voorlichting in een groep"), "its Dutch title");
    }

    private static List<RuleDiagnostic> findings(Locale locale) {
        Map<Object, Object> context = Diagnostician.INSTANCE.createDefaultContext();
        context.put(KlantreisRuleValidator.LOCALE, locale);
        Diagnostic result = Diagnostician.INSTANCE.validate(model, context);
        return flatten(result).stream().filter(RuleDiagnostic.class::isInstance).map(RuleDiagnostic.class::cast).toList();
    }

    private static List<Diagnostic> flatten(Diagnostic diagnostic) {
        List<Diagnostic> all = new ArrayList<>();
        for (Diagnostic child : diagnostic.getChildren()) {
            all.add(child);
            all.addAll(flatten(child));
        }
        return all;
    }
}
