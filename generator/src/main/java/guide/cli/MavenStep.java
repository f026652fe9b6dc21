package guide.cli;

import java.io.IOException;
import java.util.List;

/**
 * How {@code mvn package} runs the site build: as its own process (its output straight to the screen),
 * and, when that process reports problems, by ending Maven at once with its exit code. Maven would
 * otherwise print a stack trace and its own failure advice below the problem list; this way the list
 * and its one-line summary are the last lines a co-author sees. Any other failure (the program could
 * not start, say) is thrown, and Maven reports it in full as usual.
 *
 * <p>Run by exec:java inside Maven; its arguments are the command line to run.
 */
public final class MavenStep {
    private MavenStep() {}

    public static void main(String[] command) throws IOException, InterruptedException {
        int code = new ProcessBuilder(List.of(command)).inheritIO().start().waitFor();
        if (code == 1) {
            System.out.flush();
            // Exit code 1 means "problems were reported": they are on screen already.
            System.exit(1);
        }
        if (code != 0) throw new IllegalStateException("The site build ended with exit code " + code + ": " + String.join(" ", command));
    }
}
