package guide.testing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.WebDriver;

/** Browser tests over the real guide: one built guide per test run, one Chromium per test class. */
public abstract class OnTheBuiltGuide {
    protected static BuiltGuide guide;
    protected static WebDriver browser;

    @BeforeAll
    static void startBrowser() {
        guide = BuiltGuide.get();
        browser = Chromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) browser.quit();
        browser = null;
    }
}
