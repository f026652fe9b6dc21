package guide.publish;

import guide.catalogue.Catalogue;
import guide.sources.SourceTree;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes the catalogue once, into a staging folder beside the output, then swaps it in place of the
 * published site. Until the swap the old site is untouched, so a failed build never leaves a half-written
 * site behind. The swap is two renames; if the process dies between them, {@link #recover} (run at the
 * start of the next build) finishes it or rolls it back, so the output folder is never left missing.
 * <pre>
 *   .site-staging  (being written)  ──rename──►  .site-ready  (complete)
 *   site ──rename──► .site-old ;  .site-ready ──rename──► site ;  delete .site-old
 * </pre>
 */
public final class Publisher {
    private Publisher() {}

    /** The folder the catalogue is written into: a hidden sibling, so the final rename stays on one file system. */
    public static Path stagingFor(Path output) {
        return sibling(output, "staging");
    }

    /** A complete staging folder, waiting to be swapped in. */
    static Path readyFor(Path output) {
        return sibling(output, "ready");
    }

    /** The previous site while the swap is under way. */
    static Path oldFor(Path output) {
        return sibling(output, "old");
    }

    /** The working folder for {@code output}'s gathered sources. */
    public static Path workFor(Path output) {
        return sibling(output, "work");
    }

    private static Path sibling(Path output, String what) {
        return output.resolveSibling("." + output.getFileName() + "-" + what);
    }

    /** Writes the catalogue and puts it in place of {@code output}. */
    public static void publish(Catalogue catalogue, Path output) {
        try {
            recover(output);
            Path staging = stagingFor(output);
            SourceTree.deleteTree(staging);
            catalogue.writeTo(staging);
            move(staging, readyFor(output));
            swap(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * For the preview, which publishes on every save into its own folder (never the built site): brings
     * {@code output} up to date in place. A file whose bytes are unchanged is left alone, a changed or new
     * one replaces the old in one step (so the preview never serves half a file), and a file the catalogue
     * no longer holds goes. The result is what {@link #publish} would have written.
     */
    public static void update(Catalogue catalogue, Path output) {
        try {
            recover(output);
            if (!Files.isDirectory(output)) {
                publish(catalogue, output);
                return;
            }
            java.util.Set<Path> wanted = new java.util.HashSet<>();
            for (Catalogue.Entry e : catalogue.entries()) {
                Path file = output.resolve(e.path());
                wanted.add(file);
                byte[] bytes = e.content().bytes();
                if (Files.isRegularFile(file) && Files.size(file) == bytes.length && java.util.Arrays.equals(Files.readAllBytes(file), bytes)) continue;
                if (Files.isDirectory(file)) SourceTree.deleteTree(file);
                Files.createDirectories(file.getParent());
                Path temp = file.resolveSibling("." + file.getFileName() + ".new");
                Files.write(temp, bytes);
                move(temp, file);
            }
            java.util.List<Path> present;
            try (java.util.stream.Stream<Path> s = Files.walk(output)) {
                present = s.filter(p -> !p.equals(output)).sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList();
            }
            for (Path p : present) {
                if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    try (java.util.stream.Stream<Path> s = Files.list(p)) {
                        if (s.findAny().isEmpty()) Files.delete(p);
                    }
                } else if (!wanted.contains(p)) {
                    Files.delete(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void swap(Path output) throws IOException {
        Path old = oldFor(output);
        SourceTree.deleteTree(old);
        if (Files.exists(output)) move(output, old);
        move(readyFor(output), output);
        SourceTree.deleteTree(old);
    }

    /**
     * Puts right what an interrupted publish left: a complete new site waiting while the output is
     * missing is swapped in; otherwise a previous site set aside is put back. Leftovers are removed.
     */
    public static void recover(Path output) {
        try {
            Path ready = readyFor(output);
            Path old = oldFor(output);
            if (!Files.exists(output)) {
                if (Files.isDirectory(ready)) move(ready, output);
                else if (Files.isDirectory(old)) move(old, output);
            }
            SourceTree.deleteTree(ready);
            SourceTree.deleteTree(old);
            SourceTree.deleteTree(stagingFor(output));
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
}
