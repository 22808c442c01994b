/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
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

    private static List<String> files(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }
}
