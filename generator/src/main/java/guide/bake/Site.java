package guide.bake;

import guide.config.SiteConfig;
import guide.problem.Problems;
import guide.sources.SourceTree;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What one build knows about the whole site, shared by the AsciiDoc engine (which fills
 * {@link #manuscripts()}) and the template engine (which reads it to draw navigation).
 */
public final class Site {
    /** Key under which the site travels through JBake's configuration to our template engine. */
    public static final String CONFIG_KEY = "guide.site";
    public static final String MESSAGES = "messages.properties";

    private final SiteConfig config;
    private final SourceTree sources;
    private final Problems problems;
    private final Manuscripts manuscripts = new Manuscripts();
    private final SiteData data;
    private final Map<String, String> messages;
    private volatile ReadingOrder readingOrder;
    /** Typed models for the templates, by name ({@code views.actionPlan}); added before rendering. */
    private final Map<String, Object> views = new java.util.concurrent.ConcurrentSkipListMap<>();

    public Site(SiteConfig config, SourceTree sources, Problems problems) {
        this.config = config;
        this.sources = sources;
        this.problems = problems;
        this.data = SiteData.load(sources, problems);
        // Key by key, so a local edition's messages file need only hold the wording it changes.
        Map<String, String> m = loadMessages(sources.root().resolve("templates").resolve(MESSAGES));
        m.putAll(loadMessages(sources.root().resolve(SourceTree.OVERLAY).resolve("templates").resolve(MESSAGES)));
        this.messages = java.util.Collections.unmodifiableMap(m);
    }

    private static Map<String, String> loadMessages(Path file) {
        Map<String, String> out = new TreeMap<>();
        if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return out; // a link is reported by the sources stage
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
        return out;
    }

    public SiteConfig config() { return config; }
    public SourceTree sources() { return sources; }
    public Problems problems() { return problems; }
    public Manuscripts manuscripts() { return manuscripts; }
    public SiteData data() { return data; }
    public Map<String, String> messages() { return messages; }
    public Map<String, Object> views() { return java.util.Collections.unmodifiableMap(views); }

    public void addView(String name, Object view) {
        views.put(name, view);
    }

    /** Computed once, when the first page is rendered: by then every page has been read. */
    public ReadingOrder readingOrder() {
        ReadingOrder r = readingOrder;
        if (r == null) {
            synchronized (this) {
                if (readingOrder == null) readingOrder = new ReadingOrder(manuscripts.all());
                r = readingOrder;
            }
        }
        return r;
    }
}
