package guide.emit;

import guide.catalogue.Catalogue;
import guide.pages.Pages;
import guide.site.Site;

/**
 * A stage that runs once the pages are checked and adds the files made from them to the catalogue
 * (the search index, the joined component styles, the edition's colours). It writes nothing itself.
 */
public interface Emitter {
    /** A short name for the progress lines. */
    String name();

    void emit(Pages pages, Site site, Catalogue catalogue);
}
