package guide.guide;

import guide.testing.BuiltGuide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readers are stakeholders, not the people who publish the site: no page they read talks to site editors
 * (how to replace a list, which file to change). Those instructions live in docs/ and in the build output.
 */
class ReaderFacingWordingIT {
    /** What only a site editor would need to read. */
    static final List<String> FOR_EDITORS = List.of("local/", "remove.txt", ".properties", "upstream.lock", ".adoc",
            "replace this list", "your own local contacts");

    @Test
    void noPageReadersSeeAddressesTheSitesEditors() throws IOException {
        BuiltGuide guide = BuiltGuide.get();
        List<String> found = new ArrayList<>();
        for (String page : guide.htmlPages()) {
            Document doc = Jsoup.parse(guide.site().resolve(page).toFile(), "UTF-8");
            doc.select("script, style").remove();
            String text = doc.body().text().toLowerCase(Locale.ROOT);
            for (String phrase : FOR_EDITORS) {
                if (text.contains(phrase)) found.add(page + ": \"" + phrase + "\"");
            }
        }
        assertThat(found).as("wording for site editors on reader-facing pages").isEmpty();
    }
}
