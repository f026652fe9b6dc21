package guide.allowlist;

import guide.allowlist.PageAllowList.Kind;
import guide.allowlist.PageAllowList.Violation;
import guide.convert.Manuscript;
import guide.problem.Problem;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A page's converted AsciiDoc may hold Asciidoctor's own HTML and nothing that runs, loads, sends or redirects. */
class PageAllowListTest {
    private final PageAllowList list = PageAllowList.standard();

    private List<Violation> violations(String html) {
        return list.violations(html, "part/page.html");
    }

    /** What Asciidoctor 2 writes for the blocks a guide uses (copied from its HTML5 output). */
    static final String ASCIIDOCTOR = """
            <div id="preamble"><div class="sectionbody"><div class="paragraph"><p>Intro with <a href="../other.html#part">a link</a>,
            <a href="https://www.gov.uk" target="_blank" rel="noopener">GOV.UK</a>, <a href="mailto:team@example.org">mail</a>,
            <a href="tel:+441234">phone</a> and <a href="#anchor">[anchor]</a>.</p></div></div></div>
            <div class="sect1"><h2 id="a-section">A section</h2><div class="sectionbody">
            <div class="ulist"><ul><li><p>one</p></li></ul></div>
            <div class="olist arabic"><ol class="arabic" start="2"><li><p>two</p></li></ol></div>
            <div class="dlist"><dl><dt class="hdlist1">Term</dt><dd><p>Meaning</p></dd></dl></div>
            <table class="tableblock frame-all grid-all stretch" style="width: 80%;"><caption class="title">Table 1. T</caption>
            <colgroup><col style="width: 50%;"><col style="width: 50%;"></colgroup><thead><tr><th class="tableblock halign-left valign-top">A</th></tr></thead>
            <tbody><tr><td class="tableblock halign-left valign-top" colspan="2"><p class="tableblock">1</p></td></tr></tbody></table>
            <div class="admonitionblock note"><table><tbody><tr><td class="icon"><div class="title">Note</div></td><td class="content">Careful.</td></tr></tbody></table></div>
            <div class="imageblock"><div class="content"><img src="picture.svg" alt="pic" width="20" height="10"></div></div>
            <div class="paragraph"><p><sup class="footnote">[<a id="_footnoteref_1" class="footnote" href="#_footnotedef_1" title="View footnote.">1</a>]</sup>
            <code>code</code> <strong>bold</strong> <em>it</em> <mark>mark</mark> <sup>sup</sup> <sub>sub</sub> <kbd>Ctrl</kbd>
            <abbr title="National Health Service">NHS</abbr> <span class="line-through">old</span></p></div>
            <div class="listingblock"><div class="content"><pre class="highlight"><code class="language-html" data-lang="html">&lt;script&gt;shown, not run&lt;/script&gt;</code></pre></div></div>
            <div class="quoteblock"><blockquote><div class="paragraph"><p>Quote</p></div></blockquote><div class="attribution">&#8212; Someone<br><cite>Book</cite></div></div>
            <details><summary class="title">More</summary><div class="content"><div class="paragraph"><p>Hidden</p></div></div></details>
            <div class="colist arabic"><ol><li><p><i class="conum" data-value="1"></i><b>(1)</b> callout</p></li></ol></div>
            <hr><div id="footnotes"><hr><div class="footnote" id="_footnotedef_1"><a href="#_footnoteref_1">1</a>. A note.</div></div></div></div>
            """;

    @Test
    void asciidoctorsOwnHtmlForTheBlocksAGuideUsesIsAllowed() {
        assertThat(violations(ASCIIDOCTOR)).isEmpty();
    }

    @Test
    void everyElementThatRunsLoadsSendsOrRedirectsIsRefused() {
        for (String tag : List.of("<script>alert(1)</script>", "<iframe src=\"https://evil.example/\"></iframe>",
                "<object data=\"x\"></object>", "<embed src=\"x\">", "<form action=\"https://evil.example/\"><input name=q></form>",
                "<meta http-equiv=\"refresh\" content=\"5;url=https://evil.example/\">", "<base href=\"https://evil.example/\">",
                "<link rel=\"stylesheet\" href=\"https://evil.example/x.css\">", "<style>body{display:none}</style>",
                "<svg onload=alert(1)></svg>", "<video src=\"x.mp4\"></video>", "<noscript><p>x</p></noscript>",
                "<textarea>", "<button>Send</button>", "<template><script>x</script></template>")) {
            String name = tag.substring(1, tag.indexOf(tag.contains(" ") && tag.indexOf(' ') < tag.indexOf('>') ? ' ' : '>'));
            assertThat(violations("<div class=\"paragraph\"><p>x</p></div>" + tag))
                    .as(tag).contains(new Violation(Kind.ELEMENT, name, ""));
        }
    }

