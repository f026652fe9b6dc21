package guide.testing;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Real headless Chromium (Debian's package) driven by its ChromeDriver. Tests fail, never skip, when the
 * browser is missing: CI installs it.
 */
public final class Chromium {
    public static final Dimension PHONE = new Dimension(320, 800);
    public static final Dimension DESKTOP = new Dimension(1280, 900);

    private Chromium() {}

    public static WebDriver start() {
        return start(true, DESKTOP, null);
    }

    /**
     * @param javascript false to start with JavaScript turned off
     * @param size       window size
     * @param downloads  folder for downloads, or null
     */
    public static WebDriver start(boolean javascript, Dimension size, Path downloads) {
        String binary = System.getProperty("chromium.binary", "/usr/bin/chromium");
        String driver = System.getProperty("chromium.driver", "/usr/bin/chromedriver");
        if (!new File(binary).canExecute() || !new File(driver).canExecute()) {
            throw new IllegalStateException("Chromium is needed for browser tests: install Debian's chromium and "
                    + "chromium-driver (apt-get install chromium chromium-driver), as .ci/run does.");
        }
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
        // The console, for tests that check pages log no errors.
        org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
        logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(driver))
                .usingAnyFreePort()
                .build();
        WebDriver web = new ChromeDriver(service, options);
        web.manage().window().setSize(size);
        return web;
    }
}
