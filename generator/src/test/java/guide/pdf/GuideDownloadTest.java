package guide.pdf;

import guide.catalogue.Catalogue;
import guide.testing.InMemorySite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The download links get the PDF's address and figures, whether the pages are still parsed or already
 * written out when the PDF is done; a page that holds the figures' slot itself is reported, not filled.
 */
class GuideDownloadTest {
    @TempDir
    Path dir;

    static final String AROUND = "<main>{body}</main><footer><a data-guide-pdf href=\"#\">Download the whole guide</a></footer>";

    InMemorySite.Built site(String body) {
        return InMemorySite.in(dir)
                .file("site.properties", "site.name=Test\n")
                .page("content/index.adoc", "= Home\n\nText.\n", body, AROUND)
                .build();
    }

    /** Runs the stage as a build does: started, its meanwhile, the pages written out, then finished. */
    static String downloadLink(InMemorySite.Built built, boolean writtenOut) {
        Catalogue catalogue = built.site().catalogue();
        GuideDownload stage = new GuideDownload();
        var started = stage.start(built.pages(), built.site(), catalogue);
        started.meanwhile().run();
        if (writtenOut) built.pages().all().forEach(guide.pages.Page::writeOut);
        started.work().join();
        started.finish().run();
        String html = new String(built.pages().byUri("index.html").orElseThrow().html(), StandardCharsets.UTF_8);
        return html.substring(html.indexOf("<footer>"));
    }

    @Test
    void aWrittenOutPageGetsTheSameLinkAsAParsedOne() {
        String parsed = downloadLink(site("<p>Text.</p>"), false);
        assertThat(parsed).containsPattern("<a data-guide-pdf href=\"guide.pdf\" type=\"application/pdf\">Download the whole guide "
                + "\\(PDF, \\d+ pages, \\d+ KB\\)</a>").doesNotContain(GuideDownload.SLOT);
        assertThat(downloadLink(site("<p>Text.</p>"), true)).isEqualTo(parsed);
    }

    @Test
    void aPageThatHoldsTheSlotItselfIsReported() {
        InMemorySite.Built built = site("<p>A stray " + GuideDownload.SLOT + " in the text.</p>");
        downloadLink(built, true);
        assertThat(built.site().problems().sorted()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("content/index.adoc");
            assertThat(p.message()).contains("1 links, 2 places");
        });
    }
}
