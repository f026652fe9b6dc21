package guide.site;

import guide.convert.Manuscript;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The guide's own reading order, from the folder layout and each page's {@code :order:}: the home page,
 * then each part (a top-level folder, ordered by its index page's order) with its index page first and
 * its other pages by their order. JBake's own previous/next follow dates and break on ties.
 * Pages with {@code :nav: none} (search, not found) are left out.
 */
public final class ReadingOrder {
    public record Part(Manuscript index, List<Manuscript> pages) {}

    private final Manuscript home;
    private final List<Part> parts;
    private final List<Manuscript> sequence;

    public ReadingOrder(List<Manuscript> manuscripts) {
        Manuscript homePage = null;
        Map<String, List<Manuscript>> byPart = new LinkedHashMap<>();
        for (Manuscript m : manuscripts) {
            if (m.draft() || "none".equals(m.attribute("nav"))) continue;
            if (m.uri().equals("index.html")) {
                homePage = m;
                continue;
            }
            int slash = m.uri().indexOf('/');
            String part = slash < 0 ? "" : m.uri().substring(0, slash);
            byPart.computeIfAbsent(part, k -> new ArrayList<>()).add(m);
        }
        Comparator<Manuscript> byOrder = Comparator.comparingInt(Manuscript::order).thenComparing(Manuscript::uri);
        List<Part> list = new ArrayList<>();
        for (Map.Entry<String, List<Manuscript>> e : byPart.entrySet()) {
            String indexUri = e.getKey().isEmpty() ? null : e.getKey() + "/index.html";
            Manuscript index = e.getValue().stream().filter(m -> m.uri().equals(indexUri)).findFirst().orElse(null);
            List<Manuscript> rest = e.getValue().stream().filter(m -> m != index).sorted(byOrder).toList();
            if (index == null) {
                // Loose pages at the top level (or a folder without index) each stand as their own part.
                rest.forEach(m -> list.add(new Part(m, List.of())));
            } else {
                list.add(new Part(index, rest));
            }
        }
        list.sort(Comparator.comparing(Part::index, byOrder));
        this.home = homePage;
        this.parts = List.copyOf(list);
        List<Manuscript> seq = new ArrayList<>();
        if (home != null) seq.add(home);
        for (Part p : parts) {
            seq.add(p.index());
            seq.addAll(p.pages());
        }
        this.sequence = List.copyOf(seq);
    }

    public Optional<Manuscript> home() { return Optional.ofNullable(home); }
    public List<Part> parts() { return parts; }
    public List<Manuscript> sequence() { return sequence; }

    public Optional<Manuscript> previous(Manuscript m) {
        int i = sequence.indexOf(m);
        return i > 0 ? Optional.of(sequence.get(i - 1)) : Optional.empty();
    }

    public Optional<Manuscript> next(Manuscript m) {
        int i = sequence.indexOf(m);
        return i >= 0 && i < sequence.size() - 1 ? Optional.of(sequence.get(i + 1)) : Optional.empty();
    }

    /** The part a page belongs to, if any. */
    public Optional<Part> partOf(Manuscript m) {
        return parts.stream().filter(p -> p.index() == m || p.pages().contains(m)).findFirst();
    }
}
