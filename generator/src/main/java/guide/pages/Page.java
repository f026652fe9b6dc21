package guide.pages;

import guide.convert.Manuscript;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One rendered page, parsed once with Jsoup. Later stages read and refine {@link #document()} in place;
 * the publisher writes it out.
 *
 * @param manuscript what the convert stage knew about the page (source, header, lines)
 * @param document   the parsed page
 */
public record Page(Manuscript manuscript, Document document) {

    /** The element templates wrap the converted AsciiDoc in ({@code data-guide-body}); the whole body if absent. */
    public static final String BODY_MARKER = "data-guide-body";

    public String uri() {
        return manuscript.uri();
    }

    /** The path a co-author edits, e.g. {@code content/framework/partnership.adoc}. */
    public String origin() {
        return manuscript.origin();
    }

    public Element bodyContent() {
        Element marked = document.selectFirst("[" + BODY_MARKER + "]");
        return marked != null ? marked : document.body();
    }

    /** True when the element came from the page's AsciiDoc (not from the template around it). */
    public boolean fromSource(Element e) {
        Element marked = document.selectFirst("[" + BODY_MARKER + "]");
        return marked == null || e == marked || e.parents().contains(marked);
    }
}
