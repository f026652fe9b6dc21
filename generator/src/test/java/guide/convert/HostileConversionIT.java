package guide.convert;

import guide.pipeline.Pipeline;
import guide.pipeline.Progress;
import guide.problem.Problem;
import guide.testing.SiteFixture;
import guide.testing.WarmPipelines;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages a careless or hostile co-author could commit (src/test/resources/hostile/): each ends as a
 * problem at the file the author edits, all of them in one build, the last good site untouched; and
 * no page can publish the build machine's folders or clock.
 */
class HostileConversionIT {
    private static final Pipeline PIPELINE = WarmPipelines.checks();

    @TempDir
    Path dir;
    SiteFixture site;

    @BeforeEach
    void copySite() {
        site = SiteFixture.copy("minimal", dir);
    }

    private void add(String fixture, String as) throws IOException {
        Path to = site.root().resolve(as);
        Files.createDirectories(to.getParent());
        Files.copy(Path.of("src/test/resources/hostile", fixture), to);
    }

    private Pipeline.Result build() {
        return PIPELINE.build(site.root(), site.output(), true, Progress.quiet());
    }

    @Test
    void everyBadFileIsAProblemAtItsOwnFileAllInOneBuildAndTheLastGoodSiteStays() throws IOException {
        assertThat(build().failed()).as("the fixture builds").isFalse();
        Map<String, String> good = SiteFixture.fingerprint(site.output());
        add("latin1.adoc", "content/part/latin1.adoc");
        add("deep-list.adoc", "content/part/deep.adoc");
        add("empty.adoc", "content/part/empty.adoc");
        add("latin1.adoc", "local/content/part/local-latin1.adoc");

        Pipeline.Result r = build();

        List<Problem> errors = r.problems().stream().filter(Problem::isError).toList();
        assertThat(errors).extracting(Problem::file).containsExactlyInAnyOrder(
                "content/part/deep.adoc", "content/part/empty.adoc", "content/part/latin1.adoc", "local/content/part/local-latin1.adoc");
        assertThat(errors).filteredOn(p -> p.file().endsWith("latin1.adoc")).allSatisfy(p -> {
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.message()).contains("not saved as UTF-8");
            assertThat(p.fix()).contains("UTF-8");
        });
        assertThat(errors).filteredOn(p -> p.file().endsWith("empty.adoc")).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("The page file is empty."));
        assertThat(errors).filteredOn(p -> p.file().endsWith("deep.adoc")).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("11 levels deep");
            assertThat(p.line()).isEqualTo(17);
        });
        assertThat(String.join("\n", r.problems().stream().map(Problem::toString).toList()))
                .as("no problem names the working copy").doesNotContain(dir.toString()).doesNotContain(".site-work");
        assertThat(SiteFixture.fingerprint(site.output())).as("the last good site is untouched").isEqualTo(good);
    }

    @Test
    void noPageCanPublishTheBuildMachinesFoldersOrClock() throws IOException {
        add("machine.adoc", "content/part/machine.adoc");
        Pipeline.Result r = build();
        assertThat(r.failed()).as(String.valueOf(r.problems())).isFalse();
        String text = Jsoup.parse(r.site().manuscripts().byUri("part/machine.html").orElseThrow().body()).text();
        assertThat(text).doesNotContain(System.getProperty("user.home")).doesNotContain(dir.toString())
                .doesNotContain("/try/to/set/it").doesNotContain("1999")
                .doesNotContain(String.valueOf(java.time.Year.now().getValue())).doesNotContainPattern("\\d\\d:\\d\\d");
        assertThat(text).contains("Home: [.]", "Folder: []", "File: [machine.adoc]", "Name: [machine]", "Date: [] [] []",
                "Local: [] [] [] []");
    }

    @Test
    void anIncludeCannotReachOutsideThePagesFolder() throws IOException {
        add("include-outside.adoc", "content/part/include-outside.adoc");
        Pipeline.Result r = build();
        assertThat(r.problems()).filteredOn(Problem::isError).hasSize(2).allSatisfy(p -> {
            assertThat(p.file()).isEqualTo("content/part/include-outside.adoc");
            assertThat(p.line()).isEqualTo(9);
            assertThat(p.message()).doesNotContain(dir.toString());
        });
        assertThat(r.problems()).anySatisfy(p -> assertThat(p.fix()).contains("take the '../' out"));
        assertThat(r.site().manuscripts().byUri("part/include-outside.html").orElseThrow().body())
                .doesNotContain(Files.exists(Path.of("/etc/hostname")) ? Files.readString(Path.of("/etc/hostname")).strip() : "\0");
    }

    @Test
    void aPageWithAnAccentInItsNameGetsOneClearErrorWithTheNameToUseAndNothingElseAboutIt() {
        // The guide's names are a to z, 0 to 9, '-' and '_' (guide.sources); JBake used to turn café.adoc into
        // caf%C3%A9.html and report "the page came out empty" and template failures instead.
        site.write("content/part/café.adoc", """
                = Café
                :order: 40

                A page whose name has an accent.
                """);
        Pipeline.Result r = build();
        assertThat(r.problems()).filteredOn(p -> p.file().equals("content/part/café.adoc")).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.fix()).contains("'cafe.adoc'");
        });
        assertThat(r.problems()).noneMatch(p -> p.message().contains("came out empty") || p.file().startsWith("templates"));
        assertThat(site.output().resolve("part/café.html")).doesNotExist();
        assertThat(site.output().resolve("part/caf%C3%A9.html")).doesNotExist();
    }

    @Test
    void aPageWhoseNameEndsInDraftIsPublishedAndOnlyADraftStatusKeepsAPageBack() {
        site.write("content/part/first-draft.adoc", """
                = First draft of a policy
                :order: 40

                A published page whose name ends in -draft.
                """);
        site.write("content/part/unfinished.adoc", """
                = Unfinished
                :order: 50
                :jbake-status: draft

                Not ready.
                """);
        Pipeline.Result r = build();
        assertThat(r.failed()).as(String.valueOf(r.problems())).isFalse();
        assertThat(site.output().resolve("part/first-draft.html")).isNotEmptyFile();
        assertThat(site.output().resolve("part/unfinished.html")).doesNotExist();
        assertThat(site.output().resolve("part/unfinished-draft.html")).doesNotExist();
    }
}
