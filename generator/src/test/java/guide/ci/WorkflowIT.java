package guide.ci;

import guide.testing.BuiltGuide;
import guide.testing.SiteFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workflow's fast check job, run here step by step as GitHub runs it: each command in bash with
 * {@code -eo pipefail} and the variables GitHub Actions sets. On the real guide it passes; on a pull
 * request with a mistake it annotates the file and line and writes the job summary.
 */
class WorkflowIT {
    @TempDir
    static Path dir;
    static List<Map<String, Object>> steps;

    record Step(int code, String output) {}

    @BeforeAll
    static void buildTheChecker() throws Exception {
        steps = Workflow.steps(Workflow.jobs(Workflow.load()).get("check")).stream().filter(s -> s.containsKey("run")).toList();
        Step build = run(steps.get(0), BuiltGuide.repositoryRoot(), dir.resolve("build-summary.md"));
        assertThat(build.code()).as(build.output()).isZero();
    }

    /** One step's command, with the step's and GitHub's environment, in {@code workspace}. */
    static Step run(Map<String, Object> step, Path workspace, Path summary) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", (String) step.get("run"))
                .directory(workspace.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("CI", "true");
        env.put("GITHUB_ACTIONS", "true");
        env.put("GITHUB_WORKSPACE", workspace.toString());
        env.put("GITHUB_STEP_SUMMARY", summary.toString());
        env.put("RUNNER_TEMP", dir.toString());
        if (step.get("env") instanceof Map<?, ?> stepEnv) stepEnv.forEach((k, v) -> env.put(String.valueOf(k), String.valueOf(v)));
        Path log = Files.createTempFile(dir, "step", ".log");
        pb.redirectOutput(log.toFile());
        Process p = pb.start();
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
        return new Step(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    @Test
    void onTheRealGuideTheCheckPassesAndTheSummarySaysSo() throws Exception {
        Path summary = dir.resolve("clean-summary.md");
        Step check = run(steps.get(1), BuiltGuide.repositoryRoot(), summary);
        assertThat(check.code()).as(check.output()).isZero();
        assertThat(check.output()).doesNotContain("::error").contains("no problems");
        assertThat(Files.readString(summary)).contains("no problems");
    }

    @Test
    void onAPullRequestWithMistakesTheCheckAnnotatesTheirLinesAndFailsAsContributingShows() throws Exception {
        // A checkout of a pull request: the guide's sources with CONTRIBUTING's two mistakes, beside the checker built above.
        Path root = BuiltGuide.repositoryRoot();
        Path workspace = dir.resolve("pull-request");
        SiteFixture.ofTheGuide(workspace);
        Files.createSymbolicLink(workspace.resolve("generator"), root.resolve("generator"));
        Path page = workspace.resolve("content/framework/partnership.adoc");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(page));
        // A list a co-author adds at the end of the page, with a misspelt link and a bullet missing its space.
        lines.addAll(List.of("", "* xref:../practice-examples/southhend.adoc[Southend]: a weekly drop-in",
                "*xref:../practice-examples/newham.adoc[Newham]: co-production"));
        int link = lines.size() - 2;
        int bullet = lines.size() - 1;
        Files.write(page, lines);
        Path summary = dir.resolve("failed-summary.md");

        Step check = run(steps.get(1), workspace, summary);

        assertThat(check.code()).as(check.output()).isEqualTo(1);
        assertThat(check.output()).contains("::error file=content/framework/partnership.adoc,line=" + (link + 1) + ",title=Needs fixing::"
                        + "The link to '../practice-examples/southhend.adoc' points at a page or file that does not exist.")
                .contains("::error file=content/framework/partnership.adoc,line=" + (bullet + 1) + ",title=Needs fixing::"
                        + "This line starts with '*' but has no space after it");
        List<String> shown = check.output().lines().filter(l -> !l.startsWith("::")).toList(); // GitHub hides its commands
        assertThat(shown.get(shown.size() - 1)).isEqualTo("The check found 2 problems to fix.");
        assertThat(Files.readString(summary)).contains("## The guide's check found 2 problems")
                .contains("content/framework/partnership.adoc, line " + (bullet + 1));
        // CONTRIBUTING.md shows co-authors this very output (its line numbers aside).
        String contributing = Files.readString(root.resolve("CONTRIBUTING.md"));
        assertThat(shown.stream().filter(l -> l.startsWith("content/") || l.startsWith("    Fix: ") || l.startsWith("The check")))
                .hasSize(5).allSatisfy(l -> assertThat(withoutLines(contributing)).contains(withoutLines(l)));
    }

    private static String withoutLines(String text) {
        return text.replaceAll("\\.adoc:\\d+:", ".adoc:N:");
    }
}
