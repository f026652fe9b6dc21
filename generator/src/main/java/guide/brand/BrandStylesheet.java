package guide.brand;

import guide.bake.Site;
import guide.pages.Pages;
import guide.pipeline.Pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
        Path file = staging.resolve(PATH);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, Brand.from(site.config()).css(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
