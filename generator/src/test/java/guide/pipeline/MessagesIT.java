package guide.pipeline;

import guide.problem.Problem;
import guide.testing.SiteFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Messages speak the author's terms: the name they typed, the nearest match, one problem per mistake. */
class MessagesIT {
    @TempDir
    Path dir;
    SiteFixture site;

    @BeforeEach
    void copySite() {
        site = SiteFixture.copy("minimal", dir);
    }

    /** The problems a check (nothing written) finds on {@code page} once it holds {@code text}. */
    private List<Problem> problemsOn(String page, String text) {
        site.write(page, text);
        return site.build(false).problems().stream().filter(p -> p.file().equals(page)).toList();
    }

    @Test
    void aMistypedPageIsNamedAsTypedWithTheNearestPage() {
        List<Problem> problems = problemsOn("content/part/second.adoc", """
                = Second page
                :order: 20

                Read xref:frist.adoc[the first page].
                """);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).isEqualTo("The link to 'frist.adoc' points at a page or file that does not exist. Did you mean 'first.adoc'?");
        });
    }

    @Test
    void aMissingHeadingListsTheHeadingsThereAreAndTheNearest() {
        site.write("content/part/first.adoc", """
                = First page
                :order: 10

                == Opening times

                Text.

                == Prices

                Text.
                """);
        List<Problem> problems = problemsOn("content/part/second.adoc", """
                = Second page
                :order: 20

                See xref:first.adoc#opening-time[when it opens].
                """);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("The link to 'first.adoc#opening-time' points at a heading '#opening-time' that is not on "
                    + "content/part/first.adoc. Did you mean '#opening-times'?");
            assertThat(p.fix()).contains("#opening-times (Opening times), #prices (Prices)");
        });
    }

    @Test
    void aCrossReferenceToAMissingHeadingOnThePageIsOneProblem() {
        List<Problem> problems = problemsOn("content/part/second.adoc", """
                = Second page
                :order: 20

                == A section

                Go to <<nowhere,the next part>>.
                """);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.message()).startsWith("The cross-reference '<<nowhere>>' points at a heading '#nowhere' that is not on this page.");
            assertThat(p.fix()).contains("#a-section (A section)");
        });
    }

    @Test
    void anUnclosedTableNamesItsMarker() {
        List<Problem> problems = problemsOn("content/part/second.adoc", """
                = Second page
                :order: 20

                |===
                | Service | Opening times
                """);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).contains("'|==='");
            assertThat(p.fix()).contains("Add a line '|===' where the table ends");
        });
    }

    @Test
    void aHeaderBrokenByABlankLineIsExplainedAtTheBlankLine() {
        site.write("site.properties", "site.name=Fixture\npages.required-metadata=summary,order,reviewed\n");
        site.write("content/part/first.adoc", "= First\n:summary: One.\n:order: 10\n:reviewed: 2026-01-01\n\nText.\n");
        site.write("content/part/index.adoc", "= Part\n:summary: Part.\n:order: 10\n:reviewed: 2026-01-01\n\nxref:first.adoc[First], xref:second.adoc[second].\n");
        site.write("content/index.adoc", "= Home\n:summary: Home.\n:order: 10\n:reviewed: 2026-01-01\n:jbake-type: home\n\nText.\n");
        List<Problem> problems = problemsOn("content/part/second.adoc", """
                = Second page
                :summary: The second page.

                :order: 20
                :reviewed: 2026-11-21

                Text.
                """);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).isEqualTo("This blank line ends the page's header, so the lines :order:, :reviewed: below it are not read as part of the header.");
            assertThat(p.fix()).contains("Delete this blank line");
        });
    }

    @Test
    void typingMistakesAreFoundInEveryBuild() {
        List<Problem> problems = problemsOn("content/part/second.adoc", """
                = Second page
                :order: 20

                * one point
                *another point

                Text with a *stray star.
                """);
        assertThat(problems).extracting(Problem::line).containsExactly(5, 7);
    }
}
