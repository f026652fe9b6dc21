package guide.refine;

import guide.bake.Site;
import guide.pages.Pages;

/** Improves the parsed pages in place (before they are checked and written). */
public interface Refinement {
    void refine(Pages pages, Site site);
}
