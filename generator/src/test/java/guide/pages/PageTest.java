package guide.pages;

import guide.convert.Manuscript;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A page written out keeps only its HTML, which is what it would have written, slots filled the same way. */
class PageTest {
    static final String SLOT = "\uFFFCslot\uFFFC";

    static Page page() {
        Manuscript m = new Manuscript("content/part/a.adoc", "part/a.html", "A", "page", false, Map.of(), List.of(), List.of(), "");
        Document doc = Jsoup.parse("<html><head><title>A</title></head><body><p>Caf\u00e9 &amp; more</p>"
                + "<a href=\"x.pdf\">Download (" + SLOT + ")</a><footer><a>Also (" + SLOT + ")</a></footer></body></html>", "");
        doc.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base);
        return new Page(m, doc);
    }

    @Test
    void aWrittenOutPageIsFilledAsAParsedOneIs() {
        // Text that HTML must escape, a non-breaking space and letters outside ASCII.
        String text = "PDF, 3 pages, <1\u00a0KB & \"more\", t\u00fadalen \u2013 \u0175";
        Page parsed = page(), written = page();
        written.writeOut();
        assertThat(parsed.fill(SLOT, text)).isEqualTo(2);
        assertThat(written.fill(SLOT, text)).isEqualTo(2);
        String html = new String(written.html(), StandardCharsets.UTF_8);
        assertThat(html).contains("Download (PDF, 3 pages, &lt;1&nbsp;KB &amp; \"more\"").doesNotContain(SLOT);
        assertThat(written.html()).isEqualTo(parsed.html());
    }

    @Test
    void aPageWithNoSlotIsLeftAsItWas() {
        Page written = page();
        byte[] before = written.html();
        written.writeOut();
        assertThat(written.fill("\uFFFCother\uFFFC", "x")).isZero();
        assertThat(written.html()).isEqualTo(before);
    }

    @Test
    void aWrittenOutPageNoLongerHasADocument() {
        Page written = page();
        written.writeOut();
        assertThatThrownBy(written::document).isInstanceOf(IllegalStateException.class).hasMessageContaining("part/a.html");
    }
}
