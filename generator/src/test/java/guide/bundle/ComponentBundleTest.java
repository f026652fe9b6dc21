package guide.bundle;

import guide.bake.Site;
import guide.config.SiteConfig;
import guide.problem.Problem;
import guide.problem.Problems;
import guide.sources.SourceTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ComponentBundleTest {
    @TempDir Path root;

    private Site site(Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path p = root.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue());
        }
        SourceTree sources = SourceTree.gather(root, root.resolve("work"));
        return new Site(new SiteConfig(Map.of()), sources, new Problems());
    }

    @Test
    void joinsTheListedComponentsInListOrderIntoOneStylesheetAndOneScript() throws IOException {
        Site site = site(Map.of(
                "assets/components/components.txt", "# comment\nbase\n\nexit-this-page\n",
                "assets/components/base/base.css", "body { margin: 0; }",
                "assets/components/exit-this-page/exit-this-page.css", ".exit { color: red; }\r\n",
                "assets/components/exit-this-page/exit-this-page.js", "leave();\n",
                "assets/components/unlisted/unlisted.css", ".unlisted {}"));
        Path staging = root.resolve("staging");
        Files.createDirectories(staging.resolve("components/base"));
        Files.writeString(staging.resolve("components/base/base.css"), "copied by the bake stage");
        new ComponentBundle().run(null, site, staging);
        assertThat(staging.resolve("components")).as("the separate files are not published").doesNotExist();
        assertThat(Files.readString(staging.resolve("css/guide.css")))
                .isEqualTo("/* base */\nbody { margin: 0; }\n/* exit-this-page */\n.exit { color: red; }\n");
        assertThat(Files.readString(staging.resolve("js/guide.js"))).isEqualTo("/* exit-this-page */\nleave();\n");
        assertThat(site.problems().sorted()).isEmpty();
    }

    @Test
    void aListedComponentWithoutFilesIsAnErrorAtItsLine() throws IOException {
        Site site = site(Map.of(
                "assets/components/components.txt", "base\nmissing\n",
                "assets/components/base/base.css", "body {}"));
        new ComponentBundle().run(null, site, root.resolve("staging"));
        assertThat(site.problems().sorted()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.file()).isEqualTo("assets/components/components.txt");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("'missing'");
        });
    }

    @Test
    void aLocalEditionCanReplaceOneComponentsStyle() throws IOException {
        Site site = site(Map.of(
                "assets/components/components.txt", "base\n",
                "assets/components/base/base.css", "upstream",
                "local/assets/components/base/base.css", "local"));
        Path staging = root.resolve("staging");
        new ComponentBundle().run(null, site, staging);
        assertThat(Files.readString(staging.resolve("css/guide.css"))).isEqualTo("/* base */\nlocal\n");
    }

    @Test
    void withoutTheListTheBuildSaysWhatToAdd() throws IOException {
        Site site = site(Map.of("assets/components/base/base.css", "x"));
        new ComponentBundle().run(null, site, root.resolve("staging"));
        assertThat(site.problems().sorted()).extracting(Problem::file).containsExactly("assets/components/components.txt");
    }
}
