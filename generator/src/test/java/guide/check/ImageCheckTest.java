package guide.check;

import guide.problem.Problem;
import guide.testing.InMemorySite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every image is a file of the site, not from another website, with alt text that is not just its file name. */
class ImageCheckTest {
    @TempDir
    Path root;

    private List<Problem> check(String source, String body) {
        InMemorySite.Built b = InMemorySite.in(root).file("content/part/map.svg", "<svg/>")
                .page("content/part/page.adoc", source, body).build();
        return new ImageCheck().check(b.pages(), b.site());
    }

    @Test
    void aMissingImageIsAnErrorAtItsLine() {
        List<Problem> problems = check("= Page\n\nimage::chart.png[A chart]\n", "<img src=\"chart.png\" alt=\"A chart\">");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("cannot be found");
        });
    }

    @Test
    void anImageWithoutRealAltTextIsAnError() {
        List<Problem> problems = check("= Page\n\nimage::map.svg[]\n", "<img src=\"map.svg\" alt=\"map\">");
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("no alt text"));
    }

    @Test
    void anImageFromAnotherWebsiteIsAnError() {
        List<Problem> problems = check("= Page\n\nimage::https://example.org/x.png[X]\n", "<img src=\"https://example.org/x.png\" alt=\"X\">");
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("another website"));
    }

    @Test
    void anImageThatIsThereWithAltTextOrMarkedDecorativePasses() {
        assertThat(check("= Page\n\nimage::map.svg[The area]\n", "<img src=\"map.svg\" alt=\"The area\"><img src=\"map.svg\" alt=\"\">")).isEmpty();
    }
}
