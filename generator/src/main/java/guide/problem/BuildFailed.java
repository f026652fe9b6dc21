package guide.problem;

import java.util.List;

/** Thrown when a stage found errors: carries every problem found, not just the first. */
public class BuildFailed extends RuntimeException {
    private final List<Problem> problems;

    public BuildFailed(List<Problem> problems) {
        super(Tally.of(Tally.errors(problems), "problem") + " stop the build");
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
