package guide.testing;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Real headless Chromium driven by its ChromeDriver, both found on the PATH (Debian, Ubuntu, macOS with
 * Homebrew) or named by {@code -Dchromium.binary} and {@code -Dchromium.driver}. Tests fail, never skip,
 * when the browser is missing: CI installs it.
 */
public final class Chromium {
    public static final Dimension PHONE = new Dimension(320, 800);
    public static final Dimension DESKTOP = new Dimension(1280, 900);

    private Chromium() {}

    /** Browser names to look for on the PATH, in order: Debian, Ubuntu, Google's builds. */
    static final List<String> BROWSERS = List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome");
    /** Where macOS keeps the browser when it is not on the PATH. */
    static final List<String> MAC_APPS = List.of("/Applications/Chromium.app/Contents/MacOS/Chromium",
            "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome");

    /** The browser: -Dchromium.binary, else the first of {@link #BROWSERS} on the PATH, else a macOS application. */
    static Optional<String> browser() {
        String given = System.getProperty("chromium.binary");
        if (given != null) return Optional.of(given).filter(Chromium::executable);
        return onPath(System.getenv("PATH"), BROWSERS).or(() -> MAC_APPS.stream().filter(Chromium::executable).findFirst());
    }

    /** The driver: -Dchromium.driver, else chromedriver on the PATH, else in $CHROMEWEBDRIVER (GitHub's runners). */
    static Optional<String> driver() {
        String given = System.getProperty("chromium.driver");
        if (given != null) return Optional.of(given).filter(Chromium::executable);
        String runner = System.getenv("CHROMEWEBDRIVER");
        return onPath(System.getenv("PATH"), List.of("chromedriver"))
                .or(() -> onPath(runner, List.of("chromedriver")));
    }

    /** The first of {@code names} that is an executable file in one of the {@code path} folders. */
    static Optional<String> onPath(String path, List<String> names) {
        if (path == null || path.isBlank()) return Optional.empty();
        for (String name : names) {
            for (String folder : path.split(File.pathSeparator)) {
                if (folder.isBlank()) continue;
                File f = new File(folder, name);
                if (executable(f.getPath())) return Optional.of(f.getPath());
            }
        }
        return Optional.empty();
    }

    private static boolean executable(String file) {
        File f = new File(file);
        return f.isFile() && f.canExecute();
    }

    /**
     * Makes a browser that ran one test on a site as a newly started one for the next, so a test class
     * can start Chromium once: the test's tab closed for a new one (no session storage, no emulation, no
     * dialogs), everything {@code site} (an address on it) kept on the device forgotten, the window at
     * {@code size}. Downloads keep going to the folder the browser was started with.
     */
    public static void forget(WebDriver browser, String site, Dimension size) {
        try {
            browser.switchTo().alert().dismiss(); // left by a test that failed half-way
        } catch (org.openqa.selenium.NoAlertPresentException e) {
            // the usual case
        }
        String used = browser.getWindowHandle();
        browser.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        String fresh = browser.getWindowHandle();
        browser.switchTo().window(used).close();
        browser.switchTo().window(fresh);
        // Forgotten in the page itself, which is done when the call returns: DevTools' Storage.clearDataForOrigin
        // returned before the renderer had cleared, and wiped what the next test had just saved.
        browser.get(site);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
        browser.get("about:blank");
        browser.manage().window().setSize(size);
    }

    /** Empties a downloads folder between tests that share a browser, as a new folder would be. */
    public static void emptyFolder(Path folder) {
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) guide.sources.SourceTree.deleteTree(f);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static WebDriver start() {
        return start(true, DESKTOP, null);
    }

    /**
     * @param javascript false to start with JavaScript turned off
     * @param size       window size
     * @param downloads  folder for downloads, or null
     */
    public static WebDriver start(boolean javascript, Dimension size, Path downloads) {
        return start(javascript, size, downloads, org.openqa.selenium.PageLoadStrategy.NORMAL);
    }

    /**
     * As {@link #start(boolean, Dimension, Path)}, with WebDriver's page load strategy: {@code NONE} for a
     * test that watches a page while it is still loading (WebDriver then waits for nothing).
     */
    public static WebDriver start(boolean javascript, Dimension size, Path downloads, org.openqa.selenium.PageLoadStrategy loading) {
        String binary = browser().orElseThrow(() -> new IllegalStateException("Chromium is needed for browser tests and was not "
                + "found on the PATH (as chromium, chromium-browser, google-chrome or chrome). Install it (Debian/Ubuntu: apt-get install "
                + "chromium chromium-driver; macOS: brew install --cask chromium chromedriver), or name it with -Dchromium.binary=/path/to/chromium."));
        String driver = driver().orElseThrow(() -> new IllegalStateException("ChromeDriver is needed for browser tests and was not "
                + "found on the PATH (as chromedriver). Install the one that matches the browser (Debian/Ubuntu: apt-get install "
                + "chromium-driver; macOS: brew install --cask chromedriver), or name it with -Dchromium.driver=/path/to/chromedriver."));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-dev-shm-usage",
                "--disable-quic", "--hide-scrollbars", "--force-device-scale-factor=1",
                "--window-size=" + size.getWidth() + "," + size.getHeight());
        try {
            options.addArguments("--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, Object> prefs = new java.util.HashMap<>();
        if (!javascript) prefs.put("profile.managed_default_content_settings.javascript", 2);
        if (downloads != null) {
            prefs.put("download.default_directory", downloads.toAbsolutePath().toString());
            prefs.put("download.prompt_for_download", false);
        }
        options.setExperimentalOption("prefs", prefs);
        options.setPageLoadStrategy(loading);
        // The console, for tests that check pages log no errors.
        org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
        logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(driver))
                .usingAnyFreePort()
                .build();
        WebDriver web = loading == org.openqa.selenium.PageLoadStrategy.NORMAL ? new Navigating(service, options) : new ChromeDriver(service, options);
        web.manage().window().setSize(size);
        return web;
    }

