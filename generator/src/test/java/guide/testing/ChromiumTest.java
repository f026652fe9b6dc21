package guide.testing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The browser tests find Chromium and its driver by the names each system gives them, wherever the PATH says. */
class ChromiumTest {
    @TempDir
    Path dir;

    private Path executable(String folder, String name) throws Exception {
        Path f = Files.createDirectories(dir.resolve(folder)).resolve(name);
        Files.writeString(f, "#!/bin/sh\n");
        assertThat(f.toFile().setExecutable(true)).isTrue();
        return f;
    }

    @Test
    void ubuntusChromiumBrowserIsFoundOnThePath() throws Exception {
        Path browser = executable("snap", "chromium-browser");
        String path = dir.resolve("empty") + File.pathSeparator + dir.resolve("snap");
        assertThat(Chromium.onPath(path, Chromium.BROWSERS)).contains(browser.toString());
    }

    @Test
    void theFirstNameInOrderWinsAndFilesThatCannotRunAreSkipped() throws Exception {
        Path notRunnable = Files.createDirectories(dir.resolve("a")).resolve("chromium");
        Files.writeString(notRunnable, "");
        Path chrome = executable("b", "google-chrome");
        Path chromium = executable("c", "chromium");
        String path = String.join(File.pathSeparator, dir.resolve("a").toString(), dir.resolve("b").toString(), dir.resolve("c").toString());
        assertThat(Chromium.onPath(path, Chromium.BROWSERS)).contains(chromium.toString());
        assertThat(Chromium.onPath(String.join(File.pathSeparator, dir.resolve("a").toString(), dir.resolve("b").toString()), Chromium.BROWSERS))
                .contains(chrome.toString());
    }

    @Test
    void nothingIsFoundOnAnEmptyPath() {
        assertThat(Chromium.onPath("", List.of("chromedriver"))).isEqualTo(Optional.empty());
        assertThat(Chromium.onPath(null, List.of("chromedriver"))).isEmpty();
    }
}
