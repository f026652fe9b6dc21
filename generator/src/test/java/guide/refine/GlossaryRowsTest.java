package guide.refine;

import guide.problem.Problem;
import guide.testing.InMemorySite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The glossary keeps only the abbreviations a published page uses: a row whose only page an edition left
 * out is taken out and listed as mended; one no page of the guide ever used is a warning at its line.
 */
class GlossaryRowsTest {
    @TempDir
    Path dir;

    static final String DATA = """
            abbreviations:
              - term: JSNA
                meaning: Joint Strategic Needs Assessment
              - term: NHS
                meaning: National Health Service
              - term: OHID
                meaning: Office for Health Improvement and Disparities
            """;

    static final String GLOSSARY = "<h2 class=\"glossary__heading\">Abbreviations</h2><dl class=\"glossary\">"
            + "<div class=\"glossary__row\"><dt class=\"glossary__term\" id=\"jsna\"><abbr>JSNA</abbr></dt><dd>Joint Strategic Needs Assessment</dd></div>"
            + "<div class=\"glossary__row\"><dt class=\"glossary__term\" id=\"nhs\"><abbr>NHS</abbr></dt><dd>National Health Service</dd></div>"
            + "<div class=\"glossary__row\"><dt class=\"glossary__term\" id=\"ohid\"><abbr>OHID</abbr></dt><dd>Office for Health Improvement and Disparities</dd></div>"
            + "</dl>";

    InMemorySite site(Path root) {
        return InMemorySite.in(root)
                .file("content/glossary/abbreviations.yml", DATA)
                .page("content/glossary/index.adoc", "= Glossary\n:jbake-type: glossary\n\nLook them up here.\n",
                        "<p>Look them up here.</p>", "<main>{body}" + GLOSSARY + "</main>")
                .page("content/part/first.adoc", "= First\n\nThe NHS and partners.\n", "<p>The NHS and partners.</p>");
    }

    @Test
    void aRowOnlyARemovedPageUsedIsTakenOutAndListedAsMended() {
        InMemorySite.Built built = site(dir)
                .file("content/part/gone.adoc", "= Gone\n\nHackney's JSNA found it.\n")
                .file("local/remove.txt", "content/part/gone.adoc\n")
                .build();
        new Abbreviations().refine(built.pages(), built.site());
        Document glossary = built.pages().byUri("glossary/index.html").orElseThrow().document();
        assertThat(glossary.select("dt.glossary__term").eachText()).containsExactly("NHS");

        List<Problem> said = built.problems().sorted();
        assertThat(said).filteredOn(p -> p.message().contains("'JSNA'"))
                .extracting(p -> p.file() + ":" + p.line() + " " + p.severity())
                .containsExactly("content/glossary/abbreviations.yml:2 NOTE");
        assertThat(said).filteredOn(p -> p.message().contains("'JSNA'")).first().extracting(Problem::message).asString()
                .contains("content/part/gone.adoc").contains("local/remove.txt");
        // OHID was used nowhere, edition or not: the data file is worth a look.
        assertThat(said).filteredOn(p -> p.message().contains("'OHID'"))
                .extracting(p -> p.file() + ":" + p.line() + " " + p.severity())
                .containsExactly("content/glossary/abbreviations.yml:6 WARNING");
        assertThat(said).filteredOn(p -> p.message().contains("'NHS'")).isEmpty();
    }

    @Test
    void aRowOnlyTheGuidesVersionOfAReplacedPageUsedIsNotedAsTheEditionsDoing() {
        InMemorySite.Built built = InMemorySite.in(dir)
                .file("content/glossary/abbreviations.yml", DATA)
                .page("content/glossary/index.adoc", "= Glossary\n:jbake-type: glossary\n\nText.\n",
                        "<p>Text.</p>", "<main>{body}" + GLOSSARY + "</main>")
                .file("content/part/first.adoc", "= First\n\nThe NHS, the JSNA and OHID.\n")
                .page("local/content/part/first.adoc", "= First\n\nThe NHS and OHID in Anytown.\n", "<p>The NHS and OHID in Anytown.</p>")
                .build();
        new Abbreviations().refine(built.pages(), built.site());
        assertThat(built.pages().byUri("glossary/index.html").orElseThrow().document().select("dt").eachText())
                .containsExactly("NHS", "OHID");
        assertThat(built.problems().sorted()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Problem.Severity.NOTE);
            assertThat(p.message()).contains("'JSNA'", "content/part/first.adoc", "your copy in local/ replaces");
        });
    }

    @Test
    void whenEveryAbbreviationIsUsedTheGlossaryIsWholeAndNothingIsSaid() {
        InMemorySite.Built built = site(dir)
                .page("content/part/second.adoc", "= Second\n\n== OHID\n\nThe JSNA.\n", "<h2>OHID</h2><p>The JSNA.</p>")
                .build();
        new Abbreviations().refine(built.pages(), built.site());
        Document glossary = built.pages().byUri("glossary/index.html").orElseThrow().document();
        assertThat(glossary.select("dt.glossary__term").eachText()).containsExactly("JSNA", "NHS", "OHID");
        assertThat(built.problems().sorted()).isEmpty();
    }

    @Test
    void aGlossaryLeftWithNoRowsLosesItsHeadingToo() {
        InMemorySite.Built built = InMemorySite.in(dir)
                .file("content/glossary/abbreviations.yml", DATA)
                .page("content/glossary/index.adoc", "= Glossary\n:jbake-type: glossary\n\nText.\n",
                        "<p>Text.</p>", "<main>{body}" + GLOSSARY + "</main>")
                .build();
        new Abbreviations().refine(built.pages(), built.site());
        Document glossary = built.pages().byUri("glossary/index.html").orElseThrow().document();
        assertThat(glossary.select("dl.glossary, .glossary__heading")).isEmpty();
        assertThat(built.problems().sorted()).hasSize(3);
    }
}
