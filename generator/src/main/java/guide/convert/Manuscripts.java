package guide.convert;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every page the convert stage read in one build, drafts included, sorted by address. Immutable. */
public final class Manuscripts {
    private final List<Manuscript> all;
    private final Map<String, Manuscript> byUri = new LinkedHashMap<>();

    public Manuscripts(List<Manuscript> manuscripts) {
        this.all = manuscripts.stream().sorted(Comparator.comparing(Manuscript::uri)).toList();
        all.forEach(m -> byUri.put(m.uri(), m));
    }

    public List<Manuscript> all() {
        return all;
    }

    /** The pages that are rendered and published: every one but the drafts. */
    public List<Manuscript> published() {
        return all.stream().filter(m -> !m.draft()).toList();
    }

    public Optional<Manuscript> byUri(String uri) {
        return Optional.ofNullable(byUri.get(uri));
    }
}
