package guide.render;

import guide.sources.SourceTree;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Scratch folders on the machine's RAM disk (/dev/shm), for files that are written and never read back
 * by anyone but this process. Each is named after the process that made it and deleted when it ends; a
 * folder left by a process that was killed is deleted by the next one.
 */
final class MemoryScratch {
    static final Path RAM_DISK = Path.of("/dev/shm");
    private static final String PREFIX = "guide-render-";

    private MemoryScratch() {}

    /** A new, empty folder of this process's own on the RAM disk; empty where there is none or it cannot be written. */
    static Optional<Path> folder() {
        if (!Files.isDirectory(RAM_DISK) || !Files.isWritable(RAM_DISK)) return Optional.empty();
        try {
            forgetTheDead();
            Path folder = Files.createTempDirectory(RAM_DISK, PREFIX + ProcessHandle.current().pid() + "-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder), "guide-render-scratch-cleanup"));
            return Optional.of(folder);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void delete(Path folder) {
        try {
            SourceTree.deleteTree(folder);
        } catch (IOException | java.io.UncheckedIOException e) {
            // going already, or another process's to delete: the next process tries again
        }
    }

    /** Deletes the folders of processes that are no longer running. */
    private static void forgetTheDead() throws IOException {
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(RAM_DISK, PREFIX + "*")) {
            for (Path folder : folders) {
                String rest = folder.getFileName().toString().substring(PREFIX.length());
                int dash = rest.indexOf('-');
                if (dash <= 0) continue;
                try {
                    long pid = Long.parseLong(rest.substring(0, dash));
                    if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) continue;
                    delete(folder);
                } catch (NumberFormatException e) {
                    // not one of ours: leave it
                }
            }
        }
    }
}
