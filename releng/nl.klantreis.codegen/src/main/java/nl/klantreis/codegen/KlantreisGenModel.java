/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.codegen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.codegen.merge.java.JControlModel;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * The Klantreis genmodel, outside Eclipse: reloads it from klantreis.ecore (as Eclipse's
 * "Reload" does) and generates the model, edit and editor code from it. Also serves an
 * extension's genmodel that reuses Klantreis's (the worked example in examples/extension),
 * for which it generates the model code.
 */
public final class KlantreisGenModel {

    public static final String MODEL_BUNDLE = "nl.klantreis.model";
    public static final String EDIT_BUNDLE = "nl.klantreis.model.edit";
    public static final String EDITOR_BUNDLE = "nl.klantreis.model.editor";
    /** The bundles the genmodel generates into, in the order EMF generates them. */
    public static final List<String> BUNDLES = List.of(MODEL_BUNDLE, EDIT_BUNDLE, EDITOR_BUNDLE);
    public static final String GENMODEL_PATH = "model/klantreis.genmodel";
    /** The folders of generated code, relative to their bundle. */
    public static final String SRC_GEN = "src-gen";

    /** Where the worked example's extension lives, relative to the bundles folder. */
    public static final String EXAMPLE_EXTENSION = "../examples/extension/nl.voorbeeldstad.klantreis";
    public static final String EXAMPLE_GENMODEL_PATH = "model/voorbeeldstad.genmodel";
    public static final String EXAMPLE_BUNDLE = "nl.voorbeeldstad.klantreis";

    private static final List<String> ALL_PROJECT_TYPES = List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
            GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, GenBaseGeneratorAdapter.EDITOR_PROJECT_TYPE);

    private final GenModel genModel;
    private final List<String> projectTypes;

    private KlantreisGenModel(GenModel genModel, List<String> projectTypes) {
        this.genModel = genModel;
        this.projectTypes = projectTypes;
    }

    /**
     * Loads the committed genmodel from a bundles folder and rebuilds it from the current
     * Ecore, keeping every setting of the committed one. A genmodel in step with its Ecore
     * comes out unchanged.
     */
    public static KlantreisGenModel reload(Path bundles) {
        return reload(bundles, bundles.resolve(MODEL_BUNDLE).resolve(GENMODEL_PATH), ALL_PROJECT_TYPES);
    }

    /** The worked example's genmodel, reloaded the same way; it generates model code only. */
    public static KlantreisGenModel reloadExample(Path bundles) {
        return reload(bundles, bundles.resolve(EXAMPLE_EXTENSION).resolve(EXAMPLE_GENMODEL_PATH),
                List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE));
    }

    private static KlantreisGenModel reload(Path bundles, Path genModelFile, List<String> projectTypes) {
        ResourceSet resourceSet = newResourceSet();
        // An extension refers to Klantreis's Ecore and genmodel as Eclipse finds them in the target platform.
        resourceSet.getURIConverter().getURIMap().put(URI.createPlatformPluginURI("/" + MODEL_BUNDLE + "/", false),
                URI.createFileURI(bundles.resolve(MODEL_BUNDLE).toAbsolutePath().normalize() + "/"));
        URI uri = URI.createFileURI(genModelFile.toAbsolutePath().normalize().toString());
        GenModel committed = (GenModel) resourceSet.getResource(uri, true).getContents().get(0);

        GenModel reloaded = GenModelFactory.eINSTANCE.createGenModel();
        reloaded.initialize(committed.getGenPackages().stream().map(GenPackage::getEcorePackage).toList());
        reloaded.getUsedGenPackages().addAll(committed.getUsedGenPackages());
        Resource committedResource = committed.eResource();
        committedResource.setURI(uri.appendFileExtension("old"));
        resourceSet.createResource(uri).getContents().add(reloaded);
        reloaded.reconcile(committed);
        reloaded.setModelName(committed.getModelName());
        reloaded.getForeignModel().addAll(committed.getForeignModel());
        reloaded.setImporterID(committed.getImporterID());
        committedResource.unload();
        resourceSet.getResources().remove(committedResource);
        return new KlantreisGenModel(reloaded, projectTypes);
    }

    /** The genmodel as it is saved in its file. */
    public String serialized() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            genModel.eResource().save(out, Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Saves the reloaded genmodel over the committed one. */
    public void save() throws IOException {
        genModel.eResource().save(Map.of());
    }

    /**
     * Generates the model, edit and editor code (an extension's: its model code) into the given bundle folders. Everything the
     * genmodel places under {@code /<bundle>/} lands in the folder mapped to that bundle.
     */
    public Diagnostic generate(Map<String, Path> bundleFolders) {
        bundleFolders.forEach((bundle, folder) -> EcorePlugin.getPlatformResourceMap()
                .put(bundle, URI.createFileURI(folder.toAbsolutePath() + "/")));
        genModel.setCanGenerate(true);
        Generator generator = new Generator() {
            // Generated code is never merged: src-gen holds generated code only.
            @Override
            public JControlModel getJControlModel() {
                return new JControlModel() {
                    @Override
                    public boolean canMerge() {
                        return false;
                    }
                };
            }
        };
        if (generator.getAdapterFactoryDescriptorRegistry().getDescriptors(GenModelPackage.eNS_URI).isEmpty()) {
            generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI,
                    GenModelGeneratorAdapterFactory.DESCRIPTOR);
        }
        generator.setInput(genModel);
        BasicDiagnostic result = new BasicDiagnostic();
        for (String projectType : projectTypes) {
            result.add(generator.generate(genModel, projectType, new BasicMonitor()));
        }
        return result;
    }

    private static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new EcoreResourceFactoryImpl());
        resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        return resourceSet;
    }
}
