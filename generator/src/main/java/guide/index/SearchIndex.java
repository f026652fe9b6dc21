package guide.index;

import guide.site.Site;
import guide.pages.Page;
import guide.pages.Pages;
import guide.catalogue.Catalogue;
import guide.emit.Emitter;
import guide.emit.Emitter.Started;
import guide.problem.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The search stage: cuts every page into sections, indexes them with lunr.js (in GraalJS, the same file
 * the browser loads) and writes, under {@code search/} in the site:
 * <ul>
 *   <li>{@code lunr.min.js}, from the WebJar;</li>
 *   <li>{@code search-index.js}: {@code window.guideSearchIndex = <index>} (a page-level index as lunr's
 *       counts, the terms, and every page's title and address: what the first results need, see PageIndex)
 *       and {@code window.guideSearchRelated = <related words>} (content/search-words.yml);</li>
 *   <li>{@code search-text-0.js}, {@code search-text-1.js}, ...: every section's heading, anchor and snippet text, in parts,
 *       which the search page loads all of, in order, once the first results show (never only the parts
 *       a query needs: which parts a reader loaded would say what they searched for).</li>
 * </ul>
 * Scripts rather than JSON, because a site opened straight from disk cannot fetch() its own files, and
 * its Content-Security-Policy allows only the site's own scripts. Only the search page loads them, or
 * the header's search box once a reader starts using it.
 * <p>
 * GraalJS starts when this stage is made (before the pages are converted); an unchanged index comes from memory
 * (the preview server keeps the stage) or from the cache folder beside the output.
 */
public final class SearchIndex implements Emitter {
    public static final String FOLDER = "search";
    public static final String INDEX = "search-index.js";
    /** The first text part; the others count up from it. */
    public static final String TEXT = "search-text-0.js";
    public static final String LUNR = "lunr.min.js";
    /** The page type of the search page, which is not searched itself. */
    public static final String SEARCH_TYPE = "search";
    /** What problems about these files name: they are made by this stage, from every page. */
    private static final String ORIGIN = "generator (search index)";

    private final Path cacheFolder;
    private String lastKey;
    private PageIndex.Built lastBuilt;
    private Run lastRun;

    /** How the last run went: for the benchmark and the tests. */
    public record Run(int sections, String source, long millis, long indexBytes, long textBytes) {}

    /** Caches beside the output folder. */
    public SearchIndex() {
        this(null);
    }

    /** @param cacheFolder where built indexes are kept; null for a folder beside the output */
    public SearchIndex(Path cacheFolder) {
        this.cacheFolder = cacheFolder;
        Lunr.warm();
    }

    @Override
    public String name() {
        return "index";
    }

    @Override
    public void emit(Pages pages, Site site, Catalogue catalogue) {
        start(pages, site, catalogue).await();
    }

    /** Cuts the pages into sections here; lunr.js indexes them on a thread of its own. */
    @Override
    public Started start(Pages pages, Site site, Catalogue catalogue) {
        long start = System.nanoTime();
        List<Section> sections = sections(pages);
        String key = IndexCache.key(sections);
        IndexCache cache = new IndexCache(cacheFolder != null ? cacheFolder : defaultCache(site));
        CompletableFuture<PageIndex.Built> built;
        String source;
        if (key.equals(lastKey)) {
            built = CompletableFuture.completedFuture(lastBuilt);
            source = "memory";
        } else {
            Optional<PageIndex.Built> cached = cache.get(key);
            if (cached.isPresent()) {
                built = CompletableFuture.completedFuture(cached.get());
                source = "cache";
            } else {
                built = Started.beside("search-index", () -> Lunr.get().build(sections));
                source = "built";
            }
        }
        return new Started(built, () -> {
            PageIndex.Built made;
            try {
                made = built.join();
            } catch (CompletionException e) {
                site.problems().add(Problem.error("generator", 0,
                        "The search index could not be built, because GraalJS (which builds it) did not start: " + e.getCause().getMessage(),
                        "Build the generator with the Java you run it with (mvn package): built with Java 17 it brings "
                                + "GraalJS 23.1, which does not run on Java 22 or later; built with Java 21 or later it brings a newer GraalJS."));
                return;
            }
            if (source.equals("built")) cache.put(key, made);
            lastKey = key;
            lastBuilt = made;
            publish(made, sections, source, start, site, catalogue);
        });
    }

    private void publish(PageIndex.Built built, List<Section> sections, String source, long start, Site site, Catalogue catalogue) {
        RelatedWords related = RelatedWords.of(site.sources(), site.problems(), sections);
        String index = "window.guideSearchIndex = " + script(built.index()) + ";\n"
                + "window.guideSearchRelated = " + related.json() + ";\n";
        catalogue.addText(FOLDER + "/" + INDEX, ORIGIN, index);
        long textBytes = 0;
        for (int i = 0; i < built.texts().size(); i++) {
            String text = "(window.guideSearchText = window.guideSearchText || [])[" + i + "] = " + script(built.texts().get(i)) + ";\n";
            catalogue.addText(FOLDER + "/" + textPart(i), ORIGIN, text);
            textBytes += text.getBytes(StandardCharsets.UTF_8).length;
        }
        catalogue.addText(FOLDER + "/" + LUNR, ORIGIN, Lunr.resource(Lunr.SCRIPT));
        lastRun = new Run(sections.size(), source, (System.nanoTime() - start) / 1_000_000,
                index.getBytes(StandardCharsets.UTF_8).length, textBytes);
    }

    /** The file name of text part {@code i}. */
    public static String textPart(int i) {
        return "search-text-" + i + ".js";
    }

    /** Beside the build's working folder (which sits beside the output), so every output has its own. */
    private static Path defaultCache(Site site) {
        return site.sources().work().resolveSibling(".search-index-cache");
    }

    public Optional<Run> lastRun() {
        return Optional.ofNullable(lastRun);
    }

    /** Every page readers can reach from the navigation, cut into sections, in reading order. */
    public static List<Section> sections(Pages pages) {
        List<Section> out = new ArrayList<>();
        for (Page page : pages.all()) {
            if (SEARCH_TYPE.equals(page.manuscript().type()) || "none".equals(page.manuscript().attribute("nav"))) continue;
            out.addAll(Sections.of(page));
        }
        return out;
    }

    /** JSON is JavaScript, except that older browsers reject raw line and paragraph separators in strings. */
    private static String script(String json) {
        return json.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

}
