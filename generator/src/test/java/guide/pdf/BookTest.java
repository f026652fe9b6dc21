package guide.pdf;

import guide.convert.Manuscript;
import guide.pages.Page;
import guide.testing.PdfUa;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The book made from a few hand-written pages: what it keeps, what it leaves out, its links and ids; and veraPDF's verdicts. */
class BookTest {
    @TempDir
    Path files;

    private static Page page(String uri, String title, String reviewed, String main) {
        Manuscript m = new Manuscript("content/" + uri.replace(".html", ".adoc"), uri, title, "page", false,
                Map.of("reviewed", reviewed), List.of(), List.of(), "");
        Document doc = Jsoup.parse("<html lang=en-GB><body><nav>Site menu</nav><main><h1>" + title + "</h1>" + main
                + "<nav class=pagination><a href=x.html>Next</a></nav></main><footer>Footer</footer></body></html>");
        return new Page(m, doc);
    }

    private final Page intro = page("intro/index.html", "Introduction", "2026-03-01",
            "<div data-guide-body><h2 id=why>Why</h2><p>See <a href=../framework/partnership.html#what-good-looks-like>what good looks like</a>"
                    + " and <a href=https://www.example.org/report>the report</a> and <a href=#why>this section</a>.</p>"
                    + "<button type=button>Save</button><div data-needs-script hidden><p>Only with scripts</p></div></div>");
    private final Page partnership = page("framework/partnership.html", "Working in partnership", "2026-11-21",
            "<div data-guide-body><h2 id=why>Why</h2><h2 id=what-good-looks-like>What good looks like</h2><p>Partners <abbr title=\"National Health Service\">NHS</abbr>.</p></div>");

    private static final String LOGO = "<svg xmlns='http://www.w3.org/2000/svg' width='120' height='40' viewBox='0 0 120 40'>"
            + "<rect width='120' height='40' fill='#00524c'/></svg>";

    private Book book() {
        Book.Cover cover = new Book.Cover("A guide", "For stakeholders", "A steering group", "Published by A steering group",
                "Last reviewed: 21 November 2026", "", "", "en-GB", "");
        return new Book(cover, List.of(new Book.Chapter(intro, List.of()), new Book.Chapter(partnership, List.of())), "Contents",
                path -> path.equals("images/logo.svg") ? java.util.Optional.of(LOGO.getBytes()) : java.util.Optional.empty());
    }

    /** The book's parts as one document, to read the book as a whole. */
    private static Document whole(Book book) {
        Document all = Document.createShell("");
        for (Document part : book.parts("")) {
            for (Element e : part.head().select("bookmarks")) all.head().appendChild(e.clone());
            for (Element e : part.body().children()) all.body().appendChild(e.clone());
        }
        return all;
    }

    @Test
    void theFrontMatterAndEachChapterAreAPartOfTheirOwnAndLinksBetweenThemKeepTheirTarget() {
        List<Document> parts = book().parts("");
        assertThat(parts).hasSize(3);
        assertThat(parts.get(0).select(".cover, .contents")).hasSize(2);
        assertThat(parts.get(0).select(".chapter")).isEmpty();
        assertThat(parts.get(0).select(".contents a").eachAttr("href")).containsExactly("#p-intro", "#p-framework-partnership");
        assertThat(parts.get(1).select(".chapter h1").eachText()).containsExactly("Introduction");
        assertThat(parts.get(2).select(".chapter h1").eachText()).containsExactly("Working in partnership");
        // The link is written in part 1; its target is in part 2, under the same unique id.
        String target = parts.get(1).selectFirst("a:contains(what good looks like)").attr("href").substring(1);
        assertThat(parts.get(1).getElementById(target)).isNull();
        assertThat(parts.get(2).getElementById(target).text()).isEqualTo("What good looks like");
        // Each part carries only its own bookmarks.
        assertThat(parts.get(1).select("bookmarks > bookmark").eachAttr("name")).containsExactly("Introduction");
        assertThat(parts.get(0).select("bookmarks")).isEmpty();
    }

    @Test
    void aLinkToASectionOfAnotherPageBecomesALinkToThatSectionInsideTheBook() {
        Document html = whole(book());
        Element link = html.selectFirst("a:contains(what good looks like)");
        String target = link.attr("href").substring(1);
        assertThat(html.getElementById(target)).isNotNull();
        assertThat(html.getElementById(target).text()).isEqualTo("What good looks like");
        assertThat(html.selectFirst("a:contains(this section)").attr("href")).isEqualTo("#p-intro--why");
    }

    @Test
    void theSameIdOnTwoPagesStaysTwoDifferentIds() {
        Document html = whole(book());
        assertThat(html.select("h2:contains(Why)").eachAttr("id")).containsExactly("p-intro--why", "p-framework-partnership--why");
    }

    @Test
    void anOutsideAddressIsPrintedAfterTheLinksWords() {
        Document html = whole(book());
        Element link = html.selectFirst("a:contains(the report)");
        assertThat(link.attr("href")).isEqualTo("https://www.example.org/report");
        assertThat(link.parent().text()).contains("the report (https://www.example.org/report)");
    }

    @Test
    void navigationButtonsAndScriptOnlyPartsAreLeftOut() {
        String text = whole(book()).body().text();
        assertThat(text).doesNotContain("Site menu", "Next", "Save", "Only with scripts", "Footer");
        assertThat(text).contains("Introduction", "Working in partnership", "What good looks like");
    }

    @Test
    void theContentsAndBookmarksNameEveryPageInReadingOrder() {
        Document html = whole(book());
        assertThat(html.select(".contents a").eachText()).containsExactly("Introduction", "Working in partnership");
        assertThat(html.select("bookmarks > bookmark").eachAttr("name")).containsExactly("Introduction", "Working in partnership");
        assertThat(html.select("bookmarks bookmark[name=Working in partnership] > bookmark").eachAttr("name"))
                .containsExactly("Why", "What good looks like");
    }

