package guide.index;

import java.util.List;

/**
 * One searchable part of a page: the page's opening (before its first heading) or one h2/h3 section.
 * Results link to the section itself, so a hit lands on the right part of a long page.
 *
 * @param page    the page's address relative to the site root, e.g. {@code practice-examples/southend.html}
 * @param anchor  the heading's id, or "" for the page's opening
 * @param title   the page's title
 * @param heading the section's heading, or "" for the page's opening
 * @param summary the page's summary (on the opening only, so page-wide words find the top of the page)
 * @param body    the section's plain text
 */
public record Section(String page, String anchor, String title, String heading, String summary, String body) {
    /** How many strings {@link #fields()} gives: PageIndex reads them in this order. */
    static final int FIELDS = 6;

    /** The address results link to, relative to the site root. */
    public String address() {
        return anchor.isEmpty() ? page : page + "#" + anchor;
    }

    List<String> fields() {
        return List.of(page, anchor, title, heading, summary, body);
    }
}
