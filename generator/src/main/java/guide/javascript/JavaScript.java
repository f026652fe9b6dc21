package guide.javascript;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * The build's JavaScript: one GraalJS engine per JVM, shared by every script, and one context per script
 * (a context runs on one thread at a time; the engine is shared safely). On a stock JDK GraalJS only
 * interprets, so starting it and loading a script take a second or more: {@link #load} does both on a
 * background thread, which the caller keeps for every later build (the preview server's too).
 */
public final class JavaScript {
    private static final String RESOURCE_CACHE = "polyglot.engine.userResourceCache";
    private static Engine engine;

    private JavaScript() {}

    /**
     * Starts a context on the shared engine on a daemon thread called {@code name} and runs {@code load}
     * in it (evaluating the script, warming it up); the future holds what {@code load} returns.
     */
    public static <T> Future<T> load(String name, Function<Context, T> load) {
        return CompletableFuture.supplyAsync(() -> load.apply(Context.newBuilder("js").engine(engine()).build()), run -> {
            Thread t = new Thread(run, name);
            t.setDaemon(true);
            t.start();
        });
    }

    /** What {@link #load} made, waiting for it; {@code purpose} ("build the search index") says what for if GraalJS failed. */
    public static <T> T await(Future<T> loaded, String purpose) {
        try {
            return loaded.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while GraalJS started", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("GraalJS could not start to " + purpose + ": " + e.getCause(), e.getCause());
        }
    }

    /** The engine, made by the first script that asks; the others wait for it here and share it. */
    private static synchronized Engine engine() {
        if (engine == null) {
            keepNativeFilesInTheBuildFolder();
            engine = Engine.newBuilder("js")
                    // Expected on a stock JDK: there is no compiler for Truffle, so do not warn on every build.
                    .option("engine.WarnInterpreterOnly", "false")
                    .build();
        }
        return engine;
    }

    /**
     * GraalJS 24 and later (built with Java 21 or later) unpack a native library into
     * ~/.cache/org.graalvm.polyglot unless told otherwise: keep it beside the generator's own classes
     * (generator/target) instead. 23.1 (Java 17), without the optimizing runtime, which the pom leaves out,
     * unpacks nothing.
     */
    static void keepNativeFilesInTheBuildFolder() {
        if (System.getProperty(RESOURCE_CACHE) != null) return;
        try {
            // 23.1 knows no such option, and takes every polyglot.engine.* property for one: it would refuse to start.
            if (polyglotMajorVersion() < 24) return;
            Path code = Path.of(JavaScript.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path buildFolder = code.getParent();
            if (buildFolder != null && Files.isWritable(buildFolder)) {
                System.setProperty(RESOURCE_CACHE, buildFolder.resolve("polyglot-cache").toString());
            }
        } catch (URISyntaxException | RuntimeException e) {
            // No known version or build folder (an unusual class loader): GraalJS keeps its default.
        }
    }

    /** Read from the polyglot jar, not from its API: asking the API would start GraalJS before it is configured. */
    private static int polyglotMajorVersion() {
        try (InputStream in = JavaScript.class.getClassLoader().getResourceAsStream("META-INF/graalvm/org.graalvm.polyglot/version")) {
            if (in == null) throw new IllegalStateException("The polyglot jar names no version");
            String version = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            int dot = version.indexOf('.');
            return Integer.parseInt(dot < 0 ? version : version.substring(0, dot));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
