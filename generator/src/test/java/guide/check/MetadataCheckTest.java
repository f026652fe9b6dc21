package guide.check;

import guide.problem.Problem;
import guide.testing.InMemorySite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The header lines site.properties requires are there, dates are real and the next review comes after the last. */
class MetadataCheckTest {
    @TempDir
    Path root;

    private List<Problem> check(String source) {
        InMemorySite.Built b = InMemorySite.in(root)
                .file("site.properties", "pages.required-metadata=summary,reviewed,review-due\n")
                .page("content/a.adoc", source, "<p>Text.</p>").build();
        return new MetadataCheck().check(b.pages(), b.site());
    }

    @Test
    void aMissingRequiredHeaderLineIsAnErrorUnderTheTitle() {
        assertThat(check("= A\n:reviewed: 2026-01-01\n:review-due: 2027-01-01\n\nText.\n")).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).contains(":summary:");
        });
    }

    @Test
    void aDateThatIsNotADateAndAReviewDueBeforeTheLastAreErrorsAtTheirLines() {
        assertThat(check("= A\n:summary: S.\n:reviewed: 2026-13-01\n:review-due: 2027-01-01\n:order: ten\n\nText.\n"))
                .extracting(Problem::line).containsExactlyInAnyOrder(3, 5);
        assertThat(check("= A\n:summary: S.\n:reviewed: 2026-06-01\n:review-due: 2026-01-01\n\nText.\n"))
                .singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(4));
    }

    @Test
    void aCompleteHeaderPasses() {
        assertThat(check("= A\n:summary: S.\n:reviewed: 2026-01-01\n:review-due: 2027-01-01\n\nText.\n")).isEmpty();
    }
}
