package guide.accessibility;

import guide.testing.Chromium;
import guide.testing.OnTheBuiltGuide;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 2.2 "focus not obscured": tabbing through every page at 320, 375 and 1280 px, each focused element
 * is fully on screen and no fixed or sticky element (the "Leave this site quickly" control or any other)
 * lies over it.
 */
class FocusNotObscuredIT extends OnTheBuiltGuide {
    static final List<Integer> WIDTHS = List.of(320, 375, 1280);
    /** Enough for the longest page (the action plan form); a page with more fails rather than passing unchecked. */
    static final int MOST_STOPS = 600;

    /** Null when the focused element is fully visible and uncovered, else what is wrong. */
    static final String CHECK = """
            var el = document.activeElement;
            if (!el || el === document.body) return 'none';
            var r = el.getBoundingClientRect();
            var name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' "' + (el.textContent || el.value || '').trim().slice(0, 40) + '"';
            if (r.width === 0 && r.height === 0) return null; // nothing drawn to obscure
            var h = window.innerHeight, w = document.documentElement.clientWidth;
            if (r.top < -1 || r.left < -1 || r.right > w + 1 || (r.height <= h && r.bottom > h + 1)) return name + ' is not fully on screen: ' + JSON.stringify([r.top, r.left, r.bottom, r.right, h, w]);
            var covered = null;
            // The page's fixed and sticky elements, found once per page.
            if (!window.__fixedOrSticky) window.__fixedOrSticky = Array.prototype.filter.call(document.querySelectorAll('body *'), function (other) {
              var position = getComputedStyle(other).position;
              return position === 'fixed' || position === 'sticky';
            });
            window.__fixedOrSticky.forEach(function (other) {
              if (covered || other === el || other.contains(el) || el.contains(other)) return;
              var o = other.getBoundingClientRect();
              if (o.width === 0 || o.height === 0 || getComputedStyle(other).visibility === 'hidden') return;
              if (o.left < r.right && o.right > r.left && o.top < r.bottom && o.bottom > r.top) covered = name + ' is under ' + other.tagName.toLowerCase() + '.' + other.className;
            });
            return covered;
            """;

    /** [a number for the focused element, what is wrong with it or null]: one call per focus stop. */
    static final String STOP = "var el = document.activeElement;" + Chromium.FOCUS_STOP_NUMBER + """
            return [stop, (function () {""" + CHECK + """
            })()];
            """;

    /** {@link #STOP} at the focus stop the page is at. */
    static List<?> stop() {
        return (List<?>) Chromium.evaluate(browser, "(function () {" + STOP + "})()");
    }

    /**
     * Records {@link #STOP} at every Tab's keydown, before the browser moves the focus: what the Tab before
     * it focused, and scrolled to (the page scrolls no other way: no smooth scrolling under reduced motion).
     * So the Tabs can be pressed many at a time, one request for all, and read in one call after.
     */
    static final String RECORD = "window.__stopsSeen = [];"
            + "window.addEventListener('keydown', function (e) { if (e.key === 'Tab') window.__stopsSeen.push((function () {" + STOP + "})()); }, true);";

    /** Tabs pressed in one request. */
    static final int TABS_AT_ONCE = 40;

    /** The states recorded since the last call, first to last. */
    static List<?> recorded() {
        return (List<?>) Chromium.evaluate(browser, "(function () { var r = window.__stopsSeen; window.__stopsSeen = []; return r; })()");
    }

    /** What tabbing through a page found: its problems, and how many stops it has. */
    record Tabbed(List<String> problems, int stops) {}

    static Tabbed tabThrough(String page) {
        return tabThrough(page, "");
    }

    /** Tabs through {@code page} after running {@code script} on it (the test of the check adds a bar). */
    static Tabbed tabThrough(String page, String script) {
        browser.get(guide.url(page));
        KeyboardIT.readyForKeys();
        Chromium.evaluate(browser, script + RECORD);
        List<String> problems = new ArrayList<>();
        List<Object> seen = new ArrayList<>();
        // The first keydown records the page before any Tab: each later one, the stop the Tab before it reached.
        boolean before = true;
        int stop = 0;
        while (stop < MOST_STOPS) {
            Actions tabs = new Actions(browser);
            for (int i = 0; i < TABS_AT_ONCE; i++) tabs.sendKeys(Keys.TAB);
            tabs.perform();
            for (Object state : recorded()) {
                if (before) {
                    before = false;
                    continue;
                }
                List<?> result = (List<?>) state;
                Object here = result.get(0), problem = result.get(1);
                // A page still taking focus (on a busy machine) may leave the first Tab on the body: take the next.
                if ("none".equals(problem) && stop < 3 && seen.isEmpty()) {
                    stop++;
                    continue;
                }
                if ("none".equals(problem) || seen.contains(here)) return new Tabbed(problems, seen.size()); // past the last stop, or round again
                seen.add(here);
                if (problem != null) problems.add(page + ": " + problem);
                if (++stop >= MOST_STOPS) break;
            }
        }
        problems.add(page + ": more than " + MOST_STOPS + " focus stops");
        return new Tabbed(problems, seen.size());
    }

    @TestFactory
    Stream<DynamicTest> everyFocusedElementIsFullyVisibleOnEveryPageAtEveryWidth() {
        return WIDTHS.stream().map(width -> DynamicTest.dynamicTest("at " + width + " px", () -> {
            browser.manage().window().setSize(new Dimension(width, 800));
            try {
                List<String> problems = new ArrayList<>();
                for (String page : guide.htmlPages()) {
                    Tabbed tabbed = tabThrough(page);
                    problems.addAll(tabbed.problems());
                    // Every page has at least the skip link, the exit, the home link, the search and its button.
                    if (tabbed.stops() < 5) problems.add(page + ": only " + tabbed.stops() + " focus stops were reached");
                }
                assertThat(problems).isEmpty();
            } finally {
                browser.manage().window().setSize(Chromium.DESKTOP);
            }
        }));
    }

    /** The check itself: a sticky bar over the page is caught, at a single stop and when the Tabs go many at a time. */
    @Test
    void aStickyBarOverTheFocusedElementIsCaught() {
        String bar = "var bar = document.createElement('div'); bar.className = 'test-bar';"
                + "var st = bar.style; st.position = 'fixed'; st.top = '0'; st.left = '0'; st.width = '100vw'; st.height = '100vh'; st.background = 'red';"
                + "document.body.appendChild(bar);";
        browser.manage().window().setSize(new Dimension(375, 800));
        try {
            JavascriptExecutor js = (JavascriptExecutor) browser;
            browser.get(guide.url("framework/partnership.html"));
            js.executeScript(bar);
            Chromium.tab(browser);
            assertThat((String) stop().get(1)).contains("is under div.test-bar");
            Tabbed tabbed = tabThrough("framework/partnership.html", bar);
            assertThat(tabbed.stops()).isGreaterThan(10);
            assertThat(tabbed.problems()).hasSize(tabbed.stops()).allSatisfy(p -> assertThat(p).contains("is under div.test-bar"));
        } finally {
            browser.manage().window().setSize(Chromium.DESKTOP);
        }
    }
}
