
/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

/**
 * Build step of the launcher (cli pom, before the assembly): rewrites every signed jar of a
 * folder without its signature. On a plain class path the JVM checks a signed jar's signature
 * when it opens it and the digest of every class it reads from it, and class-data sharing
 * leaves signed jars' classes out of its archive; the Eclipse jars (EMF, Xtext, LSP4J) are
 * signed, and checking them was a sixth of a `klantreis check`. Nothing on the command line
 * uses the signatures (no security manager, no OSGi). The classes and resources are kept
 * byte for byte; the manifest loses the entries' digests and nothing else.
 * <p>
 * Run with the JDK's source launcher: {@code java UnsignJars.java FOLDER}.
 */
public final class UnsignJars {

    private UnsignJars() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(folder, "*.jar")) {
            for (Path jar : jars) {
                if (signed(jar)) {
                    unsign(jar);
                }
            }
        }
    }

    static boolean signed(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            return file.stream().anyMatch(entry -> isSignature(entry.getName()));
        }
    }

    /** META-INF/*.SF and its signature block, as the JDK's JarFile recognises them. */
    static boolean isSignature(String name) {
        String upper = name.toUpperCase(java.util.Locale.ROOT);
        return upper.startsWith("META-INF/") && upper.indexOf('/', "META-INF/".length()) < 0
                && (upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC"));
    }

    private static void unsign(Path jar) throws IOException {
        Path unsigned = jar.resolveSibling(jar.getFileName() + ".unsigned");
        try (JarFile in = new JarFile(jar.toFile(), false);
                JarOutputStream out = new JarOutputStream(Files.newOutputStream(unsigned))) {
            for (Enumeration<JarEntry> entries = in.entries(); entries.hasMoreElements();) {
                JarEntry entry = entries.nextElement();
                if (isSignature(entry.getName())) {
                    continue;
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                if (entry.getName().equalsIgnoreCase(JarFile.MANIFEST_NAME)) {
                    withoutDigests(in.getManifest()).write(out);
                } else {
                    try (InputStream content = in.getInputStream(entry)) {
                        content.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
        Files.move(unsigned, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The manifest without the entries' digests (SHA-256-Digest and the like), which only the signature needs. */
    private static Manifest withoutDigests(Manifest manifest) {
        Manifest result = new Manifest(manifest);
        for (Iterator<Map.Entry<String, Attributes>> entries = result.getEntries().entrySet().iterator(); entries.hasNext();) {
            Attributes attributes = entries.next().getValue();
            attributes.keySet().removeIf(key -> key.toString().toUpperCase(java.util.Locale.ROOT).endsWith("-DIGEST"));
            if (attributes.isEmpty()) {
                entries.remove();
            }
        }
        return result;
    }
}
