package guide.allowlist;

import guide.allowlist.PageAllowList.Violation;
import guide.convert.Manuscript;
import guide.site.Site;
import guide.check.Check;
import guide.config.SiteConfig;
import guide.pages.Pages;
import guide.problem.Problem;
import guide.sources.SourceTree;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every page's converted AsciiDoc (the text a co-author controls, not the templates around it) holds only
 * what {@link PageAllowList} allows: each thing outside it is an error at the AsciiDoc line that wrote it.
 *
 * <p>It reads the body as Asciidoctor produced it rather than the finished page: there, a stray end tag in
 * the text could have moved what follows outside the part of the page that holds the text.
 */
public final class AllowListCheck implements Check {
    private final guide.check.PerSource found = new guide.check.PerSource();
    /** Site setting that widens the list for a fork, e.g. {@code pages.allow=video, video@src, video@controls}. */
    public static final String SETTING = "pages.allow";

    @Override
    public List<Problem> check(Pages pages, Site site) {
        List<Problem> problems = new ArrayList<>();
        PageAllowList list = allowList(site, problems);
        // The preview checks again only the pages whose body or lines changed, while the setting stays the same.
        found.begin(site.config().get(SETTING, ""));
        for (Manuscript m : site.manuscripts().all()) {
            if (m.draft()) continue;
            problems.addAll(found.of(m.origin(), List.of(m.uri(), m.body(), m.lines()), () -> check(m, m.body(), list)));
        }
        return problems;
    }

    /** The problems in one page's converted body. */
    public static List<Problem> check(Manuscript m, String body, PageAllowList list) {
        List<Problem> problems = new ArrayList<>();
        Lines lines = new Lines(m.lines());
        for (Violation v : list.violations(body, m.uri())) {
            problems.add(Problem.error(m.origin(), lines.find(needles(v)), message(v), fix(v)));
        }
        return problems;
    }

    /** The standard list, or the one the site widens, said out loud as a warning at the setting's line. */
    static PageAllowList allowList(Site site, List<Problem> problems) {
        String setting = site.config().get(SETTING, "");
        if (setting.isBlank()) return PageAllowList.standard();
        Path root = site.sources().root();
        String file = definedIn(root);
        int line = lineOf(root.resolve(file), SETTING);
        for (String item : PageAllowList.items(setting)) {
            if (PageAllowList.refused(item)) {
                problems.add(Problem.error(file, line, "The page allow-list cannot be widened with '" + item + "'.",
                        "Take '" + item + "' out of " + SETTING + ": scripts and event attributes (on...) can never be allowed in a page,"
                                + " and each item is an element (video) or an element@attribute (video@src)."));
            }
        }
        PageAllowList widened = PageAllowList.widen(setting);
        if (!widened.widened().isEmpty()) {
            problems.add(Problem.warning(file, line, "This site widens what a page may contain beyond the guide's allow-list: "
                            + String.join(", ", widened.widened()) + ".",
                    "Nothing to do if this fork needs them. Every page may now use these, so review pull requests for them."));
        }
        return widened;
    }

    private static String definedIn(Path root) {
        String local = SourceTree.OVERLAY + "/" + SiteConfig.FILE;
        return lineOf(root.resolve(local), SETTING) > 0 ? local : SiteConfig.FILE;
    }

