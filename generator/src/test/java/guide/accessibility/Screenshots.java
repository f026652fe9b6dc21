package guide.accessibility;

import guide.testing.BuiltGuide;
import guide.testing.Chromium;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
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

/**
 * Whole-page screenshots of a few kinds of page at 320px and 1280px, kept in generator/target/screenshots/
 * so that a person can look at the design. A tool, not a test (it can only fail if Chromium does):
 * <pre>
 * mvn -q -o test-compile exec:java -pl generator -Dexec.classpathScope=test -Dexec.mainClass=guide.accessibility.Screenshots
 * </pre>
 */
public final class Screenshots {
    static final Map<String, String> PAGES = new LinkedHashMap<>();
    static {
        PAGES.put("home", "index.html");
        PAGES.put("priority", "framework/partnership.html");
        PAGES.put("example", "practice-examples/hackney.html");
        PAGES.put("action-plan", "action-plan/plan.html");
        PAGES.put("language", "language/index.html");
    }

    public static void main(String[] args) throws IOException {
        BuiltGuide guide = BuiltGuide.get();
        WebDriver browser = Chromium.start();
        try {
            save(guide, browser, guide.root().resolve("generator/target/screenshots"));
        } finally {
            browser.quit();
        }
        System.exit(0); // the guide's little web server runs on a non-daemon thread
    }

    static void save(BuiltGuide guide, WebDriver browser, Path folder) throws IOException {
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
                System.out.println(file + ": " + image.getWidth() + " x " + image.getHeight());
            }
        }
    }
}
