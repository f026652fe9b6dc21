package guide.index;

import guide.problem.Problem;
import guide.problem.Problems;
import guide.testing.BuiltGuide;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The related-words file co-authors edit: read into groups, each mistake a problem on its own line. */
class RelatedWordsTest {
    static final String FILE = "content/search-words.yml";
    static final Set<String> GUIDE = Set.of("dental", "housing", "language");

    private static List<Problem> problems(String text) {
        Problems problems = new Problems();
        RelatedWords.parse(FILE, text, problems, GUIDE);
        return problems.sorted();
    }

    @Test
    void groupsAreReadAsWrittenAndTravelAsJson() {
        Problems problems = new Problems();
        RelatedWords words = RelatedWords.parse(FILE, "# comment\n- [dentist, dental]\n- [homeless, housing, GP]\n", problems, GUIDE);
        assertThat(problems.sorted()).isEmpty();
        assertThat(words.groups()).containsExactly(List.of("dentist", "dental"), List.of("homeless", "housing", "GP"));
        assertThat(words.json()).isEqualTo("[[\"dentist\",\"dental\"],[\"homeless\",\"housing\",\"GP\"]]");
    }

    @Test
    void aPhraseIsAProblemOnItsLine() {
        assertThat(problems("- [dentist, dental]\n- [sexual health, dental care]\n"))
                .extracting(Problem::toString)
                .anySatisfy(p -> assertThat(p).startsWith(FILE + ":2: error: “sexual health” is not a single word."));
    }

    @Test
    void aWordInTwoGroupsNamesTheFirstGroupsLine() {
        assertThat(problems("- [dentist, dental]\n- [teeth, dentist]\n"))
                .extracting(Problem::toString)
                .containsExactly(FILE + ":2: error: “dentist” is already in the group on line 1.\n"
                        + "    Fix: Put each word in one group only: merge the two groups, or remove one of them.");
    }

    @Test
    void aGroupOfOneWordOrNotInBracketsIsAProblem() {
        List<Problem> found = problems("- [dental]\n- dentist, dental\n- [dental, dental]\n");
        assertThat(found).extracting(Problem::line).containsExactly(1, 2, 3);
        assertThat(found).allSatisfy(p -> assertThat(p.isError()).isTrue());
        assertThat(found.get(0).message()).contains("at least two words");
        assertThat(found.get(1).message()).contains("square brackets");
        assertThat(found.get(2).message()).contains("twice");
    }

    @Test
    void aFileThatIsNotAListSaysHowToWriteOne() {
        assertThat(problems("dentist: dental\n")).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.fix()).contains("- [dentist, dental]");
        });
    }

    @Test
    void aGroupWithNoWordTheGuideUsesIsAWarning() {
        assertThat(problems("- [dentist, orthodontist]\n")).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).contains("None of these words is in the guide");
        });
    }

    @Test
    void theGuidesOwnFileHasNoMistakes() throws Exception {
        Path file = BuiltGuide.repositoryRoot().resolve(FILE);
        Problems problems = new Problems();
        RelatedWords words = RelatedWords.parse(FILE, Files.readString(file), problems, Set.of());
        assertThat(problems.sorted()).allSatisfy(p -> assertThat(p.isError()).as(p.toString()).isFalse());
        assertThat(words.groups()).hasSizeGreaterThanOrEqualTo(10)
                .anySatisfy(g -> assertThat(g).contains("dentist", "dental"));
    }
}
