package guide.problem;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * On GitHub Actions: one workflow command per problem ({@code ::error file=...,line=...,title=...::text}),
 * which GitHub shows on the pull request at that line, and a Markdown job summary of every problem with
 * its fix, appended to the file named by {@code GITHUB_STEP_SUMMARY}.
 */
public final class GitHubActionsReport implements ProblemReport {
    private final PrintStream out;
    private final Path summaryFile;

    /** @param summaryFile the job summary to append to, or null to write none */
    public GitHubActionsReport(PrintStream out, Path summaryFile) {
        this.out = out;
        this.summaryFile = summaryFile;
    }

    @Override
    public void report(List<Problem> problems, String summary) {
        for (Problem p : problems) out.println(annotation(p));
        out.flush();
        if (summaryFile != null) append(summaryFile, markdown(problems, summary));
    }

    /**
     * {@code inner}'s report with GitHub's workflow commands turned off around it: text taken from a page
     * (a heading, a line) can then never be read as a command, whatever it holds. GitHub hides both lines.
     */
    static ProblemReport withoutCommands(ProblemReport inner, PrintStream out) {
        return (problems, summary) -> {
            String token = java.util.UUID.randomUUID().toString();
            out.println("::stop-commands::" + token);
            inner.report(problems, summary);
            out.println("::" + token + "::");
            out.flush();
        };
    }

    static String annotation(Problem p) {
        boolean note = p.severity() == Problem.Severity.NOTE; // something the build did by itself: GitHub's "notice"
        StringBuilder s = new StringBuilder("::").append(p.isError() ? "error" : note ? "notice" : "warning")
                .append(" file=").append(property(p.file()));
        if (p.line() > 0) s.append(",line=").append(p.line());
        s.append(",title=").append(property(p.isError() ? "Needs fixing" : note ? "Done by the build" : "Worth checking"));
        String text = p.message() + (p.fix() == null || p.fix().isBlank() ? "" : "\nFix: " + p.fix());
        return s.append("::").append(data(text)).toString();
    }

    /** GitHub's escaping for a workflow command's message. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** GitHub's escaping for a workflow command's property value: the message's, plus ':' and ','. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }

    static String markdown(List<Problem> problems, String summary) {
        StringBuilder md = new StringBuilder();
        if (problems.isEmpty()) {
            md.append("## The guide's check: no problems\n\n").append(text(summary)).append("\n");
            return md.toString();
        }
        md.append("## The guide's check found ").append(Tally.describe(problems)).append("\n\n")
                .append("Each one is also marked on the changed file, at its line, under \"Files changed\". ")
                .append("Fix them in the same pull request and the check runs again by itself.\n\n");
        for (Problem p : problems) {
            md.append("- **").append(text(p.file())).append(p.line() > 0 ? ", line " + p.line() : "").append("**")
                    .append(p.isError() ? "" : p.severity() == Problem.Severity.NOTE ? " (a note)" : " (a warning)").append(": ").append(text(p.message())).append("\n");
            if (p.fix() != null && !p.fix().isBlank()) md.append("  - What to do: ").append(text(p.fix())).append("\n");
        }
        md.append("\n").append(text(summary)).append("\n");
        return md.toString();
    }

    /** Plain text in Markdown: characters Markdown would act on are written as themselves. */
    static String text(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.replace("\r", "").replace("\n", " ").toCharArray()) {
            if ("\\`*_[]<>|#~".indexOf(c) >= 0) out.append('\\');
            out.append(c);
        }
        return out.toString();
    }

    private static void append(Path file, String text) {
        try {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
