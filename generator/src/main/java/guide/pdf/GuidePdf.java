package guide.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;

/**
 * Lays the {@link Book} out as a tagged PDF/UA-1 document with openhtmltopdf (HTML and CSS onto PDFBox):
 * the structure tree follows the HTML (headings, paragraphs, lists, tables, links, figures with their alt
 * text), the outline follows the book's bookmarks, and every glyph is DejaVu, embedded. The bytes depend
 * only on the book: the dates are the latest review and the file identifier is a digest of the content.
 */
public final class GuidePdf {
    /** What came out: the file, how many pages it has, and what the renderer warned about (should be nothing). */
    public record Rendered(byte[] bytes, int pageCount, List<String> warnings) {}

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    private static final String STYLE = "/guide/pdf/book.css";
    private static final String PRODUCER = "guide generator (openhtmltopdf, Apache PDFBox)";

    static {
        // The renderer's messages come to the diagnostic consumer below; none go to the build's console.
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    private GuidePdf() {}

    private static final CompletableFuture<Void> WARM = new CompletableFuture<>();

    /**
     * Lays out a one-page book once per process, on a background thread: the renderer's classes load and
     * compile while the pages bake, instead of inside the PDF stage. Later calls do nothing.
     */
    public static synchronized void warm() {
        if (WARM.isDone() || started) return;
        started = true;
        Thread t = new Thread(() -> {
            try {
                Book.Cover cover = new Book.Cover("Warm-up", "", "", "", "", "", "", "en-GB", "");
                Book book = Book.sample(cover);
                render(book, cover, Map.of(), "");
            } catch (RuntimeException e) {
                // Only a head start: the real render reports whatever is wrong.
            } finally {
                WARM.complete(null);
            }
        }, "guide-pdf-warm-up");
        t.setDaemon(true);
        t.start();
    }

    private static boolean started;

    /** Waits for {@link #warm()} if it is under way, so the two renders do not compete for the same cores. */
    static void awaitWarm() {
        synchronized (GuidePdf.class) {
            if (!started) return;
        }
        WARM.join();
    }

    /**
     * @param book       the pages, in reading order
     * @param cover      the cover's words, language and date
     * @param brand      brand colour settings ({@code brand.accent}, {@code brand.link})
     * @param reviewed   the latest review date, yyyy-mm-dd (or empty): the PDF's own date
     */
    public static Rendered render(Book book, Book.Cover cover, Map<String, String> brand, String reviewed) {
        return prepare(book, cover, brand, reviewed).get();
    }

    /**
     * The book as the renderer reads it, made now from the pages; what this returns lays it out, reading
     * nothing of the pages any more (so it may run beside stages that change them).
     */
    public static java.util.function.Supplier<Rendered> prepare(Book book, Book.Cover cover, Map<String, String> brand, String reviewed) {
        return prepare(book, cover, brand, reviewed, true);
    }

    /**
     * As {@link #prepare(Book, Book.Cover, Map, String)}; {@code shortcuts} false lays out with PDFBox's own fonts and
     * document, without {@link MeasuredFont} and {@link PagedDocument}, from jsoup's own W3C document (not {@link W3cBook}),
     * and compresses the pages as they are drawn (for the test that the shortcuts change no byte).
     */
    static java.util.function.Supplier<Rendered> prepare(Book book, Book.Cover cover, Map<String, String> brand, String reviewed, boolean shortcuts) {
        String style = stylesheet(cover.title(), brand);
        Document html = book.html(style);
        org.w3c.dom.Document dom = shortcuts ? W3cBook.of(html) : W3CDom.convert(html);
        // The file's identifier is a digest of the book's source, which nothing changes from here on: it is
        // worked out beside the layout, off the build's longest path, and only needed at the end.
        CompletableFuture<byte[]> id = CompletableFuture.supplyAsync(() -> digest(html));
        return () -> layOut(dom, cover, reviewed, id, shortcuts);
    }

    private static Rendered layOut(org.w3c.dom.Document dom, Book.Cover cover, String reviewed, CompletableFuture<byte[]> id,
                                   boolean shortcuts) {
        List<String> warnings = new ArrayList<>();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                // "Test mode" does one thing in openhtmltopdf 1.1.31: it leaves the pages' content streams
                // uncompressed. EmptyArtifacts compresses each once, after taking out what it drops, instead of
                // PDFBox compressing them as they are drawn and EmptyArtifacts undoing and redoing that.
                .testMode(shortcuts)
                .usePdfUaAccessibility(true)
                .usePdfAConformance(PdfRendererBuilder.PdfAConformance.NONE)
                .withProducer(PRODUCER)
                // SVG figures as vectors; no script in them runs and nothing they point at is fetched.
                .useSVGDrawer(new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE, BatikSVGDrawer.SvgExternalResourceMode.SECURE))
                .withW3cDocument(dom, "about:guide")
                // The book holds its images itself (data: addresses): the renderer opens no file and no address.
                .useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"), ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"), ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .withDiagnosticConsumer(d -> {
                    if (d.getLevel().intValue() >= Level.WARNING.intValue()) warnings.add(d.getFormattedMessage());
                });
        // The renderer draws into this document, so that the fonts can be loaded into it (see font()).
        PDDocument target = shortcuts ? new PagedDocument() : new PDDocument();
        builder.usePDDocument(target);
        font(builder, target, "DejaVuSans.ttf", "DejaVu Sans", 400, FontStyle.NORMAL, shortcuts);
        font(builder, target, "DejaVuSans-Bold.ttf", "DejaVu Sans", 700, FontStyle.NORMAL, shortcuts);
        font(builder, target, "DejaVuSans-Oblique.ttf", "DejaVu Sans", 400, FontStyle.ITALIC, shortcuts);
        font(builder, target, "DejaVuSans-BoldOblique.ttf", "DejaVu Sans", 700, FontStyle.ITALIC, shortcuts);
        font(builder, target, "DejaVuSansMono.ttf", "DejaVu Sans Mono", 400, FontStyle.NORMAL, shortcuts);
        font(builder, target, "DejaVuSansMono-Bold.ttf", "DejaVu Sans Mono", 700, FontStyle.NORMAL, shortcuts);
        try (EmptyArtifacts.AsDrawn pages = new EmptyArtifacts.AsDrawn();
             PdfBoxRenderer renderer = builder.usePageSupplier(pages).buildPdfRenderer()) {
            renderer.layout();
            PDDocument doc = renderer.createPDFKeepOpen();
            try (doc) {
                pages.finish(doc);
                settle(doc, cover, reviewed, id.join());
                ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
                doc.save(out);
                return new Rendered(out.toByteArray(), doc.getNumberOfPages(), List.copyOf(warnings));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String stylesheet(String title, Map<String, String> brand) {
        try (InputStream in = GuidePdf.class.getResourceAsStream(STYLE)) {
            String css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            css = css.replace("[[title]]", title.replace("\\", "\\\\").replace("\"", "\\\""));
            for (Map.Entry<String, String> e : brand.entrySet()) css = css.replace("[[" + e.getKey() + "]]", e.getValue());
            return css;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The font for this document, with its glyph substitutions (GSUB: ligatures and the like) off: PDFBox
     * applied them to every run of text, which took 40% of drawing the pages, and without them every glyph
     * is one letter, so text copied or read aloud from the PDF is exactly the guide's.
     */
    private static void font(PdfRendererBuilder builder, PDDocument doc, String file, String family, int weight, FontStyle style, boolean shortcuts) {
        try {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(fontBytes(file)));
            ttf.setEnableGsub(false);
            PDType0Font font = PDType0Font.load(doc, ttf, true);
            builder.useFont(new PDFontSupplier(shortcuts ? new MeasuredFont(font) : font), family, weight, style, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Map<String, byte[]> FONT_FILES = new java.util.concurrent.ConcurrentHashMap<>();

    private static byte[] fontBytes(String file) {
        return FONT_FILES.computeIfAbsent(file, f -> {
            try (InputStream in = GuidePdf.class.getResourceAsStream(FONTS + f)) {
                if (in == null) throw new IllegalStateException("The DejaVu font " + f + " is missing: is jasperreports-fonts on the class path?");
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The document's own facts, fixed: title shown by viewers, language, dates from the content, a stable id. */
    private static void settle(PDDocument doc, Book.Cover cover, String reviewed, byte[] id) throws IOException {
        Calendar date = date(reviewed);
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(cover.title());
        if (!cover.organisation().isEmpty()) info.setAuthor(cover.organisation());
        if (!cover.tagline().isEmpty()) info.setSubject(cover.tagline());
        info.setProducer(PRODUCER);
        info.setCreator(PRODUCER);
        info.setCreationDate(date);
        info.setModificationDate(date);
        var catalog = doc.getDocumentCatalog();
        catalog.setLanguage(cover.language());
        PDViewerPreferences prefs = catalog.getViewerPreferences();
        if (prefs == null) {
            prefs = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
            catalog.setViewerPreferences(prefs);
        }
        prefs.setDisplayDocTitle(true);
        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(xmp(cover, reviewed));
        catalog.setMetadata(metadata);
        describeLinks(doc);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /**
     * PDF/UA wants each link annotation's own Contents as well as its structure element's Alt, which is all
     * the renderer writes: the annotation gets the same words (the link's text, from the HTML title).
     */
    private static void describeLinks(PDDocument doc) throws IOException {
        var root = doc.getDocumentCatalog().getStructureTreeRoot();
        // Read once: asking the number tree for each link's key reads all of it each time (2,000 pages: a third of the PDF's time).
        Map<Integer, COSObjectable> parents = new java.util.HashMap<>();
        if (root != null && root.getParentTree() != null) numbers(root.getParentTree(), parents);
        for (var page : doc.getPages()) {
            for (var annotation : page.getAnnotations()) {
                if (!(annotation instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link)) continue;
                if (link.getContents() != null && !link.getContents().isBlank()) continue;
                String words = null;
                int key = link.getStructParent();
                COSObjectable parent = key >= 0 ? parents.get(key) : null;
                if (parent != null && parent.getCOSObject() instanceof org.apache.pdfbox.cos.COSDictionary element) {
                    words = element.getString(COSName.ALT);
                }
                if ((words == null || words.isBlank()) && link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionURI uri) {
                    words = uri.getURI();
                }
                link.setContents(words == null || words.isBlank() ? "Link" : words);
            }
        }
    }

    /** Every number and value of a number tree, its kids' too. */
    private static void numbers(org.apache.pdfbox.pdmodel.common.PDNumberTreeNode node, Map<Integer, COSObjectable> out) throws IOException {
        Map<Integer, COSObjectable> own = node.getNumbers();
        if (own != null) own.forEach(out::putIfAbsent);
        List<org.apache.pdfbox.pdmodel.common.PDNumberTreeNode> kids = node.getKids();
        if (kids != null) for (var kid : kids) numbers(kid, out);
    }

    private static Calendar date(String reviewed) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.clear();
        if (reviewed.isEmpty()) {
            c.set(2026, Calendar.JANUARY, 1);
        } else {
            String[] p = reviewed.split("-");
            c.set(Integer.parseInt(p[0]), Integer.parseInt(p[1]) - 1, Integer.parseInt(p[2]));
        }
        return c;
    }

    /** XMP with the title, language, author, dates and the PDF/UA-1 identification. */
    static byte[] xmp(Book.Cover cover, String reviewed) {
        String when = (reviewed.isEmpty() ? "2026-01-01" : reviewed) + "T00:00:00Z";
        String creator = cover.organisation().isEmpty() ? "" : "<dc:creator><rdf:Seq><rdf:li>" + escape(cover.organisation()) + "</rdf:li></rdf:Seq></dc:creator>\n";
        String description = cover.tagline().isEmpty() ? "" : "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(cover.tagline()) + "</rdf:li></rdf:Alt></dc:description>\n";
        String xml = """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
                <dc:format>application/pdf</dc:format>
                <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
                %s%s<dc:language><rdf:Bag><rdf:li>%s</rdf:li></rdf:Bag></dc:language>
                <xmp:CreateDate>%s</xmp:CreateDate>
                <xmp:ModifyDate>%s</xmp:ModifyDate>
                <xmp:MetadataDate>%s</xmp:MetadataDate>
                <xmp:CreatorTool>%s</xmp:CreatorTool>
                <pdf:Producer>%s</pdf:Producer>
                <pdfuaid:part>1</pdfuaid:part>
                </rdf:Description>
                </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>""".formatted(escape(cover.title()), creator, description, escape(cover.language()),
                when, when, when, PRODUCER, PRODUCER);
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The first 16 bytes of the SHA-256 of the book's HTML, in UTF-8: written straight into the digest, not held as one string. */
    private static byte[] digest(Document html) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (Writer out = new BufferedWriter(new OutputStreamWriter(
                    new DigestOutputStream(OutputStream.nullOutputStream(), sha), StandardCharsets.UTF_8), 1 << 16)) {
                html.html(out);
            }
            return Arrays.copyOf(sha.digest(), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
