package guide.actionplan;

import guide.javascript.JavaScript;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Future;

/**
 * The page's own workbook writer, assets/action-plan/workbook.js, run in GraalJS (as guide.index.Lunr
 * runs lunr.js) to write the blank workbook: one writer, so the blank download and what the page writes
 * for a reader cannot drift apart. Its context starts once per JVM on a background thread, on the engine
 * lunr.js shares ({@link JavaScript}); the script is loaded again only when its text changes (the preview server).
 */
final class WorkbookScript {
    /** The script, under assets/. */
    static final String FILE = "action-plan/workbook.js";

    private static final Object LOCK = new Object();
    private static Future<Context> warm;
    private static String loaded;
    private static Value write;

    private WorkbookScript() {}

    /** Starts its context on the build's GraalJS engine on a background thread, once per JVM. */
    static Future<Context> warm() {
        synchronized (LOCK) {
            if (warm == null) {
                warm = JavaScript.load("workbook-warm-up", context -> {
                    // The script hangs its writer on window, as in the browser.
                    context.eval("js", "var window = globalThis;");
                    return context;
                });
            }
            return warm;
        }
    }

    /** The blank workbook: what {@code script} writes for {@code layoutJson} and no answers. */
    static byte[] blank(Path script, String layoutJson) {
        String text;
        try {
            text = Files.readString(script, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        synchronized (LOCK) {
            Context context = context();
            if (!text.equals(loaded)) {
                context.eval(Source.newBuilder("js", text, "workbook.js").buildLiteral());
                // The bytes come back as one string of char codes 0 to 255: one crossing, not one per byte.
                write = context.eval("js", "(function (layout) { var b = window.ActionPlanWorkbook.write(JSON.parse(layout), {}), s = '';"
                        + " for (var i = 0; i < b.length; i += 8192) s += String.fromCharCode.apply(null, b.subarray(i, i + 8192)); return s; })");
                loaded = text;
            }
            return write.execute(layoutJson).asString().getBytes(StandardCharsets.ISO_8859_1);
        }
    }

    private static Context context() {
        return JavaScript.await(warm(), "write the blank workbook");
    }
}
