package guide.refine;

import guide.site.Site;
import guide.pages.Page;
import guide.pages.Pages;
import org.jsoup.nodes.Element;

/**
 * Keeps the pages to their own Content-Security-Policy ({@code style-src 'self'}), which blocks inline
 * style attributes: Asciidoctor writes a table's widths as {@code <col style="width: 33.3333%;">} (and
 * {@code <table style="width: 80%;">}). Those are taken out, so the browser lays the columns out itself and
 * has nothing to block. Only these, only in the page's text: a style attribute anywhere else is a template's
 * mistake, which the accessibility tests report.
 */
public final class InlineStyles implements Refinement {
    @Override
    public void refine(Pages pages, Site site) {
        for (Page page : pages.all()) strip(page.bodyContent());
    }

    /** Takes Asciidoctor's width styles out of the page's text. */
    static void strip(Element text) {
        for (Element e : text.select("table[style], col[style]")) e.removeAttr("style");
    }
}
