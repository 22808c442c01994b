package nl.klantreis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;

import nl.klantreis.model.JourneyModel;
import nl.klantreis.model.KlantreisPackage;
import nl.klantreis.model.io.KlantreisResources;

/** The model works in a plain JVM: no OSGi, no plugin.xml; the program registers the package itself. */
class ModelOutsideOsgiTest {

    static final Path ROOT = Path.of(System.getProperty("klantreis.root", "../.."));

    @Test
    void plainJavaProgramRegistersThePackageAndLoadsAnExample() throws IOException {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.osgi.framework.FrameworkUtil"),
                "this test must run outside OSGi");
        assertEquals(null, EPackage.Registry.INSTANCE.get(KlantreisPackage.eNS_URI),
                "nothing is registered globally without OSGi");

        ResourceSet resourceSet = KlantreisResources.newResourceSet();
        Resource resource = KlantreisResources.load(resourceSet,
                ROOT.resolve("examples/loon-op-zand/loon-op-zand.xmi"));
        JourneyModel model = KlantreisResources.root(resource);
        assertNotNull(model);
        assertEquals(4, model.getOrganisations().size());
        assertEquals(5, model.getJourneys().get(0).getPhases().stream().mapToInt(p -> p.getTouchpoints().size()).sum());
        assertTrue(resource.getErrors().isEmpty(), resource.getErrors().toString());
    }
}
