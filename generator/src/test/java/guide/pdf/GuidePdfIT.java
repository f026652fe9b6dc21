package guide.pdf;

import guide.convert.Manuscript;
import guide.site.Site;
import guide.pages.Page;
import guide.pages.Pages;
import guide.testing.BuiltGuide;
import guide.testing.PdfUa;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real guide's PDF (guide.pdf), read back as a reader's PDF viewer and a validator would: veraPDF's
 * PDF/UA-1 rules, the text in reading order, the outline, the contents' page numbers, the links, the
 * fonts and the tags; and the site's links to it with their real figures.
 */
class GuidePdfIT {
    static BuiltGuide guide;
    static byte[] pdf;

    @BeforeAll
    static void build() throws Exception {
        guide = BuiltGuide.get();
        pdf = Files.readAllBytes(guide.site().resolve(GuideDownload.FILE));
    }

    @Test
    void veraPdfFindsNoFailedPdfUa1RuleInTheGuidePdf() {
        assertThat(PdfUa.failures(pdf)).isEmpty();
    }

    @Test
    void veraPdfFindsNoFailedPdfUa1RuleInTheBlankActionPlanPdf() throws Exception {
        byte[] form = Files.readAllBytes(guide.site().resolve("action-plan/action-plan.pdf"));
        assertThat(PdfUa.failures(form)).isEmpty();
    }

    @Test
    void everyPageTitleAndHeadingIsInTheTextInReadingOrder() throws Exception {
        String text = text(pdf);
        Site site = guide.result().site();
        Pages pages = guide.result().pages();
        List<String> expected = new ArrayList<>();
        for (Manuscript m : site.readingOrder().sequence()) {
            Page page = pages.byUri(m.uri()).orElseThrow();
            Document built = Jsoup.parse(guide.site().resolve(m.uri()).toFile(), "UTF-8");
            expected.add(built.selectFirst("main h1").text());
            for (Element h : built.select("[data-guide-body] h2, [data-guide-body] h3")) expected.add(h.text());
            assertThat(page.uri()).isEqualTo(m.uri());
        }
        assertThat(expected).hasSizeGreaterThan(100);
        int at = text.indexOf(words(expected.get(0)));
        for (String heading : expected) {
            int found = text.indexOf(words(heading), at);
            assertThat(found).as("'%s' after position %d of the PDF's text", heading, at).isGreaterThanOrEqualTo(0);
            at = found;
        }
    }

