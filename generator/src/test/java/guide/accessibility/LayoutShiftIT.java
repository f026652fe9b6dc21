package guide.accessibility;

import com.sun.net.httpserver.HttpServer;
import guide.testing.BuiltGuide;
import guide.testing.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.WebDriver;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing jumps after a page loads (cumulative layout shift 0): on every page, at a small phone's width
 * (320 px, where text wraps most) and Lighthouse's desktop (1350 px), the browser's own layout-shift entries from the
 * page's first paint until it has loaded and drawn twice are none. A shift is what a reader on a phone
 * meets as text moving under their thumb, often from a script laying out what the page should have.
 * The site is served with its scripts held back until the page has been drawn (its first contentful
 * paint), as on a slow connection, so what they move shows (loaded at once, a script runs before the
 * first paint and hides the fault), however busy the machine.
 */
class LayoutShiftIT {
    static final List<Integer> WIDTHS = List.of(320, 1350);
    static final BuiltGuide.ScriptGate SCRIPTS = new BuiltGuide.ScriptGate();
    private static HttpServer slowScripts;
    /** A Chromium of its own that does not wait for pages to load: they cannot, while their scripts are held. */
    private static WebDriver watching;
    private static BuiltGuide guide;

    /** Only its own Chromium: a shared one (OnTheBuiltGuide's) would wait for every page to load. */
    @BeforeAll
    static void serveWithSlowScripts() {
        guide = BuiltGuide.get();
        slowScripts = BuiltGuide.serve(guide.site(), null, SCRIPTS);
        watching = Chromium.start(true, Chromium.DESKTOP, null, PageLoadStrategy.NONE);
    }

    @AfterAll
    static void stopServing() {
        if (watching != null) watching.quit();
        if (slowScripts != null) slowScripts.stop(0);
    }

    static String url(String page) {
        return "http://127.0.0.1:" + slowScripts.getAddress().getPort() + "/" + page;
    }

    /** Every layout shift since the page began, as "value: element, element" lines (async: the last argument is the callback). */
    static final String SHIFTS = """
            var done = arguments[arguments.length - 1];
            var shifts = [];
            function name(node) {
              if (!node || !node.nodeName) return '?';
              return node.nodeName.toLowerCase() + (node.id ? '#' + node.id : '') + (node.className && node.className.baseVal === undefined ? '.' + String(node.className).trim().split(/\\s+/).join('.') : '');
            }
            new PerformanceObserver(function (list) {
              list.getEntries().forEach(function (e) {
                if (!e.hadRecentInput) shifts.push(e.value.toFixed(4) + ': ' + e.sources.map(function (s) { return name(s.node); }).join(', '));
              });
            }).observe({ type: 'layout-shift', buffered: true });
            // The buffered entries arrive in a task of their own: read them after two more frames.
            requestAnimationFrame(function () { requestAnimationFrame(function () { setTimeout(function () { done(shifts); }, 50); }); });
            """;

    @SuppressWarnings("unchecked")
    /** Opens the page with its scripts held back until it has been drawn, then lets them run and waits until it has loaded. */
    static void openDrawnBeforeItsScripts(String page) {
        JavascriptExecutor js = (JavascriptExecutor) watching;
        // The page open now is marked, so that its paint is not taken for the next page's (a clock shared with
        // the browser would not do: Chromium's time origin and Java's clock can drift apart).
        js.executeScript("window.__guideLayoutShiftOld = true;");
        SCRIPTS.shut();
        try {
            watching.get(url(page));
            Chromium.waiting(watching, java.time.Duration.ofSeconds(20))
                    .withMessage(() -> page + " was not drawn before its scripts came (no first contentful paint)")
                    .until(b -> Boolean.TRUE.equals(js.executeScript("return !window.__guideLayoutShiftOld"
                            + " && performance.getEntriesByType('paint').some(function (e) { return e.name === 'first-contentful-paint'; });")));
        } finally {
            SCRIPTS.open();
        }
        Chromium.waiting(watching, java.time.Duration.ofSeconds(20)).until(b -> "complete".equals(js.executeScript("return document.readyState")));
    }

    static List<String> shifts(String page) {
        openDrawnBeforeItsScripts(page);
        JavascriptExecutor js = (JavascriptExecutor) watching;
        // Loaded and drawn twice: what the page's scripts do on load is done.
        js.executeAsyncScript("var done = arguments[0]; function drawn() { requestAnimationFrame(function () { requestAnimationFrame(function () { done(); }); }); }"
                + "if (document.readyState === 'complete') drawn(); else window.addEventListener('load', drawn);");
        List<String> out = new ArrayList<>();
        for (Object shift : (List<Object>) js.executeAsyncScript(SHIFTS)) out.add(page + " shifted by " + shift);
        return out;
    }

    @TestFactory
    Stream<DynamicTest> noPageShiftsAfterItLoadsAtAnyWidth() {
        return WIDTHS.stream().map(width -> DynamicTest.dynamicTest("at " + width + " px", () -> {
            // Tall, so more of each page is in view, where a shift counts.
            watching.manage().window().setSize(new Dimension(width, 1600));
            try {
                List<String> shifted = new ArrayList<>();
                for (String page : guide.htmlPages()) shifted.addAll(shifts(page));
                assertThat(shifted).isEmpty();
            } finally {
                watching.manage().window().setSize(Chromium.DESKTOP);
            }
        }));
    }

    /** The measurement itself: a block a script puts above the text after load is caught, and named. */
    @Test
    void aBlockAddedAboveTheTextAfterLoadIsCaught() {
        watching.manage().window().setSize(new Dimension(412, 1600));
        try {
            JavascriptExecutor js = (JavascriptExecutor) watching;
            // A page picked from the built site, as any edition has one: its first practice example.
            openDrawnBeforeItsScripts(guide.all("example").get(0));
            js.executeAsyncScript("var done = arguments[0]; var main = document.querySelector('main');"
                    + "var block = document.createElement('div'); block.style.height = '200px';"
                    + "main.insertBefore(block, main.firstChild);"
                    + "requestAnimationFrame(function () { requestAnimationFrame(function () { done(); }); });");
            // The entry is the browser's to deliver, after a frame or a few on a busy machine: ask until it has come.
            List<Object> found = List.of();
            for (int tries = 0; tries < 50 && found.isEmpty(); tries++) {
                @SuppressWarnings("unchecked")
                List<Object> now = (List<Object>) js.executeAsyncScript(SHIFTS);
                found = now;
            }
            assertThat(found).isNotEmpty();
            assertThat(String.join("\n", found.stream().map(String::valueOf).toList())).matches("(?s)0\\.\\d{4}: .+");
        } finally {
            watching.manage().window().setSize(Chromium.DESKTOP);
        }
    }
}
