package guide.cli;

import guide.testing.BuiltGuide;
import guide.testing.SiteFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's command, {@code mvn -q package}, run for real (Maven, the pom, .mvn/) on a page with three
 * different mistakes: what a co-author sees at the end of the output is the three problems with their
 * fixes and a one-line summary, with nothing of Maven's below them and no escape codes.
 */
class MavenPackageIT {
    @TempDir
    static Path dir;
    static SiteFixture site;

    @BeforeAll
    static void aPageWithThreeMistakes() {
        site = SiteFixture.copy("minimal", dir.resolve("site"));
        site.write("content/part/second.adoc", """
                = Second page
                :summary: The second page in the part.
                :order: 20

                == A section

                Read xref:frist.adoc[the first page].

                * one point
                *another point

                ==== Too deep

                Text.
                """);
    }

    record Run(int code, List<String> lines, String text) {}

    private static Run mvnPackage(Map<String, String> env) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("mvn", "-q", "package", "-DskipTests", "-Dguide.root=" + site.root()));
        ProcessBuilder pb = new ProcessBuilder(command).directory(BuiltGuide.repositoryRoot().toFile()).redirectErrorStream(true);
        pb.environment().remove("GITHUB_ACTIONS");
        pb.environment().remove("GITHUB_STEP_SUMMARY");
        pb.environment().putAll(env);
        Path log = Files.createTempFile(dir, "mvn", ".log");
        pb.redirectOutput(log.toFile());
        Process p = pb.start();
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("mvn finished").isTrue();
        String text = Files.readString(log, StandardCharsets.UTF_8);
        return new Run(p.exitValue(), text.lines().toList(), text);
    }

    private static final List<String> LAST_LINES = List.of(
            "content/part/second.adoc:7: error: The link to 'frist.adoc' points at a page or file that does not exist. Did you mean 'first.adoc'?",
            "content/part/second.adoc:10: error: This line starts with '*' but has no space after it",
            "content/part/second.adoc:12: error: The heading '==== Too deep' has four '=' signs but comes under a heading with two",
            // The fixture never had a good build, so the summary says no site was written (and where).
            "The build stopped: 3 problems to fix. No site was written to ");

    /** The last lines a reader sees: GitHub hides its workflow commands (lines starting '::') from the log. */
    private static void endsWithTheProblems(Run run) {
        List<String> shown = run.lines().stream().filter(l -> !l.startsWith("::")).toList();
        List<String> last = shown.subList(Math.max(0, shown.size() - 7), shown.size());
        assertThat(last).as(run.text()).hasSize(7);
        assertThat(last.get(0)).startsWith(LAST_LINES.get(0));
        assertThat(last.get(1)).startsWith("    Fix: ");
        assertThat(last.get(2)).startsWith(LAST_LINES.get(1));
        assertThat(last.get(3)).startsWith("    Fix: ");
        assertThat(last.get(4)).startsWith(LAST_LINES.get(2));
        assertThat(last.get(5)).startsWith("    Fix: ");
        assertThat(last.get(6)).startsWith(LAST_LINES.get(3)).endsWith(": there has been no good build there yet.");
    }

    @Test
    void aFailedPackageEndsWithTheProblemsAndASummaryAndNothingOfMaven() throws Exception {
        Run run = mvnPackage(Map.of());
        assertThat(run.code()).isEqualTo(1);
        endsWithTheProblems(run);
        assertThat(run.text()).doesNotContain("[Help 1]").doesNotContain("Exception").doesNotContain("[ERROR]")
                .doesNotContain("\u001b[");
        assertThat(site.output()).doesNotExist();
    }

    @Test
    void inGitHubActionsTheSameRunAnnotatesEachProblemAndWritesTheJobSummary() throws Exception {
        Path summary = dir.resolve("step-summary.md");
        Run run = mvnPackage(Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", summary.toString()));
        assertThat(run.code()).isEqualTo(1);
        endsWithTheProblems(run);
        assertThat(run.lines()).filteredOn(l -> l.startsWith("::") && l.contains("title=")).extracting(l -> l.substring(0, l.indexOf("title=")))
                .containsExactly(
                        "::error file=content/part/second.adoc,line=7,",
                        "::error file=content/part/second.adoc,line=10,",
                        "::error file=content/part/second.adoc,line=12,");
        assertThat(Files.readString(summary)).contains("## The guide's check found 3 problems")
                .contains("content/part/second.adoc, line 10").contains("What to do: ");
    }
}
