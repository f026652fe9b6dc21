package guide.check;

import guide.problem.Problem;
import guide.testing.InMemorySite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page has a title and text. */
class PageCheckTest {
    @TempDir
    Path root;

    private List<Problem> check(InMemorySite site) {
        InMemorySite.Built b = site.build();
        return new PageCheck().check(b.pages(), b.site());
    }

    @Test
    void aPageWithoutATitleIsAnErrorAtLineOne() {
        assertThat(check(InMemorySite.in(root).page("content/a.adoc", "Just text.\n", "<p>Just text.</p>")))
                .singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(1);
                    assertThat(p.message()).contains("no title");
                });
    }

    @Test
    void aPageWithATitleButNoTextIsAnError() {
        assertThat(check(InMemorySite.in(root).page("content/a.adoc", "= A\n:order: 1\n", "")))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("has a title but no text"));
    }

    @Test
    void draftsAndGoodPagesPass() {
        assertThat(check(InMemorySite.in(root)
                .page("content/a.adoc", "= A\n\nText.\n", "<p>Text.</p>")
                .page("content/b.adoc", "Draft without a title\n:jbake-status: draft\n", ""))).isEmpty();
    }
}
