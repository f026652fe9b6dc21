package guide.edition;

import guide.pipeline.Pipeline;
import guide.pipeline.Progress;
import guide.problem.Problem;
import guide.testing.BuiltGuide;
import guide.testing.SiteFixture;
import guide.testing.WarmPipelines;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small guide with the real templates, two priority areas and three practice examples: removing a page in
 * local/remove.txt mends every link to it (and lists what it mended), the priority pages list examples from
 * their :priorities: tags, and tags are checked.
 */
class RemovalIT {
    @TempDir
    static Path dir;
    static final Pipeline PIPELINE = WarmPipelines.standard();

    static SiteFixture guide(Path into) {
        SiteFixture site = SiteFixture.copy("minimal", into);
        SiteFixture.copyTree(BuiltGuide.repositoryRoot().resolve("templates"), into.resolve("templates"));
        site.write("content/framework/index.adoc", page("The framework", "page", 30, ""));
        site.write("content/framework/alpha.adoc", page("Alpha priority", "priority", 10, ":priority: alpha\n")
                + "Read xref:../examples/gone.adoc[the example that goes] or xref:../examples/kept.adoc[the one that stays].\n");
        site.write("content/framework/beta.adoc", page("Beta priority", "priority", 20, ":priority: beta\n"));
        site.write("content/examples/index.adoc", page("Practice examples", "examples", 40, ""));
        site.write("content/examples/gone.adoc", page("Gone example", "example", 10, ":priorities: alpha, beta\n:place: Goneham\n"));
        site.write("content/examples/kept.adoc", page("Kept example", "example", 20, ":priorities: beta\n:place: Keptford\n"));
        site.write("content/part/first.adoc", """
                = First page
                :summary: The first page in the part.
                :order: 10

                See xref:../examples/gone.adoc#the-example[the gone example] in a sentence.

                * xref:../examples/gone.adoc[Gone]: a list item that is about the gone example
                * xref:../examples/kept.adoc[Kept]: one that stays
                """);
        return site;
    }

    static String page(String title, String type, int order, String header) {
        return "= " + title + "\n:jbake-type: " + type + "\n:summary: " + title + ", a test page.\n:order: " + order + "\n"
                + header + "\n== The example\n\nText of " + title + ".\n\n";
    }

    static Pipeline.Result build(SiteFixture site) {
        return PIPELINE.build(site.root(), site.output(), true, Progress.quiet());
    }

    static Document html(SiteFixture site, String path) {
        return Jsoup.parse(site.read("target/site/" + path));
    }

    static List<Problem> errors(Pipeline.Result r) {
        return r.problems().stream().filter(Problem::isError).toList();
    }

    static SiteFixture withRemoval;
    static Pipeline.Result removed;

    @BeforeAll
    static void buildWithAPageRemoved() {
        withRemoval = guide(dir.resolve("removed"));
        withRemoval.write("local/remove.txt", "# Not in this edition\ncontent/examples/gone.adoc\ncontent/examples/typo.adoc\n");
        removed = build(withRemoval);
    }

    @Test
    void withoutRemovalsTheLinksStandAndEachPriorityListsItsTaggedExamples() {
        SiteFixture site = guide(dir.resolve("whole"));
        Pipeline.Result r = build(site);
        assertThat(errors(r)).as(r.problems().toString()).isEmpty();
        assertThat(html(site, "framework/alpha.html").select("#practice-examples + ul a").eachText()).containsExactly("Gone example");
        assertThat(html(site, "framework/beta.html").select("#practice-examples + ul a").eachText())
                .containsExactly("Gone example", "Kept example");
        assertThat(html(site, "part/first.html").select("main a[href*=gone]")).hasSize(2);
    }

    @Test
    void removingAPageMendsEveryLinkToItAndTheBuildPasses() {
        assertThat(errors(removed)).as(removed.problems().toString()).isEmpty();
        Document first = html(withRemoval, "part/first.html");
        assertThat(first.select("a[href*=gone]")).isEmpty();
        assertThat(first.select("main p").text()).contains("See the gone example in a sentence.");
        assertThat(first.select("[data-guide-body] li").eachText()).containsExactly("Kept: one that stays");
        assertThat(html(withRemoval, "framework/alpha.html").text()).contains("Read the example that goes or the one that stays.");
        assertThat(html(withRemoval, "framework/beta.html").select("#practice-examples + ul a").eachText()).containsExactly("Kept example");
        assertThat(html(withRemoval, "examples/index.html").select("[data-example] a").eachText()).doesNotContain("Gone example");
        assertThat(html(withRemoval, "examples/index.html").select("option").eachText()).doesNotContain("Goneham");
        assertThat(withRemoval.output().resolve("examples/gone.html")).doesNotExist();
    }

    @Test
    void theBuildListsWhatItMendedAtTheSourceLine() {
        List<Problem> notes = removed.problems().stream().filter(p -> p.severity() == Problem.Severity.NOTE).toList();
        assertThat(notes).extracting(p -> p.file() + ":" + p.line()).contains("content/part/first.adoc:5",
                "content/part/first.adoc:7", "content/framework/alpha.adoc:11");
        assertThat(notes).extracting(Problem::message).anyMatch(m -> m.startsWith("The link 'the gone example' is now plain text") && m.contains("examples/gone.html"))
                .anyMatch(m -> m.startsWith("Left out the list item 'Gone'"));
    }

    @Test
    void aRemovalThatNamesNoFileIsAWarningAtItsLine() {
        assertThat(removed.problems()).filteredOn(p -> p.file().equals("local/remove.txt"))
                .extracting(p -> p.line() + " " + p.severity()).containsExactly("3 WARNING");
    }

    @Test
    void aLinkToAPageMissingForAnyOtherReasonIsStillAnError() {
        SiteFixture site = guide(dir.resolve("missing"));
        site.write("local/remove.txt", "content/examples/gone.adoc\n");
        site.write("content/part/second.adoc", site.read("content/part/second.adoc") + "\nSee xref:../examples/nowhere.adoc[nowhere].\n");
        Pipeline.Result r = build(site);
        assertThat(errors(r)).extracting(Problem::file).containsExactly("content/part/second.adoc");
    }

    @Test
    void aTagThatNamesNoPriorityIsAnErrorAtItsLineListingTheValidOnes() {
        SiteFixture site = guide(dir.resolve("typo"));
        site.write("content/examples/kept.adoc", site.read("content/examples/kept.adoc").replace(":priorities: beta", ":priorities: beta, partnrship"));
        Pipeline.Result r = build(site);
        assertThat(errors(r)).hasSize(1);
        Problem p = errors(r).get(0);
        assertThat(p.file() + ":" + p.line()).isEqualTo("content/examples/kept.adoc:5");
        assertThat(p.message()).contains("'partnrship'");
        assertThat(p.fix()).contains("alpha, beta");
    }

    @Test
    void aTagNamingARemovedPriorityIsDroppedNotAnError() {
        SiteFixture site = guide(dir.resolve("no-alpha"));
        site.write("local/remove.txt", "content/framework/alpha.adoc\n");
        Pipeline.Result r = build(site);
        assertThat(errors(r)).as(r.problems().toString()).isEmpty();
        assertThat(html(site, "examples/gone.html").select(".summary-box a").eachText()).containsExactly("Beta priority");
        assertThat(html(site, "examples/index.html").select("input[name=priority]").eachAttr("value")).containsExactly("beta");
    }
}
