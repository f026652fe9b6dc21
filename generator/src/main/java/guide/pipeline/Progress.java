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
        out.printf("  %-10s %6d ms%n", name, (System.nanoTime() - start) / 1_000_000);
        return result;
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
