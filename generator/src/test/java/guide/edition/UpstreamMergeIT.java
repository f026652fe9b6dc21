package guide.edition;

import guide.pipeline.Pipeline;
import guide.testing.Git;
import guide.testing.SiteFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A local edition keeps its changes in local/, so an upstream update merges without conflicts, whether
 * it touches a page the edition replaced or one it did not. Uses real git.
 */
class UpstreamMergeIT {
    @TempDir
    Path dir;

    @Test
    void anUpstreamUpdateMergesCleanlyIntoALocalEdition() throws Exception {
        // The council forks the guide and adds its edition in local/ only.
        Git.Fork repos = Git.upstreamAndFork(dir);
        SiteFixture up = repos.upstream();
        SiteFixture edition = repos.fork();
        Path upstream = up.root();
        Path fork = edition.root();
        edition.write("local/site.properties", "site.name=Anytown edition\n");
        edition.write("local/content/part/second.adoc", """
                = Second page, Anytown's version
                :order: 20

                == A section

                Anytown's own text.
                """);
        Git.run(fork, "add", "-A");
        Git.run(fork, "commit", "-qm", "Anytown's edition");

        // Upstream then changes a page the edition replaced and one it did not.
        up.write("content/part/first.adoc", up.read("content/part/first.adoc").replace("Some text on the first page.",
                "Updated text on the first page."));
        up.write("content/part/second.adoc", up.read("content/part/second.adoc").replace("Text in a section.",
                "Upstream's improved text in a section."));
        Git.run(upstream, "commit", "-qam", "Update two pages");

        Git.run(fork, "pull", "-q", "--no-rebase", "--no-edit", "origin", "main");
        assertThat(Git.run(fork, "status", "--porcelain")).isEmpty();
        assertThat(Git.run(fork, "log", "--oneline")).contains("Update two pages").contains("Anytown's edition");

        Pipeline.Result r = edition.build(true);
        assertThat(r.failed()).as(r.problems().toString()).isFalse();
        assertThat(edition.read("target/site/part/first.html")).contains("Updated text on the first page.");
        assertThat(edition.read("target/site/part/second.html")).contains("own text.")
                .doesNotContain("Upstream's improved text");
        assertThat(edition.read("target/site/part/second.html")).contains("Anytown edition").doesNotContain("&amp;#");
    }
}
