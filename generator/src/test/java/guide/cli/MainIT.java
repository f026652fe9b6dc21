package guide.cli;

import guide.testing.SiteFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line exits 1 on problems, printing each as file:line with its fix, and 0 when all is well. */
class MainIT {
    @TempDir
    Path dir;

    private int run(ByteArrayOutputStream out, String... args) {
        PrintStream saved = System.out;
        try {
            System.setOut(new PrintStream(out, true));
            return new CommandLine(new Main()).execute(args);
        } finally {
            System.setOut(saved);
        }
    }

    @Test
    void buildExitsOneAndPrintsFileLineAndFix() {
        SiteFixture site = SiteFixture.copy("minimal", dir);
        assertThat(run(new ByteArrayOutputStream(), "build", "--source", site.root().toString())).isZero();
        site.write("content/part/second.adoc", "= Second page\n:order: 20\n\nSee xref:gone.adoc[gone].\n\n== A section\n\nText.\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = run(out, "build", "--source", site.root().toString());
        assertThat(code).isEqualTo(1);
        assertThat(out.toString())
                .contains("content/part/second.adoc:4: error: The link to 'gone.adoc'")
                .contains("Fix: ")
                .endsWith("The build stopped: 1 problem to fix. The last good site was left as it was.\n");
        assertThat(site.output().resolve("part/second.html")).isNotEmptyFile();
    }

    @Test
    void aFailedFirstBuildDoesNotClaimAGoodSiteWasKept() {
        SiteFixture site = SiteFixture.copy("minimal", dir);
        site.write("content/part/second.adoc", "= Second page\n:order: 20\n\nSee xref:gone.adoc[gone].\n\n== A section\n\nText.\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(run(out, "build", "--source", site.root().toString())).isEqualTo(1);
        assertThat(out.toString()).doesNotContain("left as it was").contains("there has been no good build there yet");
        assertThat(site.output()).doesNotExist();
    }

    @Test
    void checkAndBuildExitZeroOnAGoodSiteAndCheckWritesNothing() {
        SiteFixture site = SiteFixture.copy("minimal", dir);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(run(out, "check", "--source", site.root().toString())).isZero();
        assertThat(site.output()).doesNotExist();
        assertThat(run(out, "--source", site.root().toString())).isZero();
        assertThat(site.output().resolve("index.html")).isNotEmptyFile();
        assertThat(out.toString()).contains("convert").contains("render").contains(" ms");
    }
}
