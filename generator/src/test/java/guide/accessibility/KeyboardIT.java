package guide.accessibility;

import guide.testing.OnTheBuiltGuide;
import guide.testing.Chromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Keyboard use: the skip link comes first and works, and every control shows where the focus is. */
class KeyboardIT extends OnTheBuiltGuide {
    @Test
    void onEveryPageTheFirstTabReachesTheSkipLinkWhichMovesFocusToTheMainContent() {
        List<String> wrong = new ArrayList<>();
        for (String page : guide.htmlPages()) {
            browser.get(guide.url(page));
            readyForKeys();
            new Actions(browser).sendKeys(Keys.TAB).perform();
            WebElement first = browser.switchTo().activeElement();
            if (!"#main-content".equals(first.getDomAttribute("href")) || !first.isDisplayed()) {
                wrong.add(page + ": the first Tab reached " + describe(first));
                continue;
            }
            new Actions(browser).sendKeys(Keys.ENTER).perform();
            WebElement focused = browser.switchTo().activeElement();
            if (!"main-content".equals(focused.getDomAttribute("id")) || !"main".equals(focused.getTagName())) {
                wrong.add(page + ": after the skip link, focus is on " + describe(focused));
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyControlReachedByTabShowsAVisibleFocusIndicator() {
        List<String> invisible = new ArrayList<>();
        int reached = 0;
        // A page of each busy kind, picked from the built site so the test works on any edition.
        for (String page : List.of("index.html", guide.first("priority"), guide.first("example"), guide.first("examples"),
                guide.first("language"))) {
            browser.get(guide.url(page));
            ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
            for (int i = 0; i < 200; i++) {
                Chromium.tab(browser);
                List<?> stop = (List<?>) Chromium.evaluate(browser, "(function () {" + FOCUS_SHOWN + "})()");
                if (stop == null || ((Number) stop.get(0)).intValue() == 1 && i > 0) break; // on the body, or round to the first again
                reached++;
                if (!Boolean.TRUE.equals(stop.get(1))) invisible.add(page + ": " + stop.get(2));
            }
        }
        assertThat(reached).as("controls reached by Tab").isGreaterThan(40);
        assertThat(invisible).as("focused controls with no visible focus indicator").isEmpty();
    }

    /** The check itself: a link whose focus styles are all taken away is caught. */
    @Test
    void aControlThatDoesNotShowFocusIsCaught() {
        browser.get(guide.url("index.html"));
        // Inline and important: above every rule of the site's own styles, focused or not.
        ((JavascriptExecutor) browser).executeScript("document.querySelectorAll('body *').forEach(function (e) {"
                + "['outline', 'box-shadow', 'background'].forEach(function (p) { e.style.setProperty(p, p === 'background' ? 'transparent' : 'none', 'important'); });"
                + "}); window.scrollTo(0, 0);");
        Chromium.tab(browser);
        List<?> stop = (List<?>) Chromium.evaluate(browser, "(function () {" + FOCUS_SHOWN + "})()");
        assertThat(stop).as("a control reached").isNotNull();
        assertThat(stop.get(1)).as("focus shown by " + stop.get(2)).isEqualTo(false);
    }

    @Test
    void onAPhoneTheGuideContentsButtonFoldsAndUnfoldsTheMenuFromTheKeyboard() {
        browser.manage().window().setSize(Chromium.PHONE);
        try {
            browser.get(guide.url(guide.first("priority")));
            WebElement button = browser.findElement(By.cssSelector("button.guide-nav__toggle"));
            WebElement list = browser.findElement(By.id("guide-nav-list"));
            assertThat(button.isDisplayed()).isTrue();
            assertThat(button.getDomAttribute("aria-expanded")).isEqualTo("false");
            assertThat(list.isDisplayed()).as("the menu starts folded").isFalse();
            ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", button);
            new Actions(browser).sendKeys(Keys.ENTER).perform();
            assertThat(button.getDomAttribute("aria-expanded")).isEqualTo("true");
            assertThat(list.isDisplayed()).isTrue();
            new Actions(browser).sendKeys(Keys.SPACE).perform();
            assertThat(list.isDisplayed()).isFalse();
            browser.manage().window().setSize(Chromium.DESKTOP);
            assertThat(button.isDisplayed()).as("no button beside the page on a wide screen").isFalse();
            assertThat(list.isDisplayed()).isTrue();
        } finally {
            browser.manage().window().setSize(Chromium.DESKTOP);
        }
    }

    /**
     * At a focus stop: [which stop (1 for the first the page reached), whether the focus shows, the control].
     * The focus shows as an outline at least 2 px wide in a colour, or as a shadow or a background that
     * go when the control loses focus (it is blurred and focused again to compare). One call per stop.
     */
    static final String FOCUS_SHOWN = """
            var el = document.activeElement;
            if (!el || el === document.body) return null;
            """ + Chromium.FOCUS_STOP_NUMBER + """
            var s = getComputedStyle(el);
            var outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 && s.outlineColor !== 'rgba(0, 0, 0, 0)' && s.outlineColor !== 'transparent';
            var shadow = s.boxShadow !== 'none', background = s.backgroundColor;
            el.blur();
            var b = getComputedStyle(el);
            var shadowBlurred = b.boxShadow !== 'none', backgroundBlurred = b.backgroundColor;
            el.focus();
            var text = (el.innerText || '').trim();
            var name = '<' + el.tagName.toLowerCase() + (el.id ? ' id=' + el.id : '') + (el.getAttribute('href') !== null ? ' href=' + el.getAttribute('href') : '') + '>'
                + (text ? " '" + (text.length > 40 ? text.slice(0, 40) + '...' : text) + "'" : '');
            return [stop, outline || (shadow && !shadowBlurred) || background !== backgroundBlurred, name];
            """;

    private static String describe(WebElement e) {
        String text = e.getText().strip();
        return "<" + e.getTagName() + (e.getDomAttribute("id") != null ? " id=" + e.getDomAttribute("id") : "")
                + (e.getDomAttribute("href") != null ? " href=" + e.getDomAttribute("href") : "") + ">"
                + (text.isEmpty() ? "" : " '" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "'");
    }

    /**
     * Makes the page ready for a first key as a reader's is: its window focused (a shared headless browser
     * may have lost it) and the page loaded (on a busy machine the driver can hand back one still loading,
     * and a Tab then goes nowhere). Not document.hasFocus(): headless Chromium reports false even where Tab
     * works, so waiting on it only ever timed out.
     */
    static void readyForKeys() {
        Chromium.readyForKeys(browser);
    }
}
