package guide.accessibility;

import guide.testing.Chromium;
import guide.testing.OnTheBuiltGuide;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The not-found page as a static host serves it: at the missing address, however deep. In Chromium its
 * styles and scripts load, and every link and the search form lead to real pages of the guide.
 */
class NotFoundIT extends OnTheBuiltGuide {
    static final String DEEP = "framework/no-such-folder/missing-page.html";

    @Test
    void theNotFoundPageServedFromASubfolderIsStyledAndEveryLinkWorks() {
        browser.get(guide.url(DEEP));
        assertThat(browser.getCurrentUrl()).endsWith(DEEP);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(
                guide.result().pages().all().stream().filter(p -> p.manuscript().type().equals("notfound"))
                        .findFirst().orElseThrow().manuscript().title());
        JavascriptExecutor js = (JavascriptExecutor) browser;
        Number sheets = (Number) js.executeScript("return Array.prototype.filter.call(document.querySelectorAll('link[rel=stylesheet]'),"
                + " function (l) { return l.sheet && l.sheet.cssRules.length > 0; }).length");
        Number linked = (Number) js.executeScript("return document.querySelectorAll('link[rel=stylesheet]').length");
        assertThat(sheets.intValue()).as("style sheets that loaded").isEqualTo(linked.intValue()).isGreaterThan(0);
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("class")).as("the site's script ran").contains("js");

        List<String> broken = new ArrayList<>();
        List<WebElement> links = browser.findElements(By.cssSelector("a[href]"));
        assertThat(links).hasSizeGreaterThan(5);
        for (WebElement a : links) {
            if (!a.getDomAttribute("href").startsWith("#")) check(a.getDomProperty("href"), broken); // the skip link stays on the page
        }
        for (WebElement form : browser.findElements(By.cssSelector("form[action]"))) check(form.getDomProperty("action"), broken);
        assertThat(broken).as("addresses on the not-found page that lead nowhere").isEmpty();

        // And following one really arrives.
        browser.findElement(By.cssSelector("main [data-guide-body] a[href]")).click();
        Chromium.waiting(browser, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().endsWith(DEEP));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isNotEqualTo("Page not found");
    }

    private static void check(String absolute, List<String> broken) {
        URI uri = URI.create(absolute);
        String base = URI.create(guide.url("")).getAuthority();
        if (!base.equals(uri.getAuthority())) return; // the exit control's neutral site
        String path = uri.getPath().substring(1);
        if (path.isEmpty() || path.endsWith("/")) path += "index.html";
        if (!Files.isRegularFile(guide.site().resolve(path))) broken.add(absolute);
    }
}
