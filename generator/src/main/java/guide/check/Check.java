package guide.check;

import guide.site.Site;
import guide.pages.Pages;
import guide.problem.Problem;

import java.util.List;

/** One kind of check over the rendered pages. Returns every problem it finds; never stops at the first. */
public interface Check {
    List<Problem> check(Pages pages, Site site);
}
