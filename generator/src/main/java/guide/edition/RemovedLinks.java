package guide.edition;

import guide.site.Site;
import guide.pages.Page;
import guide.pages.Pages;
import guide.problem.Problem;
import guide.refine.Refinement;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Mends what pointed at a page a local edition left out (local/remove.txt): a list item that starts with
 * the link (a list of examples, a navigation entry) is left out; any other link becomes plain text. Each
 * mend is noted with the line it came from, so the build lists what it changed. Links to pages missing
 * for any other reason are left for the link check to report.
 */
public final class RemovedLinks implements Refinement {
    @Override
    public void refine(Pages pages, Site site) {
        Removals removals = Removals.of(site.sources());
        site.problems().addAll(removals.problems());
        Set<String> gone = removals.addresses();
        if (gone.isEmpty()) return;
        for (Page page : pages.all()) {
            for (Element a : page.document().select("a[href]")) {
                String target = resolve(page.uri(), a.attr("href"));
                if (target == null || !gone.contains(target)) continue;
                String text = a.text().strip();
                boolean fromSource = page.fromSource(a);
                String file = fromSource ? page.origin() : "templates/" + page.manuscript().type() + ".peb";
                int line = fromSource ? lineOf(page, target, text) : 0;
                String on = fromSource ? "" : " (on " + page.uri() + ")";
                Element item = a.closest("li");
                if (item != null && item.text().strip().startsWith(text)) {
                    Element list = item.parent();
                    item.remove();
                    if (list != null && list.select("li").isEmpty()) list.remove();
                    site.problems().add(Problem.note(file, line, "Left out the list item '" + text
                            + "'" + on + ": it linked to " + target + ", which local/remove.txt removes."));
                } else {
                    a.unwrap();
                    // The text is read before: once unwrapped, the element holds none.
                    site.problems().add(Problem.note(file, line, "The link '" + text + "'" + on
                            + " is now plain text: it pointed at " + target + ", which local/remove.txt removes."));
                }
            }
        }
    }

    /** The line the author wrote the link on: the file name with the link's text, else the file name alone. */
    private static int lineOf(Page page, String target, String text) {
        String name = target.substring(target.lastIndexOf('/') + 1);
        String adoc = name.endsWith(".html") ? name.substring(0, name.length() - ".html".length()) + ".adoc" : name;
        for (String line : page.manuscript().lines()) {
            if (line.contains(adoc) && line.contains("[" + text)) return page.manuscript().lines().indexOf(line) + 1;
        }
        int line = page.manuscript().lineOf(adoc, 1);
        return line > 0 ? line : Math.max(0, page.manuscript().lineOf(name, 1));
    }

    /** The site-root-relative path {@code href} points at from {@code pageUri}; null when it leaves the site. */
    static String resolve(String pageUri, String href) {
        String path = href.strip();
        if (path.startsWith("//") || path.toLowerCase().matches("^[a-z][a-z0-9+.-]*:.*")) return null;
        int cut = path.indexOf('#');
        if (cut >= 0) path = path.substring(0, cut);
        cut = path.indexOf('?');
        if (cut >= 0) path = path.substring(0, cut);
        if (path.isEmpty()) return null;
        try {
            URI target = new URI("http", "site", "/" + pageUri, null)
                    .resolve(new URI(null, null, URLDecoder.decode(path, StandardCharsets.UTF_8), null));
            String p = target.getPath();
            if (p == null || !p.startsWith("/") || p.startsWith("/..")) return null;
            p = p.substring(1);
            return p.isEmpty() || p.endsWith("/") ? p + "index.html" : p;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
