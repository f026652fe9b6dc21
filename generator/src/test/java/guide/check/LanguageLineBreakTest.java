package guide.check;

import guide.problem.Problem;
import guide.testing.BuiltGuide;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A term to avoid is found when a line break falls inside it, at the line where it starts. */
class LanguageLineBreakTest {
    private static final List<LanguageCheck.Term> TERMS;

    static {
        try {
            TERMS = LanguageCheck.terms(new Yaml().load(Files.readString(
                    BuiltGuide.repositoryRoot().resolve("content/language/terms.yml"))));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Problem> scan(String text) {
        List<Problem> problems = new ArrayList<>();
        LanguageCheck.scanLineBreaks("content/part/page.adoc", text.lines().toList(), TERMS, problems);
        return problems;
    }

    @Test
    void aTermSplitOverALineBreakIsFoundAtItsFirstLine() {
        List<Problem> problems = scan("= A page\n\nOutreach reached many Vulnerable\nwomen in the city.\n");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("'Vulnerable women'").contains("split over lines 3 and 4");
            assertThat(p.fix()).contains("people facing overlapping risks");
        });
    }

    @Test
    void aTermWithinOneLineIsLeftToTheLineByLineScan() {
        assertThat(scan("= A page\n\nOutreach reached vulnerable women\nin the city.\n")).isEmpty();
    }

    @Test
    void aMarkedLineAndAParagraphBreakAreLetThrough() {
        assertThat(scan("= A page\n\n// language-ok\nThe report Vulnerable\nwomen (2001) is cited.\n")).isEmpty();
        assertThat(scan("= A page\n\nThey were vulnerable\n\nwomen came later.\n")).isEmpty();
    }

    @Test
    void noPageOfTheRealGuideSplitsATermOverALineBreak() throws IOException {
        Path content = BuiltGuide.repositoryRoot().resolve("content");
        List<Problem> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(content)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".adoc")).sorted().toList()) {
                if (Files.readString(f).contains(":language-check: off")) continue;
                LanguageCheck.scanLineBreaks(content.relativize(f).toString(), Files.readAllLines(f), TERMS, problems);
            }
        }
        assertThat(problems).isEmpty();
    }
}
