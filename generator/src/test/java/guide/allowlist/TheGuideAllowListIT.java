package guide.allowlist;

import guide.testing.BuiltGuide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole real guide, as built: every page's text within the allow-list, no trace of the build machine. */
class TheGuideAllowListIT {
    private final BuiltGuide guide = BuiltGuide.get();

    @Test
    void everyPagesTextIsWithinTheAllowList() throws Exception {
        PageAllowList list = PageAllowList.standard();
        List<String> outside = new ArrayList<>();
        int checked = 0;
        for (String page : guide.htmlPages()) {
            Document doc = Jsoup.parse(Files.readString(guide.site().resolve(page), StandardCharsets.UTF_8));
            for (Element text : doc.select("[data-guide-body]")) {
                checked++;
                list.violations(text.html(), page).forEach(v -> outside.add(page + ": " + v));
            }
        }
        assertThat(checked).as("pages with text").isGreaterThan(20);
        assertThat(outside).isEmpty();
    }

    @Test
    void noFileOfTheSiteHoldsTheBuildMachinesHomeOrWorkingFolder() throws Exception {
        String home = Path.of(System.getProperty("user.home")).toAbsolutePath().normalize() + "/";
        String working = guide.root().toAbsolutePath().normalize().toString();
        List<String> found = new ArrayList<>();
        int files = 0;
        try (Stream<Path> s = Files.walk(guide.site())) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files++;
                String bytes = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
                if (bytes.contains(home)) found.add(p + " holds " + home);
                if (bytes.contains(working)) found.add(p + " holds " + working);
            }
        }
        assertThat(files).isGreaterThan(30);
        assertThat(found).isEmpty();
    }

    @Test
    void theScanCatchesWhatItLooksFor() {
        // The same scan over a page with known faults must report them, or the two tests above prove nothing.
        Element text = Jsoup.parse("<div data-guide-body><p onclick=\"x()\">a</p><script>b</script></div>")
                .selectFirst("[data-guide-body]");
        assertThat(PageAllowList.standard().violations(text.html(), "a.html")).hasSize(2);
    }
}
