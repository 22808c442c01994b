/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.repository.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The p2 update site offers the Klantreis features, in a named category, with their bundles. */
class UpdateSiteTest {

    private static final Path REPOSITORY = Path.of(System.getProperty("klantreis.repository",
            "../nl.klantreis.repository/target/repository"));

    /** Whether this build had Sirius's and the Eclipse UI bundles to build the viewpoint and the editors against (profile "shared"). */
    private static final boolean WITH_SIRIUS = Boolean.getBoolean("klantreis.withSirius");

    private static Document content;

    @BeforeAll
    static void readContent() throws Exception {
        try (ZipFile jar = new ZipFile(REPOSITORY.resolve("content.jar").toFile())) {
            ZipEntry entry = jar.getEntry("content.xml");
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            try (InputStream in = jar.getInputStream(entry)) {
                content = factory.newDocumentBuilder().parse(in);
            }
        }
    }

    @Test
    void offersTheFeaturesAndTheirBundles() {
        Set<String> units = unitIds();
        for (String unit : List.of("nl.klantreis.model.feature.feature.group", "nl.klantreis.rules.feature.feature.group",
                "nl.klantreis.dsl.feature.feature.group", "nl.klantreis.model", "nl.klantreis.model.edit",
                "nl.klantreis.rules", "nl.klantreis.dsl", "nl.klantreis.dsl.ide",
                "nl.voorbeeldstad.klantreis.feature.feature.group", "nl.voorbeeldstad.klantreis")) {
            assertTrue(units.contains(unit), unit + " missing from " + units);
        }
        for (String unit : List.of("nl.klantreis.design.feature.feature.group", "nl.klantreis.presentation", "nl.klantreis.design",
                "nl.klantreis.design.ui", "nl.klantreis.dsl.ui.feature.feature.group", "nl.klantreis.dsl.ui",
                "nl.klantreis.model.editor.feature.feature.group", "nl.klantreis.model.editor",
                "nl.voorbeeldstad.klantreis.design.feature.feature.group", "nl.voorbeeldstad.klantreis.design")) {
            assertEquals(WITH_SIRIUS, units.contains(unit), unit + (WITH_SIRIUS ? " missing from " : " in ") + units);
        }
    }

    @Test
    void featuresSitInTheKlantreisAndTheExamplesCategories() {
        NodeList properties = content.getElementsByTagName("property");
        Set<String> categories = new HashSet<>();
        for (int i = 0; i < properties.getLength(); i++) {
            Element property = (Element) properties.item(i);
            if ("org.eclipse.equinox.p2.type.category".equals(property.getAttribute("name"))
                    && "true".equals(property.getAttribute("value"))) {
                categories.add(((Element) property.getParentNode().getParentNode()).getAttribute("id"));
            }
        }
        assertEquals(2, categories.size(), categories.toString());
        assertTrue(categories.stream().anyMatch(id -> id.endsWith("nl.klantreis")), "Klantreis: " + categories);
        assertTrue(categories.stream().anyMatch(id -> id.endsWith("nl.klantreis.examples")), "the worked examples: " + categories);
    }

    @Test
    void bundlesAreInTheSite() throws IOException {
        try (var plugins = java.nio.file.Files.list(REPOSITORY.resolve("plugins"))) {
            List<String> names = plugins.map(p -> p.getFileName().toString()).toList();
            assertTrue(names.stream().anyMatch(n -> n.startsWith("nl.klantreis.model_")), names.toString());
            assertTrue(names.stream().anyMatch(n -> n.startsWith("nl.klantreis.model.edit_")), names.toString());
        }
    }

    /** The Sirius viewpoint installs only with Sirius 7 (from Sirius's own site), and the site ships no Sirius. */
    @Test
    void theViewpointRequiresSirius7AndTheSiteHasNoSirius() throws IOException {
        Set<String> expected = WITH_SIRIUS ? Set.of("org.eclipse.sirius.diagram [7.0.0,8.0.0)",
                "org.eclipse.sirius.table [7.0.0,8.0.0)", "org.eclipse.sirius.common.acceleo.aql [7.0.0,8.0.0)",
                "org.eclipse.sirius.diagram.ui [7.0.0,8.0.0)") : Set.of();
        Set<String> required = requirements("nl.klantreis.design.feature.feature.group", "org.eclipse.sirius");
        assertEquals(expected, required);
        assertTrue(unitIds().stream().noneMatch(id -> id.startsWith("org.eclipse.")), unitIds().toString());
        try (var plugins = java.nio.file.Files.list(REPOSITORY.resolve("plugins"))) {
            // Klantreis's own bundles and those of its worked example, nothing of anyone else
            List<String> names = plugins.map(p -> p.getFileName().toString()).toList();
            assertTrue(names.stream().allMatch(name -> name.startsWith("nl.klantreis.") || name.startsWith("nl.voorbeeldstad.klantreis")),
                    names.toString());
        }
    }

    /** The text editor installs with Xtext 2.42 and the model editor with EMF's UI, each from its own site. */
    @Test
    void theEditorsRequireXtextAndEmfUi() {
        assertEquals(WITH_SIRIUS ? Set.of("org.eclipse.xtext.ui [2.42.0,2.43.0)", "org.eclipse.xtext.builder [2.42.0,2.43.0)",
                "org.eclipse.xtext.ui.shared [2.42.0,2.43.0)") : Set.of(),
                requirements("nl.klantreis.dsl.ui.feature.feature.group", "org.eclipse.xtext"));
        assertEquals(WITH_SIRIUS ? Set.of("org.eclipse.emf.edit.ui [2.23.0,3.0.0)") : Set.of(),
                requirements("nl.klantreis.model.editor.feature.feature.group", "org.eclipse.emf"));
    }

    /** What a unit requires from the units whose names start with {@code prefix}: "name range". */
    private static Set<String> requirements(String unitId, String prefix) {
        Set<String> required = new HashSet<>();
        NodeList units = content.getElementsByTagName("unit");
        for (int i = 0; i < units.getLength(); i++) {
            Element unit = (Element) units.item(i);
            if (unitId.equals(unit.getAttribute("id"))) {
                NodeList requirements = unit.getElementsByTagName("required");
                for (int j = 0; j < requirements.getLength(); j++) {
                    Element requirement = (Element) requirements.item(j);
                    if (requirement.getAttribute("name").startsWith(prefix)) {
                        required.add(requirement.getAttribute("name") + " " + requirement.getAttribute("range"));
                    }
                }
            }
        }
        return required;
    }

    private static Set<String> unitIds() {
        Set<String> ids = new HashSet<>();
        NodeList units = content.getElementsByTagName("unit");
        for (int i = 0; i < units.getLength(); i++) {
            ids.add(((Element) units.item(i)).getAttribute("id"));
        }
        return ids;
    }
}
