package guide.index;

import com.sun.net.httpserver.HttpServer;
import guide.testing.BuiltGuide;
import guide.testing.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reader searches for stays on their device: the site is served by a server that logs every request
 * as a host would, and neither that log nor the browser's history holds any word of the queries typed in
 * the header box or on the search page.
 */
class SearchPrivacyIT {
    /** Words of the queries below: none may reach the log, in any case or encoding. */
    private static final List<String> SECRET = List.of("hard", "reach", "dentist", "southend", "refuge", "newham", "violence");

    private static BuiltGuide guide;
    private static HttpServer server;
    private static final List<String> log = new CopyOnWriteArrayList<>();
    private static WebDriver browser;

    @BeforeAll
    static void serveWithALog() {
        guide = BuiltGuide.get();
        server = BuiltGuide.serve(guide.site(), log);
        browser = Chromium.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.stop(0);
    }

    @BeforeEach
    void emptyTheLog() {
        log.clear();
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
    }

    private static JavascriptExecutor js() {
        return (JavascriptExecutor) browser;
    }

    private static long historyLength() {
        return (Long) js().executeScript("return history.length");
    }

    private static String waitForStatus() {
        WebElement status = browser.findElement(By.id("search-status"));
        Chromium.waiting(browser, Duration.ofSeconds(10)).until(d -> !status.getText().isBlank());
        return status.getText();
    }

    /** The log, decoded as a reader of it would decode it, in lower case. */
    private static List<String> decodedLog() {
        List<String> out = new ArrayList<>();
        for (String line : log) out.add(URLDecoder.decode(line.replace("+", "%2B"), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT));
        return out;
    }

    private static void assertNoQueryInTheLog() {
        assertThat(log).as("requests made").isNotEmpty();
        for (String word : SECRET) {
            assertThat(decodedLog()).as("requests naming '" + word + "'").noneMatch(line -> line.contains(word));
        }
    }

    @Test
    void searchingFromTheHeaderBoxAndTheSearchPageSendsNoQueryAndAddsAtMostOneHistoryEntry() {
        browser.get(url("framework/index.html"));
        long before = historyLength();

        browser.findElement(By.id("header-search")).sendKeys("hard to reach", Keys.ENTER);
        Chromium.waiting(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/search.html"));
        assertThat(waitForStatus()).contains("“hard to reach”");
        assertThat(browser.findElements(By.cssSelector("#search-results > li"))).isNotEmpty();

        // On the search page: typing (results as one types), then submitting, then a second query.
        WebElement box = browser.findElement(By.id("search-query"));
        box.clear();
        box.sendKeys("dentist Southend");
        Chromium.waiting(browser, Duration.ofSeconds(10)).until(d -> waitForStatus().contains("dentist Southend"));
        box.sendKeys(Keys.ENTER);
        box.clear();
        box.sendKeys("refuge violence", Keys.ENTER);
        assertThat(waitForStatus()).contains("refuge violence");
        // The snippets' text parts have loaded too: all of them, whatever the query.
        Chromium.waiting(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("#search-results mark")).isEmpty());

        assertThat(historyLength() - before).as("history entries added").isLessThanOrEqualTo(1);
        assertThat(browser.getCurrentUrl()).endsWith("/search.html");
        assertThat(js().executeScript("return document.title")).asString().doesNotContainIgnoringCase("refuge");
        assertThat(log).anyMatch(line -> line.startsWith("GET /search/search-text-0.js"));
        assertNoQueryInTheLog();
    }

    @Test
    void theLastSearchComesBackOnReloadAndOnTheBackButtonWithoutBeingInTheAddress() {
        browser.get(url("index.html"));
        browser.findElement(By.id("header-search")).sendKeys("Newham", Keys.ENTER);
        Chromium.waiting(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/search.html"));
        assertThat(waitForStatus()).contains("“Newham”");

        browser.navigate().refresh();
        assertThat(waitForStatus()).contains("“Newham”");
        assertThat(browser.findElement(By.id("search-query")).getDomProperty("value")).isEqualTo("Newham");

        assertNoQueryInTheLog();

        // Following a result is a visit the reader chose (its address names the page); coming back sends nothing.
        browser.findElement(By.cssSelector("#search-results > li h2 a")).click();
        Chromium.waiting(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("newham.html"));
        log.clear();
        browser.navigate().back();
        assertThat(waitForStatus()).contains("“Newham”");
        assertThat(browser.getCurrentUrl()).endsWith("/search.html");
        for (String word : SECRET) assertThat(decodedLog()).as("requests naming '" + word + "'").noneMatch(line -> line.contains(word));
    }

    @Test
    void theHeaderBoxWithoutJavaScriptSendsNoQueryAndTheSearchPageOffersTheAToZ() {
        WebDriver noScript = Chromium.start(false, Chromium.PHONE, null);
        try {
            noScript.get(url("framework/index.html"));
            noScript.findElement(By.id("header-search")).sendKeys("Southend refuge", Keys.ENTER);
            Chromium.waiting(noScript, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/search.html"));
            assertThat(noScript.findElement(By.id("search-needs-js")).getText()).contains("JavaScript");
            assertThat(noScript.findElements(By.cssSelector("#a-to-z .a-to-z__page > a"))).hasSizeGreaterThan(10);
            assertThat(log).anyMatch(line -> line.startsWith("GET /search.html"));
            assertNoQueryInTheLog();
        } finally {
            noScript.quit();
        }
    }

    /** The log check itself: a query sent the old way (search.html?q=) is caught. */
    @Test
    void theLogCheckCatchesAQuerySentInTheAddress() {
        browser.get(url("search.html?q=Southend+refuge"));
        waitForStatus();
        assertThat(decodedLog()).anyMatch(line -> line.contains("southend"));
        // The page takes an old link's query out of the address at once.
        assertThat(browser.getCurrentUrl()).endsWith("/search.html");
    }
}
