package guide.pdf;

import guide.convert.Manuscript;
import guide.config.SiteConfig;
import guide.pages.Page;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The whole guide as HTML documents, ready for the PDF renderer ({@link #parts}): a cover, a contents list, then every
 * page's main content in reading order, each under its own title. Ids are made unique per page, links
 * between pages become links inside the book, addresses outside it are printed after their link text, and
 * what only works on screen (navigation, buttons, form fields) is left out. The bookmarks (the PDF's
 * outline) follow parts, pages and their headings.
 */
public final class Book {
    /** What the book is made of: the pages, grouped in parts, in reading order. */
    public record Chapter(Page page, List<Page> pages) {}

    /** Everything the cover and the running footer say, from the site's settings and messages. */
    public record Cover(String title, String tagline, String organisation, String publisher, String reviewed, String logo, String logoAlt,
                        String language, String webAddress) {}

    /** What the template wraps around a page that the book does not want (screen-only parts). */
    private static final String SCREEN_ONLY = String.join(", ",
            "nav", "script", "style", "form", "input", "textarea", "select", "button", "label", "fieldset",
            ".visually-hidden", "[hidden]", "[data-needs-script]", "[data-no-script]", ".pagination", ".start",
            "[data-guide-pdf]", ".guide-pdf", ".table__label", ".ap-downloads", ".ap-panel", ".ap-error-summary", ".ap-notice", ".ap-keep", ".ap-group");

    private final Cover cover;
    private final List<Chapter> chapters;
    private final Map<String, String> pageIds = new LinkedHashMap<>();
    private final Set<String> ids = new HashSet<>();
    /** For each page: its content cleaned for paper, and its own ids mapped to the book's unique ones. */
    private final Map<String, Element> contents = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> idsByPage = new LinkedHashMap<>();
    private final String messagesContents;

    /** The site's files by their path in the site ({@code images/logo.svg}): where images come from, and only there. */
    private final Function<String, Optional<byte[]>> files;

    public Book(Cover cover, List<Chapter> chapters, String contentsHeading, Function<String, Optional<byte[]>> files) {
        this.cover = cover;
        this.files = files;
        this.chapters = chapters;
        this.messagesContents = contentsHeading;
        for (Chapter c : chapters) {
            pageIds.put(c.page().uri(), idOf(c.page().uri()));
            c.pages().forEach(p -> pageIds.put(p.uri(), idOf(p.uri())));
        }
        ids.addAll(pageIds.values());
        // Every page's ids first, so a link can point at a section of a page that comes later.
        // Each page's content is copied and cleaned for paper on both cores (each copy reads only its own page);
        // the ids are then made unique in reading order, so the book is the same whichever copy finished first.
        List<Page> all = pages();
        List<Element> forPaper = all.parallelStream().map(Book::forPaper).toList();
        for (int i = 0; i < all.size(); i++) prepare(all.get(i), forPaper.get(i));
    }

    /** A copy of the page's main content without what only works on screen. */
    private static Element forPaper(Page page) {
        Element main = page.document().selectFirst("main");
        Element content = (main != null ? main : page.bodyContent()).clone();
        content.select(SCREEN_ONLY).remove();
        return content;
    }

    private void prepare(Page page, Element content) {
        String pageId = pageIds.get(page.uri());
        Map<String, String> local = new LinkedHashMap<>();
        for (Element e : content.select("[id]")) {
            String id = unique(pageId + "--" + e.id());
            local.put(e.id(), id);
            e.attr("id", id);
        }
        contents.put(page.uri(), content);
        idsByPage.put(page.uri(), local);
    }

    /** A one-page book with a little of everything the guide has (headings, list, table, links), for warming up. */
    static Book sample(Cover cover) {
        Manuscript m = new Manuscript("sample.adoc", "sample.html", "Sample", "page", false, Map.of(), List.of(), List.of(), "");
        Document doc = org.jsoup.Jsoup.parse("<main><h1>Sample</h1><div data-guide-body><h2 id=a>A</h2><p>Text with <a href=#a>a link</a>, "
                + "<abbr title=\"National Health Service\">NHS</abbr> and <a href=https://example.org/>an address</a>.</p><ul><li>One</li></ul>"
                + "<table><thead><tr><th scope=col>H</th></tr></thead><tbody><tr><td>D</td></tr></tbody></table><h3 id=b>B</h3><p><code>c</code> <em>e</em> <strong>s</strong></p></div></main>");
        return new Book(cover, List.of(new Chapter(new Page(m, doc), List.of())), "Contents",
                path -> Optional.empty());
    }

    /** The latest {@code :reviewed:} date of the pages (yyyy-mm-dd), or empty: the book's own date, never the clock. */
    public static String latestReview(List<Page> pages) {
        return pages.stream().map(p -> p.manuscript().attribute("reviewed")).filter(d -> d != null && d.strip().matches("\\d{4}-\\d{2}-\\d{2}"))
                .map(String::strip).max(String::compareTo).orElse("");
    }

    /** The cover's words, from the settings; the date readable (21 November 2026) with month names from messages. */
    public static Cover cover(SiteConfig config, Map<String, String> messages, String reviewed, String logoPath) {
        String date = "";
        if (!reviewed.isEmpty()) {
            String[] p = reviewed.split("-");
            String month = messages.getOrDefault("month." + p[1], p[1]);
            date = messages.getOrDefault("footer.reviewed", "Last reviewed") + ": " + Integer.parseInt(p[2]) + " " + month + " " + p[0];
        }
        String organisation = config.get("site.organisation", "");
        String publisher = organisation.isEmpty() ? "" : messages.getOrDefault("footer.published-by", "Published by") + " " + organisation;
        return new Cover(config.siteName(), config.get("site.tagline", ""), organisation, publisher, date, logoPath,
                config.get("brand.logo-alt", ""), config.language(), config.get("site.base-url", ""));
    }

    /** Every page, in reading order: all the pages of the book. */
    public List<Page> pages() {
        List<Page> out = new ArrayList<>();
        for (Chapter c : chapters) {
            out.add(c.page());
            out.addAll(c.pages());
        }
        return out;
    }

    /**
     * The book as HTML documents with {@code style} as their stylesheet, in reading order: the front matter
     * (cover and contents) first, then one document per chapter (a part's index page and its pages), each
     * with the bookmarks of its own pages. Each part starts on a new page, so the renderer lays them out one
     * at a time (at 1,000 pages, the whole book's boxes at once took most of the build's memory). A link
     * between parts stays {@code #id}: the id is unique in the whole book, and {@link Binding} joins them.
     * The contents' links carry no page number: only the laid-out chapters know it.
     */
    public List<Document> parts(String style) {
        List<Document> parts = new ArrayList<>();
        Document front = shell(style);
        cover(front.body());
        Element contents = front.body().appendElement("div").addClass("contents").attr("id", "contents");
        contents.appendElement("h1").addClass("contents__heading").text(messagesContents);
        Element list = contents.appendElement("ol").addClass("contents__list");
        parts.add(front);
        for (Chapter c : chapters) {
            Document part = shell(style);
            Element item = entry(list, c.page(), "contents__part");
            Element mark = bookmark(part.head().appendElement("bookmarks"), c.page());
            chapter(part.body(), c.page(), mark);
            if (!c.pages().isEmpty()) {
                Element sub = item.appendElement("ol").addClass("contents__pages");
                for (Page p : c.pages()) {
                    entry(sub, p, "contents__page");
                    chapter(part.body(), p, bookmark(mark, p));
                }
            }
            parts.add(part);
        }
        // Each link's words are its alternate description too (PDF/UA: a link annotation has Contents).
        for (Document part : parts) {
            for (Element a : part.body().select("a[href]")) {
                if (a.attr("title").isBlank()) a.attr("title", a.text().strip());
            }
        }
        return parts;
    }

    private Document shell(String style) {
        Document doc = Document.createShell("");
        doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml).prettyPrint(false);
        doc.selectFirst("html").attr("lang", cover.language());
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("title").text(cover.title());
        if (!cover.organisation().isEmpty()) head.appendElement("meta").attr("name", "author").attr("content", cover.organisation());
        if (!cover.tagline().isEmpty()) head.appendElement("meta").attr("name", "subject").attr("content", cover.tagline());
        head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode(style));
        doc.body().attr("data-title", cover.title());
        return doc;
    }

    private void cover(Element body) {
        Element c = body.appendElement("div").addClass("cover");
        if (!cover.logo().isEmpty()) {
            Element img = c.appendElement("p").addClass("cover__logo").appendElement("img").attr("alt", cover.logoAlt());
            embed(img, cover.logo());
        }
        c.appendElement("h1").addClass("cover__title").attr("id", "cover").text(cover.title());
        if (!cover.tagline().isEmpty()) c.appendElement("p").addClass("cover__tagline").text(cover.tagline());
        if (!cover.publisher().isEmpty()) c.appendElement("p").addClass("cover__publisher").text(cover.publisher());
        if (!cover.reviewed().isEmpty()) c.appendElement("p").addClass("cover__date").text(cover.reviewed());
        if (!cover.webAddress().isEmpty()) c.appendElement("p").addClass("cover__address").text(cover.webAddress());
    }

    private Element entry(Element list, Page page, String cls) {
        Element li = list.appendElement("li").addClass(cls);
        li.appendElement("a").addClass("contents__link").attr("href", "#" + pageIds.get(page.uri())).text(title(page));
        return li;
    }

    private Element bookmark(Element parent, Page page) {
        return parent.appendElement("bookmark").attr("name", title(page)).attr("href", "#" + pageIds.get(page.uri()));
    }

    private static String title(Page page) {
        Manuscript m = page.manuscript();
        if (m.title() != null && !m.title().isBlank()) return m.title().strip();
        Element h1 = page.document().selectFirst("main h1, h1");
        return h1 != null ? h1.text() : m.uri();
    }

    /** One page of the site as a section of the book: its title, then its main content, cleaned for paper. */
    private void chapter(Element body, Page page, Element mark) {
        String pageId = pageIds.get(page.uri());
        Element section = body.appendElement("div").addClass("chapter").attr("id", pageId + "--chapter");
        Element content = contents.get(page.uri());
        // The page's own h1 stands first with the page's id: what contents, links and bookmarks point at.
        Element h1 = content.selectFirst("h1");
        if (h1 != null) h1.remove();
        Element caption = content.selectFirst("p.caption");
        if (caption != null) {
            caption.remove();
            section.appendChild(caption);
        }
        section.appendElement("h1").addClass("chapter__title").attr("id", pageId).text(title(page));
        for (Element a : content.select("a[href]")) link(a, page);
        for (Element img : content.select("img[src]")) image(img, page);
        clean(content);
        for (org.jsoup.nodes.Node n : new ArrayList<>(content.childNodes())) section.appendChild(n);
        headingMarks(section, mark);
    }

    /** Bookmarks for the page's h2 and h3 headings, h3 nested under the h2 before it. */
    private static void headingMarks(Element section, Element mark) {
        Element lastH2 = null;
        for (Element h : section.select("h2[id], h3[id]")) {
            if (h.closest(".cover, .contents") != null) continue;
            String name = h.text().strip();
            if (name.isEmpty()) continue;
            if (h.tagName().equals("h2") || lastH2 == null) {
                Element b = mark.appendElement("bookmark").attr("name", name).attr("href", "#" + h.id());
                if (h.tagName().equals("h2")) lastH2 = b;
            } else {
                lastH2.appendElement("bookmark").attr("name", name).attr("href", "#" + h.id());
            }
        }
    }

    private String unique(String id) {
        String candidate = id;
        for (int n = 2; !ids.add(candidate); n++) candidate = id + "-" + n;
        return candidate;
    }

    private void link(Element a, Page page) {
        String href = a.attr("href").strip();
        if (href.startsWith("#")) {
            String target = idsByPage.get(page.uri()).get(href.substring(1));
            if (target != null) a.attr("href", "#" + target);
            else a.unwrap();
            return;
        }
        if (isExternal(href)) {
            a.attr("href", href);
            String shown = href.startsWith("mailto:") ? href.substring("mailto:".length()) : href;
            // On paper the address must be readable: printed after the words unless they are the address already.
            if (!a.text().strip().equals(shown) && !a.text().strip().equals(href)) {
                a.after(new TextNode(" (" + shown + ")"));
            }
            return;
        }
        Optional<String> resolved = resolve(page.uri(), href);
        String fragment = href.contains("#") ? href.substring(href.indexOf('#') + 1) : "";
        if (resolved.isPresent() && pageIds.containsKey(resolved.get())) {
            String section = idsByPage.get(resolved.get()).get(fragment);
            a.attr("href", "#" + (section != null ? section : pageIds.get(resolved.get())));
            return;
        }
        if (resolved.isPresent() && !cover.webAddress().isEmpty()) {
            // A file of the site (a download): its address on the published site.
            String address = cover.webAddress().replaceAll("/*$", "/") + resolved.get();
            a.attr("href", address);
            a.after(new TextNode(" (" + address + ")"));
            return;
        }
        a.unwrap();
    }

    private void image(Element img, Page page) {
        String src = img.attr("src");
        if (src.startsWith("data:")) return;
        Optional<String> resolved = isExternal(src) ? Optional.empty() : resolve(page.uri(), src);
        if (resolved.isPresent()) embed(img, resolved.get());
        else img.remove();
    }

    /**
     * The image's bytes go into the book itself (a data: address), so the renderer never opens a file or an
     * address: it cannot read anything the site does not publish.
     */
    private void embed(Element img, String path) {
        Optional<byte[]> bytes = files.apply(path);
        String type = IMAGE_TYPES.get(path.substring(path.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT));
        if (bytes.isEmpty() || type == null) {
            img.remove();
            return;
        }
        img.attr("src", "data:" + type + ";base64," + java.util.Base64.getEncoder().encodeToString(bytes.get()));
    }

    private static final Map<String, String> IMAGE_TYPES = Map.of("svg", "image/svg+xml", "png", "image/png",
            "jpg", "image/jpeg", "jpeg", "image/jpeg", "gif", "image/gif");

    private static void clean(Element content) {
        // A glossary term's meaning stands beside it; an abbreviation with no expansion is plain text.
        for (Element abbr : content.select("abbr:not([title])")) {
            Element row = abbr.closest("dt");
            Element meaning = row != null ? row.nextElementSibling() : null;
            if (meaning != null && meaning.tagName().equals("dd")) abbr.attr("title", meaning.text());
            else abbr.unwrap();
        }
        for (Element e : content.getAllElements()) {
            List<String> drop = new ArrayList<>();
            e.attributes().forEach(attr -> {
                String k = attr.getKey();
                if (k.startsWith("data-") || k.startsWith("aria-") || k.equals("tabindex") || k.equals("role") || k.startsWith("on")
                        || k.equals("style") || k.equals("download") || k.equals("rel") || k.equals("target")) drop.add(k);
            });
            drop.forEach(e::removeAttr);
        }
        // An empty section wrapper left after screen-only parts went would draw nothing, but keeps structure tidy.
        for (Element e : content.select("div, section, ul, ol")) {
            if (e.children().isEmpty() && e.text().isBlank()) e.remove();
        }
        // AsciiDoc's wrappers round a paragraph, a list or a section style nothing on paper, and each would be a
        // Div in the PDF's tags: one more level for a screen reader to pass through (30,000 of them at 1,000
        // pages). Their content stays where it was; one with an id stays, as a link may point at it.
        for (Element e : content.select(ASCIIDOC_WRAPPERS)) {
            if (!e.hasAttr("id")) e.unwrap();
        }
    }

    private static final String ASCIIDOC_WRAPPERS = "div.prose, div.sect1, div.sect2, div.sect3, div.sect4, div.sect5, "
            + "div.sectionbody, div.paragraph, div.ulist, div.olist, div.dlist";

    static boolean isExternal(String href) {
        String h = href.strip().toLowerCase(java.util.Locale.ROOT);
        return h.startsWith("//") || h.matches("^[a-z][a-z0-9+.-]*:.*");
    }

    /** The site-relative path {@code href} points at from a page, without fragment; empty if outside the site. */
    static Optional<String> resolve(String pageUri, String href) {
        String path = href.replaceAll("[#?].*$", "");
        if (path.isEmpty()) return Optional.of(pageUri);
        try {
            URI target = new URI("http", "site", "/" + pageUri, null).resolve(new URI(null, null,
                    java.net.URLDecoder.decode(path, java.nio.charset.StandardCharsets.UTF_8), null));
            String p = target.getPath();
            if (p == null || !p.startsWith("/") || p.startsWith("/..")) return Optional.empty();
            p = p.substring(1);
            if (p.isEmpty() || p.endsWith("/")) p += "index.html";
            return Optional.of(p);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** {@code framework/partnership.html} → {@code p-framework-partnership}. */
    static String idOf(String uri) {
        return "p-" + uri.replaceAll("\\.html$", "").replaceAll("/index$", "").replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(java.util.Locale.ROOT);
    }

    static Document parse(String xhtml) {
        return org.jsoup.Jsoup.parse(xhtml, "", Parser.xmlParser());
    }
}
