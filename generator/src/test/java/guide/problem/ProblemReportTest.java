package guide.problem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Problems reach the console always, and GitHub's pull request page when run in GitHub Actions. */
class ProblemReportTest {
    @TempDir
    Path dir;

    private static final List<Problem> PROBLEMS = List.of(
            Problem.error("content/part/second.adoc", 7, "The link 'gone.adoc' points at a page that does not exist.",
                    "Check the file name: did you mean 'gone-away.adoc'?"),
            Problem.warning("content/part/second.adoc", 9, "A '*' here starts or ends bold text, but its partner is missing.",
                    "Put bold text between two markers, *like this*."));

    private static String run(Map<String, String> env, List<Problem> problems, String summary) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        for (ProblemReport r : ProblemReport.forEnvironment(env, out)) r.report(problems, summary);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void onTheConsoleTheProblemsAndTheSummaryAreAllThereIsAndTheSummaryComesLast() {
        String out = run(Map.of(), PROBLEMS, "The check found 1 problem to fix.");
        assertThat(out).doesNotContain("::error");
        assertThat(out.lines().toList()).containsExactly(
                "content/part/second.adoc:7: error: The link 'gone.adoc' points at a page that does not exist.",
                "    Fix: Check the file name: did you mean 'gone-away.adoc'?",
                "content/part/second.adoc:9: warning: A '*' here starts or ends bold text, but its partner is missing.",
                "    Fix: Put bold text between two markers, *like this*.",
                "The check found 1 problem to fix.");
    }

    @Test
    void inGitHubActionsEachProblemIsAnAnnotationOnItsFileAndLineBeforeTheConsoleList() {
        Path summary = dir.resolve("summary.md");
        String out = run(Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", summary.toString()), PROBLEMS, "The check found 1 problem to fix.");
        List<String> lines = out.lines().toList();
        assertThat(lines.get(0)).isEqualTo("::error file=content/part/second.adoc,line=7,title=Needs fixing::"
                + "The link 'gone.adoc' points at a page that does not exist.%0AFix: Check the file name: did you mean 'gone-away.adoc'?");
        assertThat(lines.get(1)).startsWith("::warning file=content/part/second.adoc,line=9,title=Worth checking::A '*' here");
        // The console list follows with commands off, so nothing in it can act as one; GitHub hides the two command lines.
        String token = lines.get(2).substring("::stop-commands::".length());
        assertThat(token).hasSizeGreaterThan(20);
        assertThat(lines.get(lines.size() - 1)).isEqualTo("::" + token + "::");
        assertThat(lines.get(lines.size() - 2)).isEqualTo("The check found 1 problem to fix.");
    }

    @Test
    void aProblemWhoseTextHoldsAWorkflowCommandCannotRunIt() {
        Problem hostile = Problem.error("content/a.adoc", 1, "Bad heading\n::error file=README.md::spoofed", "");
        String out = run(Map.of("GITHUB_ACTIONS", "true"), List.of(hostile), "The check found 1 problem to fix.");
        List<String> lines = out.lines().toList();
        int spoof = lines.indexOf("::error file=README.md::spoofed");
        String token = lines.get(1).substring("::stop-commands::".length());
        assertThat(lines.get(0)).startsWith("::error file=content/a.adoc,line=1").contains("%0A::error file=README.md::spoofed");
        assertThat(spoof).isGreaterThan(1).isLessThan(lines.indexOf("::" + token + "::"));
    }

    @Test
    void workflowCommandTextIsEscapedAsGitHubRequires() {
        Problem p = Problem.error("content/a,b:c.adoc", 3, "100% sure\r\nnot", "line one\nline two");
        assertThat(GitHubActionsReport.annotation(p)).isEqualTo(
                "::error file=content/a%2Cb%3Ac.adoc,line=3,title=Needs fixing::100%25 sure%0D%0Anot%0AFix: line one%0Aline two");
    }

    @Test
    void aProblemAboutAWholeFileHasNoLine() {
        assertThat(GitHubActionsReport.annotation(Problem.error("templates/page.peb", 0, "Broken.", "")))
                .isEqualTo("::error file=templates/page.peb,title=Needs fixing::Broken.");
    }

    @Test
    void theJobSummaryListsEveryProblemWithItsFixInPlainWords() throws Exception {
        Path summary = dir.resolve("summary.md");
        Files.writeString(summary, "Earlier step's summary.\n");
        run(Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", summary.toString()), PROBLEMS, "The check found 1 problem to fix.");
        String md = Files.readString(summary);
        assertThat(md).startsWith("Earlier step's summary.\n");
        assertThat(md).contains("## The guide's check found 1 problem and 1 warning")
                .contains("- **content/part/second.adoc, line 7**: The link 'gone.adoc' points at a page that does not exist.")
                .contains("  - What to do: Check the file name: did you mean 'gone-away.adoc'?")
                .contains("- **content/part/second.adoc, line 9** (a warning): A '\\*' here")
                .contains("two markers, \\*like this\\*.")
                .endsWith("The check found 1 problem to fix.\n");
    }

    @Test
    void aCleanRunSaysSoInTheJobSummary() throws Exception {
        Path summary = dir.resolve("summary.md");
        run(Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", summary.toString()), List.of(), "Checked 31 pages in 900 ms: no problems");
        assertThat(Files.readString(summary)).contains("no problems").contains("Checked 31 pages");
    }

    @Test
    void countsReadAsWords() {
        assertThat(Tally.of(1, "problem")).isEqualTo("1 problem");
        assertThat(Tally.of(2, "problem")).isEqualTo("2 problems");
        assertThat(Tally.describe(PROBLEMS)).isEqualTo("1 problem and 1 warning");
        assertThat(Tally.describe(PROBLEMS.subList(0, 1))).isEqualTo("1 problem");
    }
}
