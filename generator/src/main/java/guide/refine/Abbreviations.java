package guide.refine;

import guide.site.Site;
import guide.pages.Page;
import guide.pages.Pages;
import guide.problem.Problem;
import guide.sources.SourceTree;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks the first use of each glossary abbreviation on a page as {@code <abbr title="meaning">}, from
 * {@code content/glossary/abbreviations.yml}, so readers and screen readers can learn what it stands for.
 * Headings, links, code and the glossary page itself are left alone.
 *
 * <p>The glossary then keeps only the abbreviations some published page uses: a local edition that leaves
 * out (or replaces) the only page using one would otherwise explain a term its readers never meet. Each
 * row taken out is listed at its line of the data file: a note when the edition's removals or replacements
 * made it unused, a warning when no page of the guide ever used it (a typing slip or a stale entry).
 */
public final class Abbreviations implements Refinement {
    public static final String DATA = "glossary/abbreviations";
    private static final Set<String> SKIP = Set.of("a", "abbr", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6",
            "script", "style", "title", "dt", "kbd", "samp");

    @Override
    public void refine(Pages pages, Site site) {
        Map<String, String> meanings = meanings(site.data().get(DATA));
        if (meanings.isEmpty()) return;
        Pattern any = Pattern.compile("(?<![\\p{L}\\p{N}])(" + String.join("|",
                meanings.keySet().stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).toList())
                + ")(?![\\p{L}\\p{N}])");
        Set<String> met = new HashSet<>();
        for (Page page : pages.all()) {
            if (page.uri().startsWith("glossary/")) continue;
            // Met anywhere a reader reads it, headings and links too, not only where it is marked.
            Element main = page.document().selectFirst("main");
            Matcher used = any.matcher((main != null ? main : page.bodyContent()).text());
            while (used.find()) met.add(used.group(1));
            Set<String> seen = new HashSet<>();
            List<TextNode> texts = new ArrayList<>();
            collect(page.bodyContent(), texts);
            for (TextNode text : texts) mark(text, any, meanings, seen);
        }
        Set<String> unmet = new LinkedHashSet<>(meanings.keySet());
        unmet.removeAll(met);
        if (unmet.isEmpty()) return;
        boolean dropped = false;
        for (Page page : pages.all()) {
            for (Element row : page.document().select("dl.glossary > .glossary__row")) {
                Element term = row.selectFirst("dt");
                if (term != null && unmet.contains(term.text().strip())) {
                    row.remove();
                    dropped = true;
                }
            }
            for (Element list : page.document().select("dl.glossary")) {
                if (!list.children().isEmpty()) continue;
                Element heading = list.previousElementSibling();
                if (heading != null && heading.hasClass("glossary__heading")) heading.remove();
                list.remove();
            }
        }
        if (dropped) report(unmet, site);
    }

    /** One line per glossary row taken out, at the term's line of the data file. */
    private static void report(Set<String> unmet, Site site) {
        SourceTree sources = site.sources();
        Path data = sources.content().resolve(DATA + ".yml");
        if (!Files.isRegularFile(data)) data = sources.content().resolve(DATA + ".yaml");
        String file = sources.origin(data);
        List<String> lines = read(data);
        for (String term : unmet) {
            int line = lineOf(lines, term);
            List<String> usedBy = usedByWhatTheEditionChanged(term, sources);
            if (!usedBy.isEmpty()) {
                site.problems().add(Problem.note(file, line, "Left out the glossary entry '" + term + "': no page of this edition uses it. "
                        + "It was used by " + String.join(", ", usedBy) + ", which "
                        + (usedBy.stream().allMatch(sources.removed()::contains) ? "local/remove.txt removes."
                        : usedBy.stream().allMatch(sources.replaced()::contains) ? "your copy in local/ replaces."
                        : "local/ removes or replaces.")));
            } else {
                site.problems().add(Problem.warning(file, line, "No page uses the abbreviation '" + term
                                + "', so the glossary leaves it out.",
                        "Take the entry out of " + file + ", or, if a page should use it, write it there exactly as here "
                                + "(capital letters matter)."));
            }
        }
    }

    /** The guide's own files that use {@code term} and that local/ leaves out or replaces. */
    private static List<String> usedByWhatTheEditionChanged(String term, SourceTree sources) {
        Pattern word = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(term) + "(?![\\p{L}\\p{N}])");
        List<String> out = new ArrayList<>();
        for (String path : new TreeSet<>(union(sources.removed(), sources.replaced()))) {
            if (!path.startsWith("content/") && !path.startsWith("templates/")) continue;
            if (path.startsWith("content/" + DATA + ".")) continue;
            if (!TEXT.matcher(path).find()) continue;
            if (word.matcher(String.join("\n", read(sources.root().resolve(path)))).find()) out.add(path);
        }
        return out;
    }

    private static final Pattern TEXT = Pattern.compile("\\.(adoc|ya?ml|peb|properties)$");

    private static Set<String> union(List<String> a, List<String> b) {
        Set<String> out = new LinkedHashSet<>(a);
        out.addAll(b);
        return out;
    }

    private static int lineOf(List<String> lines, String term) {
        Pattern entry = Pattern.compile("^\\s*-?\\s*term:\\s*['\"]?" + Pattern.quote(term) + "['\"]?\\s*(#.*)?$");
        for (int i = 0; i < lines.size(); i++) if (entry.matcher(lines.get(i)).find()) return i + 1;
        return 0;
    }

    private static List<String> read(Path file) {
        // Never through a link: the sources stage reports it.
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) return List.of();
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of(); // not text: it cannot have used the term
        }
    }

    private static void collect(Element element, List<TextNode> out) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode t) out.add(t);
            else if (child instanceof Element e && !SKIP.contains(e.normalName())) collect(e, out);
        }
    }

    /** Marks the first unseen abbreviation in the text node, then carries on in the text after it. */
    private static void mark(TextNode text, Pattern any, Map<String, String> meanings, Set<String> seen) {
        String rest = text.getWholeText();
        Matcher m = any.matcher(rest);
        int from = 0;
        while (m.find(from)) {
            String term = m.group(1);
            if (seen.add(term)) {
                // The node keeps the text after the abbreviation; what came before and the <abbr> go in front of it.
                text.before(new TextNode(rest.substring(0, m.start())));
                text.before(new Element("abbr").attr("title", meanings.get(term)).text(term));
                rest = rest.substring(m.end());
                text.text(rest);
                m = any.matcher(rest);
                from = 0;
            } else {
                from = m.end();
            }
        }
    }

    static Map<String, String> meanings(Object data) {
        Map<String, String> out = new LinkedHashMap<>();
        if (data instanceof Map<?, ?> map && map.get("abbreviations") instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> a && a.get("term") != null && a.get("meaning") != null) {
                    out.put(String.valueOf(a.get("term")).strip(), String.valueOf(a.get("meaning")).strip());
                }
            }
        }
        return out;
    }
}
