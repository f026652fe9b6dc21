package guide.pipeline;

import guide.problem.Problem;
import guide.testing.SiteFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each kind of content mistake stops the build with the source file and line, and a fix. */
class ProblemsIT {
    @TempDir
    Path dir;
    SiteFixture site;

    @BeforeEach
    void copySite() {
        site = SiteFixture.copy("minimal", dir);
    }

    private List<Problem> errors() {
        return site.errors();
    }

    private static String places(List<Problem> problems) {
        return SiteFixture.places(problems);
    }

    @Test
    void theFixtureBuildsCleanly() {
        assertThat(places(errors())).isEmpty();
        assertThat(site.output().resolve("part/first.html")).isNotEmptyFile();
    }

    @Test
    void asciidocWarningNamesTheSourceLine() {
        site.write("content/part/second.adoc", """
                = Second page
                :order: 20

                ==== Too deep

                Text.
                """);
        assertThat(errors()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("content/part/second.adoc");
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).contains("'==== Too deep' has four '=' signs but comes under a heading with one");
            assertThat(p.fix()).contains("Use '=='");
            assertThat(p.fix()).isNotBlank();
        });
    }

    @Test
    void unclosedBlockNamesTheSourceLine() {
        site.write("content/part/second.adoc", """
                = Second page
                :order: 20

                == A section

                ----
                code that never ends
                """);
        assertThat(errors()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("content/part/second.adoc");
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.message()).contains("'----'").contains("never closed");
        });
    }

    @Test
    void pageWithoutTitleIsReportedAtLineOne() {
        site.write("content/part/first.adoc", """
                :order: 10

                Text without a title.
                """);
        assertThat(errors()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("content/part/first.adoc");
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).contains("no title");
        });
    }

    @Test
    void brokenLinkNamesTheSourceLine() {
        site.write("content/part/second.adoc", """
                = Second page
                :order: 20

                == A section

                See xref:missing-page.adoc[a page that is not there].
                """);
        assertThat(errors()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("content/part/second.adoc");
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.message()).contains("'missing-page.adoc'").contains("does not exist");
        });
    }

    @Test
    void brokenAnchorNamesTheSourceLine() {
        site.write("content/part/index.adoc", """
                = The first part
                :order: 10

                Read xref:first.adoc[the first page].

                Then read xref:second.adoc#no-such-section[the missing section].
                """);
        assertThat(errors()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("content/part/index.adoc");
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.message()).contains("#no-such-section");
        });
    }

    @Test
    void brokenCrossReferenceWithinThePageNamesTheSourceLine() {
        site.write("content/part/second.adoc", """
                = Second page
                :order: 20

                == A section

                Go to <<nowhere,the next part>>.
                """);
        assertThat(errors()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("content/part/second.adoc");
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.message()).contains("#nowhere");
        });
    }

    @Test
    void missingImageNamesTheSourceLine() {
        site.write("content/part/first.adoc", """
                = First page
                :order: 10

                Some text.

                image::not-there.png[A chart of the figures]
                """);
        assertThat(errors()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("content/part/first.adoc");
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.message()).contains("not-there.png").contains("cannot be found");
        });
    }

    @Test
    void imageWithoutAltTextNamesTheSourceLine() {
        site.write("content/part/first.adoc", """
                = First page
                :order: 10

                Some text.

                image::picture.svg[]
                """);
        assertThat(errors()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("content/part/first.adoc");
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.message()).contains("no alt text");
        });
    }

    @Test
    void pageWithTitleButNoTextIsReported() {
        site.write("content/part/second.adoc", """
                = Second page
                :order: 20
                """);
        site.write("content/part/index.adoc", """
                = The first part
                :order: 10

                Read xref:first.adoc[the first page].
                """);
        assertThat(errors()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("content/part/second.adoc");
            assertThat(p.message()).contains("no text");
        });
    }

    @Test
    void pageTypeWithoutTemplateIsReportedAtItsHeaderLine() {
        site.write("content/part/second.adoc", """
                = Second page
                :order: 20
                :jbake-type: brochure

                == A section

                Text.
                """);
        assertThat(errors()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("content/part/second.adoc");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("brochure");
        });
    }

    @Test
    void templateErrorNamesTheTemplateLine() {
        site.write("templates/page.peb", """
                {% extends "base.peb" %}
                {% block content %}
                {{ page.title | nosuchfilter }}
                {% endblock %}
                """);
        assertThat(errors()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("templates/page.peb");
            assertThat(p.line()).isEqualTo(3);
        });
    }

    @Test
    void includeOutsideThePageFolderIsRefused() throws Exception {
        Files.writeString(dir.resolve("secret.txt"), "A file outside the content folder.");
        site.write("content/part/second.adoc", """
                = Second page
                :order: 20

                == A section

                include::../../secret.txt[]
                """);
        Pipeline.Result r = site.build(true);
        assertThat(r.failed()).isTrue();
        assertThat(site.output()).doesNotExist();
        assertThat(r.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("content/part/second.adoc");
            assertThat(p.line()).isEqualTo(6);
        });
    }

    @Test
    void stigmatisingTermNamesTheLineAndTheWordsToUse() {
        site.write("content/language/terms.yml", """
                terms:
                  - avoid: [hard to reach groups]
                    use: hard-to-reach services
                    why: It is services that are hard to reach.
                """);
        site.write("content/part/second.adoc", """
                = Second page
                :order: 20

                == A section

                Outreach worked with
                hard-to-reach groups in the city.
                """);
        assertThat(errors()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("content/part/second.adoc");
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.message()).contains("hard-to-reach groups");
            assertThat(p.fix()).contains("hard-to-reach services");
        });
    }

    @Test
    void theLanguageCheckLetsThroughAllowedPhrasesAndMarkedLines() {
        site.write("content/language/terms.yml", """
                terms:
                  - avoid: [hard to reach groups]
                    use: hard-to-reach services
                    why: It is services that are hard to reach.
                """);
        site.write("content/part/second.adoc", """
                = Second page
                :order: 20

                == A section

                Some services are hard to reach.
                // language-ok
                A report called Hard to reach groups (2001) is cited.
                """);
        assertThat(places(errors())).isEmpty();
    }

    @Test
    void missingOrWrongPageMetadataIsReportedWhenTheSiteRequiresIt() {
        site.write("site.properties", "site.name=Fixture\npages.required-metadata=summary,order,reviewed,review-due\n");
        site.write("content/part/second.adoc", """
                = Second page
                :summary: The second page.
                :order: twenty
                :reviewed: 2026-02-31
                :review-due: 2027-01-01

                == A section

                Text.
                """);
        List<Problem> errors = errors();
        assertThat(errors).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("content/part/second.adoc");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("twenty");
        });
        assertThat(errors).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).contains("2026-02-31").contains("not a real date");
        });
        // The fixture's other pages have no review dates: each is named.
        assertThat(errors).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("content/part/first.adoc");
            assertThat(p.message()).contains(":reviewed:");
        });
    }

    @Test
    void everyProblemIsReportedAtOnceSortedByPlace() {
        site.write("content/part/first.adoc", """
                = First page
                :order: 10

                image::not-there.png[A chart]
                """);
        site.write("content/part/second.adoc", """
                = Second page
                :order: 20

                See xref:gone.adoc[gone].
                """);
        List<Problem> errors = errors();
        assertThat(errors).extracting(Problem::file).contains("content/part/first.adoc", "content/part/second.adoc");
        assertThat(errors).isSortedAccordingTo(Problem.BY_PLACE);
    }

    @Test
    void failedBuildLeavesTheLastGoodSiteUntouched() {
        assertThat(errors()).isEmpty();
        Map<String, String> good = SiteFixture.fingerprint(site.output());
        assertThat(good).containsKey("part/second.html");

        site.write("content/part/second.adoc", """
                = Second page, changed
                :order: 20

                See xref:gone.adoc[gone].
                """);
        assertThat(errors()).isNotEmpty();
        assertThat(SiteFixture.fingerprint(site.output())).isEqualTo(good);
    }

    @Test
    void draftsNeverReachThePublishedSite() {
        assertThat(errors()).isEmpty();
        assertThat(SiteFixture.fingerprint(site.output()).keySet())
                .noneMatch(f -> f.contains("draft") || f.contains("later"));
    }

    @Test
    void checkWritesNothing() {
        Pipeline.Result r = site.build(false);
        assertThat(r.failed()).isFalse();
        assertThat(r.pages().all()).isNotEmpty();
        assertThat(site.output()).doesNotExist();
    }
}
