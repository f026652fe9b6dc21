package guide.pipeline;

import java.io.PrintStream;
import java.util.function.Supplier;

/** Prints one short line per stage with the time it took. */
public final class Progress {
    private final PrintStream out;

    public Progress(PrintStream out) {
        this.out = out;
    }

    public static Progress quiet() {
        return new Progress(new PrintStream(java.io.OutputStream.nullOutputStream()));
    }

    public <T> T stage(String name, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        took(name, (System.nanoTime() - start) / 1_000_000);
        return result;
    }

    /** A stage timed by its caller (one that ran beside others). */
    public void took(String name, long millis) {
        out.printf("  %-10s %6d ms%n", name, millis);
    }

    public void stage(String name, Runnable work) {
        stage(name, () -> {
            work.run();
            return null;
        });
    }

    public void say(String line) {
        out.println(line);
    }
}
