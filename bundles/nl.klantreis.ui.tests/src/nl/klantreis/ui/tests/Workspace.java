/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.ui.tests;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.xtext.ui.XtextProjectHelper;

/** Projects in the test workspace, made as a facilitator makes them: a project holding copies of an example's files. */
final class Workspace {

    private Workspace() {
    }

    /**
     * A new project named after an example with a copy of each file of its folder, built with the
     * Xtext nature, as Eclipse makes it when it asks "Convert to an Xtext project?" and the user says yes.
     */
    static IProject projectWith(Path exampleFolder) throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(exampleFolder.getFileName().toString());
        if (project.exists()) {
            project.delete(true, true, null);
        }
        project.create(null);
        project.open(null);
        IProjectDescription description = project.getDescription();
        description.setNatureIds(new String[] { XtextProjectHelper.NATURE_ID });
        project.setDescription(description, null);
        try (var files = Files.list(exampleFolder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                project.getFile(file.getFileName().toString())
                        .create(new ByteArrayInputStream(Files.readAllBytes(file)), true, null);
            }
        }
        build();
        return project;
    }

    /** Builds the workspace now (the builder writes the markers) and lets the workbench show the result. */
    static void build() throws CoreException {
        ResourcesPlugin.getWorkspace().build(IncrementalProjectBuilder.FULL_BUILD, new NullProgressMonitor());
        Workbench.settle();
    }

    static IMarker[] problems(IFile file) throws CoreException {
        return file.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO);
    }
}
