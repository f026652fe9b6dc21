package guide.publish;

import guide.sources.SourceTree;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Puts a finished staging folder in place of the published site. Until the swap the old site is
 * untouched, so a failed build never leaves a half-written site behind.
 */
public final class Publisher {
    private Publisher() {}

    /** The staging folder for {@code output}: a hidden sibling, so the final rename stays on one file system. */
    public static Path stagingFor(Path output) {
        return output.resolveSibling("." + output.getFileName() + "-staging");
    }

    /** The working folder for {@code output}'s gathered sources. */
    public static Path workFor(Path output) {
        return output.resolveSibling("." + output.getFileName() + "-work");
    }

    public static void swap(Path staging, Path output) {
        try {
            Path old = output.resolveSibling("." + output.getFileName() + "-old");
            SourceTree.deleteTree(old);
            if (Files.exists(output)) move(output, old);
            move(staging, output);
            SourceTree.deleteTree(old);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    public static void discard(Path staging) {
        try {
            SourceTree.deleteTree(staging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
