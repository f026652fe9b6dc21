package guide.brand;

import guide.site.Site;
import guide.pages.Pages;
import guide.catalogue.Catalogue;
import guide.emit.Emitter;

/** Writes css/brand.css: the edition's colours as CSS custom properties (a file, so the CSP needs no inline style). */
public final class BrandStylesheet implements Emitter {
    public static final String PATH = "css/brand.css";

    @Override
    public String name() {
        return "brand";
    }

    @Override
    public void emit(Pages pages, Site site, Catalogue catalogue) {
        catalogue.addText(PATH, guide.config.SiteConfig.FILE, Brand.from(site.config()).css());
    }
}
