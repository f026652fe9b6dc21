package guide.site;

import guide.catalogue.Catalogue;
import guide.config.SiteConfig;
import guide.convert.Manuscripts;
import guide.problem.Problems;
import guide.sources.SourceTree;
import guide.sources.Templates;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one build knows about the whole site once its pages are converted: the settings, the gathered
 * sources, the converted pages and their reading order, the data files, the interface text, the
 * catalogue of files to publish, and the problems found so far. Render, refine, check and emit read it.
 */
public final class Site {
    public static final String MESSAGES = "messages.properties";

    private final SiteConfig config;
    private final SourceTree sources;
    private final Problems problems;
    private final Manuscripts manuscripts;
    private final SiteData data;
    private final Map<String, String> messages;
    private final ReadingOrder readingOrder;
    private final Catalogue catalogue;
    private final Templates templates;
    /** Typed models for the templates, by name ({@code views.actionPlan}); added before rendering. */
    private final Map<String, Object> views = new java.util.concurrent.ConcurrentSkipListMap<>();

    public Site(SiteConfig config, SourceTree sources, Problems problems, Manuscripts manuscripts, Catalogue catalogue) {
        this.config = config;
        this.sources = sources;
        this.problems = problems;
        this.manuscripts = manuscripts;
        this.readingOrder = new ReadingOrder(manuscripts.all());
        this.catalogue = catalogue;
        this.templates = Templates.of(sources);
        this.data = SiteData.load(sources, problems);
        // Key by key, so a local edition's messages file need only hold the wording it changes.
        Map<String, String> m = new TreeMap<>();
        for (String file : List.of("templates/" + MESSAGES, SourceTree.OVERLAY + "/templates/" + MESSAGES)) {
            Path path = sources.root().resolve(file);
            // A link is reported by the sources stage.
            if (Files.isRegularFile(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) SiteConfig.read(path, file, m, new TreeMap<>(), problems);
        }
        this.messages = java.util.Collections.unmodifiableMap(m);
    }

    public SiteConfig config() { return config; }
    public SourceTree sources() { return sources; }
    public Problems problems() { return problems; }
    public Manuscripts manuscripts() { return manuscripts; }
    public SiteData data() { return data; }
    public Map<String, String> messages() { return messages; }

    public ReadingOrder readingOrder() { return readingOrder; }
    public Catalogue catalogue() { return catalogue; }
    public Templates templates() { return templates; }
    public Map<String, Object> views() { return java.util.Collections.unmodifiableMap(views); }

    public void addView(String name, Object view) {
        views.put(name, view);
    }
}
