package guide.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Built indexes kept on disk, keyed by a hash of everything that goes into them (lunr.js, the builder,
 * every section's text), so a build whose indexed text has not changed skips GraalJS altogether.
 */
final class IndexCache {
    /** Enough for a site and its preview, each with a few recent edits. */
    private static final int KEEP = 8;

    private final Path folder;

    IndexCache(Path folder) {
        this.folder = folder;
    }

    /** The cache key of these sections: SHA-256 over lunr.js, the pipeline script, the index format and every field. */
    static String key(List<Section> sections) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            update(sha, Lunr.resource(Lunr.SCRIPT));
            update(sha, Lunr.resource(Lunr.TERMS));
            update(sha, PageIndex.FORMAT);
            for (Section s : sections) {
                for (String field : s.fields()) update(sha, field);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Length before text, so field boundaries cannot shift without changing the key. */
    private static void update(MessageDigest sha, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        sha.update(bytes);
    }

    Optional<PageIndex.Built> get(String key) {
        Path index = folder.resolve(key + ".index.json");
        Path store = folder.resolve(key + ".store.json");
        if (!Files.isRegularFile(index) || !Files.isRegularFile(store)) return Optional.empty();
        try {
            // One text part per line: JSON never holds a raw line break.
            List<String> texts = List.of(Files.readString(store, StandardCharsets.UTF_8).split("\n"));
            PageIndex.Built built = new PageIndex.Built(Files.readString(index, StandardCharsets.UTF_8), texts);
            FileTime now = FileTime.fromMillis(System.currentTimeMillis());
            Files.setLastModifiedTime(index, now);
            Files.setLastModifiedTime(store, now);
            return Optional.of(built);
        } catch (IOException e) {
            return Optional.empty(); // a damaged entry is rebuilt
        }
    }

    void put(String key, PageIndex.Built built) {
        try {
            Files.createDirectories(folder);
            write(folder.resolve(key + ".store.json"), String.join("\n", built.texts()));
            // The index last: get() only trusts an entry whose both files are there.
            write(folder.resolve(key + ".index.json"), built.index());
            prune();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) throws IOException {
        Path part = file.resolveSibling(file.getFileName() + ".part");
        Files.writeString(part, text, StandardCharsets.UTF_8);
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private void prune() throws IOException {
        List<Path> indexes;
        try (Stream<Path> s = Files.list(folder)) {
            indexes = s.filter(p -> p.getFileName().toString().endsWith(".index.json"))
                    .sorted(Comparator.comparing(IndexCache::modified).reversed()).toList();
        }
        for (Path old : indexes.subList(Math.min(KEEP, indexes.size()), indexes.size())) {
            String key = old.getFileName().toString().replace(".index.json", "");
            Files.deleteIfExists(old);
            Files.deleteIfExists(folder.resolve(key + ".store.json"));
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
