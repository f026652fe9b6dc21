package guide.index;

import guide.javascript.JavaScript;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Future;

/**
 * lunr.js, the very file the browser loads, running inside the JVM on GraalJS (in its own context on the
 * build's one engine, see {@link JavaScript}). On a stock JDK GraalJS only interprets, so loading lunr.js
 * and warming it up take a second or more: {@link #warm()} does that on a background thread, once per JVM,
 * and every later build (the preview server's too) reuses it.
 */
public final class Lunr {
    /** lunr.js as published in the WebJar (whichever version the pom names); copied unchanged into the site. */
    static final String SCRIPT = "META-INF/resources/webjars/lunr/" + webJarVersion() + "/lunr.min.js";
    /** The index builder: documents in, serialized index and result store out. */
    static final String BUILDER = "guide/index/build-index.js";
    /** English prose indexed once while the pages are converted. */
    static final String WARM_UP = "guide/index/warm-up.txt";

    private static final Object LOCK = new Object();
    private static Future<Lunr> warm;

    private final Value build;

    private Lunr(Context context) {
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

    /** Loads lunr.js on a background thread, once per JVM; later calls share that start. */
    public static Future<Lunr> warm() {
        synchronized (LOCK) {
            if (warm == null) warm = JavaScript.load("lunr-warm-up", Lunr::new);
            return warm;
        }
    }

    /** The warmed lunr.js, waiting for the warm-up if it is still running. */
    public static Lunr get() {
        return JavaScript.await(warm(), "build the search index");
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
