package guide.index;

import guide.testing.Chromium;
import guide.pages.Page;
import guide.testing.OnTheBuiltGuide;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Queries a stakeholder would type (topics, places, services, misspellings, and words the guide puts
 * differently), typed into the search page's box in Chromium: the page that answers each is among the
 * first three results. Each expected page was chosen by reading the guide, and is named here by words of
 * its title, so the test follows a page that moves or is renamed within reason.
 */
class SearchQueriesIT extends OnTheBuiltGuide {
    /** A query, and words of the title of the page that answers it. */
    record Query(String typed, String pageTitle) {}

    static final List<Query> QUERIES = List.of(
            // Places and the practice examples about them
            new Query("Southend", "Southend"),
            new Query("Newham", "Newham"),
            new Query("Hackney", "Hackney"),
            new Query("Haringey", "Camden, Islington and Haringey"),
            new Query("Yorkshire", "Yorkshire and the Humber"),
            // Services and what they offer
            new Query("drop-in for women", "Southend"),
            new Query("condoms", "Southend"),
            new Query("mobile van", "Camden, Islington and Haringey"),
            new Query("steering group", "Yorkshire and the Humber"),
            new Query("sex work strategy", "Newham"),
            new Query("contacts", "Contacts"),
            // Topics
            new Query("reducing stigma", "Empowering sex workers"),
            new Query("working in partnership", "Working in partnership"),
            new Query("trauma-informed services", "Person-centred service delivery"),
            new Query("health justice", "Partnership service design"),
            new Query("self-employment", "Autonomy"),
            new Query("mental health research", "What research tells us"),
            new Query("words to avoid", "Language"),
            new Query("abbreviations", "Glossary"),
            new Query("leave this site quickly", "Privacy and staying safe online"),
            new Query("private browsing", "Privacy and staying safe online"),
            new Query("cookies", "Privacy and staying safe online"),
            new Query("accessibility statement", "Accessibility statement"),
            new Query("action plan", "action plan"),
            new Query("references", "Tools, resources and references"),
            new Query("what is sex work", "What we mean by sex work"),
            new Query("who is the approach for", "Who the approach is aimed at"),
            // Misspellings
            new Query("Southhend", "Southend"),
            new Query("partnrship", "Working in partnership"),
            new Query("stigmma", "Empowering sex workers"),
            new Query("acessibility", "Accessibility statement"),
            new Query("glosary", "Glossary"),
            new Query("Hackny", "Hackney"),
            // Words the guide puts differently (content/search-words.yml)
            new Query("dentist", "Southend"),
            new Query("jargon", "Language"),
            new Query("trafficked", "Autonomy"));

    /** The address of the one page whose title holds these words. */
    static String pageTitled(String words) {
        List<Page> found = guide.result().pages().all().stream()
                .filter(p -> p.manuscript().title() != null
                        && p.manuscript().title().toLowerCase(Locale.ROOT).contains(words.toLowerCase(Locale.ROOT)))
                .filter(p -> !"none".equals(p.manuscript().attribute("nav")))
                .toList();
        var removed = guide.result().site().sources().removed();
        // Run on a local edition (-Dguide.edition) that hides the page, the query has nothing to find.
        if (found.isEmpty() && !removed.isEmpty()) {
            org.junit.jupiter.api.Assumptions.abort("no page titled '" + words + "': this edition removes " + removed);
        }
        assertThat(found).as("pages titled '" + words + "'").isNotEmpty();
        // "action plan" names the tool and its guide: the first in reading order stands for both.
        return found.get(0).uri();
    }

    /** The pages of the first three results, as the search page lists them. */
    static List<String> firstThree(String query) {
        WebElement box = browser.findElement(By.id("search-query"));
        box.clear();
        ((JavascriptExecutor) browser).executeScript("document.getElementById('search-status').textContent = '';");
        box.sendKeys(query, Keys.ENTER);
        WebElement status = browser.findElement(By.id("search-status"));
        Chromium.waiting(browser, Duration.ofSeconds(10)).until(d -> status.getText().contains(query));
        return browser.findElements(By.cssSelector("#search-results > li > h2 a")).stream().limit(3)
                .map(a -> a.getDomAttribute("href").replaceFirst("#.*", "")).toList();
    }

    @Test
    void thereAreAtLeastThirtyQueries() {
        assertThat(QUERIES).hasSizeGreaterThanOrEqualTo(30);
    }

    @TestFactory
    Stream<DynamicTest> eachQueryFindsTheRightPageInTheFirstThree() {
        browser.get(guide.url("search.html"));
        return QUERIES.stream().map(q -> DynamicTest.dynamicTest("'" + q.typed() + "' finds " + q.pageTitle(), () -> {
            String expected = pageTitled(q.pageTitle());
            assertThat(firstThree(q.typed())).as("first three results for '" + q.typed() + "'").contains(expected);
        }));
    }

    /** The check itself: a query for words in no page's text does not pass for a page it does not name. */
    @Test
    void aQueryForAnotherPageDoesNotCountAsFindingThisOne() {
        browser.get(guide.url("search.html"));
        assertThat(firstThree("Newham")).doesNotContain(pageTitled("Accessibility statement"));
    }
}
