package guide.problem;

import java.io.PrintStream;
import java.util.List;

/** Each problem as {@code file:line: error: message} with its fix below, then the summary line. */
public final class ConsoleReport implements ProblemReport {
    private final PrintStream out;

    public ConsoleReport(PrintStream out) {
        this.out = out;
    }

    @Override
    public void report(List<Problem> problems, String summary) {
        for (Problem p : problems) out.println(p);
        out.println(summary);
        out.flush();
    }
}