    @Test
    void asciiDocsWrappersAreLeftOutOfTheBookButWhatTheyHoldAndOneWithAnIdStay() {
        Page wrapped = page("wrapped.html", "Wrapped", "2026-03-01", "<div data-guide-body><div class=prose><div class=sect1>"
                + "<h2 id=s>S</h2><div class=sectionbody><div class=paragraph><p>Held</p></div><div class=ulist><ul><li>Item</li></ul></div>"
                + "<div class=paragraph id=kept><p>Pointed at</p></div></div></div></div></div>");
        Book.Cover cover = new Book.Cover("A guide", "", "", "", "", "", "", "en-GB", "");
        Document part = new Book(cover, List.of(new Book.Chapter(wrapped, List.of())), "Contents", path -> java.util.Optional.empty())
                .parts("").get(1);
        Element chapter = part.selectFirst(".chapter");
        assertThat(chapter.select("div.prose, div.sect1, div.sectionbody, div.ulist, div.paragraph:not([id])")).isEmpty();
        assertThat(chapter.select("[id]").eachAttr("id")).contains("p-wrapped--s", "p-wrapped--kept");
        // What they held is where it was: the heading, paragraph and list now side by side.
        Element heading = chapter.getElementById("p-wrapped--s");
        assertThat(heading.nextElementSibling().text()).isEqualTo("Held");
        assertThat(heading.nextElementSibling().nextElementSibling().select("li").eachText()).containsExactly("Item");
        assertThat(chapter.getElementById("p-wrapped--kept").text()).isEqualTo("Pointed at");
    }

    @Test
    void theBooksDateIsTheLatestReviewOfItsPages() {
        assertThat(Book.latestReview(List.of(intro, partnership))).isEqualTo("2026-11-21");
    }

    @Test
    void aSmallBookPassesVeraPdfAndTheSameBookGivesTheSameBytes() {
        Book.Cover cover = new Book.Cover("A guide", "", "", "", "", "", "", "en-GB", "");
        Map<String, String> brand = Map.of("brand.accent", "#0b3c49", "brand.link", "#1d5b9b");
        byte[] first = GuidePdf.render(book(), cover, brand, "2026-11-21").bytes();
        assertThat(PdfUa.failures(first)).isEmpty();
        assertThat(GuidePdf.render(book(), cover, brand, "2026-11-21").bytes()).isEqualTo(first);
    }

    @Test
    void aLinkToASectionInAnotherChapterGoesToThePageAndPlaceOfThatSection() throws Exception {
        Book.Cover cover = new Book.Cover("A guide", "", "", "", "", "", "", "en-GB", "");
        byte[] pdf = GuidePdf.render(book(), cover, Map.of(), "2026-11-21").bytes();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDAnnotationLink link = null;
            int from = -1;
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                for (PDAnnotation a : doc.getPage(i).getAnnotations()) {
                    if (a instanceof PDAnnotationLink l && "what good looks like".equals(l.getContents())) {
                        link = l;
                        from = i;
                    }
                }
            }
            assertThat(link).isNotNull();
            var dest = (org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination)
                    ((org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo) link.getAction()).getDestination();
            int to = doc.getPages().indexOf(dest.getPage());
            assertThat(to).isGreaterThan(from);
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setStartPage(to + 1);
            stripper.setEndPage(to + 1);
            assertThat(stripper.getText(doc)).contains("What good looks like");
            // The place is the section's heading, below the page's title (both near the top of an A4 page).
            assertThat(dest.getTop()).isBetween(500, 800);
        }
    }

    @Test
    void theCoversLogoComesFromTheSitesFilesAndIsAFigureWithItsAltText() throws Exception {
        Book.Cover cover = new Book.Cover("A guide", "", "", "", "", "images/logo.svg", "Anytown Council", "en-GB", "");
        Book withLogo = new Book(cover, List.of(new Book.Chapter(intro, List.of())), "Contents",
                path -> path.equals("images/logo.svg") ? java.util.Optional.of(LOGO.getBytes()) : java.util.Optional.empty());
        byte[] pdf = GuidePdf.render(withLogo, cover, Map.of(), "2026-11-21").bytes();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement> all = new java.util.ArrayList<>();
            GuidePdfIT.collect(doc.getDocumentCatalog().getStructureTreeRoot(), all);
            assertThat(all.stream().filter(e -> e.getStructureType().equals("Figure")).map(e -> e.getAlternateDescription()))
                    .containsExactly("Anytown Council");
        }
        assertThat(PdfUa.failures(pdf)).isEmpty();
    }

    @Test
    void veraPdfReportsALinkThatLostItsDescription() throws Exception {
        Book.Cover cover = new Book.Cover("A guide", "", "", "", "", "", "", "en-GB", "");
        byte[] good = GuidePdf.render(book(), cover, Map.of(), "2026-11-21").bytes();
        try (PDDocument doc = Loader.loadPDF(good)) {
            for (PDPage p : doc.getPages()) {
                for (PDAnnotation a : p.getAnnotations()) if (a instanceof PDAnnotationLink) a.getCOSObject().removeItem(COSName.CONTENTS);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            assertThat(PdfUa.failures(out.toByteArray())).containsKey("7.18.5-2");
        }
    }

    @Test
    void veraPdfReportsAnUntaggedPdfWithAFontThatIsNotEmbedded() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.beginText();
                s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                s.showText("Not accessible");
                s.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            assertThat(PdfUa.failures(out.toByteArray())).containsKeys("6.2-1", "7.1-10", "7.21.4.1-1");
        }
    }
}
