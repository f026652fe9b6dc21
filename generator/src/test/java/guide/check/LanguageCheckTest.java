package guide.check;

import guide.problem.Problem;
import guide.testing.InMemorySite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Words the language guide rules out are errors at the line they are written on, in pages and data files. */
class LanguageCheckTest {
    @TempDir
    Path root;

    private static final String TERMS = """
            terms:
              - avoid: [prostitute]
                use: person who sells sex
                why: It stigmatises.
            """;

    private List<Problem> check(String source, String data) {
        InMemorySite.Built b = InMemorySite.in(root)
                .file("content/language/terms.yml", TERMS)
                .file("content/contacts/contacts.yml", data)
                .page("content/a.adoc", source, "<p>x</p>").build();
        return new LanguageCheck().check(b.pages(), b.site());
    }

    @Test
    void aRuledOutWordIsAnErrorAtItsLineInAPageAndInADataFile() {
        List<Problem> problems = check("= A\n\nFirst line.\nA Prostitute here.\n", "name: Prostitute outreach\n");
        assertThat(problems).extracting(Problem::file, Problem::line).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("content/a.adoc", 4),
                org.assertj.core.groups.Tuple.tuple("content/contacts/contacts.yml", 1));
        assertThat(problems).allSatisfy(p -> assertThat(p.fix()).contains("person who sells sex"));
    }

    @Test
    void aLineMarkedLanguageOkAndAPageThatTurnsTheCheckOffPass() {
        assertThat(check("= A\n\n// language-ok\nThe English Collective of Prostitutes.\n", "name: x\n")).isEmpty();
        assertThat(check("= A\n:language-check: off\n\nprostitute\n", "name: x\n")).isEmpty();
    }
}
