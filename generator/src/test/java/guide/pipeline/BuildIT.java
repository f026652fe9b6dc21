package guide.pipeline;

import guide.testing.SiteFixture;
import guide.testing.WarmPipelines;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A good site builds into a page per source, in the guide's reading order, the same every time. */
class BuildIT {
    private static final Pipeline PIPELINE = WarmPipelines.checks();

    @TempDir
    Path dir;

    @Test
    void everySourcePageBecomesAPageAndAssetsAreCopied() {
        SiteFixture site = SiteFixture.copy("minimal", dir);
        assertThat(PIPELINE.build(site.root(), site.output(), true, Progress.quiet()).failed()).isFalse();
        for (String page : new String[] {"index.html", "part/index.html", "part/first.html", "part/second.html"}) {
            assertThat(site.output().resolve(page)).isNotEmptyFile();
        }
        assertThat(site.output().resolve("css/site.css")).exists();
        assertThat(site.output().resolve("part/picture.svg")).exists();
    }

    @Test
    void previousAndNextFollowTheOrderAttributeNotDates() throws Exception {
        SiteFixture site = SiteFixture.copy("minimal", dir);
        // Swap the order of the two pages: the navigation must follow.
        site.write("content/part/first.adoc", site.read("content/part/first.adoc").replace(":order: 10", ":order: 30"));
        assertThat(PIPELINE.build(site.root(), site.output(), true, Progress.quiet()).failed()).isFalse();
        Document second = Jsoup.parse(Files.readString(site.output().resolve("part/second.html")));
        assertThat(second.select("a[rel=prev]").attr("href")).isEqualTo("../part/index.html");
        assertThat(second.select("a[rel=next]").attr("href")).isEqualTo("../part/first.html");
        Document first = Jsoup.parse(Files.readString(site.output().resolve("part/first.html")));
        assertThat(first.select("a[rel=next]")).isEmpty();
    }

    @Test
    void twoBuildsOfTheSameSourcesAreByteIdentical() {
        SiteFixture a = SiteFixture.copy("minimal", dir.resolve("a"));
        SiteFixture b = SiteFixture.copy("minimal", dir.resolve("b"));
        assertThat(PIPELINE.build(a.root(), a.output(), true, Progress.quiet()).failed()).isFalse();
        assertThat(PIPELINE.build(b.root(), b.output(), true, Progress.quiet()).failed()).isFalse();
        assertThat(SiteFixture.fingerprint(b.output())).isEqualTo(SiteFixture.fingerprint(a.output())).isNotEmpty();
    }

    @Test
    void aLocalOverlayReplacesAndAddsFiles() {
        SiteFixture site = SiteFixture.copy("minimal", dir);
        site.write("local/content/part/second.adoc", """
                = Our own second page
                :order: 20

                == A section

                Local text.
                """);
        site.write("local/content/part/local.adoc", """
                = A local page
                :order: 40

                Only in the local edition.
                """);
        Pipeline.Result r = PIPELINE.build(site.root(), site.output(), true, Progress.quiet());
        assertThat(r.failed()).isFalse();
        assertThat(r.site().sources().replaced()).containsExactly("content/part/second.adoc");
        assertThat(site.read("target/site/part/second.html")).contains("Our own second page");
        assertThat(site.output().resolve("part/local.html")).isNotEmptyFile();
    }
}
