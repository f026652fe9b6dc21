package guide.publish;

import guide.catalogue.Catalogue;
import guide.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The publisher writes the catalogue once and swaps it in; a swap cut short is finished or undone by the next build. */
class PublisherTest {
    @TempDir
    Path dir;

    private Path output() {
        return dir.resolve("site");
    }

    private static Catalogue catalogue(String text) {
        Catalogue c = new Catalogue(new Problems());
        c.addText("index.html", "content/index.adoc", text);
        c.addText("part/page.html", "content/part/page.adoc", text);
        return c;
    }

    private static void folder(Path folder, String text) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("index.html"), text);
    }

    @Test
    void publishingWritesEveryCatalogueFileAndLeavesNothingBeside() throws IOException {
        folder(output(), "old");
        Publisher.publish(catalogue("new"), output());
        assertThat(Files.readString(output().resolve("index.html"))).isEqualTo("new");
        assertThat(Files.readString(output().resolve("part/page.html"))).isEqualTo("new");
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("site");
        }
    }

    @Test
    void aSwapCutShortAfterTheOldSiteWasMovedAsideIsFinishedWhenTheNewSiteWasComplete() throws IOException {
        // The process died between the two renames: site moved to .site-old, .site-ready not yet renamed.
        folder(Publisher.oldFor(output()), "old");
        folder(Publisher.readyFor(output()), "new");
        Publisher.recover(output());
        assertThat(Files.readString(output().resolve("index.html"))).isEqualTo("new");
        assertThat(Publisher.oldFor(output())).doesNotExist();
        assertThat(Publisher.readyFor(output())).doesNotExist();
    }

    @Test
    void aSwapCutShortBeforeTheNewSiteWasCompleteIsRolledBack() throws IOException {
        // Died while writing staging, after a previous swap had moved the site aside.
        folder(Publisher.oldFor(output()), "old");
        folder(Publisher.stagingFor(output()), "half");
        Publisher.recover(output());
        assertThat(Files.readString(output().resolve("index.html"))).isEqualTo("old");
        assertThat(Publisher.stagingFor(output())).doesNotExist();
    }

    @Test
    void aCompleteSiteWaitingBesideAGoodOneIsDroppedAndTheGoodOneKept() throws IOException {
        folder(output(), "good");
        folder(Publisher.readyFor(output()), "unswapped");
        Publisher.recover(output());
        assertThat(Files.readString(output().resolve("index.html"))).isEqualTo("good");
        assertThat(Publisher.readyFor(output())).doesNotExist();
    }

    @Test
    void publishingAfterACutShortSwapStillEndsWithTheNewSite() throws IOException {
        folder(Publisher.oldFor(output()), "old");
        Publisher.publish(catalogue("new"), output());
        assertThat(Files.readString(output().resolve("index.html"))).isEqualTo("new");
        assertThat(Publisher.oldFor(output())).doesNotExist();
    }
}
