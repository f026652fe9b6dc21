package guide.pipeline;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Keeps the libraries' logs out of the author's way: problems are reported by the pipeline instead. */
public final class Logging {
    private Logging() {}

    public static void quiet() {
        // OrientDB (JBake's store) and AsciidoctorJ log through java.util.logging.
        Logger.getLogger("").setLevel(Level.SEVERE);
        for (var h : Logger.getLogger("").getHandlers()) h.setLevel(Level.SEVERE);
        Logger.getLogger("com.orientechnologies").setLevel(Level.OFF);
        Logger.getLogger("asciidoctor").setLevel(Level.OFF);
    }
}
