package guide.check;

import guide.convert.Manuscript;
import guide.check.SourcesCheck.SourceList;
import guide.problem.Problem;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class SourcesCheckTest {
    static final String SOURCES = """
            sources:
              - id: yorkshire-humber
                title: Developing a public health approach to sex work across Yorkshire & Humber
              - id: newham
                title: "Case study: Sex work strategy co-production"
            required-in:
              - framework
              - practice-examples
            """;

    static SourceList list(String yaml) {
        return new SourceList(new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml), "content/sources.yml",
                yaml.lines().toList());
    }

    static Manuscript page(String uri, String sources) {
        Map<String, String> attributes = new TreeMap<>(Map.of("summary", "A page."));
        if (sources != null) attributes.put("sources", sources);
        List<String> lines = sources == null ? List.of("= A page", ":summary: A page.", "", "Text.")
                : List.of("= A page", ":summary: A page.", ":sources: " + sources, "", "Text.");
        return new Manuscript("content/" + uri.replace(".html", ".adoc"), uri, "A page", "page", false,
                attributes, List.of(), lines, "");
    }

    @Test
    void aFrameworkPageWithoutSourcesIsAnErrorAtItsTitleThatListsTheIdsToUse() {
        List<Problem> problems = SourcesCheck.check(List.of(page("framework/partnership.html", null)), List.of(list(SOURCES)));

        assertThat(problems).hasSize(1);
        Problem p = problems.get(0);
        assertThat(p.isError()).isTrue();
        assertThat(p.file()).isEqualTo("content/framework/partnership.adoc");
        assertThat(p.line()).isEqualTo(1);
        assertThat(p.message()).contains("does not say which source documents");
        assertThat(p.fix()).contains(":sources:", "yorkshire-humber, newham");
    }

    @Test
    void aLocalEditionsPageWithoutSourcesIsToldAboutItsOwnListToo() {
        Manuscript upstream = page("practice-examples/newham.html", null);
        Manuscript local = new Manuscript("local/content/practice-examples/anytown.adoc", "practice-examples/anytown.html",
                "A page", "page", false, Map.of("summary", "A page."), List.of(), upstream.lines(), "");

        List<Problem> problems = SourcesCheck.check(List.of(upstream, local), List.of(list(SOURCES)));

        assertThat(problems).hasSize(2);
        assertThat(problems.get(0).fix()).doesNotContain("sources-local.yml");
        assertThat(problems.get(1).file()).isEqualTo("local/content/practice-examples/anytown.adoc");
        assertThat(problems.get(1).fix()).contains("local/content/sources-local.yml");
    }

    @Test
    void aSourceThatIsNotInTheListIsAnErrorOnTheSourcesLine() {
        List<Problem> problems = SourcesCheck.check(
                List.of(page("practice-examples/newham.html", "newham; hackney, page 2")), List.of(list(SOURCES)));

        assertThat(problems).extracting(Problem::line).containsExactly(3);
        assertThat(problems.get(0).message()).contains("'hackney'");
        assertThat(problems.get(0).fix()).contains("yorkshire-humber, newham", "content/sources.yml");
    }

    @Test
    void anEmptyEntryBetweenSemicolonsIsAnError() {
        List<Problem> problems = SourcesCheck.check(List.of(page("framework/index.html", "newham;;")), List.of(list(SOURCES)));

        assertThat(problems).hasSize(2).allSatisfy(p -> assertThat(p.message()).contains("empty entry"));
    }

    @Test
    void listedSourcesWithWhereInTheDocumentPass() {
        List<Problem> problems = SourcesCheck.check(List.of(
                page("framework/index.html", "yorkshire-humber, the framework (pages 10 to 17), Figure 2; newham"),
                page("practice-examples/newham.html", " newham ")), List.of(list(SOURCES)));

        assertThat(problems).isEmpty();
    }

    @Test
    void everyPageOutsideTheRequiredFoldersNeedsTheLineTooAndTheFixOffersNoneForPagesAboutTheWebsite() {
        List<Problem> problems = SourcesCheck.check(List.of(page("glossary/index.html", null), page("index.html", null),
                page("about/accessibility.html", null), page("about/index.html", "nowhere")), List.of(list(SOURCES)));

        assertThat(problems).extracting(p -> p.file() + ":" + p.line()).containsExactly("content/glossary/index.adoc:1",
                "content/index.adoc:1", "content/about/accessibility.adoc:1", "content/about/index.adoc:3");
        assertThat(problems.get(2).message()).isEqualTo("The page does not say which source documents it is based on.");
        assertThat(problems.get(2).fix()).contains("yorkshire-humber, newham", "':sources: none'");
    }

    @Test
    void noneIsAcceptedForAPageAboutTheWebsiteOutsideTheRequiredFolders() {
        assertThat(SourcesCheck.check(List.of(page("about/accessibility.html", "none"), page("search.html", " none ")),
                List.of(list(SOURCES)))).isEmpty();
    }

    @Test
    void noneOnAFrameworkOrPracticeExamplePageIsAnErrorOnTheSourcesLine() {
        List<Problem> problems = SourcesCheck.check(List.of(page("framework/partnership.html", "none"),
                page("practice-examples/newham.html", "none")), List.of(list(SOURCES)));

        assertThat(problems).extracting(p -> p.file() + ":" + p.line()).containsExactly(
                "content/framework/partnership.adoc:3", "content/practice-examples/newham.adoc:3");
        assertThat(problems.get(0).message()).contains("':sources: none'", "content/framework/", "at least one source document");
        assertThat(problems.get(0).fix()).contains("yorkshire-humber, newham", "docs/editorial-note.md");
    }

    @Test
    void noneNextToADocumentIsAnError() {
        List<Problem> problems = SourcesCheck.check(List.of(page("about/index.html", "none; newham")), List.of(list(SOURCES)));

        assertThat(problems).extracting(Problem::message).containsExactly("The :sources: line says 'none' and also names documents.");
    }

    @Test
    void aSiteWithNoSourcesListAsksNoPageForTheLine() {
        assertThat(SourcesCheck.check(List.of(page("framework/partnership.html", null), page("index.html", null)), List.of()))
                .isEmpty();
    }

    @Test
    void aDocumentCannotTakeTheIdNone() {
        assertThat(SourcesCheck.check(List.of(), List.of(list("""
                sources:
                  - id: none
                    title: A document
                """)))).extracting(p -> p.line() + " " + p.message())
                .containsExactly("2 The id 'none' is kept for pages that draw on no document.");
    }

    @Test
    void aDraftIsNotChecked() {
        Manuscript m = page("framework/partnership.html", null);
        Manuscript draft = new Manuscript(m.origin(), m.uri(), m.title(), m.type(), true, m.attributes(), m.headings(), m.lines(), m.body());

        assertThat(SourcesCheck.check(List.of(draft), List.of(list(SOURCES)))).isEmpty();
    }

    @Test
    void aLocalEditionsOwnListAddsDocumentsWithoutReplacingTheGuides() {
        SourceList local = list("""
                sources:
                  - id: anytown-council
                    title: Anytown drop-in report
                """);

        assertThat(SourcesCheck.check(List.of(page("practice-examples/anytown.html", "anytown-council; newham")),
                List.of(list(SOURCES), local))).isEmpty();
    }

    @Test
    void aSourcesFileWithDuplicateOrMissingIdsOrTitlesSaysWhichLine() {
        List<Problem> problems = SourcesCheck.check(List.of(), List.of(list("""
                sources:
                  - id: newham
                    title: One
                  - id: newham
                    title: Two
                  - title: No id
                  - id: Bad Id
                    title: Three
                  - id: untitled
                """)));

        assertThat(problems).extracting(p -> p.line() + " " + p.message()).containsExactly(
                "4 The id 'newham' is listed twice.",
                "6 A document in the sources list has no id.",
                "7 The id 'Bad Id' has characters an id cannot have.",
                "9 The document 'untitled' has no title.");
    }

    @Test
    void aPageThatNamesSourcesWhenTheGuideHasNoListIsAnError() {
        List<Problem> problems = SourcesCheck.check(List.of(page("about/index.html", "newham")), List.of());

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).message()).contains("no content/sources.yml");
    }

    @Test
    void aSourcesFileWithoutASourcesListIsAnError() {
        assertThat(SourcesCheck.check(List.of(), List.of(list("documents: []")))).extracting(Problem::message)
                .containsExactly("This file has no 'sources:' list.");
    }
}
