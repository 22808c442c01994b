/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.design.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.impl.EFactoryImpl;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

import nl.klantreis.model.KlantreisPackage;

/**
 * The viewpoint specification loaded the strict way, with plain EMF and Sirius's own
 * metamodels from ../shared/sirius (EPL-2.0, read in place): every unknown element or
 * attribute is a load error, which Sirius itself would silently drop.
 */
public final class Odesign {

    static final Path ROOT = Path.of(System.getProperty("klantreis.root", "../.."));
    static final Path ODESIGN = ROOT.resolve("bundles/nl.klantreis.design/description/klantreis.odesign");
    private static final Path METAMODELS = ROOT.resolve("../shared/sirius/metamodels");
    private static final List<String> ECORES = List.of("org.eclipse.sirius.model/model/viewpoint.ecore",
            "org.eclipse.sirius.diagram.model/model/diagram.ecore", "org.eclipse.sirius.table.model/model/table.ecore");

    private Odesign() {
    }

    /** The odesign as committed. */
    static Resource load() throws IOException {
        return load(Files.readString(ODESIGN));
    }

    /**
     * Another odesign file, such as an extension's layer on Klantreis's viewpoint: it may refer
     * to klantreis.odesign (platform:/plugin/nl.klantreis.design/...) and to the {@code packages} given.
     */
    public static Resource load(Path odesign, EPackage... packages) throws IOException {
        ResourceSet resourceSet = resourceSet();
        resourceSet.getURIConverter().getURIMap().put(URI.createURI("platform:/plugin/nl.klantreis.design/"),
                URI.createFileURI(ODESIGN.getParent().getParent().toAbsolutePath() + "/"));
        for (EPackage ePackage : packages) {
            resourceSet.getPackageRegistry().put(ePackage.getNsURI(), ePackage);
        }
        return load(resourceSet, odesign, Files.readString(odesign));
    }

    /** An odesign given as text (for example a broken copy), at the committed file's place. */
    static Resource load(String xml) throws IOException {
        return load(resourceSet(), ODESIGN, xml);
    }

    private static Resource load(ResourceSet resourceSet, Path file, String xml) {
        Resource resource = resourceSet.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        try {
            resource.load(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), Map.of());
        } catch (IOException e) {
            // the errors are in resource.getErrors(); the test reads them there
        }
        return resource;
    }

    private static ResourceSet resourceSet() throws IOException {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
        resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        resourceSet.getPackageRegistry().put(KlantreisPackage.eNS_URI, KlantreisPackage.eINSTANCE);
        resourceSet.getPackageRegistry().put("platform:/plugin/org.eclipse.emf.ecore/model/Ecore.ecore", EcorePackage.eINSTANCE);
        try (DirectoryStream<Path> bundles = Files.newDirectoryStream(METAMODELS, Files::isDirectory)) {
            for (Path bundle : bundles) {
                resourceSet.getURIConverter().getURIMap().put(
                        URI.createURI("platform:/plugin/" + bundle.getFileName() + "/"),
                        URI.createFileURI(bundle.toAbsolutePath() + "/"));
            }
        }
        resourceSet.getURIConverter().getURIMap().put(URI.createURI("environment:/viewpoint"),
                URI.createURI("platform:/plugin/org.eclipse.sirius.model/model/Environment.odesign"));
        resourceSet.getURIConverter().getURIMap().put(URI.createURI("environment:/diagram"),
                URI.createURI("platform:/plugin/org.eclipse.sirius.diagram/model/DiagramEnvironment.odesign"));
        for (String ecore : ECORES) {
            Resource resource = resourceSet.getResource(URI.createURI("platform:/plugin/" + ecore), true);
            for (Object content : resource.getContents()) {
                register(resourceSet, (EPackage) content);
            }
        }
        return resourceSet;
    }

    /**
     * EMF's structural checks on the loaded viewpoint. Features that Sirius computes at run
     * time (transient, such as a table's allLineMappings) are never in the file and dynamic
     * EMF cannot compute them, so their multiplicity is not checked. EMF's generic check that
     * keyed lists have unique keys fails inside the OSGi test runtime on these dynamic
     * metamodels (eGet of the key throws), so the uniqueness of mapping and tool names is
     * checked by {@link OdesignChecker} instead. Everything else is EMF's own check.
     */
    public static Diagnostic validate(Resource odesign) {
        EValidator.Registry registry = new EValidatorRegistryImpl();
        EObjectValidator structural = new EObjectValidator() {
            @Override
            public boolean validate_EveryKeyUnique(EObject eObject, DiagnosticChain diagnostics,
                    Map<Object, Object> context) {
                return true;
            }

            @Override
            protected boolean validate_MultiplicityConforms(EObject eObject, EStructuralFeature feature,
                    DiagnosticChain diagnostics, Map<Object, Object> context) {
                return feature.isTransient() || super.validate_MultiplicityConforms(eObject, feature, diagnostics, context);
            }
        };
        for (Object value : odesign.getResourceSet().getPackageRegistry().values()) {
            if (value instanceof EPackage ePackage && ePackage != KlantreisPackage.eINSTANCE) {
                registry.put(ePackage, structural);
            }
        }
        Diagnostician diagnostician = new Diagnostician(registry) {
            // A failing check is a failing test, not a diagnostic.
            @Override
            protected boolean handleThrowable(EClass eClass, EObject eObject, DiagnosticChain diagnostics,
                    Map<Object, Object> context, Throwable throwable) {
                throw new AssertionError("validating " + eClass.getName() + " failed", throwable);
            }
        };
        return diagnostician.validate(odesign.getContents().get(0));
    }

    private static void register(ResourceSet resourceSet, EPackage ePackage) {
        resourceSet.getPackageRegistry().put(ePackage.getNsURI(), ePackage);
        if (ePackage.getEClassifier("URI") instanceof EDataType) {
            ePackage.setEFactoryInstance(new KeepUriStrings());
        }
        ePackage.getESubpackages().forEach(sub -> register(resourceSet, sub));
    }

    /** Sirius's URI data type has no instance class plain EMF can convert: keep its text. */
    private static final class KeepUriStrings extends EFactoryImpl {
        @Override
        public Object createFromString(EDataType type, String value) {
            return "URI".equals(type.getName()) ? value : super.createFromString(type, value);
        }

        @Override
        public String convertToString(EDataType type, Object value) {
            return "URI".equals(type.getName()) ? String.valueOf(value) : super.convertToString(type, value);
        }
    }
}
