package guide.testing;

import guide.catalogue.Catalogue;
import guide.config.SiteConfig;
import guide.convert.Converter;
import guide.convert.Manuscript;
import guide.convert.Manuscripts;
import guide.pages.Page;
import guide.pages.Pages;
import guide.problem.Problems;
import guide.site.Site;
import guide.sources.PublishedFiles;
import guide.sources.SourceTree;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A small site made by hand, for testing the phases after render without JRuby or JBake: source files
 * on disk (templates, data files, assets, settings), pages given as their AsciiDoc source (for the header
 * and the lines problems point at) and the HTML the render phase would have made.
 */
public final class InMemorySite {
    private final Path root;
    private final List<Manuscript> manuscripts = new ArrayList<>();
    private final Map<String, String> html = new LinkedHashMap<>();

    private InMemorySite(Path root) {
        this.root = root;
    }

    public static InMemorySite in(Path root) {
        return new InMemorySite(root);
    }

    /** What a phase after render sees. */
    public record Built(Site site, Pages pages, Problems problems) {}

    /** A source file: {@code content/...}, {@code templates/...}, {@code assets/...}, {@code site.properties}. */
    public InMemorySite file(String path, String text) {
        SiteFixture.write(root, path, text);
        return this;
    }

    /** A page rendered with {@code body} inside the template's marked body element and nothing around it. */
    public InMemorySite page(String origin, String source, String body) {
        return page(origin, source, body, "{body}");
    }

    /** A page whose template wrote {@code around}, with {@code {body}} where the page's text goes. */
    public InMemorySite page(String origin, String source, String body, String around) {
        file(origin, source);
        Manuscript m = manuscript(origin, source, body);
        manuscripts.add(m);
        if (!m.draft()) html.put(m.uri(), "<!DOCTYPE html><html><head><title>" + m.title() + "</title></head><body>"
                + around.replace("{body}", "<div data-guide-body>" + body + "</div>") + "</body></html>");
        return this;
    }

    /** A page that was converted but never rendered (its template failed). */
    public InMemorySite unrendered(String origin, String source) {
        file(origin, source);
        manuscripts.add(manuscript(origin, source, ""));
        return this;
    }

    private static Manuscript manuscript(String origin, String source, String body) {
        List<String> lines = source.lines().toList();
        String title = lines.isEmpty() || !lines.get(0).startsWith("= ") ? null : lines.get(0).substring(2).strip();
        Map<String, String> attributes = new TreeMap<>();
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            if (line.isBlank()) break;
            if (line.startsWith(":") && line.indexOf(':', 1) > 0) {
                int end = line.indexOf(':', 1);
                attributes.put(line.substring(1, end), line.substring(end + 1).strip());
            }
        }
        String type = attributes.getOrDefault("jbake-type", "page");
        boolean draft = "draft".equals(attributes.get("jbake-status"));
        String uri = Converter.uriOf(Path.of(origin.substring(origin.indexOf("content/") + "content/".length())));
        return new Manuscript(origin, uri, title, type, draft, attributes, List.of(), lines, body);
    }

    public Built build() {
        Problems problems = new Problems();
        if (!Files.exists(root.resolve("content"))) file("content/.keep", "");
        SourceTree sources = SourceTree.gather(root, root.resolve("work"));
        Catalogue catalogue = new Catalogue(problems);
        PublishedFiles.of(sources).forEach((path, file) -> catalogue.addFile(path, sources.origin(file), file));
        Site site = new Site(SiteConfig.load(root, problems), sources, problems, new Manuscripts(manuscripts), catalogue);
        List<Page> pages = new ArrayList<>();
        for (Manuscript m : site.manuscripts().published()) {
            String page = html.get(m.uri());
            if (page == null) continue;
            Document doc = Jsoup.parse(page, "");
            Page made = new Page(m, doc);
            pages.add(made);
            catalogue.addPage(m.uri(), m.origin(), made);
        }
        return new Built(site, new Pages(pages), problems);
    }
}
