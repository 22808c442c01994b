package nl.klantreis.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Compares a freshly generated source tree with the committed one, file by file. */
final class SourceTrees {

    private SourceTrees() {
    }

    static void assertSame(Path generated, Path committed, String what) throws IOException {
        List<String> expected = files(generated);
        assertFalse(expected.isEmpty(), "the generator made nothing for " + what);
        assertEquals(expected, files(committed), what + ": the set of generated files differs");
        List<String> differing = new ArrayList<>();
        for (String file : expected) {
            if (Files.mismatch(generated.resolve(file), committed.resolve(file)) != -1L) {
                differing.add(file);
            }
        }
        assertEquals(List.of(), differing, what + ": generated files edited by hand or out of date");
    }

    /** Copies a folder tree (the sources a generator reads) into {@code target}. */
    static void copy(Path source, Path target) {
        try (Stream<Path> paths = Files.walk(source)) {
            paths.forEach(path -> {
                try {
                    Path to = target.resolve(source.relativize(path).toString());
                    if (Files.isDirectory(path)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(path, to);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> files(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }
}
