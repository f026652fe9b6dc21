package guide.check;

import guide.bake.Site;
import guide.pages.Page;
import guide.pages.Pages;
import guide.problem.Problem;
import org.jsoup.nodes.Element;

import java.nio.file.Files;
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
                } else if (!Files.exists(pages.root().resolve(target))) {
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
                    problems.add(place(page, a, href, problem, fix));
                }
            }
        }
        return problems;
    }

    static Problem place(Page page, Element e, String href, String problem, String fix) {
        if (page.fromSource(e)) {
            return Problem.error(page.origin(), SourceLines.find(page.manuscript(), SourceLines.linkNeedles(href)), problem, fix);
        }
        return Problem.error("templates/" + page.manuscript().type() + ".peb", 0,
                problem + " (on " + page.uri() + ", from the template)", fix);
    }
}
