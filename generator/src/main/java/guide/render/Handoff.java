package guide.render;

import guide.convert.Manuscript;
import guide.site.Site;
import guide.sources.Templates;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * What crosses the seam with JBake in one render: the converted pages going in (by their ticket's
 * address), the rendered HTML coming out. It travels in JBake's configuration, the one object JBake
 * hands both to a markup engine and to a template engine. JBake hands over the pages one at a time; each is
 * written through its template and parsed on the render's own threads, one per core, while JBake goes on
 * to the next (1,000 pages: the render stage used one core of two).
 */
final class Handoff {
    static final String CONFIG_KEY = "guide.handoff";
    /** The field of JBake's document model that carries the page's own address (JBake's uri is percent-encoded). */
    static final String URI = "guide_uri";

    final Site site;
    final Templates templates;
    /** Every page's summary for the templates, made once for the whole render. */
    final Summaries summaries;
    /** Each page's parsed document, or null when its template wrote nothing. */
    private final Map<String, CompletableFuture<Document>> rendered = new ConcurrentHashMap<>();
    private ExecutorService threads;
    /** Pages whose template failed; the failure is already a problem at the template's line. */
    private final Set<String> failed = ConcurrentHashMap.newKeySet();

    Handoff(Site site, Templates templates) {
        this.site = site;
        this.templates = templates;
        this.summaries = new Summaries(site);
    }

    Optional<Manuscript> page(String uri) {
        return site.manuscripts().byUri(uri).filter(m -> !m.draft());
    }

    /**
     * Writes the page at {@code uri} ({@code html} runs its template; it reports its own failure, and returns
     * null) and parses it, on a thread of the render's own.
     */
    synchronized void render(String uri, Supplier<String> html) {
        if (threads == null) {
            threads = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
                Thread t = new Thread(r, "render");
                t.setDaemon(true);
                return t;
            });
        }
        rendered.put(uri, CompletableFuture.supplyAsync(() -> parse(html.get()), threads));
    }

    private static Document parse(String html) {
        if (html == null || html.isEmpty()) return null;
        Document doc = Jsoup.parse(html, "");
        doc.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base);
        return doc;
    }

    /** Waits until every page handed over is written and parsed, then lets the render's threads go. */
    synchronized void awaitAll() {
        CompletableFuture.allOf(rendered.values().toArray(CompletableFuture[]::new)).join();
        if (threads != null) threads.shutdown();
        threads = null;
    }

    void failed(String uri) {
        failed.add(uri);
    }

    boolean hasFailed(String uri) {
        return failed.contains(uri);
    }

    /** The page's document, once {@link #awaitAll} returned; empty when its template wrote nothing, or failed. */
    Optional<Document> document(String uri) {
        CompletableFuture<Document> doc = rendered.get(uri);
        return doc == null ? Optional.empty() : Optional.ofNullable(doc.join());
    }
}
