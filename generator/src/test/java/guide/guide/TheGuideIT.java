package guide.guide;

import guide.pipeline.Pipeline;
import guide.pipeline.Progress;
import guide.testing.BuiltGuide;
import guide.testing.SiteFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The real guide: it builds without problems, every page is reachable from home, and builds repeat exactly. */
class TheGuideIT {
    @TempDir
    Path dir;

    @Test
    void everyPageIsReachableFromTheHomePageByFollowingLinks() throws Exception {
        BuiltGuide guide = BuiltGuide.get();
        Path site = guide.site();
        Set<String> reached = new TreeSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of("index.html"));
        while (!queue.isEmpty()) {
            String page = queue.pop();
            if (!reached.add(page)) continue;
            Document doc = Jsoup.parse(site.resolve(page).toFile(), "UTF-8", "http://site/" + page);
            // Links, and forms (the header's search box goes to the search page).
            for (Element a : doc.select("a[href], form[action]")) {
                String abs = a.hasAttr("href") ? a.absUrl("href") : a.absUrl("action");
                if (!abs.startsWith("http://site/")) continue;
                String target = abs.substring("http://site/".length()).replaceAll("[#?].*$", "");
                if (target.isEmpty() || target.endsWith("/")) target += "index.html";
                if (target.endsWith(".html") && Files.isRegularFile(site.resolve(target))) queue.add(target);
            }
        }
        Set<String> expected = new TreeSet<>(guide.htmlPages());
        expected.remove("404.html"); // shown by the web server for unknown addresses, not linked
        assertThat(reached).containsAll(expected);
    }

    @Test
    void everyPartOfTheGuideIsInTheMainNavigation() {
        BuiltGuide guide = BuiltGuide.get();
        List<String> parts = guide.result().site().readingOrder().parts().stream().map(p -> p.index().uri()).toList();
        // Every folder of the built site with an index page is a part (taken from the site, so any edition passes).
        List<String> folders = guide.htmlPages().stream().filter(p -> p.matches("[^/]+/index\\.html")).toList();
        assertThat(folders).hasSizeGreaterThanOrEqualTo(5);
        assertThat(parts).containsAll(folders);
    }

    @Test
    void twoBuildsOfTheRealGuideAreByteIdentical() {
        // The suite's own build of the guide is the first; the second is a new pipeline's, cold, into a
        // folder of its own, so it has its own search-index cache (kept beside the output) and cannot copy
        // the first one's index and hide a difference. The first keeps its pages parsed for the tests to read;
        // the second writes them out once nothing reads them, as the command line's build does.
        BuiltGuide guide = BuiltGuide.get();
        Path b = dir.resolve("b/site");
        try (Pipeline second = Pipeline.standard()) {
            assertThat(second.build(guide.root(), b, true, Progress.quiet()).failed()).isFalse();
        }
        assertThat(dir.resolve("b/.search-index-cache")).isDirectory();
        var first = SiteFixture.fingerprint(guide.site());
        assertThat(first).hasSizeGreaterThan(30);
        assertThat(SiteFixture.fingerprint(b)).isEqualTo(first);
    }
}
