package guide.pipeline;

import guide.testing.SiteFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A rebuild with a warm pipeline (the preview's) publishes exactly what a cold build of the same sources does. */
class WarmRebuildIT {
    @TempDir
    Path dir;

    @Test
    void aWarmRebuildAfterEditsIsByteIdenticalToAColdBuild() {
        SiteFixture warm = SiteFixture.copy("minimal", dir.resolve("warm"));
        try (Pipeline pipeline = Pipeline.standard()) {
            assertThat(pipeline.build(warm.root(), warm.output(), true, Progress.quiet()).failed()).isFalse();
            // One page's text, then a file beside the pages: the cache must follow both.
            warm.write("content/part/second.adoc", warm.read("content/part/second.adoc").replace("= Second page", "= Second page, edited")
                    + "\nA sentence added after the first build.\n");
            assertThat(pipeline.build(warm.root(), warm.output(), true, Progress.quiet()).failed()).isFalse();
            warm.write("content/part/picture.svg", warm.read("content/part/picture.svg") + "\n<!-- changed -->\n");
            assertThat(pipeline.build(warm.root(), warm.output(), true, Progress.quiet()).failed()).isFalse();
        }

        SiteFixture cold = SiteFixture.copy("minimal", dir.resolve("cold"));
        cold.write("content/part/second.adoc", warm.read("content/part/second.adoc"));
        cold.write("content/part/picture.svg", warm.read("content/part/picture.svg"));
        try (Pipeline pipeline = Pipeline.standard()) {
            assertThat(pipeline.build(cold.root(), cold.output(), true, Progress.quiet()).failed()).isFalse();
        }

        assertThat(SiteFixture.fingerprint(warm.output())).isNotEmpty().isEqualTo(SiteFixture.fingerprint(cold.output()));
        assertThat(warm.read("target/site/part/second.html")).contains("A sentence added after the first build.");
    }

    /** Every file of the search index, joined. */
    private static String searchText(SiteFixture site) throws java.io.IOException {
        StringBuilder all = new StringBuilder();
        try (var files = java.nio.file.Files.list(site.output().resolve("search"))) {
            for (Path f : files.sorted().toList()) all.append(java.nio.file.Files.readString(f));
        }
        return all.toString();
    }

    @Test
    void thePreviewPublishesTheSearchIndexOfTheNewTextOnceTheBackgroundRunEnds() throws Exception {
        SiteFixture warm = SiteFixture.copy("minimal", dir.resolve("warm"));
        try (Pipeline pipeline = Pipeline.standard().deferInBackground()) {
            assertThat(pipeline.build(warm.root(), warm.output(), true, Progress.quiet()).failed()).isFalse();
            assertThat(searchText(warm)).doesNotContain("Zanzibarquartz");
            warm.write("content/part/second.adoc", warm.read("content/part/second.adoc") + "\nZanzibarquartz is a made-up word.\n");
            assertThat(pipeline.build(warm.root(), warm.output(), true, Progress.quiet()).failed()).isFalse();
            pipeline.awaitBackground();
            assertThat(searchText(warm)).contains("Zanzibarquartz");
        }
        SiteFixture cold = SiteFixture.copy("minimal", dir.resolve("cold"));
        cold.write("content/part/second.adoc", warm.read("content/part/second.adoc"));
        try (Pipeline pipeline = Pipeline.standard()) {
            assertThat(pipeline.build(cold.root(), cold.output(), true, Progress.quiet()).failed()).isFalse();
        }
        assertThat(SiteFixture.fingerprint(warm.output())).isEqualTo(SiteFixture.fingerprint(cold.output()));
    }
}
