package guide.edition;

import guide.sources.SourceTree;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Which of a local edition's replacement files the guide has changed since they were copied. The
 * {@code copy} command notes, in {@code local/upstream.lock}, the version of each guide file it copied
 * (its git blob id, so {@code git diff OLD NEW} shows what changed); the build compares that with the
 * guide's file as it is now.
 */
public final class Drift {
    public static final String LOCK = "upstream.lock";
    /** How a reader of the build output runs this program again (the build and the preview both say it). */
    public static final String COMMAND = "java -jar generator/target/guide-generator.jar";
    /** Merged key by key, not replaced: an upstream change reaches the edition by itself. */
    static final List<String> MERGED = List.of("templates/messages.properties");

    /** One replacement the build has something to say about. */
    public record Copy(String path, String copiedFrom, String now) {
        /** True when the guide's file is not the version the copy was made from. */
        public boolean outOfDate() {
            return copiedFrom != null && now != null && !copiedFrom.equals(now);
        }

        public boolean unrecorded() {
            return copiedFrom == null;
        }
    }

    private Drift() {}

    /** Every file in local/ that replaces a guide file, with what the lock file says about it. */
    public static List<Copy> of(Path root) {
        Map<String, String> lock = readLock(root);
        List<Copy> out = new ArrayList<>();
        for (String path : replacements(root)) {
            out.add(new Copy(path, lock.get(path), blobId(root.resolve(path))));
        }
        return out;
    }

    /** What the top of the build output says: one paragraph per out-of-date or unrecorded copy. */
    public static List<String> report(Path root, String command) {
        List<String> lines = new ArrayList<>();
        for (Copy c : of(root)) {
            String local = SourceTree.OVERLAY + "/" + c.path();
            if (c.outOfDate()) {
                lines.add("Out of date: the guide has changed " + c.path() + " since " + local + " was copied from it.");
                lines.add("    See what changed: git diff " + c.copiedFrom() + " " + c.now());
                lines.add("    Bring into your copy what you want, then: " + command + " copy --up-to-date " + c.path());
            } else if (c.unrecorded()) {
                lines.add("Not known: " + local + " replaces " + c.path()
                        + ", but the build cannot tell which version of it the copy was made from.");
                lines.add("    If your copy follows the guide's current version, note it: " + command + " copy --up-to-date " + c.path());
            }
        }
        return lines;
    }

    /** Paths (e.g. content/about/index.adoc) that both local/ and the guide have. */
    static List<String> replacements(Path root) {
        Path overlay = root.resolve(SourceTree.OVERLAY);
        List<String> out = new ArrayList<>();
        for (String folder : SourceTree.FOLDERS) {
            Path dir = overlay.resolve(folder);
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path file : s.filter(Files::isRegularFile).sorted().toList()) {
                    String rel = SourceTree.slashes(overlay.relativize(file));
                    if (!MERGED.contains(rel) && Files.isRegularFile(root.resolve(rel))) out.add(rel);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** Copies a guide file into local/ (unless {@code onlyRecord}) and notes its version in the lock file. */
    public static String copy(Path root, String path, boolean onlyRecord) throws IOException {
        String rel = path.replace('\\', '/');
        if (rel.startsWith("./")) rel = rel.substring(2);
        Path upstream = root.resolve(rel).normalize();
        if (!upstream.startsWith(root) || SourceTree.FOLDERS.stream().noneMatch(rel::startsWith)
                || !Files.isRegularFile(upstream)) {
            throw new IllegalArgumentException("'" + path + "' is not a file of the guide. Give its path from the top of "
                    + "the repository, starting with content/, templates/ or assets/ (for example content/framework/partnership.adoc).");
        }
        Path local = root.resolve(SourceTree.OVERLAY).resolve(rel);
        if (!onlyRecord) {
            if (Files.exists(local)) {
                throw new IllegalArgumentException(SourceTree.OVERLAY + "/" + rel + " already exists, so it was left as it is. "
                        + "If your copy now follows the guide's current version, run copy --up-to-date " + rel + ".");
            }
            Files.createDirectories(local.getParent());
            Files.copy(upstream, local);
        } else if (!Files.exists(local)) {
            throw new IllegalArgumentException(SourceTree.OVERLAY + "/" + rel + " does not exist: there is no copy to note. "
                    + "Run copy " + rel + " to make one.");
        }
        Map<String, String> lock = readLock(root);
        lock.put(rel, blobId(upstream));
        writeLock(root, lock);
        return SourceTree.OVERLAY + "/" + rel;
    }

    static Map<String, String> readLock(Path root) {
        Map<String, String> out = new TreeMap<>();
        Path file = root.resolve(SourceTree.OVERLAY).resolve(LOCK);
        if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return out; // a link is reported by the sources stage
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) continue;
                String[] parts = l.split("\\s+");
                if (parts.length == 2) out.put(parts[0], parts[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static void writeLock(Path root, Map<String, String> lock) throws IOException {
        StringBuilder text = new StringBuilder("""
                # Written by the copy command: the version (git blob id) of each guide file that a file in local/
                # was copied from. The build compares it with the guide's file to say when your copy is out of date.
                """);
        lock.forEach((path, id) -> text.append(path).append(' ').append(id).append('\n'));
        Path file = root.resolve(SourceTree.OVERLAY).resolve(LOCK);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** The id git gives the file's content ({@code git hash-object}), so git can show the difference. */
    static String blobId(Path file) {
        if (!Files.isRegularFile(file)) return null;
        try {
            byte[] bytes = Files.readAllBytes(file);
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(("blob " + bytes.length + "\0").getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sha1.digest(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
