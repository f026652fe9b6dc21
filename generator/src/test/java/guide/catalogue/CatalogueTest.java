package guide.catalogue;

import guide.problem.Problems;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogueTest {
    @Test
    void twoSourcesForOnePathAreAnErrorNamingBothAndTheFirstIsKept() {
        Problems problems = new Problems();
        Catalogue c = new Catalogue(problems);
        c.addText("autonomy.html", "content/autonomy.adoc", "one");
        c.addText("autonomy.html", "content/autonomy.asciidoc", "two");
        assertThat(problems.sorted()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.file()).isEqualTo("content/autonomy.asciidoc");
            assertThat(p.message()).contains("content/autonomy.adoc").contains("autonomy.html");
        });
        assertThat(new String(c.get("autonomy.html").orElseThrow().content().bytes())).isEqualTo("one");
    }

    @Test
    void withdrawingAFolderTakesOutOnlyTheFilesUnderIt() {
        Catalogue c = new Catalogue(new Problems());
        c.addText("components/base/base.css", "assets/components/base/base.css", "x");
        c.addText("components.html", "content/components.adoc", "y");
        c.withdraw("components");
        assertThat(c.paths()).containsExactly("components.html");
    }

    @Test
    void pathsAreSortedSoTheSiteIsWrittenInOneOrder() {
        Catalogue c = new Catalogue(new Problems());
        c.addText("b.html", "b", "");
        c.addText("a/z.html", "a", "");
        assertThat(c.paths()).containsExactly("a/z.html", "b.html");
    }
}
