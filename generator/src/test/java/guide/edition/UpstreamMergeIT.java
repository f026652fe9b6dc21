package guide.edition;

import guide.pipeline.Pipeline;
import guide.pipeline.Progress;
import guide.testing.SiteFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A local edition keeps its changes in local/, so an upstream update merges without conflicts, whether
 * it touches a page the edition replaced or one it did not. Uses real git.
 */
class UpstreamMergeIT {
    @TempDir
    Path dir;

    private String git(Path repo, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("git", "-c", "user.name=Test", "-c", "user.email=test@example.invalid",
                "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(repo.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        if (code != 0) throw new AssertionError("git " + String.join(" ", args) + " failed (" + code + "):\n" + out);
        return out;
    }

    @Test
    void anUpstreamUpdateMergesCleanlyIntoALocalEdition() throws Exception {
        Path upstream = dir.resolve("upstream");
        SiteFixture up = SiteFixture.copy("minimal", upstream);
        git(upstream, "init", "-q");
        git(upstream, "add", "-A");
        git(upstream, "commit", "-qm", "The guide");

        // The council forks the guide and adds its edition in local/ only.
        Path fork = dir.resolve("fork");
        git(dir, "clone", "-q", upstream.toString(), fork.toString());
        SiteFixture edition = SiteFixture.at(fork);
        edition.write("local/site.properties", "site.name=Anytown edition\n");
        edition.write("local/content/part/second.adoc", """
                = Second page, Anytown's version
                :order: 20

                == A section

                Anytown's own text.
                """);
        git(fork, "add", "-A");
        git(fork, "commit", "-qm", "Anytown's edition");

        // Upstream then changes a page the edition replaced and one it did not.
        up.write("content/part/first.adoc", up.read("content/part/first.adoc").replace("Some text on the first page.",
                "Updated text on the first page."));
        up.write("content/part/second.adoc", up.read("content/part/second.adoc").replace("Text in a section.",
                "Upstream's improved text in a section."));
        git(upstream, "commit", "-qam", "Update two pages");

        git(fork, "pull", "-q", "--no-rebase", "--no-edit", "origin", "main");
        assertThat(git(fork, "status", "--porcelain")).isEmpty();
        assertThat(git(fork, "log", "--oneline")).contains("Update two pages").contains("Anytown's edition");

        Pipeline.Result r = new Pipeline().build(fork, fork.resolve("target/site"), true, Progress.quiet());
        assertThat(r.failed()).as(r.problems().toString()).isFalse();
        assertThat(edition.read("target/site/part/first.html")).contains("Updated text on the first page.");
        assertThat(edition.read("target/site/part/second.html")).contains("own text.")
                .doesNotContain("Upstream's improved text");
        assertThat(edition.read("target/site/part/second.html")).contains("Anytown edition").doesNotContain("&amp;#");
    }
}
