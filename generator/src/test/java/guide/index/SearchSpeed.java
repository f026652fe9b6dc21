package guide.index;

import com.sun.net.httpserver.HttpServer;
import guide.testing.BuiltGuide;
import guide.testing.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * The search page's speed on a phone, for the benchmark (bench/search-speed.sh), not a test: real Chromium
 * with its CPU slowed 4 times (CDP Emulation.setCPUThrottlingRate), a 375 px window and no cache, over a
 * built site served locally. Prints, as medians (and worst) over several page loads:
 * <ul>
 *   <li>index load: from the request for lunr.min.js to the index read back into lunr.js;</li>
 *   <li>bytes downloaded before the first result (each file gzipped, as a host would send it);</li>
 *   <li>first results after the last keystroke of a query typed key by key: keystroke to results drawn.</li>
 * </ul>
 * Usage: {@code SearchSpeed <built site folder> <label> [runs]}
 */
public final class SearchSpeed {
    private static final List<String> QUERIES = List.of("outreach", "partnership working", "housing and safety", "stigma",
            "section 3", "partnrship", "southend drop-in", "prep");

    private SearchSpeed() {}

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]).toAbsolutePath();
        String label = args.length > 1 ? args[1] : site.toString();
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        HttpServer server = BuiltGuide.serve(site);
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        List<Double> loads = new ArrayList<>(), keys = new ArrayList<>();
        List<Long> bytes = new ArrayList<>();
        ChromeDriver browser = (ChromeDriver) Chromium.start(true, new Dimension(375, 800), null);
        try {
            browser.executeCdpCommand("Network.enable", Map.of());
            browser.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
            browser.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 4));
            JavascriptExecutor js = browser;
            for (int run = 0; run < runs; run++) {
                browser.get("about:blank");
                browser.get(base + "search.html");
                new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> "complete".equals(js.executeScript("return document.readyState")));
                // The search page before this change (no timings of its own, searching on Enter only) is measured
                // from outside: its index was loaded by the end of DOMContentLoaded, its results drawn after Enter.
                boolean before = js.executeScript("return window.guideSearchTimes ? 1 : null") == null;
                if (before) js.executeScript("window.guideSearchTimes = { indexReady: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd };"
                        + "new MutationObserver(function () { var t = window.guideSearchTimes; if (!t.firstResult) t.firstResult = performance.now();"
                        + " requestAnimationFrame(function () { t.painted = performance.now(); }); })"
                        + ".observe(document.getElementById('search-results'), { childList: true });");
                Object start = js.executeScript("var e = performance.getEntriesByType('resource').filter(function (r) { return /lunr\\.min\\.js$/.test(r.name); })[0];"
                        + " return e ? e.startTime : null;");
                double ready = ((Number) js.executeScript("return window.guideSearchTimes.indexReady")).doubleValue();
                loads.add(ready - ((Number) start).doubleValue());
                WebElement box = browser.findElement(By.id("search-query"));
                for (String query : QUERIES) {
                    box.clear();
                    js.executeScript("window.guideSearchTimes.painted = 0;");
                    for (char c : query.toCharArray()) {
                        box.sendKeys(String.valueOf(c));
                        Thread.sleep(120); // a fast typist on a phone
                    }
                    if (before) {
                        js.executeScript("window.guideSearchTimes.typed = performance.now();");
                        box.sendKeys(org.openqa.selenium.Keys.ENTER);
                    }
                    new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> ((Number) js.executeScript("return window.guideSearchTimes.painted || 0")).doubleValue() > 0);
                    Thread.sleep(300);
                    @SuppressWarnings("unchecked")
                    Map<String, Object> t = (Map<String, Object>) js.executeScript("return window.guideSearchTimes");
                    keys.add(((Number) t.get("painted")).doubleValue() - ((Number) t.get("typed")).doubleValue());
                    if (query.equals(QUERIES.get(0))) bytes.add(bytesBeforeFirstResult(js, site, base));
                    if (before) browser.navigate().back(); // the old page pushed the query into the history
                }
            }
        } finally {
            browser.quit();
            server.stop(0);
        }
        System.out.printf("%-14s index load median %4.0f ms (worst %4.0f) | before first result %4d KB gzipped | "
                        + "keystroke to results median %4.0f ms (worst %4.0f), %d queries x %d runs, CPU 4x slower%n",
                label, median(loads), Collections.max(loads), median(bytes.stream().map(b -> (double) b).toList()).longValue() / 1024,
                median(keys), Collections.max(keys), QUERIES.size(), runs);
    }

    /** The page and every file it had asked for by the time the first result showed, each gzipped. */
    @SuppressWarnings("unchecked")
    private static long bytesBeforeFirstResult(JavascriptExecutor js, Path site, String base) throws IOException {
        List<String> urls = (List<String>) js.executeScript("var first = window.guideSearchTimes.firstResult;"
                + " return [location.href].concat(performance.getEntriesByType('resource')"
                + ".filter(function (r) { return r.startTime < first; }).map(function (r) { return r.name; }));");
        long total = 0;
        for (String url : urls) {
            String path = URI.create(url).getPath().substring(1);
            Path file = site.resolve(path.isEmpty() ? "index.html" : path);
            if (Files.isRegularFile(file)) total += gzipped(Files.readAllBytes(file));
        }
        return total;
    }

    private static int gzipped(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out) { { def.setLevel(Deflater.BEST_COMPRESSION); } }) {
            gz.write(bytes);
        }
        return out.size();
    }

    private static Double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
