package guide.pipeline;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Keeps the libraries' logs out of the author's way: problems are reported by the pipeline instead. */
public final class Logging {
    /**
     * Held here: java.util.logging keeps loggers only weakly, and a level set on a logger that is then
     * collected is lost (Asciidoctor's own messages, absolute paths in them, then reached the console).
     */
    private static final List<Logger> QUIETED = List.of(
            Logger.getLogger("com.orientechnologies"), // JBake's store
            Logger.getLogger("asciidoctor"));

    private Logging() {}

    public static void quiet() {
        Logger.getLogger("").setLevel(Level.SEVERE);
        for (var h : Logger.getLogger("").getHandlers()) h.setLevel(Level.SEVERE);
        QUIETED.forEach(l -> l.setLevel(Level.OFF));
    }
}
