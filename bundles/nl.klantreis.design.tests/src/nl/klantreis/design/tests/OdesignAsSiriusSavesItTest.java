/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.sirius.viewpoint.description.util.DescriptionResourceFactoryImpl;
import org.junit.jupiter.api.Test;

/**
 * The odesign is kept exactly as Sirius's own odesign editor saves it, so that a modeler who opens
 * it in the editor and saves it changes nothing but what they changed (no re-indentation, no
 * rewritten references in the diff).
 * <p>
 * The editor saves with the resource of the factory Sirius registers for {@code *.odesign}
 * ({@link DescriptionResourceFactoryImpl}) and its default save options ({@code resource.save}
 * with an empty map); this test does the same, into memory.
 */
class OdesignAsSiriusSavesItTest {

    /** Where the test writes the odesign as Sirius saves it when the committed one differs. */
    static final Path RESAVED = Odesign.ROOT.resolve("bundles/nl.klantreis.design.tests/target/klantreis.odesign");

    @Test
    void theFactoryForOdesignFilesIsSiriussDescriptionResourceFactory() {
        Object factory = Resource.Factory.Registry.INSTANCE.getFactory(URI.createURI("platform:/resource/any/any.odesign"));
        assertInstanceOf(DescriptionResourceFactoryImpl.class, factory,
                "the odesign is re-saved by the factory Sirius registers for *.odesign");
    }

    @Test
    void theCommittedFileIsItsOwnReserialisation() throws IOException {
        String committed = Files.readString(Odesign.ODESIGN, StandardCharsets.UTF_8);
        String saved = asSiriusSavesIt();
        if (!saved.equals(committed)) {
            Files.createDirectories(RESAVED.getParent());
            Files.writeString(RESAVED, saved, StandardCharsets.UTF_8);
        }
        assertEquals(committed, saved, "description/klantreis.odesign is not as Sirius's odesign editor saves it."
                + " Save it once in the editor (open it with the Sirius Specification Editor, change nothing, save),"
                + " or copy what this test wrote: cp " + RESAVED.toAbsolutePath().normalize() + " "
                + Odesign.ODESIGN.toAbsolutePath().normalize());
    }

    /**
     * Mappings, tools, layers and colours are referenced by their names, never by their place in a list:
     * a reordered list or a new element inserted before another changes no reference. The one
     * exception Sirius itself makes is a list its metamodel gives no key (a layer's tool sections): each
     * layer has a single tool section, so its index is always 0.
     */
    @Test
    void everyReferenceIsByName() throws IOException {
        String text = Files.readString(Odesign.ODESIGN, StandardCharsets.UTF_8);
        Resource odesign = Odesign.load();
        List<String> positional = new ArrayList<>();
        Matcher fragment = Pattern.compile("//@[^\"\\s]+").matcher(text);
        while (fragment.find()) {
            Matcher index = Pattern.compile("@(\\w+)\\.(\\d+)").matcher(fragment.group());
            while (index.find()) {
                if (!"toolSections".equals(index.group(1)) || !"0".equals(index.group(2))) {
                    positional.add(fragment.group());
                }
            }
        }
        assertEquals(List.of(), positional, "references by position");
        odesign.getAllContents().forEachRemaining(element -> {
            for (EReference reference : element.eClass().getEAllReferences()) {
                if (reference.getName().equals("toolSections") && element.eIsSet(reference)) {
                    assertEquals(1, ((List<?>) element.eGet(reference)).size(), "one tool section per layer");
                }
            }
        });
        assertTrue(text.contains("[name='"), "the odesign refers to its elements by name");
    }

    /** The committed odesign loaded and saved as Sirius's odesign editor does. */
    static String asSiriusSavesIt() throws IOException {
        ResourceSet resourceSet = new ResourceSetImpl();
        Resource resource = new DescriptionResourceFactoryImpl()
                .createResource(URI.createFileURI(Odesign.ODESIGN.toAbsolutePath().normalize().toString()));
        resourceSet.getResources().add(resource);
        resource.load(new HashMap<>());
        assertEquals(List.of(), resource.getErrors(), "Sirius loads the odesign without an error");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        resource.save(bytes, new HashMap<>());
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
