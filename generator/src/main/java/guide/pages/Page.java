package guide.pages;

import guide.convert.Manuscript;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

import java.nio.charset.StandardCharsets;

/**
 * One rendered page, parsed once with Jsoup. Later stages read and refine {@link #document()} in place;
 * the publisher writes it out. Once no stage reads it any more, a build keeps only its HTML
 * ({@link #writeOut()}): a tenth of the parsed page's memory.
 */
public final class Page {
    /** The element templates wrap the converted AsciiDoc in ({@code data-guide-body}); the whole body if absent. */
    public static final String BODY_MARKER = "data-guide-body";

    private final Manuscript manuscript;
    /** The parsed page, until it is written out. */
    private Document document;
    /** The page as it will be published (UTF-8), once written out. */
    private byte[] html;
    /** How the document wrote its text (its escaping), to write a slot's text the same way. */
    private Document.OutputSettings written;

    /**
     * @param manuscript what the convert stage knew about the page (source, header, lines)
     * @param document   the parsed page
     */
    public Page(Manuscript manuscript, Document document) {
        this.manuscript = manuscript;
        this.document = document;
    }

    public Manuscript manuscript() {
        return manuscript;
    }

    /** The parsed page; only until it is written out. */
    public synchronized Document document() {
        if (document == null) throw new IllegalStateException(uri() + " is written out: read the published file instead");
        return document;
    }

    public String uri() {
        return manuscript.uri();
    }

    /** The path a co-author edits, e.g. {@code content/framework/partnership.adoc}. */
    public String origin() {
        return manuscript.origin();
    }

    public Element bodyContent() {
        Element marked = document().selectFirst("[" + BODY_MARKER + "]");
        return marked != null ? marked : document().body();
    }

    /** True when the element came from the page's AsciiDoc (not from the template around it). */
    public boolean fromSource(Element e) {
        Element marked = document().selectFirst("[" + BODY_MARKER + "]");
        return marked == null || e == marked || e.parents().contains(marked);
    }

    /** The page as it is published. */
    public synchronized byte[] html() {
        return document != null ? document.outerHtml().getBytes(StandardCharsets.UTF_8) : html;
    }

    /** From now on only the page's HTML is kept; nothing can read or change its document again, only {@link #fill} it. */
    public synchronized void writeOut() {
        if (document == null) return;
        html = html();
        written = document.outputSettings().clone();
        document = null;
    }

    /**
     * Puts {@code text} in each place in the page's text that holds {@code slot} (a stage that only knows what
     * to write there after the pages are written out: the PDF's figures), and returns how many there were.
     */
    public synchronized int fill(String slot, String text) {
        int[] filled = {0};
        if (document != null) {
            NodeTraversor.traverse((node, depth) -> {
                if (node instanceof TextNode t && t.getWholeText().contains(slot)) {
                    String was = t.getWholeText();
                    filled[0] += (was.length() - was.replace(slot, "").length()) / slot.length();
                    t.text(was.replace(slot, text));
                }
            }, document);
            return filled[0];
        }
        String was = new String(html, StandardCharsets.UTF_8);
        // The slot is plain text, so it was written as it is: nothing in it is escaped.
        int count = (was.length() - was.replace(slot, "").length()) / slot.length();
        if (count == 0) return 0;
        Document escaping = Document.createShell("");
        escaping.outputSettings(written.clone().prettyPrint(false));
        escaping.body().appendText(text);
        html = was.replace(slot, escaping.body().html()).getBytes(StandardCharsets.UTF_8);
        return count;
    }
}
