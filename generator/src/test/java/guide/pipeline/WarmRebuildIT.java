package guide.pipeline;

import guide.problem.Problem;
import guide.testing.SiteFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rebuild with a warm pipeline (the preview's: converted pages cached, only changed pages rendered and
 * refined again, the search index and the guide PDF made in the background) publishes exactly what a
 * cold build of the same sources does, once its background runs are done.
 */
class WarmRebuildIT {
    @TempDir
    Path dir;

    /** The minimal site, with the whole-guide PDF's download link in every page's footer (its figures change with the text). */
    private SiteFixture site(String name) {
        SiteFixture site = SiteFixture.copy("minimal", dir.resolve(name));
        site.write("templates/base.peb", site.read("templates/base.peb")
                .replace("</footer>", "<a data-guide-pdf>Download the whole guide</a></footer>"));
        return site;
    }

    /** A preview's pipeline over one site: each build's progress lines are kept, to tell a partial rebuild from a whole one. */
    private static final class Preview implements AutoCloseable {
        final Pipeline pipeline = Pipeline.standard().deferInBackground();
        final SiteFixture site;
        String lastLines = "";

        Preview(SiteFixture site) {
            this.site = site;
        }

        Pipeline.Result build() {
            ByteArrayOutputStream lines = new ByteArrayOutputStream();
            Pipeline.Result r = pipeline.build(site.root(), site.output(), true, new Progress(new PrintStream(lines, true, StandardCharsets.UTF_8)));
            lastLines = lines.toString(StandardCharsets.UTF_8);
            return r;
        }

        Map<String, String> settled() throws InterruptedException {
            pipeline.awaitBackground();
            return SiteFixture.fingerprint(site.output());
        }

        @Override
        public void close() {
            pipeline.close();
        }
    }

    private static void ok(Pipeline.Result r) {
        assertThat(r.problems().stream().filter(Problem::isError).map(Problem::toString)).isEmpty();
    }

    /** A cold build (no cache of any kind) of the minimal site with the same changes. */
    private Map<String, String> cold(Consumer<SiteFixture> changes) {
        SiteFixture cold = site("cold");
        changes.accept(cold);
        try (Pipeline pipeline = Pipeline.standard()) {
            Pipeline.Result r = pipeline.build(cold.root(), cold.output(), true, Progress.quiet());
            assertThat(r.problems().stream().filter(Problem::isError)).isEmpty();
        }
        return SiteFixture.fingerprint(cold.output());
    }

    private static void editSecondPagesText(SiteFixture s) {
        // Long enough to change the PDF's size, and so the figures on every page's download link.
        s.write("content/part/second.adoc", s.read("content/part/second.adoc")
                + "\nA sentence added after the first build.\n\n" + "More words to lengthen the guide. ".repeat(400) + "\n");
    }

    @Test
    void aWarmRebuildAfterEditsIsByteIdenticalToAColdBuild() throws Exception {
        Map<String, String> warm;
        try (Preview preview = new Preview(site("warm"))) {
            ok(preview.build());
            // One page's text, then a file beside the pages: the caches must follow both.
            preview.site.write("content/part/second.adoc", preview.site.read("content/part/second.adoc").replace("= Second page", "= Second page, edited")
                    + "\nA sentence added after the first build.\n");
            ok(preview.build());
            preview.site.write("content/part/picture.svg", preview.site.read("content/part/picture.svg") + "\n<!-- changed -->\n");
            ok(preview.build());
            warm = preview.settled();
            assertThat(preview.site.read("target/site/part/second.html")).contains("A sentence added after the first build.");
        }
        assertThat(warm).isNotEmpty().isEqualTo(cold(s -> {
            s.write("content/part/second.adoc", s.read("content/part/second.adoc").replace("= Second page", "= Second page, edited")
                    + "\nA sentence added after the first build.\n");
            s.write("content/part/picture.svg", s.read("content/part/picture.svg") + "\n<!-- changed -->\n");
        }));
    }

    @Test
    void aChangeToOnePagesTextRendersOnlyThatPageAndTheBackgroundPdfBringsEveryLinkUpToDate() throws Exception {
        Map<String, String> warm;
        String linkBefore, linkAfter;
        try (Preview preview = new Preview(site("warm"))) {
            ok(preview.build());
            linkBefore = downloadLink(preview.site.read("target/site/part/first.html"));
            editSecondPagesText(preview.site);
            ok(preview.build());
            assertThat(preview.lastLines).contains("(1 page changed: the others are as last time)")
                    .contains("guide pdf is made again in the background");
            warm = preview.settled();
            linkAfter = downloadLink(preview.site.read("target/site/part/first.html"));
        }
        // A page that was not rendered again still tells the new PDF's size once the background run is done.
        assertThat(linkAfter).isNotEqualTo(linkBefore).contains("PDF, ");
        assertThat(warm).isEqualTo(cold(WarmRebuildIT::editSecondPagesText));
    }

    private static String downloadLink(String html) {
        int at = html.indexOf("data-guide-pdf");
        return html.substring(at, html.indexOf("</a>", at));
    }

