package guide.allowlist;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Safelist;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the converted AsciiDoc of a page may contain: the elements, attributes and URL schemes of
 * Asciidoctor's HTML5 output for the kinds of block a guide uses, as a jsoup {@link Safelist}. It starts
 * from jsoup's {@link Safelist#relaxed()} and adds only what Asciidoctor writes (its class and id on every
 * block, {@code <details>}, {@code <mark>}, a link's {@code target}/{@code rel}, a table's width style that
 * {@code guide.refine.InlineStyles} takes out); it takes away {@code ftp:} links.
 * Nothing here runs script, loads anything from another site, sends a form, redirects or restyles the page.
 *
 * <p>A fork that needs more says so with {@code pages.allow} (see {@link #widen}); script and event
 * attributes can never be allowed.
 */
public final class PageAllowList {
    /** Relative addresses are resolved against this, so a link to another page counts as https. */
    private static final String BASE = "https://guide.invalid/";
    private static final Set<String> NEVER = Set.of("script");
    private static final Set<String> OUTER = Set.of("html", "head", "body");
    private static final java.util.regex.Pattern OUTER_TAG = java.util.regex.Pattern.compile("<\\s*(html|head|body)[\\s/>]",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern END_TAG = java.util.regex.Pattern.compile("</\\s*([a-zA-Z][a-zA-Z0-9-]*)");

    private final Safelist safelist;
    private final List<String> widened;

    private PageAllowList(Safelist safelist, List<String> widened) {
        this.safelist = safelist;
        this.widened = List.copyOf(widened);
    }

    /** The allow-list every page is held to unless the site widens it. */
    public static PageAllowList standard() {
        return new PageAllowList(base(), List.of());
    }

    static Safelist base() {
        return Safelist.relaxed()
                .removeProtocols("a", "href", "ftp")
                .addProtocols("a", "href", "tel")
                .addTags("abbr", "del", "details", "hr", "ins", "kbd", "mark", "s", "summary", "var")
                .addAttributes(":all", "class", "id")
                .addAttributes("a", "target", "rel")
                .addAttributes("abbr", "title")
                .addAttributes("code", "data-lang")
                .addAttributes("details", "open")
                .addAttributes("i", "data-value") // callout numbers
                .addAttributes("ol", "reversed")
                .addAttributes("col", "style")
                .addAttributes("table", "style")
                .preserveRelativeLinks(true);
    }

    /**
     * The standard list widened by a site setting: a comma- or space-separated list of {@code element} or
     * {@code element@attribute} (e.g. {@code video, video@src, video@controls}). Items that could run script
     * are refused by {@link #refused}.
     */
    public static PageAllowList widen(String setting) {
        Safelist s = base();
        List<String> items = items(setting);
        List<String> applied = new ArrayList<>();
        for (String item : items) {
            if (refused(item)) continue;
            int at = item.indexOf('@');
            if (at < 0) {
                s.addTags(item);
            } else {
                s.addTags(item.substring(0, at));
                s.addAttributes(item.substring(0, at), item.substring(at + 1));
            }
            applied.add(item);
        }
        return new PageAllowList(s, applied);
    }

    static List<String> items(String setting) {
        List<String> out = new ArrayList<>();
        if (setting == null) return out;
        for (String raw : setting.split("[,\\s]+")) {
            String item = raw.strip().toLowerCase(Locale.ROOT);
            if (!item.isEmpty()) out.add(item);
        }
        return out;
    }

    /** Items the setting can never add: script, and any event attribute (on...). */
    static boolean refused(String item) {
        int at = item.indexOf('@');
        String tag = at < 0 ? item : item.substring(0, at);
        String attr = at < 0 ? "" : item.substring(at + 1);
        return NEVER.contains(tag) || attr.startsWith("on") || tag.isEmpty() || (at >= 0 && attr.isEmpty())
                || !item.matches("[a-z][a-z0-9-]*(@[a-z][a-z0-9:-]*)?");
    }

    /** What the setting added, in its order (empty for the standard list). */
    public List<String> widened() {
        return widened;
    }

    /** One thing in a page's HTML outside the allow-list. */
    public record Violation(Kind kind, String name, String value) {}

    public enum Kind { ELEMENT, ATTRIBUTE, ADDRESS, COMMENT, MALFORMED }

    /**
     * Everything in {@code bodyHtml} (a page body as Asciidoctor converted it) outside the list, in document
     * order. A refused element is reported once: what is inside it goes with it.
     */
    public List<Violation> violations(String bodyHtml, String pageUri) {
        Document doc = Jsoup.parseBodyFragment(bodyHtml, BASE + (pageUri == null ? "" : pageUri));
        List<Violation> out = new ArrayList<>();
        // <html>, <head> or <body> tags in the text are dropped here, but in the whole page their attributes
        // (onload=...) land on the page's own elements.
        java.util.regex.Matcher outer = OUTER_TAG.matcher(bodyHtml);
        while (outer.find()) out.add(new Violation(Kind.ELEMENT, outer.group(1).toLowerCase(Locale.ROOT), ""));
        for (Node child : doc.body().childNodes()) visit(child, out);
        // An end tag with no start tag closes the template's own elements around the page text; a stray
        // </body> or </main> leaves no element to find above, so look for the tags themselves too.
        Set<String> reported = new java.util.HashSet<>();
        out.forEach(v -> reported.add(v.name()));
        Parser parser = Parser.htmlParser().setTrackErrors(50);
        parser.parseInput(bodyHtml, BASE);
        for (ParseError e : parser.getErrors()) {
            String m = e.getErrorMessage();
            String tag = tagIn(m);
            if (m.contains("EndTag") && !reported.contains(tag)) out.add(new Violation(Kind.MALFORMED, tag, "</" + tag + ">"));
        }
        java.util.regex.Matcher end = END_TAG.matcher(bodyHtml);
        while (end.find()) {
            String tag = end.group(1).toLowerCase(Locale.ROOT);
            boolean stray = OUTER.contains(tag) || doc.getElementsByTag(tag).isEmpty();
            if (!safelist.isSafeTag(tag) && stray && !reported.contains(tag)) out.add(new Violation(Kind.MALFORMED, tag, "</" + tag + ">"));
        }
        return out;
    }

    private void visit(Node node, List<Violation> out) {
        if (node instanceof Comment c) {
            out.add(new Violation(Kind.COMMENT, "comment", c.getData()));
            return;
        }
        if (!(node instanceof Element e)) return;
        String tag = e.normalName();
        if (!safelist.isSafeTag(tag)) {
            out.add(new Violation(Kind.ELEMENT, tag, ""));
            return;
        }
        for (Attribute a : e.attributes()) {
            if (safelist.isSafeAttribute(tag, e, a)) continue;
            // Allowed with a plain https address? Then only the address (its scheme) is wrong.
            Element probe = new Element(tag).attr(a.getKey(), BASE);
            boolean allowedName = safelist.isSafeAttribute(tag, probe, probe.attribute(a.getKey()));
            out.add(allowedName ? new Violation(Kind.ADDRESS, a.getKey(), a.getValue())
                    : new Violation(Kind.ATTRIBUTE, a.getKey(), a.getValue()));
        }
        for (Node child : e.childNodes()) visit(child, out);
    }

    private static String tagIn(String message) {
        int open = message.indexOf("</");
        int close = message.indexOf('>', open);
        return open >= 0 && close > open ? message.substring(open + 2, close).toLowerCase(Locale.ROOT) : "";
    }
}
