package guide.accessibility;

import com.sun.net.httpserver.HttpServer;
import guide.pipeline.Pipeline;
import guide.pipeline.Progress;
import guide.sources.SourceTree;
import guide.testing.BuiltGuide;
import guide.testing.Chromium;
import guide.testing.SiteFixture;
import guide.testing.WarmPipelines;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The templates follow a local edition's settings, and "Leave this site quickly" works in real Chromium. The
 * guide is built as a local edition whose local/site.properties names the site, sets an "edit this page"
 * address and points exit.url at a neutral page served on 127.0.0.1, so the test can watch the browser
 * arrive there and nothing leaves the machine.
 */
class LocalEditionIT {
    static final String NAME = "Sex work and health in Testshire";
    static final String EDIT = "https://git.example.org/council/guide/edit/main/";
    static final String BASE = "https://guide.example.org/testshire";

    private static HttpServer neutral;
    private static String neutralUrl;
    private static Path edition;
    private static HttpServer site;
    private static WebDriver browser;

    @BeforeAll
    static void build() throws IOException {
        neutral = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        neutral.createContext("/", ex -> {
            byte[] body = "<!DOCTYPE html><html lang=en><title>Weather</title><h1>Neutral page</h1></html>".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream os = ex.getResponseBody()) {
                os.write(body);
            }
        });
        neutral.start();
        neutralUrl = "http://127.0.0.1:" + neutral.getAddress().getPort() + "/neutral.html";
        edition = buildEdition("local-edition", "site.name=" + NAME + "\nrepository.edit-url=" + EDIT + "\n"
                + "site.base-url=" + BASE + "\n"
                + "exit.url=" + neutralUrl + "\nexit.enabled=true\n");
        site = BuiltGuide.serve(edition);
        browser = Chromium.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (site != null) site.stop(0);
        if (neutral != null) neutral.stop(0);
    }

    private static String url(String page) {
        return "http://127.0.0.1:" + site.getAddress().getPort() + "/" + page;
    }

    @Test
    void everyPageShowsTheEditionsNameAndAnEditLinkToItsOwnSource() throws IOException {
        Path repo = BuiltGuide.repositoryRoot();
        for (Path page : htmlPages(edition)) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            assertThat(doc.select("header .header__link").text()).as(page.toString()).isEqualTo(NAME);
            if (doc.select("nav[data-guide-nav] a[aria-current=page]").isEmpty()) continue; // search, not found: outside the reading order
            Element edit = doc.selectFirst("footer a[href^='" + EDIT + "']");
            assertThat(edit).as("edit link on " + page).isNotNull();
            String source = edit.attr("href").substring(EDIT.length());
            assertThat(source).startsWith("content/").endsWith(".adoc");
            assertThat(repo.resolve(source)).as("the edit link of " + page + " names its source").isRegularFile();
        }
    }

    @Test
    void theNotFoundPageUsesFullAddressesSoItWorksFromAnyFolderAndOtherPagesStayRelative() throws IOException {
        Document notFound = Jsoup.parse(edition.resolve("404.html").toFile(), "UTF-8");
        assertThat(notFound.select("link[rel=stylesheet]")).isNotEmpty()
                .allSatisfy(l -> assertThat(l.attr("href")).startsWith(BASE + "/css/"));
        assertThat(notFound.select("script[src]")).allSatisfy(s -> assertThat(s.attr("src")).startsWith(BASE + "/"));
        assertThat(notFound.select("nav[data-guide-nav] a")).isNotEmpty()
                .allSatisfy(a -> assertThat(a.attr("href")).startsWith(BASE + "/"));
        Document home = Jsoup.parse(edition.resolve("framework/partnership.html").toFile(), "UTF-8");
        assertThat(home.select("link[rel=stylesheet]")).allSatisfy(l -> assertThat(l.attr("href")).startsWith("../css/"));
        assertThat(home.select("nav[data-guide-nav] a")).allSatisfy(a -> assertThat(a.attr("href")).doesNotContain("://"));
    }

    @Test
    void everyPageHasTheControlAsAPlainLinkToTheConfiguredAddress() throws IOException {
        List<Path> pages = htmlPages(edition);
        assertThat(pages).hasSizeGreaterThan(10);
        for (Path page : pages) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            Element link = doc.selectFirst("[data-exit-this-page] a[data-exit-this-page-button]");
            assertThat(link).as("exit control on " + page).isNotNull();
            assertThat(link.attr("href")).isEqualTo(neutralUrl);
            assertThat(link.attr("rel").split(" ")).contains("noreferrer");
        }
    }

    @Test
    void enterOnTheControlReplacesThePageSoBackDoesNotReturnToIt() {
        browser.get(url("index.html"));
        browser.get(url("framework/partnership.html"));
        Chromium.readyForKeys(browser);
        Actions keys = new Actions(browser);
        keys.sendKeys(Keys.TAB).perform(); // the skip link
        keys.sendKeys(Keys.TAB).perform(); // the exit control, second on every page
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getDomAttribute("data-exit-this-page-button")).as("second Tab stop").isNotNull();
        keys.sendKeys(Keys.ENTER).perform();
        arriveAt(neutralUrl);
        browser.navigate().back();
        arriveAt(url("index.html")); // the guide page that was left was replaced, not kept in the history
    }

    @Test
    void pressingShiftThreeTimesLeaves() {
        browser.get(url("practice-examples/hackney.html"));
        Chromium.readyForKeys(browser);
        Actions keys = new Actions(browser);
        for (int i = 0; i < 3; i++) keys.keyDown(Keys.SHIFT).keyUp(Keys.SHIFT).perform();
        arriveAt(neutralUrl);
    }

    @Test
    void shiftPressesAreCountedAloudAndTypingStartsTheCountAgain() {
        browser.get(url("framework/index.html"));
        Chromium.readyForKeys(browser);
        Actions keys = new Actions(browser);
        keys.keyDown(Keys.SHIFT).keyUp(Keys.SHIFT).perform();
        keys.keyDown(Keys.SHIFT).keyUp(Keys.SHIFT).perform();
        WebElement status = browser.findElement(By.cssSelector("[data-exit-this-page] [role=status]"));
        // The count is announced once the page has handled the second press.
        Chromium.waiting(browser, Duration.ofSeconds(5)).until(b -> status.getText().contains("1 more time"));
        assertThat(status.getText()).isEqualTo("Shift, press 1 more time to leave this site.");
        keys.sendKeys("a").perform();
        assertThat(status.getText()).isEmpty();
        keys.keyDown(Keys.SHIFT).sendKeys("b").keyUp(Keys.SHIFT).perform(); // a capital letter is not a press
        assertThat(status.getText()).isEmpty();
        keys.keyDown(Keys.SHIFT).keyUp(Keys.SHIFT).perform();
        assertThat(status.getText()).isEqualTo("Shift, press 2 more times to leave this site.");
        assertThat(browser.getCurrentUrl()).isEqualTo(url("framework/index.html"));
    }

    @Test
    void withoutJavaScriptTheControlIsALinkThatStillLeaves() {
        WebDriver plain = Chromium.start(false, Chromium.PHONE, null);
        try {
            plain.get(url("language/index.html"));
            plain.findElement(By.cssSelector("[data-exit-this-page-button]")).click();
            Chromium.waiting(plain, Duration.ofSeconds(10)).until(d -> neutralUrl.equals(d.getCurrentUrl()));
            assertThat(plain.getCurrentUrl()).isEqualTo(neutralUrl);
        } finally {
            plain.quit();
        }
    }

    @Test
    void turnedOffInConfigurationNoPageHasTheControl() throws IOException {
        Path off = buildEdition("exit-off-edition", "exit.url=" + neutralUrl + "\nexit.enabled=false\n");
        List<Path> pages = htmlPages(off);
        assertThat(pages).hasSizeGreaterThan(10);
        for (Path page : pages) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            assertThat(doc.select("[data-exit-this-page]")).as(page.toString()).isEmpty();
            assertThat(doc.select("a[href='" + neutralUrl + "']")).as(page.toString()).isEmpty();
        }
    }

    private void arriveAt(String address) {
        Chromium.waiting(browser, Duration.ofSeconds(10)).until(d -> address.equals(d.getCurrentUrl()));
        assertThat(browser.getCurrentUrl()).isEqualTo(address);
    }

    /** The real guide's sources with a local/site.properties, built into generator/target/<name>/site. */
    private static Path buildEdition(String name, String localSettings) throws IOException {
        Path root = BuiltGuide.scratch(name);
        SourceTree.deleteTree(root);
        SiteFixture.ofTheGuide(root).write("local/site.properties", localSettings);
        Path out = root.resolve("site");
        Pipeline.Result result = WarmPipelines.standard().build(root, out, true, Progress.quiet());
        assertThat(result.failed()).as("the edition builds: " + result.problems()).isFalse();
        return out;
    }

    private static List<Path> htmlPages(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
