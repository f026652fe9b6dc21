package guide.brand;

import guide.problem.Problem;
import guide.testing.InMemorySite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An edition's colours are real colours with WCAG AA contrast; a bad one is blamed on the file and line that set it. */
class BrandCheckTest {
    @TempDir
    Path root;

    private List<Problem> check(String local) {
        InMemorySite.Built b = InMemorySite.in(root)
                .file("site.properties", "site.name=Guide\nbrand.link=#1d5b9b\n")
                .file("local/site.properties", local).build();
        return new BrandCheck().check(b.pages(), b.site());
    }

    @Test
    void aLocalColourWithTooLittleContrastIsAnErrorAtTheLocalLine() {
        assertThat(check("site.name=Anytown\nbrand.header-background=#ffff00\n")).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("local/site.properties");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("1.07:1");
        });
    }

    @Test
    void somethingThatIsNotAColourIsAnError() {
        assertThat(check("brand.accent=dark blue\n")).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).contains("'dark blue'");
        });
    }

    @Test
    void theDefaultColoursPass() {
        assertThat(check("site.name=Anytown\n")).isEmpty();
    }
}
