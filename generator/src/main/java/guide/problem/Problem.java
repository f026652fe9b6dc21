package guide.problem;

import java.util.Comparator;

/**
 * One thing wrong with the sources, pointing at the file and line a co-author edits.
 *
 * @param file    the source file as the author knows it, relative to the site's folder (e.g. {@code content/framework/partnership.adoc})
 * @param line    1-based line in that file, or 0 when the problem is about the whole file
 * @param severity whether the build must stop
 * @param message what is wrong, in plain English
 * @param fix     what to do about it, in plain English
 */
public record Problem(String file, int line, Severity severity, String message, String fix) {

    /** NOTE: something the build did for the author (e.g. mended a link to a removed page); nothing to fix. */
    public enum Severity { ERROR, WARNING, NOTE }

    public static final Comparator<Problem> BY_PLACE = Comparator
            .comparing(Problem::file)
            .thenComparingInt(Problem::line)
            .thenComparing(Problem::message);

    public static Problem error(String file, int line, String message, String fix) {
        return new Problem(file, line, Severity.ERROR, message, fix);
    }

    public static Problem warning(String file, int line, String message, String fix) {
        return new Problem(file, line, Severity.WARNING, message, fix);
    }

    public static Problem note(String file, int line, String message) {
        return new Problem(file, line, Severity.NOTE, message, "");
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line: error: message} then the fix on its own indented line. */
    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line : file;
        return where + ": " + severity.name().toLowerCase() + ": " + message
                + (fix == null || fix.isBlank() ? "" : "\n    Fix: " + fix);
    }
}
