package guide.serve;

import guide.pipeline.Pipeline;
import guide.testing.Chromium;
import guide.testing.SiteFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The preview rebuilds on save and the open page follows without a manual refresh. */
class PreviewServerIT {
    @TempDir
    Path dir;
    WebDriver browser;
    PreviewServer server;

    @AfterEach
    void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.stop();
    }

    @Test
    void anEditShowsInTheOpenPageAndABrokenEditShowsItsProblem() throws Exception {
        SiteFixture site = SiteFixture.copy("minimal", dir);
        server = new PreviewServer(new Pipeline(), site.root(), site.root().resolve("target/preview"), 0,
                new PrintStream(java.io.OutputStream.nullOutputStream()));
        server.start();
        server.watchInBackground();
        browser = Chromium.start();
        browser.get("http://127.0.0.1:" + server.port() + "/part/second.html");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Second page");
        // Marks this page load: the mark disappears only if the page reloads by itself.
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("window.notReloaded = true;");
        // A reload can come between finding the heading and reading it: look again.
        var wait = Chromium.waiting(browser, Duration.ofSeconds(60)).ignoring(org.openqa.selenium.StaleElementReferenceException.class);

        site.write("content/part/second.adoc", site.read("content/part/second.adoc").replace("= Second page", "= Second page, edited"));
        wait.until(b -> b.findElement(By.tagName("h1")).getText().equals("Second page, edited"));
        assertThat(((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return window.notReloaded === true"))
                .isEqualTo(false);

        site.write("content/part/second.adoc", site.read("content/part/second.adoc") + "\nSee xref:nowhere.adoc[nowhere].\n");
        wait.until(b -> b.findElement(By.tagName("h1")).getText().contains("problem"));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("content/part/second.adoc:")
                .contains("nowhere.adoc");

        site.write("content/part/second.adoc", site.read("content/part/second.adoc").replace("See xref:nowhere.adoc[nowhere].", ""));
        wait.until(b -> b.findElement(By.tagName("h1")).getText().equals("Second page, edited"));
    }
}
