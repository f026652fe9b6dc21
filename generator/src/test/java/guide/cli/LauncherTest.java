package guide.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The relaunch's choice of compiler rests on counting the guide's pages: the count must be right. */
class LauncherTest {
    @TempDir
    Path dir;

    @Test
    void countsThePagesOfTheGuideNamedBySourceIncludingALocalEditionsOwn() throws Exception {
        Files.createDirectories(dir.resolve("content/part"));
        Files.createDirectories(dir.resolve("local/content/extra"));
        Files.writeString(dir.resolve("content/index.adoc"), "= Home\n");
        Files.writeString(dir.resolve("content/part/one.adoc"), "= One\n");
        Files.writeString(dir.resolve("content/part/data.yml"), "a: b\n");
        Files.writeString(dir.resolve("local/content/extra/two.adoc"), "= Two\n");

        assertThat(Launcher.pages(new String[] {"build", "--source", dir.toString()})).isEqualTo(3);
        assertThat(Launcher.pages(new String[] {"check", "--source=" + dir})).isEqualTo(3);
    }

    @Test
    void aFolderWithoutContentCountsNoPages() {
        assertThat(Launcher.pages(new String[] {"build", "--source", dir.resolve("nowhere").toString()})).isZero();
    }

    @Test
    void theRealGuideIsSmallAndASyntheticThousandPagesWouldNotBe() throws Exception {
        Path root = Path.of(System.getProperty("guide.root", "..")).toAbsolutePath().normalize();
        long real = Launcher.pages(new String[] {"build", "--source", root.toString()});
        assertThat(real).isBetween(10L, (long) Launcher.LARGE_GUIDE);
        Files.createDirectories(dir.resolve("content"));
        for (int i = 0; i <= Launcher.LARGE_GUIDE; i++) Files.writeString(dir.resolve("content/p" + i + ".adoc"), "= P\n");
        assertThat(Launcher.pages(new String[] {"build", "--source", dir.toString()})).isGreaterThan(Launcher.LARGE_GUIDE);
    }
}
