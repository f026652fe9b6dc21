package guide.brand;

import guide.bake.Site;
import guide.pages.Pages;
import guide.pipeline.Pipeline;

import java.nio.file.Path;

/** Writes css/brand.css: the edition's colours as CSS custom properties (a file, so the CSP needs no inline style). */
public final class BrandStylesheet implements Pipeline.Stage {
    public static final String PATH = "css/brand.css";

    @Override
    public String name() {
        return "brand";
    }

    @Override
    public void run(Pages pages, Site site, Path staging) {
        writeText(staging.resolve(PATH), Brand.from(site.config()).css());
    }
}
