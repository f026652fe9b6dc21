package guide.bundle;

import guide.site.Site;
import guide.catalogue.Catalogue;
import guide.config.SiteConfig;
import guide.convert.Manuscripts;
import guide.sources.PublishedFiles;
import guide.problem.Problem;
import guide.problem.Problems;
import guide.sources.SourceTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        Problems problems = new Problems();
        Catalogue catalogue = new Catalogue(problems);
        PublishedFiles.of(sources).forEach((path, file) -> catalogue.addFile(path, sources.origin(file), file));
        return new Site(new SiteConfig(Map.of()), sources, problems, new Manuscripts(List.of()), catalogue);
    }

    private static String text(Site site, String path) {
        return new String(site.catalogue().get(path).orElseThrow().content().bytes(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void joinsTheListedComponentsInListOrderIntoOneStylesheetAndOneScript() throws IOException {
        Site site = site(Map.of(
                "assets/components/components.txt", "# comment\nbase\n\nexit-this-page\n",
                "assets/components/base/base.css", "body { margin: 0; }",
                "assets/components/exit-this-page/exit-this-page.css", ".exit { color: red; }\r\n",
                "assets/components/exit-this-page/exit-this-page.js", "leave();\n",
                "assets/components/unlisted/unlisted.css", ".unlisted {}"));
        assertThat(site.catalogue().contains("components/base/base.css")).as("gathered with the other assets").isTrue();
        new ComponentBundle().emit(null, site, site.catalogue());
        assertThat(site.catalogue().paths()).as("the separate files are not published").noneMatch(p -> p.startsWith("components/"));
        assertThat(text(site, "css/guide.css"))
                .isEqualTo("/* base */\nbody { margin: 0; }\n/* exit-this-page */\n.exit { color: red; }\n");
        assertThat(text(site, "js/guide.js")).isEqualTo("/* exit-this-page */\nleave();\n");
        assertThat(site.problems().sorted()).isEmpty();
    }

    @Test
    void aListedComponentWithoutFilesIsAnErrorAtItsLine() throws IOException {
        Site site = site(Map.of(
                "assets/components/components.txt", "base\nmissing\n",
                "assets/components/base/base.css", "body {}"));
        new ComponentBundle().emit(null, site, site.catalogue());
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
        new ComponentBundle().emit(null, site, site.catalogue());
        assertThat(text(site, "css/guide.css")).isEqualTo("/* base */\nlocal\n");
    }

    @Test
    void withoutTheListTheBuildSaysWhatToAdd() throws IOException {
        Site site = site(Map.of("assets/components/base/base.css", "x"));
        new ComponentBundle().emit(null, site, site.catalogue());
        assertThat(site.problems().sorted()).extracting(Problem::file).containsExactly("assets/components/components.txt");
    }
}
