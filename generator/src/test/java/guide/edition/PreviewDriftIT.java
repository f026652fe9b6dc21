package guide.edition;

import guide.pipeline.Pipeline;
import guide.serve.PreviewServer;
import guide.testing.SiteFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The preview says what the build says at its top: which copies in local/ the guide has changed since they
 * were copied. It says so when it starts, and again when an upstream change or the copy command changes it.
 */
class PreviewDriftIT {
    @TempDir
    Path dir;
    PreviewServer server;
    final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @AfterEach
    void stop() {
        if (server != null) server.stop();
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    /** What the preview printed after {@code from}, once it shows what is wanted (its watcher runs on its own). */
    private String waitFor(int from, Predicate<String> wanted) throws InterruptedException {
        Instant end = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(end)) {
            String after = printed().substring(from);
            if (wanted.test(after) && after.contains("Rebuilt (")) return after; // "Rebuilt (18 ms; CPU 10 ms)."
            Thread.sleep(50);
        }
        throw new AssertionError("The preview never printed what was expected. It printed:\n" + printed().substring(from));
    }

    @Test
    void thePreviewNamesAnOutOfDateCopyWhenItStartsAndAgainWhenThatChanges() throws Exception {
        SiteFixture site = SiteFixture.copy("minimal", dir);
        Drift.copy(site.root(), "content/part/second.adoc", false);
        // The guide changes the page after the edition copied it, as a merge from upstream would.
        site.write("content/part/second.adoc", site.read("content/part/second.adoc").replace("Text in a section.",
                "Upstream's improved text in a section."));

        server = new PreviewServer(new Pipeline(), site.root(), site.root().resolve("target/preview"), 0,
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        server.start();
        String first = printed();
        assertThat(first.lines().findFirst().orElse("")).startsWith("Out of date: the guide has changed "
                + "content/part/second.adoc since local/content/part/second.adoc was copied from it.");
        assertThat(first).contains("See what changed: git diff ")
                .contains(Drift.COMMAND + " copy --up-to-date content/part/second.adoc");

        server.watchInBackground();
        Thread.sleep(200); // the watcher registers its folders

        // A save that leaves the copies as they were does not repeat the warning.
        int at = printed().length();
        site.write("content/part/first.adoc", site.read("content/part/first.adoc") + "\nOne more line.\n");
        assertThat(waitFor(at, s -> true)).doesNotContain("Out of date");

        // The officer brings the change in and notes it: the preview says the copies are up to date.
        at = printed().length();
        Drift.copy(site.root(), "content/part/second.adoc", true);
        assertThat(waitFor(at, s -> s.contains("now follow the guide's current versions"))).doesNotContain("Out of date");

        // The guide changes the page again: the preview says so again.
        at = printed().length();
        site.write("content/part/second.adoc", site.read("content/part/second.adoc") + "\nAnother upstream line.\n");
        assertThat(waitFor(at, s -> s.contains("Out of date:"))).contains("copy --up-to-date content/part/second.adoc");
    }
}
