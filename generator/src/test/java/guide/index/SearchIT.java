package guide.index;

import guide.testing.Axe;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import guide.pages.Page;
import guide.testing.OnTheBuiltGuide;
import guide.testing.Chromium;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.Collator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Search on the real guide, in real Chromium: the index Java wrote answers queries in the browser, the
 * search page shows highlighted results, treats every query as plain text, and lists every page and
 * section A to Z without JavaScript.
 */
class SearchIT extends OnTheBuiltGuide {
    private static final Pattern RESULT_COUNT = Pattern.compile("(\\d+ pages? for|No results for|No exact matches;|No page has all of) .*");

    /** The words the index holds for each page (from the same sections the build indexed), lower case. */
    private static Map<String, List<String>> indexedWords() {
        Map<String, List<String>> out = new TreeMap<>();
        for (Section s : SearchIndex.sections(guide.result().pages())) {
            String text = String.join(" ", s.title(), s.heading(), s.summary(), s.body()).toLowerCase(Locale.ROOT);
            out.computeIfAbsent(s.page(), k -> new ArrayList<>()).addAll(words(text));
        }
        return out;
    }

    /** Words as lunr.js cuts them: split at spaces and hyphens, then stripped of non-word characters at either end. */
    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String token : text.split("[\\s\\u00A0\\-]+")) {
            String word = token.replaceAll("^\\W+", "").replaceAll("\\W+$", "");
            if (!word.isEmpty()) out.add(word);
        }
        return out;
    }

    /** Each word's stem, from lunr.js's own stemmer in the browser: the form the index matches on. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> stems(Collection<List<String>> words) {
        List<String> distinct = new ArrayList<>(new TreeSet<>(words.stream().flatMap(List::stream).toList()));
        List<String> stems = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return arguments[0].map(function (w) { return lunr.stemmer(new lunr.Token(w)).toString(); });", distinct);
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < distinct.size(); i++) out.put(distinct.get(i), stems.get(i));
        return out;
    }

    /** The page's most frequent plain word whose stem no other page has (so only this page can match it). */
    private static Optional<String> wordOnlyOn(String page, Map<String, List<String>> words, Map<String, String> stems) {
        Set<String> elsewhere = new HashSet<>();
        words.forEach((p, list) -> {
            if (!p.equals(page)) list.forEach(w -> elsewhere.add(stems.get(w)));
        });
        Map<String, Integer> counts = new TreeMap<>();
        words.get(page).stream().filter(w -> w.matches("[a-z]{5,}") && !elsewhere.contains(stems.get(w)))
                .forEach(w -> counts.merge(w, 1, Integer::sum));
        return counts.entrySet().stream()
                .max(Comparator.comparing(Map.Entry<String, Integer>::getValue).thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey);
    }

    /** Searches the index Java wrote, read back into lunr.js in the browser: the addresses of the best pages. */
    @SuppressWarnings("unchecked")
    private static List<String> searchInBrowser(String query) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(
                "var data = window.guideSearchIndex, index = guideSearchReader.read(data);"
                        + "return index.search(arguments[0]).slice(0, 5).map(function (r) {"
                        + "  return data.pages[Number(r.ref)][1]; });", query);
    }

    /**
     * One test per part of the guide: a word only one of its pages has (a practice example rather than the
     * list of them, where there is a choice) finds that page first. A part whose pages share all their words
     * with other pages is searched for by its index page's title instead.
     */
    @TestFactory
    Stream<DynamicTest> theIndexJavaWroteFindsEachPartsPagesInTheBrowser() {
        browser.get(guide.url("search.html"));
        Map<String, List<String>> words = indexedWords();
        Map<String, String> stems = stems(words.values());
        Map<String, List<String>> parts = new TreeMap<>();
        for (String page : words.keySet()) {
            if (page.contains("/")) parts.computeIfAbsent(page.substring(0, page.indexOf('/')), k -> new ArrayList<>()).add(page);
        }
        assertThat(parts).as("parts of the guide").hasSizeGreaterThanOrEqualTo(5);
        List<DynamicTest> tests = new ArrayList<>();
        parts.forEach((part, pages) -> {
            List<String> order = new ArrayList<>(pages);
            order.sort(Comparator.comparing((String p) -> p.endsWith("index.html")).thenComparing(p -> p));
            String page = part + "/index.html";
            String query = null;
            for (String candidate : order) {
                Optional<String> w = wordOnlyOn(candidate, words, stems);
                if (w.isPresent()) {
                    page = candidate;
                    query = w.get();
                    break;
                }
            }
            if (query == null) {
                String indexPage = page;
                query = String.join(" ", words(guide.result().pages().byUri(indexPage).orElseThrow().manuscript().title().toLowerCase(Locale.ROOT)));
            }
            String expected = page;
            String q = query;
            tests.add(DynamicTest.dynamicTest(part + ": '" + q + "' finds " + expected, () -> {
                List<String> hits = searchInBrowser(q);
                assertThat(hits).as("hits for '" + q + "'").isNotEmpty();
                assertThat(hits.get(0)).as("the first hit for '" + q + "'").startsWith(expected);
            }));
        });
        return tests.stream();
    }

    @Test
    void placeNamesFindTheirPracticeExampleFirst() {
        browser.get(guide.url("search.html"));
        for (int i = 0; i < 2; i++) {
            String place = exampleName(i);
            List<String> hits = searchInBrowser(place);
            assertThat(hits).as(place).isNotEmpty();
            assertThat(hits.get(0)).as(place).startsWith(example(i));
        }
    }

    /** The i-th practice example of the built site (so any edition has it) and the name its title starts with. */
    private static String example(int i) {
        return guide.all("example").get(i);
    }

    private static String exampleName(int i) {
        String title = guide.result().pages().byUri(example(i)).orElseThrow().manuscript().title();
        return title.contains(":") ? title.substring(0, title.indexOf(':')).strip() : title;
    }

    private static String waitForStatus() {
        WebElement status = browser.findElement(By.id("search-status"));
        Chromium.waiting(browser, Duration.ofSeconds(10)).until(d -> !status.getText().isBlank());
        return status.getText();
    }

    private static void searchFor(String query) {
        WebElement box = browser.findElement(By.id("search-query"));
        box.clear();
        // Cleared first so that waitForStatus sees this query's answer, not the last one.
        ((JavascriptExecutor) browser).executeScript("document.getElementById('search-status').textContent = '';");
        box.sendKeys(query, Keys.ENTER);
    }

    @Test
    void typingAQueryAndSubmittingShowsResultsWithTheWordsHighlighted() {
        browser.get(guide.url("search.html"));
        String query = exampleName(1);
        searchFor(query);

        String status = waitForStatus();
        assertThat(status).matches("\\d+ pages? for “" + query + "”");
        List<WebElement> results = browser.findElements(By.cssSelector("#search-results > li"));
        assertThat(results).isNotEmpty();
        assertThat(status).startsWith(results.size() + " page");
        WebElement first = results.get(0);
        assertThat(first.findElement(By.cssSelector("h2 a")).getDomAttribute("href")).startsWith(example(1));
        List<String> marked = browser.findElements(By.cssSelector("#search-results mark")).stream().map(WebElement::getText).toList();
        assertThat(marked).isNotEmpty().allSatisfy(m -> assertThat(m.toLowerCase(Locale.ROOT)).containsAnyOf(query.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")));
        // The address never says what was searched for (it would reach server logs and the history list).
        assertThat(browser.getCurrentUrl()).endsWith("/search.html");
        // The result links are real links: reachable with the keyboard, leading to the section.
        first.findElement(By.cssSelector("h2 a")).sendKeys(Keys.ENTER);
        Chromium.waiting(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains(example(1)));
    }

    @Test
    void resultsAndNoResultsPassAxeAtPhoneAndDesktopWidths() {
        List<String> violations = new ArrayList<>();
        try {
            for (Dimension size : List.of(Chromium.PHONE, Chromium.DESKTOP)) {
                browser.manage().window().setSize(size);
                for (String query : List.of("partnership", "zzzzqx")) {
                    browser.get(guide.url("search.html?q=" + query));
                    waitForStatus();
                    Results results = Axe.with(Axe.WCAG_TAGS).analyze(browser);
                    assertThat(results.isErrored()).as(results.getErrorMessage()).isFalse();
                    for (Rule rule : results.getViolations()) {
                        violations.add(query + " at " + size.getWidth() + "px: " + rule.getId() + " " + rule.getNodes().stream().map(n -> n.getTarget().toString()).toList());
                    }
                }
            }
        } finally {
            browser.manage().window().setSize(Chromium.DESKTOP);
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theQueryInTheAddressIsSearchedAndPutInTheBox() {
        browser.get(guide.url("search.html?q=" + URLEncoder.encode(exampleName(0), StandardCharsets.UTF_8)));
        assertThat(waitForStatus()).matches("\\d+ pages? for “" + exampleName(0) + "”");
        assertThat(browser.findElement(By.id("search-query")).getDomProperty("value")).isEqualTo(exampleName(0));
        // An old link's query is searched, then taken out of the address so that history does not keep it.
        assertThat(browser.getCurrentUrl()).endsWith("/search.html");
    }

    @Test
    void markupInAQueryShowsAsTextAndRunsNothing() {
        String attack = "<img src=x onerror=alert(1)>";
        browser.get(guide.url("search.html?q=" + URLEncoder.encode(attack, StandardCharsets.UTF_8)));
        assertThat(waitForStatus()).contains(attack);
        searchFor(attack + " partnership");
        assertThat(waitForStatus()).contains(attack);
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.findElements(By.cssSelector("main img"))).as("images in the results").isEmpty();
        assertThat(browser.findElement(By.tagName("main")).getDomProperty("innerHTML")).doesNotContain("<img");
    }

    @Test
    void lunrQuerySyntaxIsTreatedAsPlainWords() {
        for (String query : List.of("PrEP:", "~", "*", "\"drop-in", "title:partnership", "+", "-", "^", "prep~2", "partner*", "\"")) {
            browser.get(guide.url("search.html?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
            assertThat(waitForStatus()).as(query).matches(RESULT_COUNT);
        }
        // Words inside the syntax still find what the guide says about them.
        browser.get(guide.url("search.html?q=" + URLEncoder.encode("PrEP:", StandardCharsets.UTF_8)));
        assertThat(waitForStatus()).matches("\\d+ pages? for “PrEP:”");
        browser.get(guide.url("search.html?q=" + URLEncoder.encode("\"drop-in", StandardCharsets.UTF_8)));
        assertThat(waitForStatus()).matches("\\d+ pages? for “\"drop-in”");
    }

    @Test
    void theHeaderSearchBoxLeadsToResults() {
        browser.get(guide.url("index.html"));
        WebElement box = browser.findElement(By.cssSelector("form[role=search][action$='search.html'] input[type=search]"));
        box.sendKeys(exampleName(0), Keys.ENTER);
        Chromium.waiting(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/search.html"));
        assertThat(waitForStatus()).matches("\\d+ pages? for “" + exampleName(0) + "”");
        assertThat(browser.findElement(By.cssSelector("#search-results > li h2 a")).getDomAttribute("href"))
                .startsWith(example(0));
    }

    @Test
    void searchWorksOnTheGuideOpenedStraightFromDisk() {
        browser.get(guide.site().resolve("search.html").toUri() + "?q=" + URLEncoder.encode(exampleName(1), StandardCharsets.UTF_8));
        assertThat(waitForStatus()).matches("\\d+ pages? for “" + exampleName(1) + "”");
        Chromium.waiting(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("#search-results mark")).isEmpty());
        // Searching again from disk, where the page may not be allowed to change its address.
        searchFor(exampleName(0));
        assertThat(waitForStatus()).matches("\\d+ pages? for “" + exampleName(0) + "”");
        // From the header box of another page opened from disk.
        browser.get(guide.site().resolve("framework/index.html").toUri().toString());
        browser.findElement(By.id("header-search")).sendKeys(exampleName(1), Keys.ENTER);
        assertThat(waitForStatus()).matches("\\d+ pages? for “" + exampleName(1) + "”");
    }

    @Test
    void onlyTheSearchPageLoadsTheIndex() throws Exception {
        List<String> loading = new ArrayList<>();
        for (String page : guide.htmlPages()) {
            String html = Files.readString(guide.site().resolve(page));
            if (html.contains(SearchIndex.INDEX) || html.contains("search-text-")) loading.add(page);
        }
        assertThat(loading).containsExactly("search.html");
    }

    @Test
    void theHeaderBoxScriptLoadsTheIndexOnlyOnceTheReaderUsesTheBox() {
        browser.get(guide.url("framework/index.html"));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        assertThat(js.executeScript("return typeof window.guideSearchIndex + ' ' + typeof window.lunr")).isEqualTo("undefined undefined");
        // search/search-box.js as a page would load it (alone, or joined into js/guide.js).
        js.executeAsyncScript("var done = arguments[0], s = document.createElement('script');"
                + "s.src = '../search/search-box.js'; s.onload = function () { done(); }; document.head.appendChild(s);");
        assertThat(js.executeScript("return typeof window.guideSearchIndex")).as("before the box is used").isEqualTo("undefined");

        browser.findElement(By.cssSelector("form[role=search][action$='search.html'] input[type=search]")).click();

        Chromium.waiting(browser, Duration.ofSeconds(10)).until(d ->
                "object object function".equals(js.executeScript("return typeof window.guideSearchIndex + ' '"
                        + " + typeof window.guideSearchReader + ' ' + typeof window.lunr")));
        assertThat(js.executeScript("return guideSearchReader.read(window.guideSearchIndex).search('partnership').length")).isNotEqualTo(0L);
        assertThat(js.executeScript("return typeof window.guideSearchText")).as("the text parts wait for the search page").isEqualTo("undefined");
    }

    @Test
    void withoutJavaScriptThePageSaysSoAndListsEveryPageAndSectionAToZ() {
        WebDriver noScript = Chromium.start(false, Chromium.PHONE, null);
        try {
            noScript.get(guide.url("search.html"));
            assertThat(noScript.findElement(By.id("search-needs-js")).isDisplayed()).isTrue();
            assertThat(noScript.findElement(By.id("search-needs-js")).getText()).contains("JavaScript");

            List<WebElement> pageLinks = noScript.findElements(By.cssSelector("#a-to-z .a-to-z__page > a"));
            List<String> titles = pageLinks.stream().map(WebElement::getText).toList();
            List<Page> listed = guide.result().pages().all().stream()
                    .filter(p -> !"none".equals(p.manuscript().attribute("nav"))).toList();
            assertThat(titles).hasSize(listed.size())
                    .containsExactlyInAnyOrderElementsOf(listed.stream().map(p -> p.manuscript().title()).toList());
            Collator collator = Collator.getInstance(Locale.UK);
            assertThat(titles).isSortedAccordingTo(collator::compare);

            long sections = listed.stream().mapToLong(p -> p.manuscript().headings().size()).sum();
            assertThat(noScript.findElements(By.cssSelector("#a-to-z .a-to-z__section > a"))).hasSize((int) sections);
            assertThat(pageLinks).allSatisfy(a -> assertThat(a.isDisplayed()).isTrue());
        } finally {
            noScript.quit();
        }
    }

    @Test
    void withJavaScriptTheNoScriptMessageIsGone() {
        // From another page: opening the same address again keeps the last search, as a reload does.
        browser.get(guide.url("index.html"));
        browser.get(guide.url("search.html"));
        assertThat(browser.findElements(By.id("search-needs-js"))).isEmpty();
        assertThat(browser.findElement(By.id("a-to-z")).isDisplayed()).as("the A to Z list before any search").isTrue();
    }

    @Test
    void theSearchPageHasOneSearchBox() {
        browser.get(guide.url("search.html"));
        assertThat(browser.findElements(By.cssSelector("input[type=search]"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("form[role=search]"))).hasSize(1);
    }

    @Test
    void aMisspellingShowsCloseMatchesAndSaysSo() {
        browser.get(guide.url("search.html"));
        String place = exampleName(1);
        // One letter typed twice, as a hurried reader does: "Southend" becomes "Southhend".
        String misspelt = place.substring(0, 5) + place.charAt(4) + place.substring(5);
        searchFor(misspelt);
        assertThat(waitForStatus()).startsWith("No exact matches; showing").contains("close match").contains("“" + misspelt + "”");
        assertThat(browser.findElement(By.cssSelector("#search-results > li h2 a")).getDomAttribute("href")).startsWith(example(1));
        // A word cut short is found by its start, and said to be close too.
        searchFor(place.substring(0, 6));
        assertThat(waitForStatus()).startsWith("No exact matches; showing");
        assertThat(browser.findElement(By.cssSelector("#search-results > li h2 a")).getDomAttribute("href")).startsWith(example(1));
    }

    @Test
    void aWordTheGuidePutsDifferentlyIsFoundThroughTheRelatedWordsFile() {
        browser.get(guide.url("search.html"));
        // The index alone knows no "dentist": only content/search-words.yml leads it to "dental".
        assertThat(searchInBrowser("dentist")).isEmpty();
        List<String> dental = indexedWords().entrySet().stream().filter(e -> e.getValue().contains("dental")).map(Map.Entry::getKey).toList();
        assertThat(dental).as("pages that say 'dental'").isNotEmpty();
        searchFor("dentist");
        assertThat(waitForStatus()).matches("\\d+ pages? for “dentist”.*").contains("Also searched for the related words:").contains("dental");
        List<String> pages = browser.findElements(By.cssSelector("#search-results > li > h2 a")).stream().map(a -> a.getDomAttribute("href")).toList();
        assertThat(pages).containsAll(dental);
    }

    @Test
    void eachPageIsListedOnceWithItsBestSectionsUnderIt() {
        browser.get(guide.url("search.html"));
        searchFor("trauma");
        waitForStatus();
        Chromium.waiting(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector(".search__section")).isEmpty());
        List<WebElement> results = browser.findElements(By.cssSelector("#search-results > li"));
        assertThat(results).hasSizeGreaterThan(1);
        List<String> pages = new ArrayList<>();
        int withSections = 0;
        for (WebElement r : results) {
            String page = r.findElement(By.cssSelector("h2 a")).getDomAttribute("href");
            pages.add(page);
            List<WebElement> sections = r.findElements(By.cssSelector(".search__section h3 a"));
            assertThat(sections).as("sections under " + page).hasSizeLessThanOrEqualTo(3)
                    .allSatisfy(a -> assertThat(a.getDomAttribute("href")).startsWith(page + "#"));
            if (!sections.isEmpty()) withSections++;
        }
        assertThat(pages).doesNotHaveDuplicates();
        assertThat(withSections).isGreaterThan(0);
        Chromium.waiting(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("#search-results mark")).isEmpty());
    }

    /** Every list item of the guide that ends without punctuation ends with ; or . in the text snippets come from. */
    @Test
    void snippetTextKeepsListItemsApart() {
        int items = 0;
        List<String> runTogether = new ArrayList<>();
        for (Page page : guide.result().pages().all()) {
            String text = String.join(" ", Sections.of(page).stream().map(Section::body).toList());
            for (org.jsoup.nodes.Element li : page.document().select("[data-guide-body] li:not(:has(li))")) {
                String item = li.text().strip();
                if (item.isEmpty() || item.matches(".*[.!?:;…\"”’)]$") || li.nextElementSibling() == null) continue;
                items++;
                if (!text.contains(item + ";")) runTogether.add(page.uri() + ": " + item);
            }
        }
        assertThat(items).as("list items checked").isGreaterThan(20);
        assertThat(runTogether).isEmpty();
    }
}
