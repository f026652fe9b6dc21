package guide.accessibility;

import guide.testing.BuiltGuide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each page's HTML plus the stylesheets and scripts it links weighs at most 30 KB gzipped, so the guide
 * loads quickly on an old phone and a poor connection. Images and the search index (search/search-index.js
 * and the page store search/search-store.js that the search page loads) are not counted; lunr.js is.
 */
class PageWeightIT {
    static final int BUDGET = 30 * 1024;
    static final Pattern SEARCH_INDEX = Pattern.compile("search-(index|store)[^/]*\\.js");

    @Test
    void everyPageWithItsStylesAndScriptsIsAtMost30KilobytesGzipped() throws IOException {
        BuiltGuide guide = BuiltGuide.get();
        List<String> over = new ArrayList<>();
        StringBuilder table = new StringBuilder("Page weights, gzipped (HTML + CSS + JS):\n");
        List<String> pages = guide.htmlPages();
        assertThat(pages).hasSizeGreaterThan(10);
        for (String page : pages) {
            Path file = guide.site().resolve(page);
            Document doc = Jsoup.parse(file.toFile(), "UTF-8");
            int html = gzipped(Files.readAllBytes(file));
            Set<Path> linked = new LinkedHashSet<>();
            for (Element e : doc.select("link[rel~=stylesheet][href], script[src]")) {
                String address = e.hasAttr("src") ? e.attr("src") : e.attr("href");
                String path = URI.create(address).getPath();
                // The not-found page's addresses start at the site's root (it is served in any folder).
                Path target = (path.startsWith("/") ? guide.site().resolve(path.substring(1)) : file.getParent().resolve(path)).normalize();
                assertThat(target).as(page + " links " + address).exists().startsWith(guide.site());
                if (!SEARCH_INDEX.matcher(target.getFileName().toString()).matches()) linked.add(target);
            }
            int total = html;
            for (Path p : linked) total += gzipped(Files.readAllBytes(p));
            table.append(String.format("  %-48s %6d bytes (HTML %d)%n", page, total, html));
            if (total > BUDGET) over.add(page + ": " + total + " bytes gzipped (HTML " + html + ", linked " + linked + ")");
        }
        System.out.print(table);
        assertThat(over).as("pages over %d bytes gzipped", BUDGET).isEmpty();
    }

    static int gzipped(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }
}
