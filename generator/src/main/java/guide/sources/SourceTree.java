package guide.sources;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Gathers {@code content/}, {@code templates/} and {@code assets/} into one working folder, with a local
 * edition's overlay ({@code local/}) laid over them: a file in {@code local/content/...} replaces the
 * upstream file with the same path, a new file adds to it, and a path listed in {@code local/remove.txt}
 * is left out. Remembers where every working file came from, so problems name the file an author edits.
 */
public final class SourceTree {
    public static final List<String> FOLDERS = List.of("content", "templates", "assets");
    public static final String OVERLAY = "local";
    public static final String REMOVALS = "remove.txt";

    private final Path root;
    private final Path work;
    /** working-folder-relative path (e.g. content/a.adoc) to the path the author edits (e.g. local/content/a.adoc). */
    private final Map<String, String> origins;
    private final List<String> replaced;
    private final List<String> removed;

    private SourceTree(Path root, Path work, Map<String, String> origins, List<String> replaced, List<String> removed) {
        this.root = root;
        this.work = work;
        this.origins = Collections.unmodifiableMap(origins);
        this.replaced = List.copyOf(replaced);
        this.removed = List.copyOf(removed);
    }

    /** Copies the sources under {@code root} into {@code work} (emptied first). */
    public static SourceTree gather(Path root, Path work) {
        try {
            root = root.toAbsolutePath().normalize();
            work = work.toAbsolutePath().normalize();
            deleteTree(work);
            Files.createDirectories(work);
            Map<String, String> origins = new TreeMap<>();
            List<String> replaced = new ArrayList<>();
            List<String> removed = new ArrayList<>();
            for (String folder : FOLDERS) {
                copy(root, root.resolve(folder), work, origins, null);
            }
            Path overlay = root.resolve(OVERLAY);
            if (Files.isDirectory(overlay)) {
                for (String folder : FOLDERS) {
                    copy(overlay, overlay.resolve(folder), work, origins, replaced);
                }
                Path removals = overlay.resolve(REMOVALS);
                if (Files.isRegularFile(removals)) {
                    for (String line : Files.readAllLines(removals)) {
                        String path = line.strip();
                        if (path.isEmpty() || path.startsWith("#")) continue;
                        if (origins.remove(path) != null) {
                            Files.deleteIfExists(work.resolve(path));
                            removed.add(path);
                        }
                    }
                }
            }
            Files.createDirectories(work.resolve("assets"));
            return new SourceTree(root, work, origins, replaced, removed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path base, Path from, Path work, Map<String, String> origins, List<String> replaced)
            throws IOException {
        if (!Files.isDirectory(from)) return;
        List<Path> files;
        try (Stream<Path> s = Files.walk(from)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String rel = slashes(base.relativize(file));
            if (origins.containsKey(rel) && replaced != null) replaced.add(rel);
            Path target = work.resolve(rel);
            Files.createDirectories(target.getParent());
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            origins.put(rel, replaced == null ? rel : OVERLAY + "/" + rel);
        }
    }

    public static String slashes(Path p) {
        return p.toString().replace('\\', '/');
    }

    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }

    public Path root() { return root; }
    public Path work() { return work; }
    public Path content() { return work.resolve("content"); }
    public Path templates() { return work.resolve("templates"); }
    public Path assets() { return work.resolve("assets"); }

    /** The path an author edits for a working file, e.g. {@code local/content/a.adoc}; or the path itself. */
    public String origin(Path workingFile) {
        String rel = slashes(work.relativize(workingFile.toAbsolutePath().normalize()));
        return origins.getOrDefault(rel, rel);
    }

    public List<String> replaced() { return replaced; }
    public List<String> removed() { return removed; }
}
