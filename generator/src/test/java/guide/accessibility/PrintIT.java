package guide.accessibility;

import guide.testing.OnTheBuiltGuide;
import guide.testing.Chromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The print styles, with Chromium emulating print media: only the text, link addresses written out. */
class PrintIT extends OnTheBuiltGuide {
    @Test
    void printingHidesNavigationAndControlsAndWritesOutLinkAddresses() {
        browser.get(guide.url(guide.first("priority")));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        List<String> hidden = List.of(".skip-link", ".exit-this-page", ".header__search", ".guide-nav", ".breadcrumbs",
                ".pagination", ".footer__links");
        for (String selector : hidden) {
            assertThat(browser.findElement(By.cssSelector(selector)).isDisplayed()).as(selector + " on screen")
                    .isEqualTo(!selector.equals(".skip-link"));
        }
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            for (String selector : hidden) {
                assertThat(browser.findElement(By.cssSelector(selector)).isDisplayed()).as(selector + " in print").isFalse();
            }
            assertThat(browser.findElement(By.cssSelector("[data-guide-body]")).isDisplayed()).isTrue();
            WebElement link = browser.findElement(By.cssSelector("[data-guide-body] a[href^='../']"));
            String after = (String) js.executeScript("return getComputedStyle(arguments[0], '::after').content", link);
            String full = (String) js.executeScript("return arguments[0].href", link);
            assertThat(after).as("the address printed after a link").isEqualTo("\" (" + full + ")\"");
            assertThat(js.executeScript("return getComputedStyle(document.querySelector('[data-guide-body] h2')).breakAfter"))
                    .as("a heading stays with its text").isEqualTo("avoid");
        } finally {
            ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }
}
