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
        return check(pages, site, "a[href]");
    }

    /** The same check, of only the links {@code links} (a CSS selector of {@code a[href]} elements) picks out. */
    public List<Problem> check(Pages pages, Site site, String links) {
        List<Problem> problems = new ArrayList<>();
        for (Page page : pages.all()) {
            for (Element a : page.document().select(links)) {
                String href = a.attr("href").strip();
                if (href.isEmpty() || Addresses.isExternal(href)) continue;
                String target = Addresses.resolve(page.uri(), href);
                String fragment = Addresses.fragment(href);
                String problem = null;
                String fix = null;
                String typed = typed(page, href);
                if (target == null) {
                    problem = typed + " points outside the site.";
                    fix = "Link to a page of the guide with xref:folder/page.adoc[text], or give a full https:// address.";
                } else if (!exists(site, target)) {
                    Optional<String> meant = Nearest.to(target, candidates(site, pages, target)).map(c -> asTyped(page, c));
                    problem = typed + " points at a page or file that does not exist."
                            + meant.map(m -> " Did you mean '" + m + "'?").orElse("");
                    fix = (meant.isPresent() ? "Correct the spelling. " : "Check the file name and folder. ")
                            + "Links to other pages are written xref:../folder/page.adoc[text], relative to this page's folder.";
                } else if (!fragment.isEmpty()) {
                    Optional<Page> targetPage = pages.byUri(target);
                    if (targetPage.isPresent() && targetPage.get().document().getElementById(fragment) == null) {
                        List<String> ids = headingIds(targetPage.get());
                        Optional<String> meant = Nearest.to(fragment, ids);
                        boolean here = targetPage.get() == page;
                        problem = typed + " points at a heading '#" + fragment + "' that is not on "
                                + (here ? "this page" : targetPage.get().origin()) + "."
                                + meant.map(m -> " Did you mean '#" + m + "'?").orElse("");
                        fix = (ids.isEmpty() ? "That page has no headings with ids. " : "The headings on " + (here ? "this" : "that")
                                + " page are: " + headingList(targetPage.get()) + ". ")
                                + "A heading's id is its words in lower case joined by hyphens (== What good looks like becomes "
                                + "#what-good-looks-like); or give a heading an id by putting [#" + fragment + "] on the line above it.";
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

    /** The link named as the author typed it: the .adoc name of an xref, {@code <<id>>} for a cross-reference in the page. */
    static String typed(Page page, String href) {
        String path = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
        String fragment = href.contains("#") ? href.substring(href.indexOf('#')) : "";
        if (path.isEmpty() && !fragment.isEmpty() && page.manuscript().lineOf("<<" + fragment.substring(1), 1) > 0) {
            return "The cross-reference '<<" + fragment.substring(1) + ">>'";
        }
        if (path.endsWith(".html")) {
            String adoc = path.substring(0, path.length() - 5) + ".adoc";
            if (page.manuscript().lineOf(adoc, 1) > 0) return "The link to '" + adoc + fragment + "'";
        }
        return "The link '" + href + "'";
    }

    /** A site address (folder/page.html) written as the author would type it from {@code page}: relative, with .adoc. */
    private static String asTyped(Page page, String uri) {
        String folder = page.uri().contains("/") ? page.uri().substring(0, page.uri().lastIndexOf('/')) : "";
        String rel = java.nio.file.Path.of(folder).relativize(java.nio.file.Path.of(uri)).toString().replace('\\', '/');
        return rel.endsWith(".html") ? rel.substring(0, rel.length() - 5) + ".adoc" : rel;
    }

    /** What a broken link could have meant: the site's pages for a page, the files beside it for anything else. */
    private static List<String> candidates(Site site, Pages pages, String target) {
        if (target.endsWith(".html")) return pages.all().stream().map(Page::uri).toList();
        String folder = target.contains("/") ? target.substring(0, target.lastIndexOf('/') + 1) : "";
        return site.catalogue().paths().stream()
                .filter(p -> p.startsWith(folder) && p.indexOf('/', folder.length()) < 0).toList();
    }

    private static List<String> headingIds(Page page) {
        return page.bodyContent().select("h2[id], h3[id], h4[id], h5[id], h6[id]").eachAttr("id");
    }

    private static String headingList(Page page) {
        List<String> items = new ArrayList<>();
        for (Element h : page.bodyContent().select("h2[id], h3[id], h4[id], h5[id], h6[id]")) {
            items.add("#" + h.id() + " (" + h.text() + ")");
        }
        return String.join(", ", items);
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
