package guide.convert;

import guide.problem.Problems;
import guide.sources.SourceTree;
import guide.testing.SiteFixture;
import org.asciidoctor.Asciidoctor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** A converter that built once converts again only the pages whose bytes, or whose surroundings, changed. */
class ConvertedCacheIT {
    static Asciidoctor asciidoctor;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        asciidoctor = Asciidoctor.Factory.create();
    }

    @AfterAll
    static void shutdown() {
        asciidoctor.shutdown();
    }

    private static Map<String, Manuscript> convert(Converter converter, SiteFixture site) {
        SourceTree sources = SourceTree.gather(site.root(), site.root().resolve("target/work"));
        List<Manuscript> all = converter.convert(sources, new Problems()).all();
        return all.stream().collect(Collectors.toMap(Manuscript::origin, Function.identity()));
    }

    @Test
    void onlyTheEditedPageIsConvertedAgain() {
        SiteFixture site = SiteFixture.copy("minimal", dir);
        Converter converter = new Converter(asciidoctor);
        Map<String, Manuscript> first = convert(converter, site);
        site.write("content/part/second.adoc", site.read("content/part/second.adoc") + "\nOne more sentence.\n");
        Map<String, Manuscript> second = convert(converter, site);

        assertThat(second.keySet()).isEqualTo(first.keySet());
        assertThat(second.get("content/part/second.adoc")).isNotSameAs(first.get("content/part/second.adoc"));
        assertThat(second.get("content/part/second.adoc").body()).contains("One more sentence.");
        for (String origin : first.keySet()) {
            if (!origin.equals("content/part/second.adoc")) assertThat(second.get(origin)).as(origin).isSameAs(first.get(origin));
        }
    }

    @Test
    void aChangedFileBesideThePagesConvertsEveryPageAgain() {
        SiteFixture site = SiteFixture.copy("minimal", dir);
        Converter converter = new Converter(asciidoctor);
        Map<String, Manuscript> first = convert(converter, site);
        site.write("content/part/picture.svg", site.read("content/part/picture.svg") + "\n<!-- changed -->\n");
        Map<String, Manuscript> second = convert(converter, site);

        for (String origin : first.keySet()) assertThat(second.get(origin)).as(origin).isNotSameAs(first.get(origin));
        assertThat(second.get("content/index.adoc").body()).isEqualTo(first.get("content/index.adoc").body());
    }

    @Test
    void aPageThatIncludesAFileIsConvertedEveryTime() {
        SiteFixture site = SiteFixture.copy("minimal", dir);
        site.write("content/part/snippet.txt", "Included words, first version.\n");
        site.write("content/part/later.adoc", site.read("content/part/later.adoc") + "\ninclude::snippet.txt[]\n");
        Converter converter = new Converter(asciidoctor);
        Map<String, Manuscript> first = convert(converter, site);
        Map<String, Manuscript> second = convert(converter, site);

        assertThat(second.get("content/part/later.adoc")).isNotSameAs(first.get("content/part/later.adoc"));
        assertThat(second.get("content/index.adoc")).isSameAs(first.get("content/index.adoc"));
    }
}
