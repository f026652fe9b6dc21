package guide.convert;

import java.util.List;
import java.util.Map;

/**
 * One source page after conversion: where it came from, where it goes, its header, and its body as
 * HTML. Templates, navigation and checks read this instead of parsing the source again.
 *
 * @param origin     the path the author edits, relative to the site folder (e.g. content/introduction/index.adoc)
 * @param uri        the page's address relative to the site root (e.g. introduction/index.html)
 * @param title      the document title as text, or null when the page has none
 * @param type       the page kind, which picks its template (page, home, priority, example...)
 * @param draft      true for {@code :jbake-status: draft}: converted and checked, never rendered or published
 * @param attributes the header's attributes (summary, order, reviewed, review-due and any others)
 * @param headings   the level-1 and level-2 sections, for the on-page contents list
 * @param lines      the source's lines, so later stages can point at the right line
 * @param body       the converted body (Asciidoctor's HTML, without the document title)
 */
public record Manuscript(String origin, String uri, String title, String type, boolean draft,
                         Map<String, String> attributes, List<Heading> headings, List<String> lines, String body) {

    public record Heading(String id, String title, int level) {}

    public String attribute(String name) {
        return attributes.get(name);
    }

    public String summary() {
        return attributes.getOrDefault("summary", "");
    }

    public int order() {
        try {
            return Integer.parseInt(attributes.getOrDefault("order", "").trim());
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    /** 1-based line of the first line containing {@code needle}, searching from {@code from}; 0 if absent. */
    public int lineOf(String needle, int from) {
        for (int i = Math.max(0, from - 1); i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) return i + 1;
        }
        return 0;
    }

    /** 1-based line of the header attribute {@code :name:}, or 1. */
    public int attributeLine(String name) {
        int line = lineOf(":" + name + ":", 1);
        return line == 0 ? 1 : line;
    }
}
