package guide.accessibility;

import guide.testing.BuiltGuide;
import guide.testing.Chromium;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With JavaScript turned off, at a phone's width (where scripts would fold the menu), every page shows its
 * whole text and the guide's navigation: scripts only enhance.
 */
class NoScriptIT {
    private static BuiltGuide guide;
    private static WebDriver browser;

    @BeforeAll
    static void start() {
        guide = BuiltGuide.get();
        browser = Chromium.start(false, Chromium.PHONE, null);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
    }

    @Test
    void scriptsAreReallyOff() {
        browser.get(guide.url("index.html"));
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("class")).as("the class scripts add").isNull();
    }

    @Test
    void everyPageShowsItsFullTextAndNavigationWithoutJavaScript() throws IOException {
        List<String> missing = new ArrayList<>();
        List<String> pages = guide.htmlPages();
        for (String page : pages) {
            Document built = Jsoup.parse(guide.site().resolve(page).toFile(), "UTF-8");
            browser.get(guide.url(page));
            String title = built.selectFirst("h1") == null ? "" : built.selectFirst("h1").text();
            WebElement h1 = browser.findElement(By.tagName("h1"));
            if (!h1.isDisplayed() || !squeeze(h1.getText()).equals(squeeze(title))) missing.add(page + ": the title is not shown");

            String written = squeeze(built.select("[data-guide-body]").text());
            StringBuilder shown = new StringBuilder();
            for (WebElement body : browser.findElements(By.cssSelector("[data-guide-body]"))) shown.append(body.getText());
            if (written.isEmpty() && !built.select("[data-guide-body]").isEmpty() && !page.equals("404.html")) {
                missing.add(page + ": the page has no text to show");
            }
            if (!squeeze(shown.toString()).equals(written)) {
                missing.add(page + ": the text shown differs from the text written (" + squeeze(shown.toString()).length()
                        + " of " + written.length() + " characters shown)");
            }

            int links = built.select("nav[data-guide-nav] a[href]").size();
            List<WebElement> navLinks = browser.findElements(By.cssSelector("nav[data-guide-nav] a[href]"));
            long visible = navLinks.stream().filter(WebElement::isDisplayed).count();
            if (links == 0) missing.add(page + ": the page has no navigation");
            else if (visible != links) missing.add(page + ": " + visible + " of " + links + " navigation links are shown");
        }
        assertThat(missing).as("pages that hide something without JavaScript").isEmpty();
    }

    /** Text without any whitespace: the browser and Jsoup break lines differently. */
    static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