    /**
     * ChromeDriver whose {@code get} returns once the new document is there and loaded. Its own wait once
     * returned with the last page still showing (a diagram test found none on a page that has one): that
     * came when the test server answered at once, so the old page is marked before leaving it and the new
     * one is waited for. Not for a navigation within the page (only the fragment changes) or one that
     * leaves the page where it is (a download): those return after at most {@link #LATE}.
     */
    private static final class Navigating extends ChromeDriver {
        static final long LATE = 3_000_000_000L;

        Navigating(ChromeDriverService service, ChromeOptions options) {
            super(service, options);
        }

        @Override
        public void get(String url) {
            Object before;
            try {
                before = executeScript("window.__guideLeaving = true; return location.href;");
            } catch (org.openqa.selenium.WebDriverException e) {
                before = null; // no page to mark (a dialog open, say): nothing to tell the new page from
            }
            super.get(url);
            if (!(before instanceof String was) || (url.contains("#") && withoutFragment(url).equals(withoutFragment(was)))) return;
            for (long end = System.nanoTime() + LATE; System.nanoTime() < end; ) {
                try {
                    if ("complete".equals(executeScript("return window.__guideLeaving ? 'old' : document.readyState;"))) return;
                    Thread.sleep(5);
                } catch (org.openqa.selenium.WebDriverException e) {
                    return; // the new page has a dialog open, or is not a document: the test sees it as it is
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        private static String withoutFragment(String url) {
            int hash = url.indexOf('#');
            return hash < 0 ? url : url.substring(0, hash);
        }
    }

    /**
     * WebDriver's wait, asking every 20 ms rather than every 500 ms (its default): what a test waits for is
     * usually there within a few, and the half-second sleeps added up to a large part of the suite.
     */
    public static org.openqa.selenium.support.ui.WebDriverWait waiting(WebDriver browser, java.time.Duration timeout) {
        return new org.openqa.selenium.support.ui.WebDriverWait(browser, timeout, java.time.Duration.ofMillis(20));
    }

    /** The file {@code name} in the downloads folder, once Chromium has finished writing it (waits up to 20 s). */
    public static Path downloaded(WebDriver browser, Path downloads, String name) {
        Path file = downloads.resolve(name);
        waiting(browser, java.time.Duration.ofSeconds(20))
                .until(b -> java.nio.file.Files.isRegularFile(file) && !partial(downloads));
        return file;
    }

    /** Whether a download is still being written (Chromium's .crdownload file). */
    private static boolean partial(Path downloads) {
        try (java.util.stream.Stream<Path> s = java.nio.file.Files.list(downloads)) {
            return s.anyMatch(p -> p.toString().endsWith(".crdownload"));
        } catch (java.io.IOException e) {
            return true;
        }
    }

    /**
     * The value of a script run in the page through DevTools' Runtime.evaluate: half the time of a WebDriver
     * script call, for tests that ask something at each of thousands of focus stops.
     */
    public static Object evaluate(WebDriver browser, String expression) {
        Map<String, Object> reply = ((ChromeDriver) browser).executeCdpCommand("Runtime.evaluate",
                Map.of("expression", expression, "returnByValue", true));
        if (reply.containsKey("exceptionDetails")) throw new IllegalStateException("The script in the page failed: " + reply.get("exceptionDetails"));
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) reply.get("result");
        return result.get("value");
    }

    /**
     * JavaScript for a focus check: numbers {@code el} (the focused element) in the order focus first reached
     * it, 1 for the first, in {@code stop} (0 for none); focus coming round to it again gives the same number.
     */
    public static final String FOCUS_STOP_NUMBER = """
            window.__stops = window.__stops || new WeakMap();
            window.__count = window.__count || 0;
            if (el && !window.__stops.has(el)) window.__stops.set(el, ++window.__count);
            var stop = el ? window.__stops.get(el) : 0;
            """;

    /**
     * Presses Tab as a keyboard does, through DevTools' Input.dispatchKeyEvent (the events ChromeDriver's
     * own key actions send, without the action machinery around them).
     */
    public static void tab(WebDriver browser) {
        ChromeDriver chrome = (ChromeDriver) browser;
        Map<String, Object> key = Map.of("key", "Tab", "code", "Tab", "windowsVirtualKeyCode", 9, "nativeVirtualKeyCode", 9);
        Map<String, Object> down = new java.util.HashMap<>(key), up = new java.util.HashMap<>(key);
        down.put("type", "rawKeyDown");
        up.put("type", "keyUp");
        chrome.executeCdpCommand("Input.dispatchKeyEvent", down);
        chrome.executeCdpCommand("Input.dispatchKeyEvent", up);
    }

    /**
     * Readies a loaded page for keys: its window focused and the page loaded. Not {@code document.hasFocus()},
     * which headless Chromium always reports false.
     */
    public static void readyForKeys(WebDriver browser) {
        browser.switchTo().window(browser.getWindowHandle());
        waiting(browser, java.time.Duration.ofSeconds(20)).until(b ->
                "complete".equals(((org.openqa.selenium.JavascriptExecutor) b).executeScript("return document.readyState")));
    }
}
