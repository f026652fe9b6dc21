package guide.problem;

import java.util.List;

/** Counts problems in words a reader says aloud: "1 problem", "2 problems", "1 warning". */
public final class Tally {
    private Tally() {}

    public static String of(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    public static long errors(List<Problem> problems) {
        return problems.stream().filter(Problem::isError).count();
    }

    public static long warnings(List<Problem> problems) {
        return problems.size() - errors(problems);
    }

    /** "2 problems", "1 problem and 1 warning", "1 warning". */
    public static String describe(List<Problem> problems) {
        long errors = errors(problems), warnings = warnings(problems);
        if (errors > 0 && warnings > 0) return of(errors, "problem") + " and " + of(warnings, "warning");
        return errors > 0 ? of(errors, "problem") : of(warnings, "warning");
    }
}
