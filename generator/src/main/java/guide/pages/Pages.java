package guide.pages;

import guide.bake.Manuscript;
import guide.bake.Site;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every published page of one build, each parsed once; the list later stages share. */
public final class Pages {
    private final Path root;
    private final List<Page> list;
    private final Map<String, Page> byUri = new LinkedHashMap<>();

    private Pages(Path root, List<Page> list) {
        this.root = root;
        this.list = Collections.unmodifiableList(list);
        list.forEach(p -> byUri.put(p.uri(), p));
    }

    /** Parses the baked HTML of every published page under {@code output}, in reading order then by address. */
    public static Pages read(Site site, Path output) {
        List<Page> pages = new ArrayList<>();
        List<Manuscript> ordered = new ArrayList<>(site.readingOrder().sequence());
        site.manuscripts().all().stream().filter(m -> !m.draft() && !ordered.contains(m)).forEach(ordered::add);
        for (Manuscript m : ordered) {
            Path file = output.resolve(m.uri());
            if (!Files.isRegularFile(file)) continue;
            try {
                String html = Files.readString(file, StandardCharsets.UTF_8);
                Document doc = Jsoup.parse(html, "");
                doc.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base);
                pages.add(new Page(m, file, doc));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Pages(output, pages);
    }

    public Path root() { return root; }
    public List<Page> all() { return list; }
    public Optional<Page> byUri(String uri) { return Optional.ofNullable(byUri.get(uri)); }

    /** Writes every page back to its file (after refining). */
    public void write() {
        for (Page p : list) {
            try {
                Files.writeString(p.file(), p.document().outerHtml(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
