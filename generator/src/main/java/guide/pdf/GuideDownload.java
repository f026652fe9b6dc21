package guide.pdf;

import guide.catalogue.Catalogue;
import guide.emit.Emitter;
import guide.emit.Emitter.Started;
import guide.site.ReadingOrder;
import guide.site.Site;
import guide.brand.Brand;
import guide.check.LinkCheck;
import guide.config.SiteConfig;
import guide.pages.Page;
import guide.pages.Pages;
import guide.problem.Problem;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The PDF stage: the whole guide as one accessible PDF ({@code guide.pdf} at the site's root), made from
 * the checked pages in reading order, then every "Download the whole guide" link ({@code data-guide-pdf},
 * on the home page and in the footer) gets its address and the file's real figures: pages and size.
 */
public final class GuideDownload implements Emitter {
    public static final String FILE = "guide.pdf";
    /** The attribute a template puts on the link this stage completes. */
    public static final String MARKER = "data-guide-pdf";

    private GuidePdf.Rendered last;

    /** Starts the renderer warming up in the background (once per process), while the pages bake. */
    public GuideDownload() {
        GuidePdf.warm();
    }

    @Override
    public String name() {
        return "guide pdf";
    }

    /** The last PDF this stage made (for the benchmark and the tests), if any. */
    public Optional<GuidePdf.Rendered> last() {
        return Optional.ofNullable(last);
    }

    /** Where the site says a file of its own comes from, for problems about it. */
    static final String ORIGIN = "generator (the whole-guide PDF)";

    @Override
    public void emit(Pages pages, Site site, Catalogue catalogue) {
        start(pages, site, catalogue).await();
    }

    /** The PDF's layout is the build's longest step: it may start before the checks, as it changes nothing until finished. */
    @Override
    public boolean startsBesideTheChecks() {
        return true;
    }

    /**
     * Makes the book from the pages here; it is laid out on a thread of its own. Meanwhile the links get the
     * file's address and a slot for its figures, which are filled in when it is made.
     */
    @Override
    public Started start(Pages pages, Site site, Catalogue catalogue) {
        CompletableFuture<GuidePdf.Rendered> layout;
        try {
            Supplier<GuidePdf.Rendered> book = prepare(pages, site.readingOrder(), site.config(), site.messages(),
                    path -> catalogue.get(path).map(e -> e.content().bytes()));
            layout = Started.beside("guide-pdf", () -> {
                GuidePdf.awaitWarm();
                return book.get();
            });
        } catch (RuntimeException e) {
            layout = CompletableFuture.failedFuture(e);
        }
        CompletableFuture<GuidePdf.Rendered> work = layout;
        Map<Page, Integer> slots = new java.util.LinkedHashMap<>();
        return new Started(work, () -> {
            catalogue.addComing(FILE, ORIGIN, work.thenApply(GuidePdf.Rendered::bytes));
            slots.putAll(link(pages, site));
        }, () -> {
            GuidePdf.Rendered pdf;
            try {
                pdf = work.join();
            } catch (CompletionException e) {
                failed(site, e.getCause());
                return;
            }
            last = pdf;
            catalogue.addBytes(FILE, ORIGIN, pdf.bytes());
            fill(slots, pdf, site);
        });
    }

    private static void failed(Site site, Throwable e) {
        // Every page passed its checks, so this is the renderer's fault, not an author's: say so plainly.
        site.problems().add(Problem.error(FILE, 0, "The whole-guide PDF could not be made: " + e,
                "Tell the people who look after the generator, with this message. The web pages themselves are fine."));
    }

    /**
     * For the preview, instead of {@link #emit}: the last PDF this stage made goes into the catalogue and
     * its figures onto the links of {@code pages},
     * so the site is published without waiting for a new PDF ({@link #remake} follows in the background).
     * False, doing nothing, when no PDF has been made yet.
     */
    public boolean offerLast(Pages pages, Site site, Catalogue catalogue) {
        GuidePdf.Rendered pdf = last;
        if (pdf == null) return false;
        catalogue.addBytes(FILE, ORIGIN, pdf.bytes());
        fill(link(pages, site), pdf, site);
        return true;
    }

    /**
     * The preview's background run: the PDF made again from {@code pages}, which already offer the last
     * one (the book leaves the download links out, so they do not change it). Nothing is changed here;
     * {@link #adopt} puts the result in place.
     */
    public GuidePdf.Rendered remake(Pages pages, Site site, Catalogue catalogue) {
        GuidePdf.awaitWarm();
        return make(pages, site.readingOrder(), site.config(), site.messages(), path -> catalogue.get(path).map(e -> e.content().bytes()));
    }

    /**
     * Takes {@code pdf} (from {@link #remake}) as the last PDF, and moves every link on {@code pages} from
     * the previous PDF's figures to its figures. Returns true when any link changed.
     */
    public boolean adopt(Pages pages, GuidePdf.Rendered pdf, Map<String, String> messages) {
        GuidePdf.Rendered before = last;
        last = pdf;
        if (before == null) return false;
        String was = " (" + figures(before, messages) + ")", now = " (" + figures(pdf, messages) + ")";
        if (was.equals(now)) return false;
        for (Page page : pages.all()) {
            for (Element a : page.document().select("a[" + MARKER + "]")) {
                if (a.childNodeSize() > 0 && a.childNode(a.childNodeSize() - 1) instanceof org.jsoup.nodes.TextNode t
                        && t.getWholeText().endsWith(was)) {
                    String text = t.getWholeText();
                    t.text(text.substring(0, text.length() - was.length()) + now);
                }
            }
        }
        return true;
    }

    /**
     * What each download link holds for the PDF's figures until they are known: plain text, so it is written
     * out as it is, between two U+FFFC (the object replacement character), which no page of the guide uses.
     * A page that wrote it itself would have more of them than links, and {@link #fill} would say so.
     */
    static final String SLOT = "\uFFFCguide-pdf-figures\uFFFC";

    /**
     * Every "Download the whole guide" link gets the file's address from its page, and a slot for its figures;
     * then the links are checked. Returns how many slots each page has.
     */
    private static Map<Page, Integer> link(Pages pages, Site site) {
        // The not-found page is served from any folder: its addresses are absolute (as the refinement made the rest).
        String base = site.config().get(guide.refine.NotFoundAddresses.BASE_URL, "").strip();
        base = base.isEmpty() ? "/" : base.endsWith("/") ? base : base + "/";
        Map<Page, Integer> slots = new java.util.LinkedHashMap<>();
        for (Page page : pages.all()) {
            boolean notFound = guide.refine.NotFoundAddresses.TYPE.equals(page.manuscript().type());
            String root = notFound ? base : "../".repeat(page.uri().split("/", -1).length - 1);
            int n = 0;
            for (Element a : page.document().select("a[" + MARKER + "]")) {
                a.attr("href", root + FILE);
                a.attr("type", "application/pdf");
                a.appendText(" (" + SLOT + ")");
                n++;
            }
            if (n > 0) slots.put(page, n);
        }
        // The links were written after the checks ran: they pass the same link check as every other.
        site.problems().addAll(new LinkCheck().check(pages, site, "a[" + MARKER + "][href]"));
        return slots;
    }

    /** The PDF's figures in every slot {@link #link} left, whether the page is written out or not. */
    private static void fill(Map<Page, Integer> slots, GuidePdf.Rendered pdf, Site site) {
        String figures = figures(pdf, site.messages());
        slots.forEach((page, n) -> {
            int filled = page.fill(SLOT, figures);
            if (filled != n) {
                site.problems().add(Problem.error(page.origin(), 0, "The page's links to the whole-guide PDF could not be given its size: "
                                + n + " links, " + filled + " places for it.",
                        "Tell the people who look after the generator, with this message."));
            }
        });
    }

    /** What a link says about the file: "PDF, 40 pages, 1.2 MB". */
    static String figures(GuidePdf.Rendered pdf, Map<String, String> messages) {
        return messages.getOrDefault("guide-pdf.figures", "PDF, {pages} pages, {size}")
                .replace("{pages}", Integer.toString(pdf.pageCount())).replace("{size}", size(pdf.bytes().length));
    }

    /** The guide's PDF from its pages: no files written, nothing else changed. */
    public static GuidePdf.Rendered make(Pages pages, ReadingOrder order, SiteConfig config, Map<String, String> messages,
                                         Function<String, Optional<byte[]>> files) {
        return prepare(pages, order, config, messages, files).get();
    }

    /** The book made from the pages now, and what lays it out (see {@link GuidePdf#prepare}). */
    static Supplier<GuidePdf.Rendered> prepare(Pages pages, ReadingOrder order, SiteConfig config, Map<String, String> messages,
                                               Function<String, Optional<byte[]>> files) {
        return prepare(pages, order, config, messages, files, true);
    }

    /** As above; {@code shortcuts} false lays out with PDFBox's own fonts and document (see {@link GuidePdf#prepare}), for tests. */
    static Supplier<GuidePdf.Rendered> prepare(Pages pages, ReadingOrder order, SiteConfig config, Map<String, String> messages,
                                               Function<String, Optional<byte[]>> files, boolean shortcuts) {
        List<Book.Chapter> chapters = new ArrayList<>();
        order.home().flatMap(m -> pages.byUri(m.uri())).ifPresent(home -> chapters.add(new Book.Chapter(home, List.of())));
        for (ReadingOrder.Part part : order.parts()) {
            Optional<Page> index = pages.byUri(part.index().uri());
            List<Page> inPart = part.pages().stream().map(m -> pages.byUri(m.uri())).flatMap(Optional::stream).toList();
            if (index.isPresent()) chapters.add(new Book.Chapter(index.get(), inPart));
        }
        List<Page> all = chapters.stream().flatMap(c -> java.util.stream.Stream.concat(java.util.stream.Stream.of(c.page()), c.pages().stream())).toList();
        String reviewed = Book.latestReview(all);
        String logo = config.get("brand.logo", "");
        Book.Cover cover = Book.cover(config, messages, reviewed, logo);
        Book book = new Book(cover, chapters, messages.getOrDefault("guide-pdf.contents", "Contents"), files);
        return GuidePdf.prepare(book, cover, Brand.from(config).colours(), reviewed, shortcuts);
    }

    /** A file the site publishes, by its path in the site; nothing outside the site's folder. */
    static Optional<byte[]> published(Path site, String path) {
        Path file = site.resolve(path).normalize();
        if (!file.startsWith(site) || !Files.isRegularFile(file)) return Optional.empty();
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 1.2 MB, or 840 KB under a megabyte. */
    static String size(long bytes) {
        if (bytes < 1024 * 1024) return String.format(Locale.ROOT, "%d KB", Math.max(1, Math.round(bytes / 1024.0)));
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
