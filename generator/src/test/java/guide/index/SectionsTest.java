package guide.index;

import guide.convert.Manuscript;
import guide.pages.Page;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A page is cut into its opening and one section per h2/h3 with an id, from the page's own content only. */
class SectionsTest {

    static Page page(String uri, String title, String summary, String html, Manuscript.Heading... headings) {
        Manuscript m = new Manuscript("content/" + uri.replace(".html", ".adoc"), uri, title, "page", false,
                Map.of("summary", summary), List.of(headings), List.of(), html);
        String document = "<html><body><nav>Guide contents Home Framework</nav><main><h1>" + title + "</h1>"
                + "<div data-guide-body>" + html + "</div></main><footer>Last reviewed 21 November 2026</footer></body></html>";
        return new Page(m, Jsoup.parse(document));
    }

    @Test
    void theOpeningAndEachHeadingWithAnIdBecomeASection() {
        Page page = page("part/example.html", "An example", "What the example shows.", """
                <div id="preamble"><p>The opening paragraph.</p></div>
                <div class="sect1"><h2 id="_first">First</h2><p>Text of the first section.</p>
                  <div class="sect2"><h3 id="_detail">Detail</h3><p>Text of the detail.</p><h4>Minor</h4><p>Still the detail.</p></div>
                </div>
                <div class="sect1"><h2>No id</h2><p>Belongs to the detail, as it cannot be linked to.</p></div>
                """, new Manuscript.Heading("_first", "First", 1), new Manuscript.Heading("_detail", "Detail", 2));

        List<Section> sections = Sections.of(page);

        assertThat(sections).extracting(Section::address)
                .containsExactly("part/example.html", "part/example.html#_first", "part/example.html#_detail");
        assertThat(sections).extracting(Section::heading).containsExactly("", "First", "Detail");
        assertThat(sections.get(0).body()).isEqualTo("The opening paragraph.");
        assertThat(sections.get(1).body()).isEqualTo("Text of the first section.");
        assertThat(sections.get(2).body()).isEqualTo("Text of the detail. Minor. Still the detail. No id. Belongs to the detail, as it cannot be linked to.");
        assertThat(sections).allSatisfy(s -> assertThat(s.title()).isEqualTo("An example"));
    }

    @Test
    void onlyTheOpeningCarriesThePageSummary() {
        Page page = page("a.html", "A", "The summary.", "<p>Opening.</p><h2 id=\"b\">B</h2><p>More.</p>",
                new Manuscript.Heading("b", "B", 1));

        assertThat(Sections.of(page)).extracting(Section::summary).containsExactly("The summary.", "");
    }

    @Test
    void navigationFooterScriptsAndHiddenTextAreNotIndexed() {
        Page page = page("a.html", "A", "", """
                <p>Visible words.</p><script>var secret = 1;</script><p hidden>Hidden words.</p>
                <span aria-hidden="true">Decoration</span><button type="button">Copy</button>
                """);

        String body = Sections.of(page).get(0).body();

        assertThat(body).isEqualTo("Visible words.");
        assertThat(body).doesNotContain("Guide contents", "Last reviewed");
    }

    @Test
    void headingTextIsTheAuthorsEvenWhenLaterStagesAddedToTheHeading() {
        Page page = page("a.html", "A", "", "<h2 id=\"why\">Why it matters<a class=\"anchor\" href=\"#why\">Link to this section</a></h2><p>Because.</p>",
                new Manuscript.Heading("why", "Why it matters", 1));

        Section why = Sections.of(page).get(1);

        assertThat(why.heading()).isEqualTo("Why it matters");
        assertThat(why.body()).isEqualTo("Because.");
    }

    @Test
    void textATemplateMarksForSearchFollowsThePageTextInPageOrder() {
        Manuscript m = new Manuscript("content/glossary/index.adoc", "glossary/index.html", "Glossary", "glossary",
                false, Map.of(), List.of(new Manuscript.Heading("_intro", "How to use it", 1)), List.of(), "");
        Page page = new Page(m, Jsoup.parse("""
                <main><h1>Glossary</h1><nav>On this page</nav>
                <div data-guide-body><p>Opening.</p><h2 id="_intro">How to use it</h2><p>Look words up.</p></div>
                <h2 id="abbreviations">Abbreviations</h2>
                <dl data-guide-search><dt>PrEP</dt><dd>pre-exposure prophylaxis</dd></dl>
                <div data-guide-search><h2 id="more">More</h2><p>Other terms.</p><div data-guide-search><p>Nested once.</p></div></div>
                <nav>Previous Next</nav></main>"""));

        List<Section> sections = Sections.of(page);

        assertThat(sections).extracting(Section::address)
                .containsExactly("glossary/index.html", "glossary/index.html#_intro", "glossary/index.html#more");
        assertThat(sections.get(1).body()).isEqualTo("Look words up. PrEP: pre-exposure prophylaxis.");
        assertThat(sections.get(2).body()).isEqualTo("Other terms. Nested once.");
    }

    @Test
    void inlineMarkupDoesNotSplitWordsButBlocksDo() {
        Page page = page("a.html", "A", "", "<p>drop-<em>in</em> clinic</p><ul><li>one</li><li>two</li></ul><p>line<br>break</p>");

        assertThat(Sections.of(page).get(0).body()).isEqualTo("drop-in clinic. one; two. line break.");
    }

    @Test
    void listItemsAndParagraphsKeepTheirBoundariesSoSnippetsDoNotRunThemTogether() {
        Page page = page("a.html", "A", "", """
                <p>The drop-in offers:</p>
                <ul><li><p>hot food</p></li><li><p>clothes and toiletries</p></li><li><p>a nurse, once a week.</p></li></ul>
                <p>It opens on Tuesdays</p><p>“Everyone is welcome”</p>
                <table><tr><td>Day</td><td>Time</td></tr></table>
                """);

        assertThat(Sections.of(page).get(0).body())
                .isEqualTo("The drop-in offers: hot food; clothes and toiletries; a nurse, once a week. It opens on Tuesdays. “Everyone is welcome”. Day; Time.");
    }
}
