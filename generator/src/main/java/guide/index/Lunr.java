package guide.index;

import guide.javascript.JavaScript;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Future;

/**
 * lunr.js, the very file the browser loads, running inside the JVM on GraalJS (in its own context on the
 * build's one engine, see {@link JavaScript}): it decides which terms each word of the guide becomes (its
 * trimmer, stop words and English stemmer), and {@link PageIndex} counts them. On a stock JDK GraalJS only
 * interprets, so loading lunr.js and warming it up take a second or more: {@link #warm()} does that on a
 * background thread, once per JVM, and every later build (the preview server's too) reuses it.
 */
public final class Lunr {
    /** lunr.js as published in the WebJar (whichever version the pom names); copied unchanged into the site. */
    static final String SCRIPT = "META-INF/resources/webjars/lunr/" + webJarVersion() + "/lunr.min.js";
    /** lunr's pipeline, word by word (see terms.js). */
    static final String TERMS = "guide/index/terms.js";
    /** English prose run through the pipeline once while the pages are converted. */
    static final String WARM_UP = "guide/index/warm-up.txt";

    private static final Object LOCK = new Object();
    private static Future<Lunr> warm;

    private final Value terms;
    private final String separator;
    private final String searchPipeline;
    /** Every word asked so far, and its terms: a guide says the same words over and over. */
    private final Map<String, List<String>> known = new HashMap<>();

    private Lunr(Context context) {
        context.eval(Source.newBuilder("js", resource(SCRIPT), "lunr.min.js").buildLiteral());
        Value pipeline = context.eval(Source.newBuilder("js", resource(TERMS), "terms.js").buildLiteral());
        this.terms = pipeline.getMember("terms");
        this.separator = pipeline.getMember("separator").asString();
        this.searchPipeline = pipeline.getMember("searchPipeline").asString();
        // The interpreter specialises its nodes on first use: some English now, while the pages convert.
        terms(List.of(resource(WARM_UP).split("[\\s-]+")));
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

    /** The index and the text parts, each as JSON, for these sections in this order (see {@link PageIndex}). */
    public PageIndex.Built build(List<Section> sections) {
        return PageIndex.build(sections, this);
    }

    /** The source of lunr's tokenizer's separator, as JavaScript writes it. */
    String separator() {
        return separator;
    }

    /** The search pipeline as lunr saves it (JSON): what the browser runs on a query's words. */
    String searchPipeline() {
        return searchPipeline;
    }

    /**
     * The terms lunr's default pipeline makes of each word (none for a stop word), in the words' order:
     * what lunr.Builder#add counts for them. Only words not asked before cross into JavaScript.
     */
    synchronized List<List<String>> terms(List<String> words) {
        List<String> ask = new ArrayList<>();
        Set<String> asked = new HashSet<>();
        for (String w : words) if (!known.containsKey(w) && asked.add(w)) ask.add(w);
        if (!ask.isEmpty()) {
            Value out = terms.execute(String.join("\n", ask));
            long at = 0;
            for (String w : ask) {
                int n = out.getArrayElement(at++).asInt();
                List<String> made = new ArrayList<>(n);
                for (int t = 0; t < n; t++) made.add(out.getArrayElement(at++).asString());
                known.put(w, List.copyOf(made));
            }
        }
        List<List<String>> result = new ArrayList<>(words.size());
        for (String w : words) result.add(known.get(w));
        return result;
    }

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
