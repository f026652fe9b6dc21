package guide.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A failed build only says the last good site was kept when there is one. */
class LastGoodSiteTest {
    @TempDir
    Path dir;

    @Test
    void saysTheSiteWasKeptOnlyWhenItExists() throws IOException {
        Path site = dir.resolve("target/site");
        assertThat(Main.lastGoodSite(site)).doesNotContain("left as it was").contains("no good build");
        Files.createDirectories(site);
        assertThat(Main.lastGoodSite(site)).isEqualTo("The last good site was left as it was.");
    }
}
