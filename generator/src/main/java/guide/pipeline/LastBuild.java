package guide.pipeline;

import guide.convert.Converter;
import guide.convert.Manuscript;
import guide.convert.Manuscripts;
import guide.pages.Page;
import guide.sources.SourceTree;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the preview's last good build left, so the next build can tell which pages can change and take a
 * copy of every other page as its template made it then.
 * <p>
 * A page's finished HTML depends on its own manuscript, on the context (templates, assets, data files,
 * settings, interface text, a local edition's removals) and on every page's header (title, type, order
 * and other attributes, headings: the navigation and the page lists the templates show). When the
 * context and every header are as they were, only the pages whose body or lines changed can come out
 * differently; otherwise every page is rendered again.
 *
 * @param context    {@link #contextOf} at that build
 * @param headers    every manuscript's header, in the order convert gave them
 * @param manuscripts every manuscript by address (for comparing bodies and lines)
 * @param rendered   each page as its template made it, before any refinement (never changed: copied for reuse)
 */
record LastBuild(String context, List<Header> headers, Map<String, Manuscript> manuscripts,
                 Map<String, org.jsoup.nodes.Document> rendered) {

    /** Everything of a manuscript that a template shows on other pages: all but its body and lines. */
    record Header(String origin, String uri, String title, String type, boolean draft, Map<String, String> attributes,
                  List<Manuscript.Heading> headings) {
        static Header of(Manuscript m) {
            return new Header(m.origin(), m.uri(), m.title(), m.type(), m.draft(), m.attributes(), m.headings());
        }
    }

    static List<Header> headersOf(Manuscripts manuscripts) {
        return manuscripts.all().stream().map(Header::of).toList();
    }

    static Map<String, Manuscript> byUri(Manuscripts manuscripts) {
        Map<String, Manuscript> m = new LinkedHashMap<>();
        for (Manuscript x : manuscripts.all()) m.put(x.uri(), x);
        return m;
    }

    /**
     * The addresses of the pages that may come out differently from last time, or null when any page
     * may (the context or a header changed, or a page came or went).
     */
    Set<String> changed(String nowContext, Manuscripts now) {
        if (!context.equals(nowContext) || !headers.equals(headersOf(now))) return null;
        Set<String> changed = new HashSet<>();
        for (Manuscript m : now.all()) {
            Manuscript before = manuscripts.get(m.uri());
            if (before == null || !before.body().equals(m.body()) || !before.lines().equals(m.lines())) changed.add(m.uri());
        }
        return changed;
    }

    /**
     * SHA-256 over the working folder's path, every gathered file but the pages themselves (templates, assets, data files, images)
     * and the files read from the source folder directly (settings, interface text, removals), each as
     * its path, then its bytes.
     */
    static String contextOf(SourceTree sources) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            // Another site (a pipeline may build several) never reads as the same context.
            update(sha, sources.work().toString());
            for (String folder : SourceTree.FOLDERS) {
                Path dir = sources.work().resolve(folder);
                if (!Files.isDirectory(dir)) continue;
                List<Path> files;
                try (Stream<Path> s = Files.walk(dir)) {
                    files = s.filter(Files::isRegularFile)
                            .filter(p -> !(folder.equals("content") && Converter.isPage(p.getFileName().toString())))
                            .sorted().toList();
                }
                for (Path p : files) {
                    update(sha, SourceTree.slashes(sources.work().relativize(p)));
                    update(sha, sources.origin(p));
                    update(sha, Files.readAllBytes(p));
                }
            }
            for (String file : List.of("site.properties", "templates/" + guide.site.Site.MESSAGES,
                    SourceTree.OVERLAY + "/site.properties", SourceTree.OVERLAY + "/templates/" + guide.site.Site.MESSAGES,
                    SourceTree.OVERLAY + "/" + SourceTree.REMOVALS)) {
                Path p = sources.root().resolve(file);
                update(sha, file);
                update(sha, Files.isRegularFile(p) ? Files.readAllBytes(p) : new byte[0]);
            }
            update(sha, String.join("\n", sources.removed()));
            update(sha, String.join("\n", sources.replaced()));
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(MessageDigest sha, String text) {
        update(sha, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Length before bytes, so boundaries cannot shift without changing the hash. */
    private static void update(MessageDigest sha, byte[] bytes) {
        sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        sha.update(bytes);
    }

    /** A fresh copy of a page of the last build as its template made it, or null. */
    Page rendered(String uri) {
        org.jsoup.nodes.Document doc = rendered.get(uri);
        Manuscript m = manuscripts.get(uri);
        return doc == null || m == null ? null : new Page(m, doc.clone());
    }
}
