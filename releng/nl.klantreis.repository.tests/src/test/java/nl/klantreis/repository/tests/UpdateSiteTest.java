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
                "nl.klantreis.dsl.feature.feature.group", "nl.klantreis.design.feature.feature.group",
                "nl.klantreis.model", "nl.klantreis.model.edit", "nl.klantreis.presentation", "nl.klantreis.design",
                "nl.klantreis.rules", "nl.klantreis.dsl", "nl.klantreis.dsl.ide")) {
            assertTrue(units.contains(unit), unit + " missing from " + units);
        }
    }

    @Test
    void featuresSitInTheKlantreisCategory() {
        NodeList properties = content.getElementsByTagName("property");
        Set<String> categories = new HashSet<>();
        for (int i = 0; i < properties.getLength(); i++) {
            Element property = (Element) properties.item(i);
            if ("org.eclipse.equinox.p2.type.category".equals(property.getAttribute("name"))
                    && "true".equals(property.getAttribute("value"))) {
                categories.add(((Element) property.getParentNode().getParentNode()).getAttribute("id"));
            }
        }
        assertEquals(1, categories.size(), categories.toString());
        assertTrue(categories.iterator().next().endsWith("nl.klantreis"), categories.toString());
    }

    @Test
    void bundlesAreInTheSite() throws IOException {
        try (var plugins = java.nio.file.Files.list(REPOSITORY.resolve("plugins"))) {
            List<String> names = plugins.map(p -> p.getFileName().toString()).toList();
            assertTrue(names.stream().anyMatch(n -> n.startsWith("nl.klantreis.model_")), names.toString());
            assertTrue(names.stream().anyMatch(n -> n.startsWith("nl.klantreis.model.edit_")), names.toString());
        }
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
