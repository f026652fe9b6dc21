package guide.render;

import guide.config.SiteConfig;
import guide.convert.Manuscript;
import guide.site.ReadingOrder;
import guide.site.Site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The variables one page's template sees. Addresses are relative to the page, so the site works under
 * any sub-path and when opened straight from disk.
 * <ul>
 *   <li>{@code site}: name, language, the settings from site.properties ({@code site.config['key']})</li>
 *   <li>{@code page}: title, summary, type, body (HTML), attributes, headings, reviewed, reviewDue, editUrl, uri</li>
 *   <li>{@code root}: the way back to the site root from this page ("" or "../")</li>
 *   <li>{@code nav}: parts (each with pages), breadcrumbs, previous, next</li>
 *   <li>{@code pages}: every published page (title, summary, url, type, attributes, headings), in reading order;
 *   {@code pagesAtoZ}: the same sorted by title</li>
 *   <li>{@code data}: the YAML data files, e.g. {@code data['glossary/abbreviations']}</li>
 *   <li>{@code msg}: interface text from templates/messages.properties</li>
 *   <li>{@code views}: typed models made before rendering, e.g. {@code views.actionPlan}</li>
 * </ul>
 */
final class PageContext {
    private final Site site;
    private final Summaries summaries;
    private final Manuscript page;
    private final String body;
    private final String root;

    /**
     * @param summaries every page's summary, made once per render
     * @param body      the page's converted body, as JBake handed it to the template engine
     */
    PageContext(Site site, Summaries summaries, Manuscript page, String body) {
        this.site = site;
        this.summaries = summaries;
        this.page = page;
        this.body = body;
        this.root = rootOf(page.uri());
    }

    static String rootOf(String uri) {
        int depth = uri.split("/", -1).length - 1;
        return "../".repeat(depth);
    }

    /** The address of {@code targetUri} (site-root relative) as seen from this page. */
    String url(String targetUri) {
        if (targetUri.equals("index.html") && root.isEmpty()) return "index.html";
        return root + targetUri;
    }

    /** This page's address, relative to the site root. */
    String uri() {
        return page.uri();
    }

    Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("site", siteMap());
        m.put("page", pageMap());
        m.put("root", root);
        m.put("nav", navMap());
        m.put("pages", summaries.inOrder(this));
        m.put("pagesAtoZ", summaries.aToZ(this));
        m.put("data", site.data().all());
        m.put("msg", site.messages());
        m.put("views", site.views());
        return m;
    }

    private Map<String, Object> siteMap() {
        SiteConfig c = site.config();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", c.siteName());
        m.put("language", c.language());
        m.put("config", c.values());
        return m;
    }

    private Map<String, Object> pageMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", page.title() == null ? "" : page.title());
        m.put("summary", page.summary());
        m.put("type", page.type());
        m.put("uri", page.uri());
        m.put("url", url(page.uri()));
        m.put("body", body);
        m.put("attributes", page.attributes());
        m.put("headings", page.headings().stream().map(h -> Map.of("id", h.id(), "title", h.title(), "level", h.level())).toList());
        m.put("reviewed", page.attributes().getOrDefault("reviewed", ""));
        m.put("reviewDue", page.attributes().getOrDefault("review-due", ""));
        m.put("source", page.origin());
        String edit = site.config().editBaseUrl();
        m.put("editUrl", edit.isEmpty() ? "" : (edit.endsWith("/") ? edit : edit + "/") + page.origin());
        m.put("isHome", page.uri().equals("index.html"));
        return m;
    }

    private Map<String, Object> summary(Manuscript m) {
        return summaries.of(m, this, Map.of());
    }

    private Map<String, Object> navMap() {
        ReadingOrder order = site.readingOrder();
        Map<String, Object> m = new LinkedHashMap<>();
        List<Map<String, Object>> parts = new ArrayList<>();
        ReadingOrder.Part mine = order.partOf(page).orElse(null);
        for (ReadingOrder.Part p : order.parts()) {
            Map<String, Object> own = new LinkedHashMap<>();
            own.put("pages", summaries.of(p.pages(), this));
            own.put("active", p == mine);
            parts.add(summaries.of(p.index(), this, own));
        }
        m.put("parts", parts);
        m.put("home", order.home().map(this::summary).orElse(null));
        m.put("previous", order.previous(page).map(this::summary).orElse(null));
        m.put("next", order.next(page).map(this::summary).orElse(null));
        List<Map<String, Object>> crumbs = new ArrayList<>();
        if (!page.uri().equals("index.html")) {
            order.home().ifPresent(h -> crumbs.add(summary(h)));
            if (mine != null && mine.index() != page) crumbs.add(summary(mine.index()));
        }
        m.put("breadcrumbs", crumbs);
        return m;
    }
}
