package guide.index;

import guide.convert.Manuscript;
import guide.pages.Page;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Cuts a page's own content (the {@code data-guide-body} element, so no navigation or footer text, and any
 * element a template marks {@code data-guide-search}) into {@link Section}s: the opening before the first
 * heading, then one per h2 or h3 that has an id.
 */
public final class Sections {
    /** Elements whose text is not reading text: scripts, controls, things hidden from everyone. */
    private static final Set<String> SKIPPED = Set.of("script", "style", "template", "button", "select", "textarea", "noscript");

    /** Marks template-drawn text that search should find too, as data-guide-body marks the page's own. */
    public static final String SEARCH_MARKER = "data-guide-search";

    private Sections() {}

    public static List<Section> of(Page page) {
        Manuscript m = page.manuscript();
        String title = m.title() == null ? "" : m.title();
        // The heading text as written in AsciiDoc: later stages may add anchor links or hidden text inside headings.
        Map<String, String> written = m.headings().stream()
                .collect(Collectors.toMap(Manuscript.Heading::id, Manuscript.Heading::title, (a, b) -> a));
        Collector collector = new Collector(page.uri(), title, m.summary().strip(), id -> written.get(id));
        for (Element part : searched(page)) NodeTraversor.traverse(collector, part);
        return collector.finish();
    }

    /**
     * The page's own content ({@code data-guide-body}) and, in page order, whatever a template marks with
     * {@code data-guide-search}: text it draws from the guide's data files (glossary, contacts, language).
     */
    static List<Element> searched(Page page) {
        Element body = page.bodyContent();
        if (!body.hasAttr(Page.BODY_MARKER)) return List.of(body); // an unmarked page: all of it
        List<Element> out = new ArrayList<>();
        for (Element e : page.document().select("[" + Page.BODY_MARKER + "], [" + SEARCH_MARKER + "]")) {
            if (e != body && !e.hasAttr(SEARCH_MARKER)) continue;
            if (out.stream().anyMatch(outer -> e.parents().contains(outer))) continue;
            out.add(e);
        }
        return out;
    }

    /** Text ending with one of these already has its boundary. */
    private static final String ENDS = ".!?:;…";
    private static final String QUOTES = "\"'’”)]";
    /** Blocks that are one of several alike: the ones before the last end with a semicolon. */
    private static final Set<String> ITEMS = Set.of("li", "td", "th", "dd");

    private static final class Collector implements NodeVisitor {
        private final String page;
        private final String title;
        private final Function<String, String> headingText;
        private final List<Section> out = new ArrayList<>();
        private String anchor = "";
        private String heading = "";
        private String summary;
        private StringBuilder text = new StringBuilder();
        /** While inside a heading or a skipped element, its text is not body text. */
        private Node quiet;

        Collector(String page, String title, String summary, Function<String, String> headingText) {
            this.page = page;
            this.title = title;
            this.summary = summary;
            this.headingText = headingText;
        }

        @Override
        public void head(Node node, int depth) {
            if (quiet != null) return;
            if (node instanceof TextNode t) {
                text.append(t.getWholeText());
            } else if (node instanceof Element e) {
                if (isSectionHeading(e)) {
                    flush();
                    anchor = e.id();
                    String written = headingText.apply(anchor);
                    heading = written != null ? written : e.text();
                    quiet = e;
                } else if (SKIPPED.contains(e.normalName()) || e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
                    quiet = e;
                } else if (e.isBlock() || e.normalName().equals("br")) {
                    text.append(' ');
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node == quiet) {
                quiet = null;
            } else if (quiet == null && node instanceof Element e && e.isBlock()) {
                endBlock(e);
                text.append(' ');
            }
        }

        /**
         * Keeps the boundary a reader sees: a list item, cell or paragraph that ends without punctuation gets
         * a semicolon (more items follow) or a full stop (the last one), a term of a definition list a colon,
         * so snippets do not run them together.
         */
        private void endBlock(Element e) {
            int end = text.length();
            while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
            int last = end;
            while (last > 0 && QUOTES.indexOf(text.charAt(last - 1)) >= 0) last--;
            if (last == 0 || ENDS.indexOf(text.charAt(last - 1)) >= 0) return;
            if (e.normalName().equals("br") || endsAnItem(e)) return;
            boolean item = ITEMS.contains(e.normalName()) && e.nextElementSibling() != null;
            text.setLength(end);
            // A term in a list of definitions leads into its definition.
            text.append(e.normalName().equals("dt") ? ':' : item ? ';' : '.');
        }

        /** The last block in a list item (AsciiDoc wraps item text in a paragraph): the item ends it. */
        private static boolean endsAnItem(Element e) {
            Element at = e;
            while (at.parent() != null && at.nextElementSibling() == null) {
                at = at.parent();
                if (ITEMS.contains(at.normalName()) || at.normalName().equals("dt")) return true;
            }
            return false;
        }

        private static boolean isSectionHeading(Element e) {
            return (e.normalName().equals("h2") || e.normalName().equals("h3")) && !e.id().isBlank();
        }

        private void flush() {
            String body = text.toString().replaceAll("\\s+", " ").strip();
            // The opening is kept even when empty: it carries the title and summary, and links to the top.
            if (anchor.isEmpty() || !body.isEmpty() || !heading.isEmpty()) {
                out.add(new Section(page, anchor, title, heading, summary, body));
            }
            summary = "";
            text = new StringBuilder();
        }

        List<Section> finish() {
            flush();
            return out;
        }
    }
}
