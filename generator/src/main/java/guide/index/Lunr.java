package guide.index;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * lunr.js, the very file the browser loads, running inside the JVM on GraalJS. On a stock JDK GraalJS
 * only interprets, so starting it and loading lunr.js take a second or more: {@link #warm()} does that on
 * a background thread, once per JVM, and every later build (the preview server's too) reuses the engine.
 */
public final class Lunr {
    /** lunr.js as published in the WebJar (whichever version the pom names); copied unchanged into the site. */
    static final String SCRIPT = "META-INF/resources/webjars/lunr/" + webJarVersion() + "/lunr.min.js";
    /** The index builder: documents in, serialized index and result store out. */
    static final String BUILDER = "guide/index/build-index.js";
    /** English prose indexed once while the pages are converted. */
    static final String WARM_UP = "guide/index/warm-up.txt";

    private static final String RESOURCE_CACHE = "polyglot.engine.userResourceCache";
    private static final Object LOCK = new Object();
    private static Future<Lunr> warm;

    private final Context context;
    private final Value build;

    private Lunr() {
        keepNativeFilesInTheBuildFolder();
        Engine engine = Engine.newBuilder("js")
                // Expected on a stock JDK: there is no compiler for Truffle, so do not warn on every build.
                .option("engine.WarnInterpreterOnly", "false")
                .build();
        this.context = Context.newBuilder("js").engine(engine).build();
        context.eval(Source.newBuilder("js", resource(SCRIPT), "lunr.min.js").buildLiteral());
        this.build = context.eval(Source.newBuilder("js", resource(BUILDER), "build-index.js").buildLiteral());
        // The interpreter specialises its nodes on first use: indexing some English now (while the pages
        // convert) makes the real index about a third quicker to build.
        List<Section> warmUp = new ArrayList<>();
        for (String paragraph : resource(WARM_UP).split("\\n\\s*\\n")) {
            warmUp.add(new Section("warm-up.html", "p" + warmUp.size(), "Warm up", paragraph.substring(0, 24), "", paragraph));
        }
        build(warmUp);
    }

    /**
     * GraalJS 24 and later (built with Java 21 or later) unpack a native library into
     * ~/.cache/org.graalvm.polyglot unless told otherwise: keep it beside the generator's own classes
     * (generator/target) instead. 23.1 (Java 17), without the optimizing runtime, which the pom leaves out,
     * unpacks nothing.
     */
    public static void keepNativeFilesInTheBuildFolder() {
        if (System.getProperty(RESOURCE_CACHE) != null) return;
        try {
            // 23.1 knows no such option, and takes every polyglot.engine.* property for one: it would refuse to start.
            if (polyglotMajorVersion() < 24) return;
            Path code = Path.of(Lunr.class.getProtectionDomain().getCodeSource().getLocation().toURI());
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
        String version = resource("META-INF/graalvm/org.graalvm.polyglot/version").strip();
        int dot = version.indexOf('.');
        return Integer.parseInt(dot < 0 ? version : version.substring(0, dot));
    }

    /** Starts GraalJS and loads lunr.js on a background thread, once per JVM; later calls share that start. */
    public static Future<Lunr> warm() {
        synchronized (LOCK) {
            if (warm == null) {
                CompletableFuture<Lunr> future = new CompletableFuture<>();
                Thread t = new Thread(() -> {
                    try {
                        future.complete(new Lunr());
                    } catch (Throwable e) {
                        future.completeExceptionally(e);
                    }
                }, "lunr-warm-up");
                t.setDaemon(true);
                t.start();
                warm = future;
            }
            return warm;
        }
    }

    /** The warmed engine, waiting for the warm-up if it is still running. */
    public static Lunr get() {
        try {
            return warm().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while GraalJS started", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("GraalJS could not start to build the search index: " + e.getCause(), e.getCause());
        }
    }

    /** The index and the text parts, each as JSON, for these sections in this order (see build-index.js). */
    public synchronized Built build(List<Section> sections) {
        // One flat array of strings: cheaper to cross into JS than objects, and needs no host access.
        Object[] flat = new Object[sections.size() * Section.FIELDS];
        int i = 0;
        for (Section s : sections) {
            for (String field : s.fields()) flat[i++] = field;
        }
        Value out = build.execute(ProxyArray.fromArray(flat));
        List<String> texts = new ArrayList<>();
        for (long p = 1; p < out.getArraySize(); p++) texts.add(out.getArrayElement(p).asString());
        return new Built(out.getArrayElement(0).asString(), List.copyOf(texts));
    }

    /**
     * What one build made: the page-level index (lunr's counts, terms, pages; see build-index.js) and every
     * section's heading, anchor and snippet text, in parts the search page loads after its first results.
     */
    public record Built(String index, List<String> texts) {}

    private static String webJarVersion() {
        Properties p = new Properties();
        try (InputStream in = Lunr.class.getClassLoader().getResourceAsStream("META-INF/maven/org.webjars.npm/lunr/pom.properties")) {
            if (in == null) throw new IllegalStateException("The lunr WebJar (org.webjars.npm:lunr) is missing from the class path");
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version");
    }

    static String resource(String name) {
        try (InputStream in = Lunr.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("Missing from the class path: " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
