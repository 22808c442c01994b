/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMIException;

import nl.klantreis.model.KlantreisPackage;
import nl.klantreis.model.io.KlantreisResources;
import nl.klantreis.rules.Labels;

/** Finds the model files named on the command line, and says in clear words why one cannot be loaded. */
final class ModelFiles {

    private static final String NO_HANDLER = "There is no URIHandler to handle ";

    private ModelFiles() {
    }

    /**
     * The model files (.klantreis, .xmi) among {@code paths}, folders searched recursively, in a
     * stable order. A folder found on the way that holds a pom.xml is the source of a build (an
     * extension's, such as examples/extension) and is not searched: its models need the
     * extension (--plugins); name that folder itself to check them.
     */
    static List<Path> collect(List<Path> paths, Texts texts) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(ModelFiles::isModel)
                            .filter(file -> !insideBuild(path, file)).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (Files.isRegularFile(path) && isModel(path)) {
                files.add(path);
            } else if (Files.isRegularFile(path)) {
                throw new UserError(texts.get("input.notModelFile", path));
            } else {
                throw new UserError(texts.get("input.missing", path));
            }
        }
        return files;
    }

    private static boolean insideBuild(Path searched, Path file) {
        for (Path folder = file.getParent(); folder != null && !folder.equals(searched); folder = folder.getParent()) {
            if (Files.exists(folder.resolve("pom.xml"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isModel(Path file) {
        return file.getFileName().toString().endsWith("." + KlantreisResources.XMI_EXTENSION) || ModelSet.isText(file);
    }

    /** Why a file could not be loaded at all, as "file: message". */
    static String loadFailure(Path file, Exception e, Texts texts) {
        String cause = rootCause(e);
        // KlantreisResources reads local files only; EMF asks for a foreign namespace's package by URL.
        return file + ": " + (cause.startsWith(NO_HANDLER)
                ? texts.get("input.foreignNamespace", cause.substring(NO_HANDLER.length()), KlantreisPackage.eNS_URI)
                : texts.get("input.unreadable", cause));
    }

    /** One problem per element whose id an earlier element of the model already has. */
    static List<String> duplicateIds(Path file, EObject root, Texts texts) {
        return InputChecks.duplicateIds(root).stream()
                .map(duplicate -> file + ":" + InputChecks.where(duplicate.element(), texts.locale()) + ": "
                        + texts.get("input.duplicateId", EcoreUtil.getID(duplicate.element()),
                                Labels.typeAndId(duplicate.earlier(), texts.locale()), InputChecks.where(duplicate.earlier(), texts.locale())))
                .toList();
    }

    /**
     * The parser's own words, without EMF's exception class names and trailing location; a
     * refused DOCTYPE is explained, since the parser's words name only a feature.
     */
    static String message(Resource.Diagnostic error, Texts texts) {
        String message = error instanceof Throwable exception && exception.getCause() != null
                ? rootCause(exception)
                : error.getMessage();
        if (message.contains("DOCTYPE is disallowed")) {
            return texts.get("input.doctype");
        }
        String words = message.replaceAll("\\s*\\([^()]*, \\d+, \\d+\\)$", "");
        // the XML parser and EMF speak English only: the reader's language says what it means and what to do
        boolean xml = error instanceof Throwable exception && !(rootCauseOf(exception) instanceof XMIException);
        return texts.get(xml ? "input.xml" : "input.xmi", words);
    }

    private static String rootCause(Throwable e) {
        Throwable cause = rootCauseOf(e);
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    private static Throwable rootCauseOf(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
