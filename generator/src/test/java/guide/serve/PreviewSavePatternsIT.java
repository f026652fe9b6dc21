package guide.serve;

import guide.pipeline.Pipeline;
import guide.testing.SiteFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import static org.assertj.core.api.Assertions.assertThat;

/** The preview's short settle time still catches an editor that saves to a temporary file and renames it. */
class PreviewSavePatternsIT {
    @TempDir
    Path dir;
    PreviewServer server;

    @AfterEach
    void stop() {
        if (server != null) server.stop();
    }

    /** The page, or nothing while the publisher swaps the site in. */
    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return "";
        }
    }

    @Test
    void aSaveByTemporaryFileAndRenameIsPreviewed() throws Exception {
        SiteFixture site = SiteFixture.copy("minimal", dir);
        Path output = site.root().resolve("target/preview");
        server = new PreviewServer(new Pipeline(), site.root(), output, 0, new PrintStream(java.io.OutputStream.nullOutputStream()));
        server.start();
        server.watchInBackground();
        Thread.sleep(500); // the watcher registers its folders

        Path page = site.root().resolve("content/part/second.adoc");
        Path temp = page.resolveSibling(".second.adoc.swp");
        Files.writeString(temp, Files.readString(page) + "\nSaved the way vim and many editors save.\n", StandardCharsets.UTF_8);
        Files.move(temp, page, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

        Path built = output.resolve("part/second.html");
        long end = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < end && !read(built).contains("Saved the way vim")) Thread.sleep(100);
        assertThat(read(built)).contains("Saved the way vim and many editors save.");
    }
}
