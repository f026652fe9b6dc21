package guide.refine;

import guide.site.Site;
import guide.pages.Pages;

/**
 * Improves the rendered pages in place, before they are checked. A refinement may add files to the
 * site's catalogue (the action plan's downloads), so the checks see them too.
 */
public interface Refinement {
    void refine(Pages pages, Site site);
}
