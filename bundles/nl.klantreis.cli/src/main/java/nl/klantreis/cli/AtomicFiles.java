/*
 * Copyright (c) 2026 Klantreis contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.klantreis.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes output files so that nothing is lost: the text goes to a temporary file beside the
 * target, which then replaces the target in one rename. An existing file is replaced only
 * when asked; a failure leaves the target as it was.
 */
final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Fills the temporary file; a seam where tests make a write fail halfway. */
    interface Content {
        void writeTo(Path temporary) throws IOException;
    }

    static void write(Path target, String content, boolean overwrite, Texts texts) {
        write(target, temporary -> Files.writeString(temporary, content, StandardCharsets.UTF_8), overwrite, texts);
    }

    /**
     * Writes {@code target}; a failure to write (a read-only folder, a folder that cannot be made,
     * a full disk) is a {@link UserError}: one line in the reader's language and exit 2, since
     * exit 1 means findings.
     */
    static void write(Path target, Content content, boolean overwrite, Texts texts) {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new UserError(texts.get("write.isFolder", target));
        }
        if (Files.exists(absolute) && !overwrite) {
            throw new UserError(texts.get("write.exists", target));
        }
        try {
            Path folder = absolute.getParent();
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
            try {
                if (Files.getFileStore(folder).supportsFileAttributeView("posix")) {
                    // a temporary file is private; the file it becomes is as readable as any other
                    Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
                }
                content.writeTo(temporary);
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UserError(texts.get("write.failed", target, reason(target, e, texts)));
        }
    }

    /** Why a write failed, in words: a file where a folder should be, no permission, or the file system's reason. */
    private static String reason(Path target, IOException e, Texts texts) {
        for (Path folder = target.toAbsolutePath().getParent(); folder != null; folder = folder.getParent()) {
            if (Files.isRegularFile(folder)) {
                return texts.get("write.notAFolder", folder);
            }
        }
        if (e instanceof AccessDeniedException) {
            return texts.get("write.denied", target);
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return texts.get("write.noPlace", target.toAbsolutePath().getParent());
        }
        // the file system's own reason, without the name of the temporary file it was about
        if (e instanceof FileSystemException failure) {
            return failure.getReason() != null ? failure.getReason() : e.getClass().getSimpleName();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
