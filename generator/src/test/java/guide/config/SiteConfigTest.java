package guide.config;

import guide.catalogue.Catalogue;
import guide.convert.Manuscripts;
import guide.problem.Problem;
import guide.problem.Problems;
import guide.site.Site;
import guide.sources.SourceTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Settings are read once and checked as they are read: every mistake is a problem at its file and line. */
class SiteConfigTest {
    @TempDir
    Path root;

    private void write(String file, String text) throws IOException {
        Path p = root.resolve(file);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @Test
    void aBrokenBackslashUEscapeIsAProblemAtItsLineNotACrash() throws IOException {
        write("site.properties", "site.name=Guide\n# a comment with \\u is fine\nsite.tagline=Caf\\u00e9 and C:\\\\users ok\nsite.organisation=Bad \\uZZ here\n");
        Problems problems = new Problems();
        SiteConfig.load(root, problems);
        assertThat(problems.sorted()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.file()).isEqualTo("site.properties");
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.fix()).contains("\\u00e9");
        });
    }

    @Test
    void aGoodEscapeMeansWhatJavaSaysItMeans() throws IOException {
        write("site.properties", "site.tagline=Caf\\u00e9\n");
        assertThat(SiteConfig.load(root, new Problems()).get("site.tagline")).isEqualTo("Café");
    }

    @Test
    void anUnknownKeyIsAProblemAtItsLineUnlessItIsTheEditionsOwn() throws IOException {
        write("site.properties", "site.name=Guide\n");
        write("local/site.properties", "site.name=Anytown\n\nexit.enable=false\nlocal.phone=0100 000 000\n");
        Problems problems = new Problems();
        SiteConfig config = SiteConfig.load(root, problems);
        assertThat(problems.sorted()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("local/site.properties");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("'exit.enable'");
            assertThat(p.fix()).contains("exit.enabled");
        });
        assertThat(config.siteName()).isEqualTo("Anytown");
        assertThat(config.where("site.name")).contains(new SiteConfig.Place("local/site.properties", 1));
        assertThat(config.get("local.phone", "")).isEqualTo("0100 000 000");
    }

    @Test
    void valuesOfTheWrongKindAreProblemsAtTheirLines() throws IOException {
        write("site.properties", "exit.enabled=yes\nexit.url=www.bbc.co.uk\nsite.language=en_GB!\nrepository.edit-url=\n");
        Problems problems = new Problems();
        SiteConfig.load(root, problems);
        assertThat(problems.sorted()).extracting(Problem::line).containsExactly(1, 2, 3);
    }

    @Test
    void aSettingLeftOutOrEmptyHasItsOneDefault() throws IOException {
        write("site.properties", "site.language=\n");
        SiteConfig config = SiteConfig.load(root, new Problems());
        assertThat(config.language()).isEqualTo("en-GB");
        assertThat(config.get("exit.url")).isEqualTo("https://www.bbc.co.uk/weather");
        assertThat(config.requiredMetadata()).isEmpty();
    }

    @Test
    void aBrokenEscapeInTheInterfaceTextIsAProblemAtItsLine() throws IOException {
        write("site.properties", "site.name=Guide\n");
        write("templates/messages.properties", "search.label=Search\nsearch.button=Go \\u12\n");
        Problems problems = new Problems();
        SourceTree sources = SourceTree.gather(root, root.resolve("work"));
        new Site(SiteConfig.load(root, problems), sources, problems, new Manuscripts(List.of()), new Catalogue(problems));
        assertThat(problems.sorted()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("templates/messages.properties");
            assertThat(p.line()).isEqualTo(2);
        });
    }
}
