package guide.check;

import guide.site.Site;
import guide.pages.Page;
import guide.pages.Pages;
import guide.problem.Problem;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every link and cross-reference inside the site points at a page or file that exists, and at an id on it. */
public final class LinkCheck implements Check {
    @Override
    public List<Problem> check(Pages pages, Site site) {
        List<Problem> problems = new ArrayList<>();
        for (Page page : pages.all()) {
            for (Element a : page.document().select("a[href]")) {
                String href = a.attr("href").strip();
                if (href.isEmpty() || Addresses.isExternal(href)) continue;
                String target = Addresses.resolve(page.uri(), href);
                String fragment = Addresses.fragment(href);
                String problem = null;
                String fix = null;
                if (target == null) {
                    problem = "The link '" + href + "' points outside the site.";
                    fix = "Link to a page of the guide with xref:folder/page.adoc[text], or give a full https:// address.";
                } else if (!exists(site, target)) {
                    problem = "The link '" + href + "' points at a page or file that does not exist.";
                    fix = "Check the file name and folder. Links to other pages are written xref:../folder/page.adoc[text], "
                            + "relative to this page's folder.";
                } else if (!fragment.isEmpty()) {
                    Optional<Page> targetPage = pages.byUri(target);
                    if (targetPage.isPresent() && targetPage.get().document().getElementById(fragment) == null) {
                        problem = "The link '" + href + "' points at a section '#" + fragment + "' that does not exist on "
                                + targetPage.get().origin() + ".";
                        fix = "Section ids are the heading in lower case with hyphens (== What good looks like becomes "
                                + "#what-good-looks-like). Check the heading, or give it an id with [#" + fragment + "] above it.";
                    }
                }
                if (problem != null) {
                    problems.add(place(site, page, a, href, problem, fix));
                }
            }
        }
        return problems;
    }

    /** A file of the site, or a folder of it (a link to "part/" is served by part/index.html). */
    private static boolean exists(Site site, String target) {
        if (site.catalogue().contains(target)) return true;
        String folder = target.endsWith("/") ? target : target + "/";
        return site.catalogue().paths().stream().anyMatch(p -> p.startsWith(folder));
    }

    /** At the AsciiDoc line that wrote the link, or at the template (a partial, a local edition's copy) that did. */
    static Problem place(Site site, Page page, Element e, String href, String problem, String fix) {
        if (page.fromSource(e)) {
            return Problem.error(page.origin(), SourceLines.find(page.manuscript(), SourceLines.linkNeedles(href)), problem, fix);
        }
        // Templates write addresses from the site's root ({{ root }}part/page.html): look for that part.
        String fromRoot = href.replaceFirst("^(\\.\\./|\\./)+", "");
        String file = fromRoot.contains("/") ? fromRoot.substring(fromRoot.lastIndexOf('/') + 1) : fromRoot;
        var at = site.templates().find(page.manuscript().type(), href, fromRoot, file);
        return Problem.error(at.file(), at.line(), problem + " (on " + page.uri() + ", from the template)", fix);
    }
}
