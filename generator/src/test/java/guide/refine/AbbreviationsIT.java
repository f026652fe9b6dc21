package guide.refine;

import guide.pipeline.Pipeline;
import guide.pipeline.Progress;
import guide.testing.SiteFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class AbbreviationsIT {
    @TempDir
    Path dir;

    @Test
    void theFirstUseOfEachGlossaryAbbreviationIsExplained() throws Exception {
        SiteFixture site = SiteFixture.copy("minimal", dir);
        site.write("content/glossary/abbreviations.yml", """
                abbreviations:
                  - term: OHID
                    meaning: Office for Health Improvement and Disparities
                  - term: PrEP
                    meaning: pre-exposure prophylaxis
                """);
        site.write("content/part/second.adoc", """
                = Second page about OHID
                :order: 20

                == A section

                OHID and partners offer PrEP. OHID again, and PrEPs is not PrEP. See xref:first.adoc[OHID's page].
                """);
        Pipeline.Result r = new Pipeline().build(site.root(), site.output(), true, Progress.quiet());
        assertThat(r.failed()).as(r.problems().toString()).isFalse();
        Document page = Jsoup.parse(Files.readString(site.output().resolve("part/second.html")));
        assertThat(page.select("abbr")).hasSize(2);
        assertThat(page.select("abbr[title='Office for Health Improvement and Disparities']").text()).isEqualTo("OHID");
        assertThat(page.select("abbr[title='pre-exposure prophylaxis']").text()).isEqualTo("PrEP");
        assertThat(page.select("h1 abbr, h2 abbr, a abbr, title abbr")).isEmpty();
        assertThat(page.select("[data-guide-body]").text())
                .contains("OHID and partners offer PrEP. OHID again, and PrEPs is not PrEP.");
    }
}
