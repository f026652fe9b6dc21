package guide.check;

import guide.problem.Problem;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What a check found in each source file the last time it looked, kept while the file reads the same and
 * so does what the check reads besides (its terms, its settings): the preview checks again only the pages
 * that changed. One version per file, so nothing builds up over an afternoon's edits.
 */
public final class PerSource {
    private record Entry(Object source, List<Problem> problems) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private volatile Object context;

    /** Starts a check of the whole site: forgets everything when {@code context} is not what it was. */
    public void begin(Object context) {
        if (!Objects.equals(this.context, context)) {
            entries.clear();
            this.context = context;
        }
    }

    /** The problems in {@code origin}, whose content is {@code source}: as found last time, or found now. */
    public List<Problem> of(String origin, Object source, Supplier<List<Problem>> check) {
        Entry e = entries.get(origin);
        if (e != null && e.source().equals(source)) return e.problems();
        List<Problem> found = List.copyOf(check.get());
        entries.put(origin, new Entry(source, found));
        return found;
    }
}
