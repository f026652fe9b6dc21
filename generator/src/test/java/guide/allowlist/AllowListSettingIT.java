package guide.allowlist;

import guide.pipeline.Pipeline;
import guide.pipeline.Progress;
import guide.problem.Problem;
import guide.testing.SiteFixture;
import guide.testing.WarmPipelines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A fork can widen what pages may hold, never silently and never for script. */
class AllowListSettingIT {
    @TempDir
    java.nio.file.Path dir;

    private static final Pipeline PIPELINE = WarmPipelines.checks();

    private static List<String> build(SiteFixture site) {
        return PIPELINE.build(site.root(), site.output(), false, new Progress(new PrintStream(OutputStream.nullOutputStream())))
                .problems().stream().map(Problem::toString).toList();
    }

    @Test
    void aVideoIsRefusedUntilTheSiteAllowsItAndThenTheBuildSaysTheListIsWidened() {
        SiteFixture site = SiteFixture.copy("minimal", dir);
        site.write("content/part/clip.adoc", "= A clip\n:summary: A video of the launch.\n:order: 40\n\nThe launch.\n\nvideo::launch.mp4[]\n");

        assertThat(String.join("\n", build(site)))
                .contains("content/part/clip.adoc:7: error: The page holds HTML the guide does not publish: a <video> element.")
                .contains("pages.allow");

        site.write("local/site.properties", "# this edition shows its launch video\npages.allow=video, video@src, video@controls\n");
        List<String> widened = build(site);
        assertThat(widened).noneMatch(p -> p.contains(": error: "));
        assertThat(widened).anyMatch(p -> p.startsWith("local/site.properties:2: warning: This site widens what a page may contain")
                && p.contains("video, video@src, video@controls"));
    }

    @Test
    void scriptAndEventAttributesCannotBeAllowed() {
        SiteFixture site = SiteFixture.copy("minimal", dir);
        site.write("site.properties", site.read("site.properties") + "pages.allow=script, p@onclick\n");

        assertThat(String.join("\n", build(site)))
                .contains("site.properties:3: error: The page allow-list cannot be widened with 'script'.")
                .contains("site.properties:3: error: The page allow-list cannot be widened with 'p@onclick'.");
    }
}