    @Test
    void anElementInsideARefusedOneIsNotReportedAgain() {
        assertThat(violations("<form action=\"https://evil.example/\"><input name=q><button>Go</button></form>"))
                .containsExactly(new Violation(Kind.ELEMENT, "form", ""));
    }

    @Test
    void eventAttributesAndStylesAreRefusedOnAllowedElements() {
        assertThat(violations("<p><span onmouseover=\"alert(1)\">x</span> <a href=\"#a\" onclick=\"x()\">y</a>"
                + " <img src=\"a.png\" alt=\"a\" onerror=\"x()\"> <span style=\"position:fixed\">z</span></p>"))
                .extracting(Violation::name).containsExactly("onmouseover", "onclick", "onerror", "style");
    }

    @Test
    void javascriptAndDataAddressesAreRefusedHoweverTheyAreWritten() {
        for (String href : List.of("javascript:alert(1)", "JaVaScRiPt:alert(1)", "java&#x09;script:alert(1)",
                "&#106;avascript:alert(1)", " javascript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=", "vbscript:x",
                "ftp://old.example/")) {
            assertThat(violations("<p><a href=\"" + href + "\">x</a></p>")).as(href).singleElement()
                    .satisfies(v -> {
                        assertThat(v.kind()).isEqualTo(Kind.ADDRESS);
                        assertThat(v.name()).isEqualTo("href");
                    });
        }
        assertThat(violations("<p><img src=\"data:image/png;base64,AAAA\" alt=\"x\"></p>")).singleElement()
                .extracting(Violation::kind).isEqualTo(Kind.ADDRESS);
    }

    @Test
    void bodyAndHtmlTagsThatWouldPutAttributesOnThePageAreRefused() {
        assertThat(violations("<body onload=\"alert(1)\"><p>x</p>")).extracting(Violation::name).contains("body");
    }

    @Test
    void aStrayEndTagOrAnHtmlCommentIsRefused() {
        assertThat(violations("<p>x</p></div></main><p>outside the text</p>")).extracting(Violation::kind)
                .contains(Kind.MALFORMED);
        assertThat(violations("<p>x</p><!-- the rest of the page is hidden")).extracting(Violation::kind)
                .containsExactly(Kind.COMMENT);
    }

    @Test
    void aSiteSettingWidensTheListButNeverForScriptOrEventAttributes() {
        PageAllowList widened = PageAllowList.widen("video, video@src video@controls, script, video@onplay, p@OnClick");
        assertThat(widened.widened()).containsExactly("video", "video@src", "video@controls");
        assertThat(widened.violations("<video src=\"clip.mp4\" controls></video>", "a.html")).isEmpty();
        assertThat(widened.violations("<video src=\"clip.mp4\" onplay=\"x()\"></video><script>x</script>", "a.html"))
                .extracting(Violation::name).containsExactly("onplay", "script");
        assertThat(PageAllowList.refused("p@onclick")).isTrue();
    }

    @Test
    void eachProblemPointsAtTheAsciidocLineThatWroteIt() {
        List<String> lines = List.of(
                "= Evil page",                                          // 1
                ":summary: Bad.",                                       // 2
                "",                                                     // 3
                "++++",                                                 // 4
                "<SCRIPT>alert(1)</SCRIPT>",                            // 5
                "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">", // 6
                "++++",                                                 // 7
                "",                                                     // 8
                "Inline pass:[<span onmouseover=\"alert(1)\">x</span>].", // 9
                "",                                                     // 10
                "link:javascript:alert(1)[click me]",                   // 11
                "",                                                     // 12
                "pass:[<script>again()</script>]");                     // 13
        Manuscript m = new Manuscript("content/part/evil.adoc", "part/evil.html", "Evil page", "page",
                false, Map.of(), List.of(), lines, "");
        String body = "<script>alert(1)</script>\n<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">"
                + "<div class=\"paragraph\"><p>Inline <span onmouseover=\"alert(1)\">x</span>.</p></div>"
                + "<div class=\"paragraph\"><p><a href=\"javascript:alert(1)\">click me</a></p></div>"
                + "<div class=\"paragraph\"><p><script>again()</script></p></div>";

        List<Problem> problems = AllowListCheck.check(m, body, list);

        assertThat(problems).extracting(p -> p.file() + ":" + p.line()).containsExactly(
                "content/part/evil.adoc:5", "content/part/evil.adoc:6", "content/part/evil.adoc:9",
                "content/part/evil.adoc:11", "content/part/evil.adoc:13");
        assertThat(problems).allMatch(Problem::isError);
        assertThat(problems.get(0).message()).isEqualTo("The page holds HTML the guide does not publish: a <script> element.");
        assertThat(problems.get(0).fix()).contains("pages cannot run scripts");
        assertThat(problems.get(1).fix()).contains("redirect");
        assertThat(problems.get(3).message()).contains("javascript:alert(1)");
    }
}
