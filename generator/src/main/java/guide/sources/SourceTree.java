package guide.sources;

import guide.problem.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Gathers {@code content/}, {@code templates/} and {@code assets/} into one working folder, with a local
 * edition's overlay ({@code local/}) laid over them: a file in {@code local/content/...} replaces the
 * upstream file with the same path, a new file adds to it, and a path listed in {@code local/remove.txt}
 * is left out. Remembers where every working file came from, so problems name the file an author edits.
 *
 * <p>This is the trust boundary for files (see {@link SourceRules}): a symbolic link, a file whose real path
 * leaves the source folder, a file name outside the safe set, a kind of file that content/ may not publish,
 * or two files that would be published at one address is a problem, and the file is left out of the working
 * folder, so nothing after this stage can read it.
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
    private final List<Problem> problems;

    private SourceTree(Path root, Path work, Map<String, String> origins, List<String> replaced, List<String> removed,
                       List<Problem> problems) {
        this.root = root;
        this.work = work;
        this.origins = Collections.unmodifiableMap(origins);
        this.replaced = List.copyOf(replaced);
        this.removed = List.copyOf(removed);
        this.problems = List.copyOf(problems);
    }

    /** Copies the sources under {@code root} into {@code work} (emptied first). */
    public static SourceTree gather(Path root, Path work) {
        try {
            root = root.toAbsolutePath().normalize();
            work = work.toAbsolutePath().normalize();
            Files.createDirectories(work);
            SourceRules rules = new SourceRules(root);
            // working path -> the file it is copied from; kept in order so the overlay can replace entries
            Map<String, Path> chosen = new LinkedHashMap<>();
            Map<String, String> origins = new TreeMap<>();
            List<String> replaced = new ArrayList<>();
            List<String> removed = new ArrayList<>();
            rules.settingsFile(root.resolve("site.properties"));
            for (String folder : FOLDERS) {
                collect(rules, root, root.resolve(folder), chosen, origins, null);
            }
            Path overlay = root.resolve(OVERLAY);
            if (rules.folder(overlay)) {
                rules.linksIn(overlay, FOLDERS);
                for (String folder : FOLDERS) {
                    collect(rules, overlay, overlay.resolve(folder), chosen, origins, replaced);
                }
                Path removals = overlay.resolve(REMOVALS);
                if (Files.isRegularFile(removals, LinkOption.NOFOLLOW_LINKS)) {
                    for (String line : Files.readAllLines(removals)) {
                        String path = line.strip();
                        if (path.isEmpty() || path.startsWith("#")) continue;
                        if (origins.remove(path) != null) {
                            chosen.remove(path);
                            removed.add(path);
                        }
                    }
                }
            }
            for (String loser : rules.collisions(origins)) {
                chosen.remove(loser);
                origins.remove(loser);
            }
            // The working folder is brought up to date rather than made again: the preview gathers on every
            // save, and a file that reads the same is left as it is. What is not chosen now goes.
            for (String folder : FOLDERS) removeUnchosen(work, work.resolve(folder), chosen);
            for (Map.Entry<String, Path> e : chosen.entrySet()) {
                Path target = work.resolve(e.getKey());
                if (Files.isDirectory(e.getValue(), LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target);
                    continue;
                }
                if (sameBytes(e.getValue(), target)) continue;
                Files.createDirectories(target.getParent());
                // NOFOLLOW_LINKS: the file was checked not to be a link; never copy what a link points at.
                Files.copy(e.getValue(), target, StandardCopyOption.REPLACE_EXISTING, LinkOption.NOFOLLOW_LINKS);
            }
            Files.createDirectories(work.resolve("assets"));
            return new SourceTree(root, work, origins, replaced, removed, rules.problems());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(SourceRules rules, Path base, Path from, Map<String, Path> chosen,
                                Map<String, String> origins, List<String> replaced) throws IOException {
        if (!rules.folder(from)) return;
        List<Path> entries;
        try (Stream<Path> s = Files.walk(from)) { // does not follow links: a linked folder is one entry
            entries = s.filter(p -> !p.equals(from)).sorted().toList();
        }
        for (Path entry : entries) {
            String rel = slashes(base.relativize(entry));
            String origin = replaced == null ? rel : OVERLAY + "/" + rel;
            if (!rules.admit(entry, origin, rel)) continue;
            if (origins.containsKey(rel) && replaced != null) replaced.add(rel);
            chosen.put(rel, entry);
            origins.put(rel, origin);
        }
    }

    /** Deletes every file and folder under {@code dir} in the working folder that is not chosen (deepest first). */
    private static void removeUnchosen(Path work, Path dir, Map<String, Path> chosen) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return;
        List<Path> present;
        try (Stream<Path> s = Files.walk(dir)) {
            present = s.filter(p -> !p.equals(dir)).sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList();
        }
        for (Path p : present) {
            Path source = chosen.get(slashes(work.relativize(p)));
            boolean keep = source != null && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) == Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS);
            if (!keep) deleteTree(p);
        }
    }

    /** True when {@code copy} is a regular file holding exactly the bytes of {@code source}. */
    private static boolean sameBytes(Path source, Path copy) throws IOException {
        if (!Files.isRegularFile(copy, LinkOption.NOFOLLOW_LINKS)) return false;
        if (Files.size(source) != Files.size(copy)) return false;
        return java.util.Arrays.equals(Files.readAllBytes(source), Files.readAllBytes(copy));
    }

    public static String slashes(Path p) {
        return p.toString().replace('\\', '/');
    }

    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return;
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

    /** What this stage refused, each naming the file an author must change. */
    public List<Problem> problems() { return problems; }
}
