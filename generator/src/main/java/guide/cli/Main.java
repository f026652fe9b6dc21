package guide.cli;

import guide.pipeline.Pipeline;
import guide.pipeline.Progress;
import guide.problem.Problem;
import guide.problem.ProblemReport;
import guide.problem.Tally;
import guide.serve.PreviewServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** The command line: a thin shell over the {@link Pipeline}. */
@Command(name = "guide", mixinStandardHelpOptions = true,
        description = "Builds the guide's website from content/, templates/ and assets/.",
        subcommands = {Main.Build.class, Main.Check.class, Main.Serve.class, Main.Copy.class})
public final class Main implements Callable<Integer> {

    static class Folders {
        @Option(names = "--source", description = "The folder holding content/, templates/ and assets/ (default: current folder).")
        Path source = Path.of(".");

        @Option(names = "--output", description = "Where the site goes (default: <source>/target/site).")
        Path output;

        Path output() {
            return output != null ? output : source.resolve("target").resolve("site");
        }
    }

    @CommandLine.Mixin
    Folders folders = new Folders();

    /** With no command, build. */
    @Override
    public Integer call() {
        return build(folders, true);
    }

    @Command(name = "build", mixinStandardHelpOptions = true, description = "Build the site into the output folder. On any error the old site is left as it was.")
    static class Build implements Callable<Integer> {
        @CommandLine.Mixin
        Folders folders = new Folders();

        @Override
        public Integer call() {
            return build(folders, true);
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true, description = "Run every check and report problems; writes nothing.")
    static class Check implements Callable<Integer> {
        @CommandLine.Mixin
        Folders folders = new Folders();

        @Override
        public Integer call() {
            return build(folders, false);
        }
    }

    @Command(name = "serve", mixinStandardHelpOptions = true, description = "Preview on http://127.0.0.1:<port>/: rebuilds on every save and reloads the open page.")
    static class Serve implements Callable<Integer> {
        @Option(names = "--source", description = "The folder holding content/, templates/ and assets/ (default: current folder).")
        Path source = Path.of(".");

        // Not the build's target/site: a preview never replaces the published site.
        @Option(names = "--output", description = "Where the preview site goes (default: <source>/target/preview).")
        Path output;

        @Option(names = "--port", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
        int port = 8820;

        @Override
        public Integer call() throws Exception {
            Path preview = output != null ? output : source.resolve("target").resolve("preview");
            try (Pipeline pipeline = Pipeline.standard()) {
                new PreviewServer(pipeline, source, preview, port, System.out).run();
            }
            return 0;
        }
    }

    /** How a reader of the build output runs this program again. */
    static final String COMMAND = guide.edition.Drift.COMMAND;

    @Command(name = "copy", description = "Start replacing a guide file in a local edition: copies it into local/ and notes "
            + "which version it was copied from, so the build can say when the guide changes it.")
    static class Copy implements Callable<Integer> {
        @Option(names = "--source", description = "The folder holding content/, templates/, assets/ and local/ (default: current folder).")
        Path source = Path.of(".");

        @Option(names = "--up-to-date", description = "Do not copy: note that your copy in local/ now follows the guide's current version.")
        boolean upToDate;

        @CommandLine.Parameters(paramLabel = "FILE", description = "The guide file, e.g. content/framework/partnership.adoc.")
        List<String> files;

        @Override
        public Integer call() {
            Path root = source.toAbsolutePath().normalize();
            int code = 0;
            for (String file : files) {
                try {
                    String local = guide.edition.Drift.copy(root, file, upToDate);
                    System.out.println(upToDate
                            ? "Noted: " + local + " follows the guide's current " + file + "."
                            : "Copied " + file + " to " + local + ". Edit the copy; the build will tell you when the guide changes " + file + ".");
                } catch (IllegalArgumentException e) {
                    System.out.println(file + ": " + e.getMessage());
                    code = 1;
                } catch (java.io.IOException e) {
                    System.out.println(file + ": could not be copied: " + e.getMessage());
                    code = 1;
                }
            }
            return code;
        }
    }

    static int build(Folders folders, boolean publish) {
        PrintStream out = System.out;
        long start = System.nanoTime();
        out.println((publish ? "Building " : "Checking ") + folders.source.toAbsolutePath().normalize());
        // Before anything else: copies in local/ that the guide has changed since, and how to see the change.
        guide.edition.Drift.report(folders.source.toAbsolutePath().normalize(), COMMAND).forEach(out::println);
        Pipeline.Result result;
        try (Pipeline pipeline = Pipeline.standard()) {
            result = pipeline.build(folders.source, folders.output(), publish, new Progress(out));
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        List<Problem> problems = result.problems();
        String summary;
        if (result.failed()) {
            summary = publish
                    ? "The build stopped: " + Tally.of(Tally.errors(problems), "problem") + " to fix. " + lastGoodSite(folders.output())
                    : "The check found " + Tally.of(Tally.errors(problems), "problem") + " to fix.";
        } else {
            String warnings = problems.isEmpty() ? "" : ", with " + Tally.describe(problems) + " to look at";
            summary = publish
                    ? String.format("Built %d pages into %s in %d ms%s", result.pages().all().size(), folders.output().toAbsolutePath().normalize(), ms, warnings)
                    : String.format("Checked %d pages in %d ms: %s", result.pages().all().size(), ms,
                    problems.isEmpty() ? "no problems" : Tally.describe(problems) + " to look at");
        }
        report(problems, summary, System.getenv(), out);
        return result.failed() ? 1 : 0;
    }

    /** Only claims the last good site was kept when there is one. */
    static String lastGoodSite(Path output) {
        return java.nio.file.Files.isDirectory(output) ? "The last good site was left as it was."
                : "No site was written to " + output.toAbsolutePath().normalize() + ": there has been no good build there yet.";
    }

    static void report(List<Problem> problems, String summary, Map<String, String> env, PrintStream out) {
        for (ProblemReport r : ProblemReport.forEnvironment(env, out)) r.report(problems, summary);
    }

    public static void main(String[] args) {
        var relaunched = Launcher.relaunch(args);
        if (relaunched.isPresent()) System.exit(relaunched.get());
        Launcher.followParent();
        int code = new CommandLine(new Main()).execute(args);
        System.exit(code);
    }
}
