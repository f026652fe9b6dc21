package guide.pdf;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The empty background artifacts openhtmltopdf writes for every block box go, and nothing drawn goes with
 * them: a tagged PDF laid out by the real renderer, with a table whose header cells have a background,
 * borders, a list and a link, is drawn page by page before and after, and the pixels must be the same.
 */
class EmptyArtifactsTest {
    static byte[] pdf;
    static String html;

    @BeforeAll
    static void layOut() throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            body.append("<h2 style='border-top: 1pt solid #1d70b8'>Section ").append(i).append("</h2><div><p>Some words with <a href='#s")
                    .append(i).append("'>a link</a>.</p><ul><li>One</li><li>Two</li></ul>")
                    .append("<table style='border-collapse: collapse'><thead><tr><th style='background: #f3f2f1'>Head</th></tr></thead>")
                    .append("<tbody><tr><td style='border: 0.5pt solid #b1b4b6'>Cell</td></tr></tbody></table></div>")
                    .append("<p id='s").append(i).append("'>Target</p>");
        }
        html = "<html lang='en'><head><title>T</title><style>* { font-family: 'DejaVu Sans'; }</style></head><body>" + body + "</body></html>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        builder().toStream(out).run();
        pdf = out.toByteArray();
    }

    /** As GuidePdf lays out: the pages' content left uncompressed, for EmptyArtifacts to compress. */
    private static PdfRendererBuilder builder() {
        return new PdfRendererBuilder().useFastMode().testMode(true).usePdfUaAccessibility(true)
                .useFont(() -> GuidePdf.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf"), "DejaVu Sans")
                .withHtmlContent(html, "about:test");
    }

    @Test
    void cleaningEachPageAsItIsDrawnMakesTheSameFileAsCleaningAllAtTheEnd() throws Exception {
        byte[] atTheEnd, asDrawn;
        int droppedAtTheEnd, droppedAsDrawn;
        try (PDDocument doc = builder().buildPdfRenderer().createPDFKeepOpen()) {
            droppedAtTheEnd = EmptyArtifacts.drop(doc);
            atTheEnd = save(doc);
        }
        EmptyArtifacts.AsDrawn pages = new EmptyArtifacts.AsDrawn();
        try (pages; var renderer = builder().usePageSupplier(pages).buildPdfRenderer(); PDDocument doc = renderer.createPDFKeepOpen()) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(2);
            droppedAsDrawn = pages.finish(doc);
            assertThat(artifacts(doc)[0]).isZero();
            asDrawn = save(doc);
        }
        assertThat(droppedAsDrawn).isEqualTo(droppedAtTheEnd).isGreaterThan(100);
        assertThat(asDrawn).isEqualTo(atTheEnd);
    }

    /** The file, with what differs from one run to the next (dates, identifier) made the same, as GuidePdf does. */
    private static byte[] save(PDDocument doc) throws Exception {
        java.util.Calendar date = new java.util.GregorianCalendar(2024, 0, 1);
        doc.getDocumentInformation().setCreationDate(date);
        doc.getDocumentInformation().setModificationDate(date);
        org.apache.pdfbox.cos.COSArray id = new org.apache.pdfbox.cos.COSArray();
        id.add(new org.apache.pdfbox.cos.COSString("id"));
        id.add(new org.apache.pdfbox.cos.COSString("id"));
        doc.getDocument().getTrailer().setItem(COSName.ID, id);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    @Test
    void onlyTheEmptyBackgroundArtifactsGoAndEveryPageDrawsTheSame() throws Exception {
        try (PDDocument before = Loader.loadPDF(pdf); PDDocument after = Loader.loadPDF(pdf)) {
            int[] was = artifacts(before);
            assertThat(was[0]).as("empty artifacts the renderer wrote").isGreaterThan(100);
            assertThat(was[1]).as("artifacts that draw something (backgrounds, borders)").isGreaterThan(0);

            int dropped = EmptyArtifacts.drop(after);

            assertThat(dropped).isEqualTo(was[0]);
            assertThat(artifacts(after)).containsExactly(0, was[1]);
            assertThat(sameDrawing(before, after)).isTrue();
            assertThat(new PDFTextStripper().getText(after)).isEqualTo(new PDFTextStripper().getText(before));
            // Every marked-content sequence left still finds its property list, and every page is compressed.
            for (PDPage page : after.getPages()) {
                assertThat(page.getCOSObject().getDictionaryObject(COSName.CONTENTS)).isInstanceOfSatisfying(org.apache.pdfbox.cos.COSStream.class,
                        stream -> assertThat(stream.getFilters()).isEqualTo(COSName.FLATE_DECODE));
                COSDictionary properties = page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
                Matcher m = Pattern.compile("/(Prop\\d+) BDC").matcher(content(page));
                while (m.find()) assertThat(properties.containsKey(COSName.getPDFName(m.group(1)))).as(m.group(1)).isTrue();
            }
        }
    }

    @Test
    void theDrawingComparisonSeesAMissingBackground() throws Exception {
        // The check above can fail: take out one artifact that draws a header cell's background, and it does.
        try (PDDocument before = Loader.loadPDF(pdf); PDDocument after = Loader.loadPDF(pdf)) {
            PDPage page = after.getPage(0);
            String content = content(page);
            Matcher m = Pattern.compile("/Artifact /Prop\\d+ BDC\n0\\.95294 0\\.94902 0\\.9451 rg\n.*?EMC\n", Pattern.DOTALL).matcher(content);
            assertThat(m.find()).isTrue();
            String without = content.substring(0, m.start()) + content.substring(m.end());
            page.setContents(new PDStream(after, new ByteArrayInputStream(without.getBytes(StandardCharsets.ISO_8859_1)), COSName.FLATE_DECODE));
            assertThat(sameDrawing(before, after)).isFalse();
        }
    }

    /** Empty and non-empty background artifacts in the document (GuidePdfIT counts the guide's with it too). */
    static int[] artifacts(PDDocument doc) throws Exception {
        int empty = 0, drawing = 0;
        for (PDPage page : doc.getPages()) {
            COSDictionary properties = page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
            Matcher m = Pattern.compile("/Artifact /(Prop\\d+) BDC\n(EMC\n)?").matcher(content(page));
            while (m.find()) {
                COSDictionary list = (COSDictionary) properties.getDictionaryObject(COSName.getPDFName(m.group(1)));
                if (!COSName.BACKGROUND.equals(list.getCOSName(COSName.TYPE))) continue;
                if (m.group(2) != null) empty++;
                else drawing++;
            }
        }
        return new int[] {empty, drawing};
    }

    private static boolean sameDrawing(PDDocument a, PDDocument b) throws Exception {
        if (a.getNumberOfPages() != b.getNumberOfPages()) return false;
        PDFRenderer ra = new PDFRenderer(a), rb = new PDFRenderer(b);
        for (int i = 0; i < a.getNumberOfPages(); i++) {
            BufferedImage x = ra.renderImageWithDPI(i, 100), y = rb.renderImageWithDPI(i, 100);
            List<Integer> differ = new ArrayList<>();
            for (int py = 0; py < x.getHeight() && differ.isEmpty(); py++)
                for (int px = 0; px < x.getWidth(); px++) if (x.getRGB(px, py) != y.getRGB(px, py)) differ.add(px);
            if (!differ.isEmpty()) return false;
        }
        return true;
    }

    private static String content(PDPage page) throws Exception {
        try (InputStream in = page.getContents()) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
