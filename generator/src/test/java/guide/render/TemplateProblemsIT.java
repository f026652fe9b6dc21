package guide.render;

import guide.pipeline.Pipeline;
import guide.pipeline.Progress;
import guide.problem.Problem;
import guide.testing.SiteFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A mistake in a template is blamed on the file the author edits: the partial it is in, or a local edition's copy. */
class TemplateProblemsIT {
    private static final Pipeline PIPELINE = new Pipeline();

    @TempDir
    Path dir;
    SiteFixture site;

    @AfterAll
    static void shutDown() {
        PIPELINE.close();
    }

    @BeforeEach
    void copySite() {
        site = SiteFixture.copy("minimal", dir);
        site.write("templates/base.peb", site.read("templates/base.peb").replace("</main>", "</main>\n{% include \"_notice.peb\" %}"));
        site.write("templates/_notice.peb", "<aside>\n  <p>Notice</p>\n</aside>\n");
    }

    private List<Problem> errors() {
        return PIPELINE.build(site.root(), site.output(), false, Progress.quiet()).problems().stream().filter(Problem::isError).toList();
    }

    @Test
    void aSyntaxErrorInAPartialIsBlamedOnThePartialAtItsLine() {
        assertThat(errors()).as("the fixture builds with the partial").isEmpty();
        site.write("templates/_notice.peb", "<aside>\n  {% endif %}\n</aside>\n");
        assertThat(errors()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.file()).isEqualTo("templates/_notice.peb");
            assertThat(p.line()).isEqualTo(2);
        });
    }

    /** A template that fails while it writes a page (here, dividing by zero) is a problem at the template, not a crash. */
    @Test
    void aTemplateThatFailsWhileWritingIsAProblemAtTheTemplate() {
        site.write("templates/_notice.peb", "<aside>\n  {{ 1 / 0 }}\n</aside>\n");
        assertThat(errors()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.file()).isEqualTo("templates/_notice.peb");
            assertThat(p.message()).contains("The template failed while writing");
        });
    }

    @Test
    void aTemplateThatFailsIsTheOnlyProblemNotEveryPageComingOutEmptyToo() {
        site.write("templates/_notice.peb", "<aside>\n  {% if %}\n</aside>\n");
        assertThat(errors()).isNotEmpty().noneSatisfy(p -> assertThat(p.message()).contains("came out empty"));
    }

    @Test
    void aSyntaxErrorInALocalEditionsCopyIsBlamedOnTheLocalCopy() {
        site.write("local/templates/_notice.peb", "<aside>\n\n  {% if %}\n</aside>\n");
        assertThat(errors()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.file()).isEqualTo("local/templates/_notice.peb");
            assertThat(p.line()).isEqualTo(3);
        });
    }

    @Test
    void aBrokenLinkInAPartialIsBlamedOnThePartialAtItsLine() {
        site.write("templates/_notice.peb", "<aside>\n  <a href=\"{{ root }}privacy.html\">Privacy</a>\n</aside>\n");
        assertThat(errors()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.file()).isEqualTo("templates/_notice.peb");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("privacy.html");
        });
    }
}
