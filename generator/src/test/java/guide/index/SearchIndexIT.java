package guide.index;

import guide.pipeline.Pipeline;
import guide.pipeline.Progress;
import guide.testing.SiteFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search stage in a real build (JBake, AsciidoctorJ, GraalJS) of a small site: what it writes, and
 * that an unchanged index comes from memory or from the cache folder instead of GraalJS.
 */
class SearchIndexIT {
    @TempDir
    Path dir;

    private static final String PAGE = """
            = Outreach on foot
            :summary: Walking the streets to meet people.
            :order: 40

            Workers walk the area each Thursday evening.

            == Kit they carry
            Leaflets, condoms and a phone with the clinic's number.
            """;

    private static String read(Path file) throws Exception {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void writesLunrTheIndexAndTheTextAsScripts() throws Exception {
        SiteFixture site = SiteFixture.copy("minimal", dir.resolve("site")).write("content/part/outreach.adoc", PAGE);
        SearchIndex stage = new SearchIndex(dir.resolve("cache"));
        assertThat(new Pipeline().addEmitter(stage).build(site.root(), site.output(), true, Progress.quiet()).failed()).isFalse();

        Path search = site.output().resolve("search");
        assertThat(read(search.resolve(SearchIndex.LUNR))).isEqualTo(Lunr.resource(Lunr.SCRIPT));
        String index = read(search.resolve(SearchIndex.INDEX));
        assertThat(index).startsWith("window.guideSearchIndex = {\"format\":1,").endsWith(";\n")
                .containsPattern("\\[\"Outreach on foot\",\"part/outreach.html\",\\d+\\]")
                .contains("window.guideSearchRelated = [];");
        String text = read(search.resolve(SearchIndex.TEXT));
        assertThat(text).startsWith("(window.guideSearchText = window.guideSearchText || [])[0] = [").endsWith(";\n")
                .containsPattern("\\[\"Kit they carry\",\"[\\w-]+\",\"Leaflets, condoms and a phone with the clinic’s number.\"\\]");
        assertThat(stage.lastRun()).hasValueSatisfying(run -> {
            assertThat(run.source()).isEqualTo("built");
            assertThat(run.sections()).isGreaterThanOrEqualTo(6);
        });
    }

    @Test
    void anUnchangedIndexComesFromMemoryThenFromTheCacheFolderAndAChangeRebuildsIt() throws Exception {
        SiteFixture site = SiteFixture.copy("minimal", dir.resolve("site")).write("content/part/outreach.adoc", PAGE);
        Path cache = dir.resolve("cache");
        SearchIndex stage = new SearchIndex(cache);
        Pipeline pipeline = new Pipeline().addEmitter(stage);
        pipeline.build(site.root(), site.output(), true, Progress.quiet());
        assertThat(stage.lastRun().orElseThrow().source()).isEqualTo("built");
        String first = read(site.output().resolve("search").resolve(SearchIndex.INDEX));

        // The preview server rebuilds with the same pipeline: the index is kept in memory.
        pipeline.build(site.root(), site.output(), true, Progress.quiet());
        assertThat(stage.lastRun().orElseThrow().source()).isEqualTo("memory");

        // A new process (a new stage) finds it in the cache folder.
        SearchIndex fresh = new SearchIndex(cache);
        new Pipeline().addEmitter(fresh).build(site.root(), site.output(), true, Progress.quiet());
        assertThat(fresh.lastRun().orElseThrow().source()).isEqualTo("cache");
        assertThat(read(site.output().resolve("search").resolve(SearchIndex.INDEX))).isEqualTo(first);

        // Changed text is indexed again, and found.
        site.write("content/part/outreach.adoc", PAGE.replace("Thursday", "Saturday"));
        pipeline.build(site.root(), site.output(), true, Progress.quiet());
        assertThat(stage.lastRun().orElseThrow().source()).isEqualTo("built");
        String changed = read(site.output().resolve("search").resolve(SearchIndex.INDEX));
        assertThat(changed).contains("\"saturday\"").doesNotContain("\"thursday\"");
        try (Stream<Path> entries = Files.list(cache)) {
            assertThat(entries.filter(p -> p.toString().endsWith(".index.json"))).hasSize(2);
        }
    }

    @Test
    void twoBuildsOfTheSameSourcesWriteTheSameSearchFiles() throws Exception {
        SiteFixture a = SiteFixture.copy("minimal", dir.resolve("a")).write("content/part/outreach.adoc", PAGE);
        SiteFixture b = SiteFixture.copy("minimal", dir.resolve("b")).write("content/part/outreach.adoc", PAGE);
        // Separate caches: both indexes are built by GraalJS.
        new Pipeline().addEmitter(new SearchIndex(dir.resolve("cache-a"))).build(a.root(), a.output(), true, Progress.quiet());
        new Pipeline().addEmitter(new SearchIndex(dir.resolve("cache-b"))).build(b.root(), b.output(), true, Progress.quiet());
        assertThat(SiteFixture.fingerprint(b.output().resolve("search"))).isEqualTo(SiteFixture.fingerprint(a.output().resolve("search")))
                .containsKeys(SearchIndex.INDEX, SearchIndex.TEXT, SearchIndex.LUNR);
    }
}
