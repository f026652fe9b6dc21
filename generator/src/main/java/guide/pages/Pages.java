package guide.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every rendered page of one build, each parsed once, in reading order then by address: the list later stages share. */
public final class Pages {
    private final List<Page> list;
    private final Map<String, Page> byUri = new LinkedHashMap<>();

    public Pages(List<Page> pages) {
        this.list = List.copyOf(pages);
        list.forEach(p -> byUri.put(p.uri(), p));
    }

    public List<Page> all() { return list; }
    public Optional<Page> byUri(String uri) { return Optional.ofNullable(byUri.get(uri)); }
}
