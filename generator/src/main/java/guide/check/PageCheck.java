package guide.check;

import guide.convert.Manuscript;
import guide.site.Site;
import guide.pages.Page;
import guide.pages.Pages;
import guide.problem.Problem;

import java.util.ArrayList;
import java.util.List;

/** Every page has a title and some text. (A page that did not render is reported by the render phase, at its cause.) */
public final class PageCheck implements Check {
    @Override
    public List<Problem> check(Pages pages, Site site) {
        List<Problem> problems = new ArrayList<>();
        for (Manuscript m : site.manuscripts().all()) {
            if (m.draft()) continue;
            if (m.title() == null || m.title().isBlank()) {
                problems.add(Problem.error(m.origin(), 1, "The page has no title.",
                        "Make the first line of the file the title, starting with '= ' (for example: = Working in partnership)."));
            }
        }
        for (Page page : pages.all()) {
            String text = page.bodyContent().text().strip();
            String title = page.manuscript().title() == null ? "" : page.manuscript().title();
            boolean generated = !"page".equals(page.manuscript().type()); // templates of other kinds add their own content
            if (text.isEmpty() && !generated) {
                problems.add(Problem.error(page.origin(), Math.max(1, page.manuscript().lines().size()),
                        "The page '" + title + "' has a title but no text.",
                        "Write the page's text below its header, after a blank line."));
            }
        }
        return problems;
    }

}
