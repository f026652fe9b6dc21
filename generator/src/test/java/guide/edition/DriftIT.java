package guide.edition;

import guide.cli.Main;
import guide.testing.Git;
import guide.testing.SiteFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A local edition replaces a guide page with the copy command; after an upstream change to that page is
 * merged (real git), the build names the copy as out of date first, with a git command that shows the change.
 */
class DriftIT {
    @TempDir
    Path dir;

    private static final String CLI = "java -jar generator/target/guide-generator.jar";

    /** Runs the command line as a person would, returning its exit code and what it printed. */
    private static String[] cli(String... args) {
        PrintStream before = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code;
        try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            code = new CommandLine(new Main()).execute(args);
        } finally {
            System.setOut(before);
        }
        return new String[] {String.valueOf(code), bytes.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void anUpstreamChangeToACopiedPageIsNamedFirstWithTheCommandThatShowsIt() throws Exception {
        Git.Fork repos = Git.upstreamAndFork(dir);
        SiteFixture up = repos.upstream();
        SiteFixture edition = repos.fork();
        Path upstream = up.root();
        Path fork = edition.root();
        String[] copied = cli("copy", "--source", fork.toString(), "content/part/second.adoc");
        assertThat(copied[0]).as(copied[1]).isEqualTo("0");
        assertThat(copied[1]).contains("Copied content/part/second.adoc to local/content/part/second.adoc");
        assertThat(edition.read("local/content/part/second.adoc")).isEqualTo(up.read("content/part/second.adoc"));
        assertThat(edition.read("local/" + Drift.LOCK)).contains("content/part/second.adoc " + Git.run(upstream,
                "hash-object", "content/part/second.adoc").strip());
        edition.write("local/content/part/second.adoc", edition.read("local/content/part/second.adoc")
                .replace("Text in a section.", "Anytown's own text."));
        Git.run(fork, "add", "-A");
        Git.run(fork, "commit", "-qm", "Anytown replaces the second page");
        assertThat(Drift.report(fork, CLI)).as("a fresh copy is up to date").isEmpty();

        up.write("content/part/second.adoc", up.read("content/part/second.adoc").replace("Text in a section.",
                "Upstream's improved text in a section."));
        Git.run(upstream, "commit", "-qam", "Improve the second page");
        Git.run(fork, "pull", "-q", "--no-rebase", "--no-edit", "origin", "main");

        String[] built = cli("build", "--source", fork.toString());
        assertThat(built[0]).as(built[1]).isEqualTo("0");
        List<String> lines = built[1].lines().toList();
        assertThat(lines.get(1)).startsWith("Out of date: the guide has changed content/part/second.adoc since "
                + "local/content/part/second.adoc was copied from it.");
        Matcher diff = Pattern.compile("See what changed: (git diff ([0-9a-f]{40}) ([0-9a-f]{40}))").matcher(built[1]);
        assertThat(diff.find()).as(built[1]).isTrue();
        String shown = Git.run(fork, "diff", diff.group(2), diff.group(3));
        assertThat(shown).contains("-Text in a section.").contains("+Upstream's improved text in a section.");
        assertThat(built[1]).contains(CLI + " copy --up-to-date content/part/second.adoc");
        // The site still shows the edition's copy: nothing is changed behind the officer's back.
        assertThat(edition.read("target/site/part/second.html")).contains("own text.").doesNotContain("improved");

        String[] noted = cli("copy", "--source", fork.toString(), "--up-to-date", "content/part/second.adoc");
        assertThat(noted[0]).as(noted[1]).isEqualTo("0");
        assertThat(Drift.report(fork, CLI)).isEmpty();
    }

    @Test
    void aCopyMadeWithoutTheCommandIsNamedAsNotKnown() throws Exception {
        SiteFixture site = SiteFixture.copy("minimal", dir.resolve("site"));
        site.write("local/content/part/first.adoc", site.read("content/part/first.adoc"));
        assertThat(Drift.report(site.root(), CLI)).first().asString()
                .startsWith("Not known: local/content/part/first.adoc replaces content/part/first.adoc");
        assertThat(String.join("\n", Drift.report(site.root(), CLI))).contains("copy --up-to-date content/part/first.adoc");
    }

    @Test
    void mergedMessagesAreNeverOutOfDate() throws Exception {
        SiteFixture site = SiteFixture.copy("minimal", dir.resolve("site"));
        site.write("templates/messages.properties", "a=b\n");
        site.write("local/templates/messages.properties", "a=c\n");
        assertThat(Drift.report(site.root(), CLI)).isEmpty();
        assertThat(Overlay.describe("templates/messages.properties")).doesNotContain("replaces").contains("adds to");
        assertThat(Overlay.describe("content/part/first.adoc")).contains("local/content/part/first.adoc replaces content/part/first.adoc");
    }

    @Test
    void theCopyCommandRefusesAFileOutsideTheGuideAndNeverOverwritesACopy() throws Exception {
        SiteFixture site = SiteFixture.copy("minimal", dir.resolve("site"));
        String[] outside = cli("copy", "--source", site.root().toString(), "site.properties");
        assertThat(outside[0]).isEqualTo("1");
        assertThat(outside[1]).contains("is not a file of the guide");
        String[] missing = cli("copy", "--source", site.root().toString(), "content/part/nowhere.adoc");
        assertThat(missing[0]).isEqualTo("1");
        site.write("local/content/part/first.adoc", "mine");
        String[] again = cli("copy", "--source", site.root().toString(), "content/part/first.adoc");
        assertThat(again[0]).isEqualTo("1");
        assertThat(again[1]).contains("already exists");
        assertThat(site.read("local/content/part/first.adoc")).isEqualTo("mine");
        assertThat(Files.exists(site.root().resolve("local/" + Drift.LOCK))).isFalse();
    }
}
