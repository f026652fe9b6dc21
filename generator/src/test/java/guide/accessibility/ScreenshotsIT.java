package guide.accessibility;

import guide.testing.BuiltGuide;
import guide.testing.OnTheBuiltGuide;
import guide.testing.Chromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole-page screenshots of a few kinds of page at 320px and 1280px, kept in generator/target/screenshots/
 * so that a person can look at the design.
 */
class ScreenshotsIT extends OnTheBuiltGuide {
    /** One page of each kind, picked from the built site so that any edition has them. */
    static Map<String, String> pages() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "index.html");
        for (String type : List.of("priority", "example", "examples", "actionplan", "language")) {
            if (!guide.all(type).isEmpty()) pages.put(type, guide.first(type));
        }
        return pages;
    }

    @Test
    void savesWholePageScreenshotsAtPhoneAndDesktopWidths() throws IOException {
        Map<String, String> PAGES = pages();
        assertThat(PAGES).containsKeys("priority", "example");
        Path folder = BuiltGuide.repositoryRoot().resolve("generator/target/screenshots");
        Files.createDirectories(folder);
        for (Dimension size : List.of(Chromium.PHONE, Chromium.DESKTOP)) {
            browser.manage().window().setSize(size);
            for (Map.Entry<String, String> page : PAGES.entrySet()) {
                browser.get(guide.url(page.getValue()));
                Number height = (Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight");
                Map<String, Object> shot = ((ChromeDriver) browser).executeCdpCommand("Page.captureScreenshot", Map.of(
                        "format", "png", "captureBeyondViewport", true,
                        "clip", Map.of("x", 0, "y", 0, "width", size.getWidth(), "height", height.intValue(), "scale", 1)));
                byte[] png = Base64.getDecoder().decode((String) shot.get("data"));
                Path file = folder.resolve(page.getKey() + "-" + size.getWidth() + ".png");
                Files.write(file, png);
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
                assertThat(image.getWidth()).as(file + " width").isEqualTo(size.getWidth());
                assertThat(image.getHeight()).as(file + " height").isEqualTo(height.intValue()).isGreaterThan(400);
            }
        }
    }
}
