package guide.problem;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where the problems of one run are told to the author. The console always; on a code host, its own
 * format as well (GitHub Actions today; GitLab code quality or SARIF would be one class more).
 */
public interface ProblemReport {

    /**
     * @param problems every problem of the run, sorted by place
     * @param summary  the one-line outcome, e.g. "The check stopped: 2 problems to fix."
     */
    void report(List<Problem> problems, String summary);

    /** The reports for the environment the program runs in: the console last, so its lines end the output. */
    static List<ProblemReport> forEnvironment(Map<String, String> env, PrintStream out) {
        List<ProblemReport> reports = new ArrayList<>();
        if ("true".equals(env.get("GITHUB_ACTIONS"))) {
            String summary = env.get("GITHUB_STEP_SUMMARY");
            reports.add(new GitHubActionsReport(out, summary == null || summary.isBlank() ? null : Path.of(summary)));
            reports.add(GitHubActionsReport.withoutCommands(new ConsoleReport(out), out));
        } else {
            reports.add(new ConsoleReport(out));
        }
        return reports;
    }
}