    private static int lineOf(Path file, String key) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) return 0;
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i).strip();
                if (l.startsWith(key + "=") || l.startsWith(key + " ") || l.startsWith(key + ":")) return i + 1;
            }
        } catch (IOException e) {
            return 0;
        }
        return 0;
    }

    private static final Set<String> SCRIPT = Set.of("script", "noscript", "template", "svg", "math");
    private static final Set<String> EMBED = Set.of("iframe", "frame", "frameset", "object", "embed", "applet",
            "video", "audio", "source", "track", "picture", "portal");
    private static final Set<String> FORM = Set.of("form", "input", "button", "textarea", "select", "option",
            "optgroup", "fieldset", "label", "output", "datalist");
    private static final Set<String> PAGE = Set.of("meta", "base", "link", "style", "title", "head", "html", "body",
            "main", "header", "footer", "nav", "dialog");

    static String message(Violation v) {
        return switch (v.kind()) {
            case ELEMENT -> "The page holds HTML the guide does not publish: a <" + v.name() + "> element.";
            case ATTRIBUTE -> "The page holds HTML the guide does not publish: the attribute '" + v.name() + "'.";
            case ADDRESS -> "The link or picture address '" + shorten(v.value()) + "' is not one the guide publishes.";
            case COMMENT -> "The page holds an HTML comment (<!-- -->), which can hide the rest of the page.";
            case MALFORMED -> "The page holds an HTML end tag with no start: " + shorten(v.value()) + ".";
        };
    }

    static String fix(Violation v) {
        String widen = " If a local edition really needs it, a maintainer can allow it in site.properties with "
                + SETTING + ".";
        return switch (v.kind()) {
            case ELEMENT -> SCRIPT.contains(v.name())
                    ? "Delete it: pages cannot run scripts. Describe what you need in the pull request; a maintainer can add it to the templates."
                    : EMBED.contains(v.name())
                    ? "Delete it and link to the page instead, for example https://www.example.org/video[Watch the video]: embedded content"
                            + " tells another site who is reading." + (v.name().equals("video") || v.name().equals("audio") ? widen : "")
                    : FORM.contains(v.name())
                    ? "Delete it: a form could send what a reader types to another site. The action-plan tool is the guide's only form."
                    : PAGE.contains(v.name())
                    ? "Delete it: it changes the whole page (it could redirect the reader, restyle the page or change where links go)."
                            + " Write the page in AsciiDoc only."
                    : "Write this in AsciiDoc instead of HTML (see CONTRIBUTING.md)." + widen;
            case ATTRIBUTE -> v.name().toLowerCase(Locale.ROOT).startsWith("on")
                    ? "Delete the attribute " + v.name() + "=\"...\": it runs a script, which pages cannot do."
                    : v.name().equals("style")
                    ? "Delete the style: the site's security policy blocks it. Use a role the stylesheet knows, such as [.lead]."
                    : "Delete the attribute, or write this part in AsciiDoc instead of HTML." + widen;
            case ADDRESS -> "Links may go to pages of the guide or to addresses that start https://, http://, mailto: or tel:."
                    + " A javascript: or data: address can run code or hide what it shows; link to a real page instead.";
            case COMMENT -> "Delete the HTML comment; for a note to other authors use an AsciiDoc comment line starting with //.";
            case MALFORMED -> "Delete " + shorten(v.value()) + ", or write this part in AsciiDoc: an unmatched end tag breaks the page around the text.";
        };
    }

    /** Short, and on one line: the value is the author's, and a line break must not start a new report line. */
    private static String shorten(String s) {
        s = s.replaceAll("[\\p{Cntrl}\u2028\u2029]", "?");
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }

    /** What the author probably wrote for this, most telling first. */
    static List<String> needles(Violation v) {
        String name = v.name().toLowerCase(Locale.ROOT);
        return switch (v.kind()) {
            case ELEMENT -> List.of("<" + name, name + "::", name + ":[", name + ":");
            case ATTRIBUTE -> List.of(name + "=", name);
            case ADDRESS -> {
                String value = v.value().strip().toLowerCase(Locale.ROOT);
                int colon = value.indexOf(':');
                yield colon > 0 ? List.of(value, value.substring(0, Math.min(value.length(), 30)), value.substring(0, colon + 1))
                        : List.of(value);
            }
            case COMMENT -> List.of("<!--");
            case MALFORMED -> List.of(v.value().toLowerCase(Locale.ROOT), "</" + name);
        };
    }

    /**
     * Finds lines by what they contain, ignoring case; the second time a needle is asked for it is looked for
     * after the line found the first time, so two scripts on two lines are reported on their own lines.
     */
    static final class Lines {
        private final List<String> lower = new ArrayList<>();
        private final Map<String, Integer> last = new HashMap<>();

        Lines(List<String> lines) {
            for (String l : lines) lower.add(l.toLowerCase(Locale.ROOT));
        }

        int find(List<String> needles) {
            for (String needle : needles) {
                if (needle == null || needle.isBlank()) continue;
                int from = last.getOrDefault(needle, 0);
                int line = search(needle, from);
                if (line == 0 && from > 0) line = search(needle, 0);
                if (line > 0) {
                    last.put(needle, line);
                    return line;
                }
            }
            // Written some other way (character references, an included file): the first raw HTML or include, if any.
            int raw = search("++++", 0);
            if (raw == 0) raw = search("pass:", 0);
            if (raw == 0) raw = search("+++", 0);
            if (raw == 0) raw = search("include::", 0);
            return raw > 0 ? raw : 1;
        }

        private int search(String needle, int afterLine) {
            for (int i = afterLine; i < lower.size(); i++) {
                if (lower.get(i).contains(needle)) return i + 1;
            }
            return 0;
        }
    }
}
