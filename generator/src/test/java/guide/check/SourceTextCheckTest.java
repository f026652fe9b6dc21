package guide.check;

import guide.problem.Problem;
import guide.testing.BuiltGuide;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Each typing mistake AsciiDoc would publish silently is found at its line; the real guide has none. */
class SourceTextCheckTest {

    private static List<Problem> check(String page) {
        return SourceTextCheck.check("content/part/page.adoc", page.lines().toList());
    }

    private static final String HEADER = "= A page\n:order: 10\n\n";

    @Test
    void aBulletWithNoSpaceAfterItsStarIsFoundAtItsLine() {
        List<Problem> problems = check(HEADER + "* first point\n*second point\n");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.isError()).isTrue();
            assertThat(p.message()).contains("'*'").contains("not a bullet point");
            assertThat(p.fix()).contains("starts '* second point'");
        });
    }

    @Test
    void boldTextAtTheStartOfALineIsNotTakenForABullet() {
        assertThat(check(HEADER + "*Important:* read this first.\n\n**Also** this.\n")).isEmpty();
    }

    @Test
    void anUnmatchedBoldMarkerIsFoundAtItsLine() {
        List<Problem> problems = check(HEADER + "Services must be *free\nand open to all.\n\nA *bold* word is fine.\n");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).contains("'*'").contains("partner is missing");
        });
    }

    @Test
    void anUnmatchedItalicMarkerIsFoundButWordsWithUnderscoresAreNot() {
        List<Problem> problems = check(HEADER + "See snake_case and https://example.org/a_b_c[a link].\n\nThe _Guide title was read.\n");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.message()).contains("'_'").contains("italic");
        });
    }

    @Test
    void boldOverTwoLinesOfOneParagraphIsFine() {
        assertThat(check(HEADER + "Services must be *free\nand open* to all.\n")).isEmpty();
    }

    @Test
    void tabsAndNonBreakingSpacesAreFoundAtTheirLine() {
        List<Problem> problems = check(HEADER + "Clinic\tOpening times\n\nThe clinic\u00a0opens at nine.\n\nA zero\u200bwidth space.\n");
        assertThat(problems).extracting(Problem::line).containsExactly(4, 6, 8);
        assertThat(problems.get(0).message()).contains("tab").contains("after 'Clinic'");
        assertThat(problems.get(1).message()).contains("non-breaking space").contains("after 'clinic'");
        assertThat(problems.get(2).message()).contains("zero-width");
    }

    @Test
    void aLineThatOnlyLooksBlankIsOneProblemThatExplainsTheSwallowedHeading() {
        List<Problem> problems = check(HEADER + "A paragraph pasted from a word processor.\n\u00a0 \n== Opening times\n\nText.\n");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.isError()).isTrue();
            assertThat(p.message()).contains("looks blank").contains("non-breaking space").contains("heading below");
        });
    }

    @Test
    void aHeadingStraightUnderAParagraphIsFoundAtItsLine() {
        List<Problem> problems = check(HEADER + "A paragraph.\n== Opening times\n\nText.\n");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.message()).contains("'== Opening times'").contains("part of that paragraph");
            assertThat(p.fix()).contains("blank line above");
        });
    }

    @Test
    void headingsAfterAnchorsCommentsAndBlankLinesAreFine() {
        assertThat(check(HEADER + "Text.\n\n[#times]\n== Opening times\n\n// a note\n== Prices\n\nText.\n")).isEmpty();
    }

    @Test
    void listingBlocksAreLeftAlone() {
        assertThat(check(HEADER + "----\n*not a bullet\n\tindented _code\n----\n")).isEmpty();
    }

    @Test
    void noPageOfTheRealGuideHasAProblem() throws IOException {
        Path content = BuiltGuide.repositoryRoot().resolve("content");
        List<Problem> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(content)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".adoc")).sorted().toList()) {
                problems.addAll(SourceTextCheck.check(content.relativize(f).toString(), Files.readAllLines(f)));
            }
        }
        assertThat(problems).isEmpty();
    }
}
