package nl.klantreis.cli;

import java.io.IOException;
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

    static void write(Path target, String content, boolean overwrite, Texts texts) throws IOException {
        write(target, temporary -> Files.writeString(temporary, content, StandardCharsets.UTF_8), overwrite, texts);
    }

    static void write(Path target, Content content, boolean overwrite, Texts texts) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute) && !overwrite) {
            throw new UserError(texts.get("write.exists", target));
        }
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
        if (Files.getFileStore(folder).supportsFileAttributeView("posix")) {
            // a temporary file is private; the file it becomes is as readable as any other
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
        }
        try {
            content.writeTo(temporary);
            Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
