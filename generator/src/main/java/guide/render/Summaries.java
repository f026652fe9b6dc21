package guide.render;

import guide.convert.Manuscript;
import guide.site.Site;

import java.text.Collator;
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What every page's template sees of every other page (title, address, headings...), made once per
 * render. Every page's navigation and page lists name every page, so making these per page made a render
 * grow with the square of the pages (1,000 pages: a million maps and a thousand sorts): the page-free
 * part of each summary is made here once, and a page sees it through a light view that adds the two
 * things that depend on where the page is (its {@code url}s and whether it is {@code current}).
 */
final class Summaries {
    private final Map<Manuscript, Integer> numbers = new IdentityHashMap<>();
    private final List<Manuscript> sequence;
    private final List<Map<String, Object>> fixed = new ArrayList<>();
    private final List<List<Manuscript.Heading>> headings = new ArrayList<>();
    /** The reading order's positions sorted by title as the site's language sorts words (the A to Z list). */
    private final int[] aToZ;

    Summaries(Site site) {
        this.sequence = site.readingOrder().sequence();
        for (Manuscript m : sequence) add(m);
        Collator collator = Collator.getInstance(Locale.forLanguageTag(site.config().language()));
        int n = sequence.size();
        this.aToZ = java.util.stream.IntStream.range(0, n).boxed()
                .sorted(Comparator.comparing((Integer i) -> (String) fixed.get(i).get("title"), collator)
                        .thenComparing(i -> sequence.get(i).uri()))
                .mapToInt(Integer::intValue).toArray();
    }

    private int add(Manuscript m) {
        Integer known = numbers.get(m);
        if (known != null) return known;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("title", m.title() == null ? "" : m.title());
        out.put("navTitle", navTitle(m));
        out.put("summary", m.summary());
        out.put("uri", m.uri());
        out.put("type", m.type());
        out.put("attributes", m.attributes());
        fixed.add(out);
        headings.add(m.headings());
        numbers.put(m, fixed.size() - 1);
        return fixed.size() - 1;
    }

    private static String navTitle(Manuscript m) {
        String short_ = m.attribute("nav-title");
        return short_ != null && !short_.isBlank() ? short_ : (m.title() == null ? m.uri() : m.title());
    }

    /** Every page in reading order, as {@code context}'s page sees them. */
    List<Map<String, Object>> inOrder(PageContext context) {
        return new Seen(context, null);
    }

    /** The same, sorted by title. */
    List<Map<String, Object>> aToZ(PageContext context) {
        return new Seen(context, aToZ);
    }

    /**
     * One page as {@code context}'s page sees it, with {@code extra} entries of its own (a part's pages).
     * A page outside the reading order (one with {@code :nav: none}) gets its summary made on the spot.
     */
    synchronized Map<String, Object> of(Manuscript m, PageContext context, Map<String, Object> extra) {
        return new Summary(add(m), context, extra);
    }

    /** These pages as {@code context}'s page sees them, made as they are read. */
    List<Map<String, Object>> of(List<Manuscript> pages, PageContext context) {
        return new AbstractList<>() {
            @Override
            public Map<String, Object> get(int i) {
                return of(pages.get(i), context, Map.of());
            }

            @Override
            public int size() {
                return pages.size();
            }
        };
    }

    private synchronized Map<String, Object> fixed(int i) {
        return fixed.get(i);
    }

    private synchronized List<Manuscript.Heading> headings(int i) {
        return headings.get(i);
    }

    private synchronized String uri(int i) {
        return (String) fixed.get(i).get("uri");
    }

    /** The pages in reading order (or in {@code order}), made as they are read. */
    private final class Seen extends AbstractList<Map<String, Object>> {
        private final PageContext context;
        private final int[] order;

        Seen(PageContext context, int[] order) {
            this.context = context;
            this.order = order;
        }

        @Override
        public Map<String, Object> get(int i) {
            return new Summary(order == null ? i : order[i], context, Map.of());
        }

        @Override
        public int size() {
            return sequence.size();
        }
    }

    /** One page's summary as one page sees it: the fixed entries, then url, current and headings. */
    private final class Summary extends AbstractMap<String, Object> {
        private static final List<String> KEYS = List.of("title", "navTitle", "summary", "uri", "url", "type", "attributes", "current", "headings");
        private final int number;
        private final PageContext context;
        private final Map<String, Object> extra;

        Summary(int number, PageContext context, Map<String, Object> extra) {
            this.number = number;
            this.context = context;
            this.extra = extra;
        }

        @Override
        public Object get(Object key) {
            if (!(key instanceof String k)) return null;
            if (extra.containsKey(k)) return extra.get(k);
            return switch (k) {
                case "url" -> context.url(uri(number));
                case "current" -> uri(number).equals(context.uri());
                case "headings" -> {
                    String url = context.url(uri(number));
                    List<Map<String, Object>> out = new ArrayList<>();
                    for (Manuscript.Heading h : headings(number)) {
                        out.add(Map.of("id", h.id(), "title", h.title(), "level", h.level(), "url", url + "#" + h.id()));
                    }
                    yield out;
                }
                default -> fixed(number).get(k);
            };
        }

        @Override
        public boolean containsKey(Object key) {
            return KEYS.contains(key) || extra.containsKey(key);
        }

        @Override
        public boolean isEmpty() {
            return false;
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            Set<String> keys = new LinkedHashSet<>(KEYS);
            keys.addAll(extra.keySet());
            Set<Entry<String, Object>> out = new LinkedHashSet<>();
            for (String k : keys) out.add(new SimpleImmutableEntry<>(k, get(k)));
            return out;
        }
    }
}
