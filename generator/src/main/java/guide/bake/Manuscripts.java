package guide.bake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every page the AsciiDoc stage has read in this build, in reading order once {@link #ordered()} is asked. */
public final class Manuscripts {
    private final List<Manuscript> all = new ArrayList<>();
    private final java.util.Map<String, String> bodies = new java.util.HashMap<>();

    synchronized void add(Manuscript m, String body) {
        all.removeIf(old -> old.uri().equals(m.uri()));
        all.add(m);
        bodies.put(m.uri(), body);
    }

    /** The page's body as Asciidoctor converted it. */
    public synchronized String bodyOf(String uri) {
        return bodies.getOrDefault(uri, "");
    }

    public synchronized List<Manuscript> all() {
        return all.stream().sorted(Comparator.comparing(Manuscript::uri)).toList();
    }

    public synchronized Optional<Manuscript> byUri(String uri) {
        return all.stream().filter(m -> m.uri().equals(uri)).findFirst();
    }
}
