package guide.cli;

import guide.pipeline.Pipeline;
import guide.pipeline.Progress;
import guide.problem.Problem;
import guide.serve.PreviewServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** The command line: a thin shell over the {@link Pipeline}. */
@Command(name = "guide", mixinStandardHelpOptions = true,
        description = "Builds the guide's website from content/, templates/ and assets/.",
        subcommands = {Main.Build.class, Main.Check.class, Main.Serve.class})
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
            new PreviewServer(Pipelines.standard(), source, preview, port, System.out).run();
            return 0;
        }
    }

    static int build(Folders folders, boolean publish) {
        PrintStream out = System.out;
        long start = System.nanoTime();
        out.println((publish ? "Building " : "Checking ") + folders.source.toAbsolutePath().normalize());
        Pipeline.Result result = Pipelines.standard().build(folders.source, folders.output(), publish, new Progress(out));
        report(result.problems(), out);
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (result.failed()) {
            out.printf("The build stopped: %d problem(s) to fix. %s%n", result.problems().stream().filter(Problem::isError).count(),
                    publish ? "The last good site was left as it was." : "");
            return 1;
        }
        out.printf(publish ? "Built %d pages into %s in %d ms%n" : "Checked %d pages in %d ms: no problems%n",
                result.pages().all().size(), publish ? folders.output().toAbsolutePath().normalize() : ms, ms);
        return 0;
    }

    static void report(List<Problem> problems, PrintStream out) {
        for (Problem p : problems) out.println(p);
    }

    public static void main(String[] args) {
        var relaunched = Launcher.relaunch(args);
        if (relaunched.isPresent()) System.exit(relaunched.get());
        Launcher.followParent();
        int code = new CommandLine(new Main()).execute(args);
        System.exit(code);
    }
}
