package guide.pdf;

import com.openhtmltopdf.pdfboxout.PageSupplier;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
        for (PDPage page : doc.getPages()) dropped += clean(page.getCOSObject().getDictionaryObject(COSName.CONTENTS), properties(page)).applyTo(page);
        return dropped;
    }

    /**
     * The pages for the renderer ({@link com.openhtmltopdf.pdfboxout.PdfRendererBuilder#usePageSupplier}):
     * when it asks for a page, it has drawn the one before and closed its content, which nothing touches
     * again. That page is cleaned on a thread of its own, beside the drawing of the next (at 300 pages the
     * other core is free by then), and the result put in place on the renderer's thread when it next asks,
     * or at {@link #finish}. What comes out is what {@link #drop(PDDocument)} would make.
     */
    static final class AsDrawn implements PageSupplier, AutoCloseable {
        private record Pending(PDPage page, Future<Cleaning> cleaning) {}

        private final ExecutorService cleaner = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "guide-pdf-pages");
            t.setDaemon(true);
            return t;
        });
        private static final int BEHIND = 32;
        private final Deque<Pending> pending = new ArrayDeque<>();
        private PDPage drawing;
        private int dropped;

        @Override
        public PDPage requestPage(PDDocument doc, float width, float height, int pageNumber, int shadowPageNumber) {
            handOver();
            // Done ones go in place now; if the cleaner falls behind (both cores busy), the renderer waits for it
            // rather than keep every page's uncompressed content.
            while (!pending.isEmpty() && (pending.peekFirst().cleaning().isDone() || pending.size() > BEHIND)) putInPlace(pending.removeFirst());
            drawing = new PDPage(new PDRectangle(width, height));
            doc.addPage(drawing);
            return drawing;
        }

        /** Cleans the last page and waits for the rest, once the renderer has finished; @return how many empty artifacts went in all. */
        int finish(PDDocument doc) {
            handOver();
            while (!pending.isEmpty()) putInPlace(pending.removeFirst());
            return dropped;
        }

        @Override
        public void close() {
            cleaner.shutdownNow();
        }

        private void handOver() {
            if (drawing == null) return;
            // Read here, on the renderer's thread: the cleaner touches only the content stream and the property lists.
            COSBase contents = drawing.getCOSObject().getDictionaryObject(COSName.CONTENTS);
            COSDictionary properties = properties(drawing);
            pending.addLast(new Pending(drawing, cleaner.submit(() -> clean(contents, properties))));
            drawing = null;
        }

        private void putInPlace(Pending p) {
            try {
                dropped += p.cleaning().get().applyTo(p.page());
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof IOException io ? new UncheckedIOException(io) : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the PDF's pages were cleaned", e);
            }
        }
    }

    /** What cleaning a page comes to: its new content (null: as it is) and the property lists to take out. */
    private record Cleaning(COSStream content, List<COSName> emptied) {
        int applyTo(PDPage page) {
            if (content != null) page.getCOSObject().setItem(COSName.CONTENTS, content);
            COSDictionary properties = properties(page);
            for (COSName key : emptied) properties.removeItem(key);
            return emptied.size();
        }
    }

    private static COSDictionary properties(PDPage page) {
        return page.getResources() == null ? null : page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
    }

    /**
     * Reads the page's content and its property lists, changes neither: safe beside the renderer, which has
     * finished with both. The renderer writes one content stream per page; anything else is left as it is.
     */
    private static Cleaning clean(COSBase contents, COSDictionary properties) throws IOException {
        if (!(contents instanceof COSStream stream)) return new Cleaning(null, List.of());
        byte[] content;
        try (InputStream in = stream.createInputStream()) {
            content = in.readAllBytes();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length);
        List<COSName> emptied = new ArrayList<>();
        int copied = 0;
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
            emptied.add(key);
        }
        if (emptied.isEmpty() && stream.getFilters() != null) return new Cleaning(null, emptied);
        out.write(content, copied, content.length - copied);
        // As PDStream(doc, bytes, FLATE_DECODE) makes it (in memory, as the document's own streams are here).
        COSStream cleaned = new COSStream();
        try (OutputStream o = cleaned.createOutputStream(COSName.FLATE_DECODE)) {
            out.writeTo(o);
        }
        return new Cleaning(cleaned, emptied);
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
