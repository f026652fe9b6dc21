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
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.regex.Pattern;

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
        List<Document> parts = book.parts(style);
        Links links = Links.of(parts);
        // The file's identifier is a digest of the book's source, which nothing changes from here on: it is
        // worked out beside the layout, off the build's longest path, and only needed at the end. (Beside it the
        // layout only reads the parts, to copy them for the renderer.)
        List<Document> all = List.copyOf(parts);
        CompletableFuture<byte[]> id = CompletableFuture.supplyAsync(() -> digest(all));
        return () -> layOut(parts, links, cover, reviewed, id, shortcuts);
    }

    /** The renderer's fonts, loaded once into the bound document, which every part draws with. */
    private record Fonts(List<PDType0Font> faces, List<PDFontSupplier> suppliers) {}

    private static final String[][] FACES = {
            {"DejaVuSans.ttf", "DejaVu Sans", "400", "NORMAL"}, {"DejaVuSans-Bold.ttf", "DejaVu Sans", "700", "NORMAL"},
            {"DejaVuSans-Oblique.ttf", "DejaVu Sans", "400", "ITALIC"}, {"DejaVuSans-BoldOblique.ttf", "DejaVu Sans", "700", "ITALIC"},
            {"DejaVuSansMono.ttf", "DejaVu Sans Mono", "400", "NORMAL"}, {"DejaVuSansMono-Bold.ttf", "DejaVu Sans Mono", "700", "NORMAL"}};

    /** Which part holds each id, and the ids a link in another part points at (whose place the binding needs). */
    private record Links(Map<String, Integer> partOf, Set<String> wanted) {
        static Links of(List<Document> parts) {
            Map<String, Integer> partOf = new HashMap<>();
            for (int i = 0; i < parts.size(); i++) for (org.jsoup.nodes.Element e : parts.get(i).select("[id]")) partOf.put(e.id(), i);
            Set<String> wanted = new HashSet<>();
            for (int i = 0; i < parts.size(); i++) {
                for (org.jsoup.nodes.Element a : parts.get(i).select("a[href^=#]")) {
                    String target = a.attr("href").substring(1);
                    if (partOf.getOrDefault(target, i) != i) wanted.add(target);
                }
            }
            return new Links(partOf, wanted);
        }
    }

    /**
     * Each part is laid out and drawn on its own, into a document of its own, and only its pages, structure and
     * outline are kept: the renderer's boxes for one part at a time, not the whole book's. The chapters come
     * first, so that the contents, laid out last, can give the page each one starts on.
     */
    private static Rendered layOut(List<Document> parts, Links links, Book.Cover cover, String reviewed, CompletableFuture<byte[]> id,
                                   boolean shortcuts) {
        List<String> warnings = new ArrayList<>();
        try (PDDocument book = new PDDocument(); EmptyArtifacts.AsDrawn pages = new EmptyArtifacts.AsDrawn()) {
            List<PDType0Font> faces = new ArrayList<>();
            List<PDFontSupplier> suppliers = new ArrayList<>();
            for (String[] face : FACES) {
                PDType0Font font = font(book, face[0]);
                faces.add(font);
                suppliers.add(new PDFontSupplier(shortcuts ? new MeasuredFont(font) : font));
            }
            Fonts fonts = new Fonts(faces, suppliers);
            embed(book, fonts);
            List<Binding.Part> drawn = new ArrayList<>();
            drawn.add(null);
            int chapterPages = 0;
            List<Integer> firstPage = new ArrayList<>(List.of(0));
            for (int i = 1; i < parts.size(); i++) {
                org.w3c.dom.Document dom = dom(parts.get(i), shortcuts);
                parts.set(i, null); // its copy for the renderer is made: the part itself is not needed again
                join(dom, i, links);
                try (PdfBoxRenderer renderer = renderer(dom, fonts, pages, warnings, shortcuts)) {
                    renderer.layout();
                    drawn.add(draw(renderer, pages, links));
                }
                firstPage.add(chapterPages);
                chapterPages += drawn.get(i).pages().size();
            }
            drawn.set(0, front(parts.get(0), drawn, firstPage, links, fonts, pages, warnings, shortcuts));
            warnings.addAll(Binding.bind(book, drawn, cover.language(), faces.get(0)));
            settle(book, cover, reviewed, id.join());
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
            book.save(out);
            return new Rendered(out.toByteArray(), book.getNumberOfPages(), List.copyOf(warnings));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * PDFBox embeds a font's subset when its document is saved if a content stream of that document set the
     * font; the parts' content streams belong to the parts' documents. A content stream of the bound one,
     * used for nothing else, sets each (the font's subset is still every glyph any part drew).
     */
    private static void embed(PDDocument book, Fonts fonts) throws IOException {
        PDAppearanceStream scratch = new PDAppearanceStream(book);
        scratch.setResources(new PDResources());
        try (PDPageContentStream s = new PDPageContentStream(book, scratch, OutputStream.nullOutputStream())) {
            for (PDType0Font face : fonts.faces()) s.setFont(face, 10);
        }
    }

    /**
     * The cover and contents, with the page each chapter starts on. Their own length counts in those numbers,
     * and the numbers could change it (a longer number can wrap a title): laid out until the two agree.
     */
    private static Binding.Part front(Document front, List<Binding.Part> drawn, List<Integer> firstPage, Links links,
                                      Fonts fonts, EmptyArtifacts.AsDrawn pages, List<String> warnings, boolean shortcuts) throws IOException {
        org.w3c.dom.Document dom = dom(front, shortcuts);
        join(dom, 0, links);
        org.w3c.dom.NodeList anchors = dom.getElementsByTagName("a");
        int assumed = 0;
        for (int round = 0; ; round++) {
            for (int i = 0; i < anchors.getLength(); i++) {
                org.w3c.dom.Element a = (org.w3c.dom.Element) anchors.item(i);
                if (!a.getAttribute("class").contains("contents__link")) continue;
                String href = a.getAttribute("href");
                String target = href.startsWith(Binding.JOIN) ? href.substring(Binding.JOIN.length()) : href.substring(1);
                int part = links.partOf().getOrDefault(target, -1);
                Binding.Place place = part > 0 ? drawn.get(part).places().get(target) : null;
                a.setAttribute("data-page", place == null ? "" : Integer.toString(assumed + firstPage.get(part) + place.page() + 1));
            }
            List<String> these = new ArrayList<>();
            try (PdfBoxRenderer renderer = renderer(dom, fonts, pages, these, shortcuts)) {
                renderer.layout();
                int count = renderer.getRootBox().getLayer().getPages().size();
                if (count == assumed || round == 4) {
                    warnings.addAll(these);
                    if (count != assumed) warnings.add("The contents' page numbers did not settle: they assume " + assumed + " pages before the first chapter, and there are " + count + ".");
                    return draw(renderer, pages, links);
                }
                assumed = count;
            }
        }
    }

    /** Draws the laid-out part into a document of its own and keeps what the binding needs of it. */
    private static Binding.Part draw(PdfBoxRenderer renderer, EmptyArtifacts.AsDrawn pages, Links links) throws IOException {
        PDDocument own = renderer.createPDFKeepOpen();
        pages.finish(own);
        Map<String, Binding.Place> places = new HashMap<>();
        // The renderer knows this part's ids only, and each is unique in the book.
        for (var p : renderer.findPagePositionsByID(Pattern.compile(""))) {
            if (links.wanted().contains(p.getId())) places.put(p.getId(), new Binding.Place(p.getPageNo(), p.getY() + p.getHeight()));
        }
        List<org.apache.pdfbox.pdmodel.PDPage> list = new ArrayList<>();
        own.getPages().forEach(list::add);
        var catalog = own.getDocumentCatalog();
        // The part's document is left open, not closed: its pages' content lives on in the bound book.
        return new Binding.Part(list, catalog.getStructureTreeRoot(), catalog.getDocumentOutline(), places);
    }

    /** A link to an id in another part gets the binding's address; the renderer would find no target for it. */
    private static void join(org.w3c.dom.Document dom, int part, Links links) {
        org.w3c.dom.NodeList anchors = dom.getElementsByTagName("a");
        for (int i = 0; i < anchors.getLength(); i++) {
            org.w3c.dom.Element a = (org.w3c.dom.Element) anchors.item(i);
            String href = a.getAttribute("href");
            if (href.startsWith("#") && links.partOf().getOrDefault(href.substring(1), part) != part) a.setAttribute("href", Binding.JOIN + href.substring(1));
        }
    }

    private static org.w3c.dom.Document dom(Document part, boolean shortcuts) {
        return shortcuts ? W3cBook.of(part) : W3CDom.convert(part);
    }

    private static PdfBoxRenderer renderer(org.w3c.dom.Document dom, Fonts fonts, EmptyArtifacts.AsDrawn pages, List<String> warnings, boolean shortcuts) {
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
        // Each part draws into a document of its own (its page numbers, for links and bookmarks, are its own),
        // with the fonts of the bound one.
        builder.usePDDocument(shortcuts ? new PagedDocument() : new PDDocument());
        for (int i = 0; i < FACES.length; i++) {
            builder.useFont(fonts.suppliers().get(i), FACES[i][1], Integer.parseInt(FACES[i][2]), FontStyle.valueOf(FACES[i][3]), true);
        }
        return builder.usePageSupplier(pages).buildPdfRenderer();
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
    private static PDType0Font font(PDDocument doc, String file) throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(fontBytes(file)));
        ttf.setEnableGsub(false);
        return PDType0Font.load(doc, ttf, true);
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
        Map<Integer, COSObjectable> parents = new HashMap<>();
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

    /** The first 16 bytes of the SHA-256 of the book's parts' HTML, in UTF-8: written straight into the digest, not held as one string. */
    private static byte[] digest(List<Document> parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (Writer out = new BufferedWriter(new OutputStreamWriter(
                    new DigestOutputStream(OutputStream.nullOutputStream(), sha), StandardCharsets.UTF_8), 1 << 16)) {
                for (Document part : parts) part.html(out);
            }
            return Arrays.copyOf(sha.digest(), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
