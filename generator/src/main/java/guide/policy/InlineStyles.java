package guide.policy;

import guide.bake.Site;
import guide.pages.Page;
import guide.pages.Pages;
import guide.pipeline.Pipeline;
import org.jsoup.nodes.Element;

import java.nio.file.Path;

/**
 * Keeps the pages to their own Content-Security-Policy ({@code style-src 'self'}), which blocks inline
 * style attributes: Asciidoctor writes a table's widths as {@code <col style="width: 33.3333%;">} (and
 * {@code <table style="width: 80%;">}). Those are taken out, so the browser lays the columns out itself and
 * has nothing to block. Only these, only in the page's text: a style attribute anywhere else is a template's
 * mistake, which the accessibility tests report.
 */
public final class InlineStyles implements Pipeline.Stage {
    @Override
    public String name() {
        return "styles";
    }

    @Override
    public void run(Pages pages, Site site, Path staging) {
        for (Page page : pages.all()) strip(page.bodyContent());
    }

    /** Takes Asciidoctor's width styles out of the page's text. */
    static void strip(Element text) {
        for (Element e : text.select("table[style], col[style]")) e.removeAttr("style");
    }
}
