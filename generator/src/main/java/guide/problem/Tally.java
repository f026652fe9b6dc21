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
        return problems.stream().filter(p -> p.severity() == Problem.Severity.WARNING).count();
    }

    /** Notes: what the build did by itself (e.g. mended a link to a page a local edition removed). */
    public static long notes(List<Problem> problems) {
        return problems.stream().filter(p -> p.severity() == Problem.Severity.NOTE).count();
    }

    /** "2 problems", "1 problem and 1 warning", "1 warning", "1 warning and 2 notes". */
    public static String describe(List<Problem> problems) {
        long errors = errors(problems), warnings = warnings(problems), notes = notes(problems);
        String main;
        if (errors > 0 && warnings > 0) main = of(errors, "problem") + " and " + of(warnings, "warning");
        else if (errors > 0 || warnings > 0 || notes == 0) main = errors > 0 ? of(errors, "problem") : of(warnings, "warning");
        else return of(notes, "note");
        return notes == 0 ? main : main + " and " + of(notes, "note");
    }
}
