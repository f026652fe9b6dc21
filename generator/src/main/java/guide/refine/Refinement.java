package guide.refine;

import guide.site.Site;
import guide.pages.Pages;

/**
 * Improves the rendered pages in place, before they are checked. A refinement may add files to the
 * site's catalogue (the action plan's downloads), so the checks see them too.
 */
public interface Refinement {
    /**
     * Starts the part of the refinement that needs no page (the action plan's downloads, made from its data
     * file), once the models are read and before the pages are rendered, so that it runs beside the render.
     * {@link #refine} waits for it, and does it itself if the build did not call this.
     */
    default void begin(Site site) {}

    void refine(Pages pages, Site site);
}
