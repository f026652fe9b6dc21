package guide.check;

import guide.problem.Problem;
import guide.testing.InMemorySite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Links inside the site point at a file of the site and an id on it; a broken one is blamed on the line that wrote it. */
class LinkCheckTest {
    @TempDir
    Path root;

    private static final String SECOND = "= Second\n\nSee xref:first.adoc#missing[the first].\n\nAnd xref:nowhere.adoc[].\n";

    private List<Problem> check(InMemorySite site) {
        InMemorySite.Built b = site.build();
        return new LinkCheck().check(b.pages(), b.site());
    }

    @Test
    void aLinkToAMissingPageIsAnErrorAtTheAsciiDocLineThatWroteIt() {
        List<Problem> problems = check(InMemorySite.in(root)
                .page("content/part/first.adoc", "= First\n\n== Here\n", "<h2 id=\"here\">Here</h2>")
                .page("content/part/second.adoc", SECOND, "<p><a href=\"first.html#missing\">the first</a></p><p><a href=\"nowhere.html\">x</a></p>"));
        assertThat(problems).extracting(Problem::file, Problem::line).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("content/part/second.adoc", 3), org.assertj.core.groups.Tuple.tuple("content/part/second.adoc", 5));
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("'#missing'").contains("content/part/first.adoc"));
    }

    @Test
    void linksToPagesIdsFilesAndFoldersThatExistPass() {
        List<Problem> problems = check(InMemorySite.in(root)
                .file("content/part/leaflet.pdf", "%PDF")
                .page("content/part/first.adoc", "= First\n", "<h2 id=\"here\">Here</h2>")
                .page("content/part/index.adoc", "= Part\n",
                        "<a href=\"first.html#here\">a</a><a href=\"leaflet.pdf\">b</a><a href=\"../part/\">c</a><h2 id=\"own\">Own</h2><a href=\"#own\">d</a><a href=\"https://example.org/\">e</a>"));
        assertThat(problems).isEmpty();
    }

    @Test
    void aLinkClimbingOutOfTheSiteIsAnError() {
        List<Problem> problems = check(InMemorySite.in(root)
                .page("content/index.adoc", "= Home\n\nlink:../../etc/passwd[x]\n", "<a href=\"../../etc/passwd\">x</a>"));
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("outside the site"));
    }

    @Test
    void aBrokenLinkFromAPartialIsBlamedOnThePartialAtItsLine() {
        List<Problem> problems = check(InMemorySite.in(root)
                .file("templates/page.peb", "{% include \"_footer.peb\" %}\n")
                .file("templates/_footer.peb", "<footer>\n  <a href=\"{{ root }}about/privacy.html\">Privacy</a>\n</footer>\n")
                .page("content/part/first.adoc", "= First\n\nText.\n", "<p>Text.</p>",
                        "{body}<footer>\n  <a href=\"../about/privacy.html\">Privacy</a>\n</footer>"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("templates/_footer.peb");
            assertThat(p.line()).isEqualTo(2);
        });
    }

    @Test
    void aBrokenLinkFromALocalEditionsTemplateIsBlamedOnTheLocalCopy() {
        List<Problem> problems = check(InMemorySite.in(root)
                .file("templates/page.peb", "{{ page.body | raw }}\n")
                .file("local/templates/page.peb", "<a href=\"{{ root }}council.html\">Council</a>\n{{ page.body | raw }}\n")
                .page("content/first.adoc", "= First\n\nText.\n", "<p>Text.</p>", "<a href=\"council.html\">Council</a>{body}"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("local/templates/page.peb");
            assertThat(p.line()).isEqualTo(1);
        });
    }
}
