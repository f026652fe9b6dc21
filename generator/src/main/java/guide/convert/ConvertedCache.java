package guide.convert;

import guide.sources.SourceTree;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The pages converted by the last builds of one {@link Converter}, so a rebuild (the preview) converts
 * only the pages whose bytes changed. An entry is keyed by the page's working path, the path its author
 * edits and the SHA-256 of its bytes. Everything a page can read besides itself (the other files under
 * content/: includes, data files; the settings) makes up the context: when the context changes, every
 * entry is dropped, so a cached page is always what a cold conversion of the same sources gives.
 */
final class ConvertedCache {
    private final Map<String, Converter.Result> entries = new ConcurrentHashMap<>();
    private volatile String context = "";

    /**
     * Starts a build over {@code sources}: forgets every page if anything but the pages changed, and
     * every page no longer there.
     */
    void begin(SourceTree sources, List<Path> pages) {
        String now = contextOf(sources);
        if (!now.equals(context)) {
            entries.clear();
            context = now;
        }
        java.util.Set<String> present = new java.util.HashSet<>();
        for (Path p : pages) present.add(p.toString());
        entries.keySet().removeIf(k -> !present.contains(k.substring(0, k.indexOf('\n'))));
    }

    static String key(Path file, String origin, byte[] bytes) {
        return file + "\n" + origin + "\n" + sha256(bytes);
    }

    Converter.Result get(String key) {
        return entries.get(key);
    }

    void put(String key, Converter.Result result) {
        // Only one entry per page: an older version of it can never be asked for again.
        String page = key.substring(0, key.indexOf('\n') + 1);
        entries.keySet().removeIf(k -> k.startsWith(page));
        entries.put(key, result);
    }

    int size() {
        return entries.size();
    }

    /** SHA-256 over the working folder's path, the settings, and every non-page file under content/ (path, then bytes). */
    private static String contextOf(SourceTree sources) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            update(sha, sources.work().toString().getBytes(StandardCharsets.UTF_8));
            for (Path settings : List.of(sources.root().resolve("site.properties"),
                    sources.root().resolve(SourceTree.OVERLAY).resolve("site.properties"))) {
                update(sha, settings.toString().getBytes(StandardCharsets.UTF_8));
                update(sha, Files.isRegularFile(settings) ? Files.readAllBytes(settings) : new byte[0]);
            }
            Path content = sources.content();
            if (Files.isDirectory(content)) {
                List<Path> others;
                try (Stream<Path> s = Files.walk(content)) {
                    others = s.filter(Files::isRegularFile).filter(p -> !Converter.isPage(p.getFileName().toString()))
                            .sorted().toList();
                }
                for (Path p : others) {
                    update(sha, SourceTree.slashes(content.relativize(p)).getBytes(StandardCharsets.UTF_8));
                    update(sha, Files.readAllBytes(p));
                }
            }
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Length before bytes, so boundaries cannot shift without changing the hash. */
    private static void update(MessageDigest sha, byte[] bytes) {
        sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        sha.update(bytes);
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
