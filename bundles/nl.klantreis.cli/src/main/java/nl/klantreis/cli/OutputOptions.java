/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The options of every command that writes a file: {@code -o FILE} and {@code --force}. */
final class OutputOptions {

    @Option(names = { "-o", "--output" }, paramLabel = "FILE", descriptionKey = "output")
    Path output;

    @Option(names = "--force", descriptionKey = "force")
    boolean force;

    /** The file to write; a {@link UserError} when the command needs one and none was named. */
    Path required(Texts texts, String example) {
        if (output == null) {
            throw new UserError(texts.get("write.outputMissing", example));
        }
        return output;
    }

    /** Writes {@code content} to the output atomically, replacing it only with --force. */
    void write(String content, Texts texts) {
        AtomicFiles.write(output, content, force, texts);
    }
}