    @Test
    void theOutlineHasEveryPartWithItsPagesAndTheirHeadings() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> parts = new ArrayList<>();
            PDOutlineItem framework = null;
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                parts.add(item.getTitle());
                if (item.getTitle().equals("The framework")) framework = item;
                assertThat(page(doc, item)).as(item.getTitle()).isGreaterThanOrEqualTo(0);
            }
            List<String> expected = new ArrayList<>();
            Site site = guide.result().site();
            site.readingOrder().home().ifPresent(h -> expected.add(h.title()));
            site.readingOrder().parts().forEach(p -> expected.add(p.index().title()));
            assertThat(parts).containsExactlyElementsOf(expected);
            assertThat(framework).isNotNull();
            PDOutlineItem partnership = null;
            for (PDOutlineItem item : framework.children()) if (item.getTitle().equals("Working in partnership")) partnership = item;
            assertThat(partnership).isNotNull();
            List<String> headings = new ArrayList<>();
            for (PDOutlineItem item : partnership.children()) headings.add(item.getTitle());
            List<String> sections = Jsoup.parse(guide.site().resolve("framework/partnership.html").toFile(), "UTF-8")
                    .select("[data-guide-body] h2").eachText();
            assertThat(sections).isNotEmpty();
            assertThat(headings).containsAll(sections);
            assertThat(page(doc, partnership)).isLessThanOrEqualTo(page(doc, partnership.getFirstChild()));
        }
    }

    @Test
    void theContentsGiveThePageEachPageOfTheGuideStartsOn() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String contents = stripper.getText(doc);
            assertThat(contents).contains("Contents");
            Matcher m = Pattern.compile("(?m)^(Working in partnership|Glossary of abbreviations|Contacts)[ .]*?(\\d+)\\s*$").matcher(contents);
            int seen = 0;
            while (m.find()) {
                seen++;
                int number = Integer.parseInt(m.group(2));
                stripper.setStartPage(number);
                stripper.setEndPage(number);
                assertThat(stripper.getText(doc)).as("page %d", number).contains(m.group(1));
                stripper.setStartPage(number - 1);
                stripper.setEndPage(number - 1);
                assertThat(stripper.getText(doc).strip()).as("page %d starts it", number).doesNotEndWith(m.group(1));
            }
            assertThat(seen).isEqualTo(3);
        }
    }

    @Test
    void everyPageButTheCoverGivesTheGuidesNameItsNumberAndThePageCount() throws Exception {
        // The parts are laid out one at a time and the numbers written after: each page's own, in the whole book.
        String name = guide.result().site().config().siteName();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int total = doc.getNumberOfPages();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int i = 1; i <= total; i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                String page = words(stripper.getText(doc));
                if (i == 1) assertThat(page).doesNotContain(" / " + total).doesNotEndWith(name);
                else assertThat(page).as("page %d", i).endsWith(name + " " + i + " / " + total);
            }
        }
    }

    @Test
    void linksBetweenPagesGoToAPageOfThePdfAndOutsideAddressesArePrinted() throws Exception {
        String text = text(pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int inside = 0;
            int outside = 0;
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (!(a instanceof PDAnnotationLink link)) continue;
                    assertThat(link.getContents()).isNotBlank();
                    if (link.getAction() instanceof PDActionURI uri) {
                        outside++;
                        assertThat(uri.getURI()).matches("(https?|mailto):.+");
                        // On paper the address is there to read, whether the link's words are the address or not.
                        assertThat(text).contains(uri.getURI().replaceFirst("^mailto:", ""));
                    } else {
                        var dest = link.getDestination() != null ? link.getDestination()
                                : ((PDActionGoTo) link.getAction()).getDestination();
                        assertThat(dest).isInstanceOf(PDPageDestination.class);
                        assertThat(doc.getPages().indexOf(((PDPageDestination) dest).getPage())).isGreaterThanOrEqualTo(0);
                        inside++;
                    }
                }
            }
            assertThat(inside).isGreaterThan(100);
            assertThat(outside).isGreaterThan(0);
        }
    }

    @Test
    void everyFontIsEmbeddedAndTheDocumentGivesItsLanguageTitleAndPdfUaClaim() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Set<String> fonts = new HashSet<>();
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName().replaceAll("^[A-Z]{6}\\+", ""));
                }
            }
            assertThat(fonts).contains("DejaVuSans", "DejaVuSans-Bold");
            var catalog = doc.getDocumentCatalog();
            assertThat(catalog.getLanguage()).isEqualTo("en-GB");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(guide.result().site().config().siteName());
            assertThat(new String(catalog.getMetadata().toByteArray())).contains("<pdfuaid:part>1</pdfuaid:part>");
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));
        }
    }

    @Test
    void theTagsNameHeadingsParagraphsListsTablesWithScopedHeadersAndLinks() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDStructureElement> all = new ArrayList<>();
            collect(doc.getDocumentCatalog().getStructureTreeRoot(), all);
            Set<String> types = new HashSet<>();
            all.forEach(e -> types.add(e.getStructureType()));
            assertThat(types).contains("H1", "H2", "H3", "P", "L", "LI", "Table", "TH", "TD", "Link");
            List<PDStructureElement> headers = all.stream().filter(e -> e.getStructureType().equals("TH")).toList();
            assertThat(headers).isNotEmpty().allSatisfy(th -> assertThat(scope(th)).as("TH scope").isIn("Column", "Row"));
            assertThat(headers.stream().map(GuidePdfIT::scope)).contains("Column", "Row");
        }
    }

    @Test
    void theCoverGivesTheLatestReviewDateAndThePdfIsDatedByItNotByTheClock() throws Exception {
        String latest = guide.result().pages().all().stream().map(p -> p.manuscript().attribute("reviewed"))
                .filter(d -> d != null && d.matches("\\d{4}-\\d{2}-\\d{2}")).max(String::compareTo).orElseThrow();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper first = new PDFTextStripper();
            first.setEndPage(1);
            String cover = first.getText(doc);
            String[] p = latest.split("-");
            String month = guide.result().site().messages().get("month." + p[1]);
            assertThat(cover).contains(guide.result().site().config().siteName().split(" ")[0])
                    .contains("Last reviewed: " + Integer.parseInt(p[2]) + " " + month + " " + p[0])
                    .contains(guide.result().site().config().get("site.organisation", "?"));
            var created = doc.getDocumentInformation().getCreationDate();
            assertThat(String.format("%tF", created)).isEqualTo(latest);
        }
    }

    @Test
    void theHomePageAndEveryFooterOfferTheDownloadWithItsRealPageCountAndSize() throws Exception {
        int pages;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            pages = doc.getNumberOfPages();
        }
        String size = GuideDownload.size(pdf.length);
        String wording = "Download the whole guide (PDF, " + pages + " pages, " + size + ")";
        Document home = Jsoup.parse(guide.site().resolve("index.html").toFile(), "UTF-8");
        Element inMain = home.selectFirst("main a[data-guide-pdf]");
        assertThat(inMain.text()).isEqualTo(wording);
        assertThat(inMain.attr("href")).isEqualTo("guide.pdf");
        Document deep = Jsoup.parse(guide.site().resolve("framework/partnership.html").toFile(), "UTF-8");
        Element inFooter = deep.selectFirst("footer a[data-guide-pdf]");
        assertThat(inFooter.text()).isEqualTo(wording);
        assertThat(guide.site().resolve("framework").resolve(inFooter.attr("href")).normalize())
                .isEqualTo(guide.site().resolve(GuideDownload.FILE));
    }

    @Test
    void theSamePagesMakeTheSameBytesAndTheRendererWarnsOfNothing() {
        var r = guide.result();
        GuidePdf.Rendered again = GuideDownload.make(r.pages(), r.site().readingOrder(), r.site().config(), r.site().messages(),
                path -> GuideDownload.published(guide.site(), path));
        assertThat(again.bytes()).isEqualTo(pdf);
        assertThat(again.warnings()).isEmpty();
    }

    @Test
    void theFontsThatRememberWidthsAndTheDocumentThatFindsPagesChangeNoByte() {
        var r = guide.result();
        GuidePdf.Rendered plain = GuideDownload.prepare(r.pages(), r.site().readingOrder(), r.site().config(), r.site().messages(),
                path -> GuideDownload.published(guide.site(), path), false).get();
        assertThat(plain.pageCount()).isGreaterThan(10);
        assertThat(plain.bytes()).isEqualTo(pdf);
    }

    @Test
    void whatOnlyOneThingPointsAtIsWrittenInsideIt() throws Exception {
        // Read back, an object of its own is a reference (COSObject); one written inside its holder is the dictionary.
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int links = 0;
            for (PDPage page : doc.getPages()) {
                assertThat(page.getCOSObject().getItem(COSName.RESOURCES)).isInstanceOf(COSDictionary.class);
                for (PDAnnotation a : page.getAnnotations()) {
                    if (!(a instanceof PDAnnotationLink)) continue;
                    links++;
                    assertThat(a.getCOSObject().getItem(COSName.A)).isInstanceOf(COSDictionary.class);
                    assertThat(a.getCOSObject().getItem(COSName.BS)).isInstanceOf(COSDictionary.class);
                }
            }
            assertThat(links).isGreaterThan(100);
            List<COSBase> references = new ArrayList<>();
            references(doc.getDocumentCatalog().getStructureTreeRoot().getCOSObject(), references, new HashSet<>());
            assertThat(references).hasSizeGreaterThan(100).allSatisfy(r -> assertThat(r).isInstanceOf(COSDictionary.class));
        }
    }

    /** Every marked-content and object reference in the structure tree, as it is written in its tag's kids. */
    private static void references(COSDictionary element, List<COSBase> out, Set<COSDictionary> seen) {
        if (!seen.add(element)) return;
        COSBase kids = element.getItem(COSName.K);
        List<COSBase> list = new ArrayList<>();
        if (kids instanceof COSArray array) array.forEach(list::add);
        else if (kids != null) list.add(kids);
        for (COSBase kid : list) {
            COSBase resolved = kid instanceof org.apache.pdfbox.cos.COSObject o ? o.getObject() : kid;
            if (!(resolved instanceof COSDictionary d)) continue;
            String type = d.getNameAsString(COSName.TYPE);
            if ("MCR".equals(type) || "OBJR".equals(type)) out.add(kid);
            else references(d, out, seen);
        }
    }

    @Test
    void noPageCarriesAnEmptyBackgroundArtifact() throws Exception {
        // openhtmltopdf writes one for every block box (see EmptyArtifacts): the guide PDF has them taken out.
        int found, pages;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            pages = doc.getNumberOfPages();
            found = EmptyArtifactsTest.artifacts(doc)[0];
        }
        assertThat(pages).isGreaterThan(10);
        assertThat(found).isZero();
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // In the order a reader sees it on the page (the tags give screen readers the same order).
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return words(stripper.getText(doc));
        }
    }

    static String words(String s) {
        return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    private static int page(PDDocument doc, PDOutlineItem item) throws Exception {
        var dest = item.getDestination();
        if (dest == null && item.getAction() instanceof PDActionGoTo goTo) dest = goTo.getDestination();
        return doc.getPages().indexOf(((PDPageDestination) dest).getPage());
    }

    static void collect(PDStructureNode node, List<PDStructureElement> out) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                out.add(e);
                collect(e, out);
            }
        }
    }

    private static String scope(PDStructureElement th) {
        COSBase a = th.getCOSObject().getDictionaryObject(COSName.A);
        List<COSDictionary> dicts = new ArrayList<>();
        if (a instanceof COSDictionary d) dicts.add(d);
        if (a instanceof COSArray arr) for (COSBase b : arr) if (b instanceof COSDictionary d) dicts.add(d);
        else if (b instanceof org.apache.pdfbox.cos.COSObject o && o.getObject() instanceof COSDictionary od) dicts.add(od);
        for (COSDictionary d : dicts) {
            String s = d.getNameAsString("Scope");
            if (s != null) return s;
        }
        return null;
    }
}