    @Test
    void aNewTitleRendersEveryPageAgainSoItsNeighboursNavigationShowsIt() throws Exception {
        Map<String, String> warm;
        try (Preview preview = new Preview(site("warm"))) {
            ok(preview.build());
            preview.site.write("content/part/second.adoc", preview.site.read("content/part/second.adoc").replace("= Second page", "= A renamed page"));
            ok(preview.build());
            assertThat(preview.lastLines).doesNotContain("changed: the others are as last time");
            warm = preview.settled();
            assertThat(preview.site.read("target/site/part/first.html")).contains("A renamed page");
        }
        assertThat(warm).isEqualTo(cold(s -> s.write("content/part/second.adoc",
                s.read("content/part/second.adoc").replace("= Second page", "= A renamed page"))));
    }

    @Test
    void aRemovedPageIsGoneFromTheSiteAndFromEveryOtherPage() throws Exception {
        Map<String, String> warm;
        try (Preview preview = new Preview(site("warm"))) {
            preview.site.write("content/part/extra.adoc", "= An extra page\n:summary: Soon removed.\n:order: 40\n\nIts text.\n");
            ok(preview.build());
            assertThat(preview.site.read("target/site/part/second.html")).contains("An extra page");
            Files.delete(preview.site.root().resolve("content/part/extra.adoc"));
            ok(preview.build());
            warm = preview.settled();
            assertThat(preview.site.output().resolve("part/extra.html")).doesNotExist();
        }
        assertThat(warm).isEqualTo(cold(s -> {}));
    }

    @Test
    void aBrokenEditNamesItsLineKeepsTheLastGoodSiteAndItsFixBuildsWhatAColdBuildDoes() throws Exception {
        Map<String, String> warm;
        try (Preview preview = new Preview(site("warm"))) {
            ok(preview.build());
            Map<String, String> good = preview.settled();
            String text = preview.site.read("content/part/second.adoc");
            preview.site.write("content/part/second.adoc", text + "\nSee xref:no-such-page.adoc[nowhere].\n");
            Pipeline.Result broken = preview.build();
            assertThat(broken.failed()).isTrue();
            int line = (int) (text + "\nSee").lines().count();
            assertThat(broken.problems()).anySatisfy(p -> {
                assertThat(p.file()).isEqualTo("content/part/second.adoc");
                assertThat(p.line()).isEqualTo(line);
                assertThat(p.message()).contains("no-such-page");
            });
            assertThat(preview.settled()).isEqualTo(good);
            // The fix is another edit of the same page: it is rendered afresh, the rest kept from the last good build.
            preview.site.write("content/part/second.adoc", text);
            editSecondPagesText(preview.site);
            ok(preview.build());
            assertThat(preview.lastLines).contains("(1 page changed");
            warm = preview.settled();
        }
        assertThat(warm).isEqualTo(cold(WarmRebuildIT::editSecondPagesText));
    }

    @Test
    void aTemplateChangeRendersEveryPageAgainAndABrokenTemplateInBetweenIsForgotten() throws Exception {
        Map<String, String> warm;
        try (Preview preview = new Preview(site("warm"))) {
            ok(preview.build());
            String page = preview.site.read("templates/page.peb");
            preview.site.write("templates/page.peb", page + "{% if %}\n");
            Pipeline.Result broken = preview.build();
            assertThat(broken.failed()).isTrue();
            assertThat(broken.problems()).anySatisfy(p -> assertThat(p.file()).isEqualTo("templates/page.peb"));
            // Back to the first template, with a page edit: the pages must come from the first template, not the broken one.
            preview.site.write("templates/page.peb", page);
            editSecondPagesText(preview.site);
            ok(preview.build());
            preview.site.write("templates/base.peb", preview.site.read("templates/base.peb").replace("<footer>", "<footer><p>Footer text.</p>"));
            ok(preview.build());
            assertThat(preview.lastLines).doesNotContain("changed: the others are as last time");
            warm = preview.settled();
        }
        assertThat(warm).isEqualTo(cold(s -> {
            editSecondPagesText(s);
            s.write("templates/base.peb", s.read("templates/base.peb").replace("<footer>", "<footer><p>Footer text.</p>"));
        }));
    }

    /** Every file of the search index, joined. */
    private static String searchText(SiteFixture site) throws java.io.IOException {
        StringBuilder all = new StringBuilder();
        try (var files = Files.list(site.output().resolve("search"))) {
            for (Path f : files.sorted().toList()) all.append(Files.readString(f));
        }
        return all.toString();
    }

    @Test
    void thePreviewPublishesTheSearchIndexOfTheNewTextOnceTheBackgroundRunEnds() throws Exception {
        Map<String, String> warm;
        try (Preview preview = new Preview(site("warm"))) {
            ok(preview.build());
            assertThat(searchText(preview.site)).doesNotContain("Zanzibarquartz");
            preview.site.write("content/part/second.adoc", preview.site.read("content/part/second.adoc") + "\nZanzibarquartz is a made-up word.\n");
            ok(preview.build());
            warm = preview.settled();
            assertThat(searchText(preview.site)).contains("Zanzibarquartz");
        }
        assertThat(warm).isEqualTo(cold(s -> s.write("content/part/second.adoc",
                s.read("content/part/second.adoc") + "\nZanzibarquartz is a made-up word.\n")));
    }
}
