package guide.pdf;

import com.openhtmltopdf.pdfboxout.PageSupplier;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Takes out the background artifacts that wrap nothing. openhtmltopdf 1.1.31 marks every block box's
 * background as an artifact with its own property list, even when the box paints nothing: its test for
 * "nothing to paint" asks whether background-image is the identifier none, which it never is since
 * background-image became a list. Nine artifacts in ten are then an empty {@code BDC EMC} pair with a
 * dictionary of their own, which is most of the PDF's objects and of the time PDFBox takes to save it.
 * An empty marked-content sequence draws nothing and is outside the structure tree, so the pages look
 * and read the same without them. The renderer leaves the pages' content uncompressed (see {@link GuidePdf}):
 * each page is compressed here, once, after the empty artifacts are gone.
 * <p>{@link AsDrawn} does this to each page as soon as it is drawn, so that the artifacts' dictionaries
 * and the uncompressed content do not pile up until the end (at 1,000 pages: hundreds of megabytes, kept
 * and copied by every collection while the rest of the book is drawn).
 */
final class EmptyArtifacts {
    private static final byte[] START = "/Artifact /".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] EMPTY = " BDC\nEMC\n".getBytes(StandardCharsets.ISO_8859_1);

    private EmptyArtifacts() {}

    /** @return how many empty artifacts were taken out */
    static int drop(PDDocument doc) throws IOException {
        int dropped = 0;
        for (PDPage page : doc.getPages()) dropped += drop(doc, page);
        return dropped;
    }

    /**
     * The pages for the renderer ({@link com.openhtmltopdf.pdfboxout.PdfRendererBuilder#usePageSupplier}):
     * when it asks for a page, it has drawn the one before, and closed its content, so that page is cleaned
     * here; {@link #finish} cleans the last. What comes out is what {@link #drop(PDDocument)} would make.
     */
    static final class AsDrawn implements PageSupplier {
        private PDPage drawing;
        private int dropped;

        @Override
        public PDPage requestPage(PDDocument doc, float width, float height, int pageNumber, int shadowPageNumber) {
            finishDrawn(doc);
            drawing = new PDPage(new PDRectangle(width, height));
            doc.addPage(drawing);
            return drawing;
        }

        /** Cleans the last page, once the renderer has finished; @return how many empty artifacts went in all. */
        int finish(PDDocument doc) {
            finishDrawn(doc);
            return dropped;
        }

        private void finishDrawn(PDDocument doc) {
            if (drawing == null) return;
            try {
                dropped += drop(doc, drawing);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            drawing = null;
        }
    }

    private static int drop(PDDocument doc, PDPage page) throws IOException {
        COSDictionary properties = page.getResources() == null ? null : page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
        byte[] content;
        try (InputStream in = page.getContents()) {
            content = in.readAllBytes();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length);
        int dropped = 0, copied = 0;
        for (int at = properties == null ? -1 : indexOf(content, START, 0); at >= 0; at = indexOf(content, START, at + 1)) {
            // Operators stand one to a line: an artifact's start is at the beginning of one.
            if (at > 0 && content[at - 1] != '\n') continue;
            int name = at + START.length, end = name;
            while (end < content.length && content[end] != ' ' && content[end] != '\n') end++;
            if (!startsWith(content, end, EMPTY)) continue;
            COSName key = COSName.getPDFName(new String(content, name, end - name, StandardCharsets.ISO_8859_1));
            COSBase list = properties.getDictionaryObject(key);
            if (!(list instanceof COSDictionary d) || !COSName.BACKGROUND.equals(d.getCOSName(COSName.TYPE))) continue;
            out.write(content, copied, at - copied);
            copied = end + EMPTY.length;
            properties.removeItem(key);
            dropped++;
        }
        if (dropped == 0 && compressed(page)) return 0;
        out.write(content, copied, content.length - copied);
        page.setContents(new PDStream(doc, new java.io.ByteArrayInputStream(out.toByteArray()), COSName.FLATE_DECODE));
        return dropped;
    }

    /** Whether the page's content is one stream with a filter (then a page with nothing to take out stays as it is). */
    private static boolean compressed(PDPage page) {
        return page.getCOSObject().getDictionaryObject(COSName.CONTENTS) instanceof org.apache.pdfbox.cos.COSStream stream
                && stream.getFilters() != null;
    }

    private static boolean startsWith(byte[] a, int from, byte[] prefix) {
        if (from + prefix.length > a.length) return false;
        for (int i = 0; i < prefix.length; i++) if (a[from + i] != prefix[i]) return false;
        return true;
    }

    private static int indexOf(byte[] a, byte[] what, int from) {
        outer:
        for (int i = from; i <= a.length - what.length; i++) {
            if (a[i] != what[0]) continue;
            for (int j = 1; j < what.length; j++) if (a[i + j] != what[j]) continue outer;
            return i;
        }
        return -1;
    }
}
