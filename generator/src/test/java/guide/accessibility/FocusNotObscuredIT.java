package guide.accessibility;

import guide.testing.Chromium;
import guide.testing.OnTheBuiltGuide;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

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

    static List<String> tabThrough(String page) {
        browser.get(guide.url(page));
        KeyboardIT.readyForKeys();
        List<String> problems = new ArrayList<>();
        List<Object> seen = new ArrayList<>();
        for (int stop = 0; stop < MOST_STOPS; stop++) {
            Chromium.tab(browser);
            List<?> result = stop();
            Object here = result.get(0), problem = result.get(1);
            // A page still taking focus (on a busy machine) may leave the first Tab on the body: try again.
            if ("none".equals(problem) && stop < 3 && seen.isEmpty()) continue;
            if ("none".equals(problem) || seen.contains(here)) return problems; // past the last stop, or round again
            seen.add(here);
            if (problem != null) problems.add(page + ": " + problem);
        }
        problems.add(page + ": more than " + MOST_STOPS + " focus stops");
        return problems;
    }

    @TestFactory
    Stream<DynamicTest> everyFocusedElementIsFullyVisibleOnEveryPageAtEveryWidth() {
        return WIDTHS.stream().map(width -> DynamicTest.dynamicTest("at " + width + " px", () -> {
            browser.manage().window().setSize(new Dimension(width, 800));
            try {
                List<String> problems = new ArrayList<>();
                for (String page : guide.htmlPages()) problems.addAll(tabThrough(page));
                assertThat(problems).isEmpty();
            } finally {
                browser.manage().window().setSize(Chromium.DESKTOP);
            }
        }));
    }

    /** The check itself: a sticky bar over the page is caught. */
    @Test
    void aStickyBarOverTheFocusedElementIsCaught() {
        browser.manage().window().setSize(new Dimension(375, 800));
        try {
            JavascriptExecutor js = (JavascriptExecutor) browser;
            browser.get(guide.url("framework/partnership.html"));
            js.executeScript("var bar = document.createElement('div'); bar.className = 'test-bar';"
                    + "var st = bar.style; st.position = 'fixed'; st.top = '0'; st.left = '0'; st.width = '100vw'; st.height = '100vh'; st.background = 'red';"
                    + "document.body.appendChild(bar);");
            Chromium.tab(browser);
            // Asked as the test above asks, at a focus stop.
            assertThat((String) stop().get(1)).contains("is under div.test-bar");
        } finally {
            browser.manage().window().setSize(Chromium.DESKTOP);
        }
    }
}
