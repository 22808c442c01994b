/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Stream;

import nl.klantreis.rules.ExtensionException;
import nl.klantreis.rules.KlantreisExtension;
import nl.klantreis.rules.KlantreisRules;

/**
 * Municipalities' extensions for the command line: the jars in the folders given (and in
 * {@code plugins/} beside the installation) are searched with Java's ServiceLoader for
 * {@link KlantreisExtension}s, which join the catalogue before the command runs. An extension
 * that cannot be loaded is named with the reason, and the others still load.
 */
final class ExtensionJars {

    /** The system property the launcher sets to the installation folder. */
    static final String HOME = "klantreis.home";

    private ExtensionJars() {
    }

    /** The folders to load from: {@code plugins/} of the installation when it exists, then those asked for. */
    static List<Path> folders(List<Path> asked, Texts texts) {
        List<Path> folders = new ArrayList<>();
        String home = System.getProperty(HOME);
        if (home != null && Files.isDirectory(Path.of(home, "plugins"))) {
            folders.add(Path.of(home, "plugins"));
        }
        for (Path folder : asked) {
            if (!Files.isDirectory(folder)) {
                throw new UserError(texts.get("plugins.notFolder", folder));
            }
            folders.add(folder);
        }
        return folders;
    }

    /**
     * Loads the extensions of the jars in {@code folders} (one class loader per folder, so that
     * an extension's jars may need each other); returns what could not be loaded, one message each.
     */
    static List<String> load(List<Path> folders, Texts texts) {
        List<String> problems = new ArrayList<>();
        for (Path folder : folders) {
            List<Path> jars = jars(folder);
            if (!jars.isEmpty()) {
                problems.addAll(loadFolder(folder, jars, texts));
            }
        }
        return problems;
    }

    private static List<String> loadFolder(Path folder, List<Path> jars, Texts texts) {
        List<String> problems = new ArrayList<>();
        URLClassLoader loader = new URLClassLoader(jars.stream().map(ExtensionJars::url).toArray(URL[]::new),
                ExtensionJars.class.getClassLoader());
        Iterator<KlantreisExtension> extensions = ServiceLoader.load(KlantreisExtension.class, loader).iterator();
        int found = 0;
        while (true) {
            KlantreisExtension extension;
            try {
                if (!extensions.hasNext()) {
                    break;
                }
                extension = extensions.next();
            } catch (ServiceConfigurationError | LinkageError e) {
                // the loader goes on with the next extension listed
                problems.add(texts.get("plugins.notLoaded", folder, reason(e)));
                continue;
            }
            found++;
            Path jar = jarOf(extension, folder);
            try {
                KlantreisRules.add(extension);
            } catch (ExtensionException e) {
                problems.add(texts.get("plugins.notLoaded", jar, e.getMessage(texts.locale())));
            } catch (RuntimeException | LinkageError e) {
                problems.add(texts.get("plugins.notLoaded", jar, reason(e)));
            }
        }
        if (found == 0 && problems.isEmpty()) {
            problems.add(texts.get("plugins.noExtension", folder));
        }
        return problems;
    }

    /** The jar an extension's class comes from, to name it in a message. */
    private static Path jarOf(KlantreisExtension extension, Path folder) {
        try {
            return Path.of(extension.getClass().getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return folder;
        }
    }

    private static String reason(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    private static List<Path> jars(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(jar.toString(), e);
        }
    }
}
