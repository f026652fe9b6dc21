package guide.guide;

import guide.convert.Manuscript;
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
 * What the real guide's text promises its readers: every page says what it is based on (pages about the
 * website itself, that it draws on no source document), and every page of the framework, the introduction
 * and the practice examples names at least one document; the glossary is in alphabetical order and holds only
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
    void everyPageNamesItsSourcesAndOnlyPagesAboutTheWebsiteItselfSayNone() {
        List<Manuscript> all = guide.result().site().manuscripts().all().stream().filter(m -> !m.draft()).toList();
        assertThat(all).hasSizeGreaterThan(30);
        for (Manuscript m : all) {
            String sources = m.attribute("sources");
            assertThat(sources).as(":sources: on " + m.origin()).isNotBlank();
            if (sources.strip().equals("none")) {
                assertThat(m.uri()).as(m.origin() + " says it draws on no source document")
                        .matches("about/(accessibility|privacy-and-safety|index)\\.html|search\\.html|404\\.html");
            }
        }
    }

    @Test
    void everyPageInTheReadingOrderShowsWhereItComesFrom() throws IOException {
        for (String path : guide.htmlPages()) {
            Document page = page(path);
            if (page.select("nav[data-guide-nav] a[aria-current=page]").isEmpty()) continue; // search, not found
            Element line = page.selectFirst("main .based-on");
            assertThat(line).as("Based on line on " + path).isNotNull();
            assertThat(line.text()).as(path).matches("Based on: “.*|Written for this website: .*");
        }
    }

    /** The figures each practice example's source document gives (its own page may word them as it likes). */
    static final Map<String, List<String>> FIGURES = Map.of(
            "practice-examples/newham.html", List.of("26%", "April", "October 2024", "49 sex workers", "12 months", "late 2023",
                    "27 high risk cases", "3 hubs", "20 sex workers", "55 residents", "June 2024", "3 current or former sex workers"),
            "practice-examples/hackney.html", List.of("September 2016", "22 sex workers", "2 of them", "25 to 49"),
            "practice-examples/southend.html", List.of("June 2020", "close to 50 women", "18 months", "2 women", "3 women",
                    "every Thursday", "every fortnight"),
            "practice-examples/camden-islington-haringey.html", List.of("more than 30 years", "3 sessions a week", "1 of them",
                    "1 session a week"),
            "practice-examples/yorkshire-humber.html", List.of("2022", "March 2023", "24 October 2024", "November 2022"));

    @Test
    void everyPracticeExampleKeepsEveryFigureItsSourceGives() throws IOException {
        int checked = 0;
        for (Map.Entry<String, List<String>> e : FIGURES.entrySet()) {
            if (!Files.isRegularFile(guide.site().resolve(e.getKey()))) continue; // an edition may leave an example out
            String text = page(e.getKey()).selectFirst("main").text();
            assertThat(text).as(e.getKey()).contains(e.getValue());
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(4);
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
