package guide.refine;

import guide.site.Site;
import guide.pages.Page;
import guide.pages.Pages;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks the first use of each glossary abbreviation on a page as {@code <abbr title="meaning">}, from
 * {@code content/glossary/abbreviations.yml}, so readers and screen readers can learn what it stands for.
 * Headings, links, code and the glossary page itself are left alone.
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
        for (Page page : pages.all()) {
            if (page.uri().startsWith("glossary/")) continue;
            Set<String> seen = new HashSet<>();
            List<TextNode> texts = new ArrayList<>();
            collect(page.bodyContent(), texts);
            for (TextNode text : texts) mark(text, any, meanings, seen);
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
