package guide.render;

import guide.convert.Manuscript;
import guide.site.Site;
import guide.sources.Templates;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What crosses the seam with JBake in one render: the converted pages going in (by their ticket's
 * address), the rendered HTML coming out. It travels in JBake's configuration, the one object JBake
 * hands both to a markup engine and to a template engine.
 */
final class Handoff {
    static final String CONFIG_KEY = "guide.handoff";
    /** The field of JBake's document model that carries the page's own address (JBake's uri is percent-encoded). */
    static final String URI = "guide_uri";

    final Site site;
    final Templates templates;
    /** Every page's summary for the templates, made once for the whole render. */
    final Summaries summaries;
    private final Map<String, String> rendered = new ConcurrentHashMap<>();
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

    void rendered(String uri, String html) {
        rendered.put(uri, html);
    }

    void failed(String uri) {
        failed.add(uri);
    }

    boolean hasFailed(String uri) {
        return failed.contains(uri);
    }

    Optional<String> html(String uri) {
        return Optional.ofNullable(rendered.get(uri));
    }
}
