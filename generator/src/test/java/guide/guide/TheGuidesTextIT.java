package guide.guide;

import guide.problem.Problem;
import guide.testing.BuiltGuide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the real guide's text promises its readers: every page of the framework, the introduction and the
 * practice examples says what it is based on; the glossary is in alphabetical order and holds only
 * abbreviations a reader meets; the pages that tell readers to contact the publisher say who that is.
 */
class TheGuidesTextIT {
    final BuiltGuide guide = BuiltGuide.get();

    @Test
    void everyFrameworkIntroductionAndPracticeExamplePageShowsABasedOnLine() throws IOException {
        List<String> pages = guide.htmlPages().stream()
                .filter(p -> p.startsWith("framework/") || p.startsWith("introduction/") || p.startsWith("practice-examples/")).toList();
        assertThat(pages).hasSizeGreaterThan(10);
        for (String page : pages) {
            Element line = page(page).selectFirst("main .based-on");
            assertThat(line).as("Based on line on " + page).isNotNull();
            assertThat(line.text()).as(page).startsWith("Based on:").contains("“");
        }
    }

    @Test
    void theGlossaryIsInAlphabeticalOrder() throws IOException {
        List<String> shown = shownTerms();
        assertThat(shown).isNotEmpty().isSubsetOf(terms());
        assertThat(shown).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    }

    @Test
    void everyAbbreviationTheGlossaryLeavesOutIsListedInTheBuildOutput() throws IOException {
        List<String> left = new ArrayList<>(terms());
        left.removeAll(shownTerms());
        // On the guide itself every entry is used; an edition that hides a page may leave some out, each said.
        List<String> said = guide.result().problems().stream()
                .filter(p -> p.file().endsWith("glossary/abbreviations.yml") && p.line() > 0)
                .map(p -> p.message()).toList();
        for (String term : left) {
            assertThat(said).as("the build names the glossary entry it left out").anyMatch(m -> m.contains("'" + term + "'"));
        }
        // Left out only because the edition hid or replaced the page that used it, never a stale entry.
        assertThat(guide.result().problems()).filteredOn(p -> p.file().endsWith("glossary/abbreviations.yml"))
                .filteredOn(p -> p.severity() != Problem.Severity.NOTE).isEmpty();
    }

    @Test
    void everyAbbreviationInTheGlossaryIsMetOnAnotherPage() throws IOException {
        StringBuilder text = new StringBuilder();
        for (String page : guide.htmlPages()) {
            if (page.startsWith("glossary/") || page.equals("search.html")) continue;
            Element main = page(page).selectFirst("main");
            if (main != null) text.append(main.text()).append('\n');
        }
        List<String> unused = new ArrayList<>();
        for (String term : shownTerms()) {
            if (!Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(term) + "(?![\\p{L}\\p{N}])").matcher(text).find()) unused.add(term);
        }
        assertThat(unused).as("abbreviations the glossary shows but no page uses").isEmpty();
    }

    private List<String> shownTerms() throws IOException {
        return page("glossary/index.html").select("dt.glossary__term").eachText();
    }

    @Test
    void theAboutPageAndTheAccessibilityStatementNameThePublisherFromTheSettings() throws IOException {
        String organisation = guide.result().site().config().get("site.organisation", "");
        assertThat(organisation).isNotBlank();
        for (String page : List.of("about/index.html", "about/accessibility.html")) {
            Element section = page(page).getElementById("contact-the-publisher");
            assertThat(section).as("publisher heading on " + page).isNotNull();
            assertThat(section.parent().text()).contains(organisation);
            assertThat(page(page).text()).doesNotContain("the organisation that publishes this site");
        }
        assertThat(page("about/accessibility.html").select("a[href=#contact-the-publisher]")).hasSizeGreaterThanOrEqualTo(1);
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(guide.site().resolve(path).toFile(), "UTF-8");
    }

    @SuppressWarnings("unchecked")
    private List<String> terms() throws IOException {
        Path local = guide.root().resolve("local/content/glossary/abbreviations.yml");
        Path file = Files.isRegularFile(local) ? local : guide.root().resolve("content/glossary/abbreviations.yml");
        Map<String, Object> data = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
        return ((List<Map<String, Object>>) data.get("abbreviations")).stream().map(a -> String.valueOf(a.get("term"))).toList();
    }
}
