package guide.ci;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The workflow is valid and does what CONTRIBUTING promises: fast check first, then every test, then publish. */
class WorkflowTest {
    private final Map<String, Object> workflow = Workflow.load();
    private final Map<String, Map<String, Object>> jobs = Workflow.jobs(workflow);

    @Test
    void itRunsOnEveryPullRequestAndOnPushesToMain() {
        Map<String, Object> on = Workflow.triggers(workflow);
        assertThat(on).containsKey("pull_request").containsKey("push");
        assertThat(on.get("push")).asString().contains("main");
        assertThat(workflow.get("name")).isNotNull();
    }

    @Test
    void everyJobRunsSomewhereAndEveryStepEitherUsesAPinnedActionOrRunsACommand() {
        assertThat(jobs).containsOnlyKeys("check", "test", "publish");
        jobs.forEach((id, job) -> {
            assertThat(job).as(id).containsKeys("name", "runs-on", "steps");
            assertThat(Workflow.steps(job)).as(id).isNotEmpty().allSatisfy(step -> {
                assertThat(step.containsKey("uses") ^ step.containsKey("run")).as(id + ": " + step).isTrue();
                if (step.containsKey("uses")) assertThat((String) step.get("uses")).as(id).matches("[\\w-]+/[\\w-]+@v\\d+");
                if (step.containsKey("run")) assertThat(step).as(id).containsKey("name");
                assertThat(step.keySet()).as(id).isSubsetOf("name", "id", "if", "uses", "with", "run", "env", "shell", "working-directory");
            });
        });
    }

    @Test
    void theFastCheckComesFirstAndBuildsNothingItDoesNotNeed() {
        Map<String, Object> check = jobs.get("check");
        assertThat(check).doesNotContainKey("needs");
        List<String> runs = runs(check);
        assertThat(runs).hasSize(2);
        assertThat(runs.get(0)).startsWith("mvn ").contains("-DskipTests").contains("-Dguide.skipSite=true");
        assertThat(runs.get(1)).isEqualTo("java -jar generator/target/guide-generator.jar check");
        // Its commands are plain shell, so the same commands run in WorkflowIT.
        assertThat(runs).noneMatch(r -> r.contains("${{"));
        assertThat(Workflow.steps(check)).anySatisfy(s -> assertThat(s.get("with")).asString().contains("cache=maven"));
    }

    @Test
    void theTestsRunAfterTheCheckAsCiRunsThemAndTheSiteIsKeptForReviewers() {
        Map<String, Object> test = jobs.get("test");
        assertThat(test.get("needs")).isEqualTo("check");
        assertThat(runs(test)).contains("bash .ci/run");
        assertThat(Workflow.steps(test)).anySatisfy(s -> {
            assertThat(s.get("uses")).asString().startsWith("actions/upload-artifact@");
            assertThat(s.get("with")).asString().contains("path=target/site");
        });
    }

    @Test
    void onlyMainIsPublishedAndOnlyThePublishJobMayWriteToPages() {
        assertThat(workflow.get("permissions")).isEqualTo(Map.of("contents", "read"));
        Map<String, Object> publish = jobs.get("publish");
        assertThat(publish.get("needs")).isEqualTo("test");
        assertThat(publish.get("if")).asString().contains("github.event_name == 'push'").contains("refs/heads/main");
        assertThat(publish.get("permissions")).isEqualTo(Map.of("pages", "write", "id-token", "write"));
        assertThat(Workflow.steps(publish)).anySatisfy(s -> assertThat(s.get("uses")).asString().startsWith("actions/deploy-pages@"));
        assertThat(Workflow.steps(jobs.get("test"))).anySatisfy(s -> {
            assertThat(s.get("uses")).asString().startsWith("actions/upload-pages-artifact@");
            assertThat(s.get("if")).asString().contains("refs/heads/main");
        });
        jobs.forEach((id, job) -> {
            if (!id.equals("publish")) assertThat(job).as(id).doesNotContainKey("permissions");
        });
    }

    private static List<String> runs(Map<String, Object> job) {
        return Workflow.steps(job).stream().filter(s -> s.containsKey("run")).map(s -> ((String) s.get("run")).strip()).toList();
    }
}
