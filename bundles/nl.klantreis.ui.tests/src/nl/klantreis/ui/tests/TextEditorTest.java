/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.emf.common.util.URI;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.ui.editor.XtextEditor;
import org.eclipse.xtext.ui.editor.outline.impl.OutlinePage;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.klantreis.design.tests.ExampleModels;
import nl.klantreis.design.tests.SiriusSession;

/**
 * Every example opened in the Klantreis text editor of a real workbench (Dutch): the editor is
 * Xtext's, the builder's markers are exactly the rule findings `klantreis check` reports (rule
 * and line), the outline names each element with its type and shows an icon, and a rule's quick
 * fix on a marker changes the text so that the finding goes away.
 */
class TextEditorTest {

    static final String EDITOR_ID = "nl.klantreis.dsl.Klantreis";

    @AfterEach
    void closeEditors() {
        Workbench.closeEditors();
    }

    static Stream<Path> textExamples() throws Exception {
        return Files.list(SiriusSession.ROOT.resolve("examples")).filter(Files::isDirectory).sorted()
                .map(folder -> folder.resolve(folder.getFileName() + ".klantreis")).filter(Files::exists);
    }

    @ParameterizedTest
    @MethodSource("textExamples")
    void theEditorShowsTheRuleFindingsAsMarkers(Path example) throws Exception {
        IProject project = Workspace.projectWith(example.getParent());
        IFile file = project.getFile(example.getFileName().toString());
        IEditorPart editor = IDE.openEditor(Workbench.page(), file, EDITOR_ID);
        assertInstanceOf(XtextEditor.class, editor, "the Klantreis editor");
        Workbench.settle();
        assertEquals(expectedFindings(example), markerFindings(file), example.getFileName() + ": markers");

        Workbench.screenshot(Workbench.page().getWorkbenchWindow().getShell(), "text-editor-" + project.getName());
        OutlinePage outlinePage = outline(editor);
        Tree outline = outlinePage.getTreeViewer().getTree();
        Workbench.waitUntil(() -> outline.getItemCount() > 0 && !outline.getItem(0).getText().isBlank(), "the outline");
        outlinePage.getTreeViewer().expandToLevel(2);
        Workbench.settle();
        TreeItem model = outline.getItem(0);
        assertNotNull(model.getImage(), "an icon for " + model.getText());
        List<String> shown = new ArrayList<>();
        for (TreeItem item : model.getItems()) {
            shown.add(item.getText());
        }
        assertTrue(shown.stream().anyMatch(label -> label.startsWith("Organisatie ")), "outline says what each element is: " + shown);
        for (TreeItem item : model.getItems()) {
            assertNotNull(item.getImage(), "an icon for " + item.getText());
            assertFalse(item.getText().isBlank(), "a label in the outline");
        }
    }

    @Test
    void aQuickFixOnAMarkerResolvesTheFinding() throws Exception {
        Path example = SiriusSession.ROOT.resolve("examples/weert/weert.klantreis");
        IProject project = Workspace.projectWith(example.getParent());
        IFile file = project.getFile(example.getFileName().toString());
        XtextEditor editor = (XtextEditor) IDE.openEditor(Workbench.page(), file, EDITOR_ID);
        Workbench.settle();
        IMarker fixable = null;
        IMarkerResolution fix = null;
        for (IMarker marker : Workspace.problems(file)) {
            IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
            if (resolutions.length > 0) {
                fixable = marker;
                fix = resolutions[0];
                break;
            }
        }
        StringBuilder seen = new StringBuilder();
        for (IMarker marker : Workspace.problems(file)) {
            seen.append(marker.getType()).append(' ').append(marker.getAttributes()).append('\n');
        }
        assertNotNull(fix, "a rule finding with a quick fix in " + example + ": " + seen);
        String rule = code(fixable);
        int line = fixable.getAttribute(IMarker.LINE_NUMBER, -1);
        String before = editor.getDocument().get();
        fix.run(fixable);
        Workbench.settle();
        assertFalse(before.equals(editor.getDocument().get()), "the fix '" + fix.getLabel() + "' changed the text");
        editor.doSave(null);
        Workspace.build();
        assertFalse(markerFindings(file).contains(rule + "@" + line), rule + " at line " + line + " is resolved by '"
                + fix.getLabel() + "'");
    }

    /** The rule findings (rule id at line) that the notation's validation reports for a file, as `klantreis check` does. */
    static List<String> expectedFindings(Path file) {
        XtextResourceSet resourceSet = ExampleModels.textResourceSet();
        try (Stream<Path> neighbours = Files.list(file.getParent())) {
            neighbours.filter(path -> path.toString().endsWith(".klantreis"))
                    .forEach(path -> resourceSet.getResource(URI.createFileURI(path.toAbsolutePath().toString()), true));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        XtextResource resource = (XtextResource) resourceSet.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
        List<String> findings = new ArrayList<>();
        for (Issue issue : resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL,
                CancelIndicator.NullImpl)) {
            if (issue.getCode() != null && issue.getCode().startsWith("KR-")) {
                findings.add(issue.getCode() + "@" + issue.getLineNumber());
            }
        }
        return findings.stream().sorted().toList();
    }

    static List<String> markerFindings(IFile file) throws Exception {
        List<String> findings = new ArrayList<>();
        for (IMarker marker : Workspace.problems(file)) {
            String code = code(marker);
            if (code != null && code.startsWith("KR-")) {
                findings.add(code + "@" + marker.getAttribute(IMarker.LINE_NUMBER, -1));
            }
        }
        return findings.stream().sorted().toList();
    }

    private static String code(IMarker marker) throws Exception {
        return (String) marker.getAttribute(Issue.CODE_KEY);
    }

    private static OutlinePage outline(IEditorPart editor) throws Exception {
        Workbench.page().showView("org.eclipse.ui.views.ContentOutline");
        Workbench.page().activate(editor);
        Workbench.settle();
        return assertInstanceOf(OutlinePage.class, editor.getAdapter(IContentOutlinePage.class), "the editor's outline");
    }
}
