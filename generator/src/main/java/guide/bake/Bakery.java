package guide.bake;

import guide.problem.Problem;
import guide.problem.Problems;
import guide.sources.SourceTree;
import org.asciidoctor.Asciidoctor;
import org.jbake.app.Oven;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.parser.Engines;
import org.jbake.parser.MarkupEngine;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Bakes the working sources into HTML with JBake's {@link Oven}: AsciiDoc through our
 * {@link AsciidocEngine}, templates through {@link PebbleTemplates}. JBake's extras that a guide does
 * not need (blog index, feed, archive, tags, sitemap) are off; drafts are removed from the output.
 */
public final class Bakery {
    private final Asciidoctor asciidoctor;

    public Bakery(Asciidoctor asciidoctor) {
        this.asciidoctor = asciidoctor;
    }

    public Site bake(Site site, Path output) {
        SourceTree sources = site.sources();
        Problems problems = site.problems();
        try {
            Files.createDirectories(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(sources.work().toFile(), output.toFile(), true);
        config.setContentFolder(sources.content().toFile());
        config.setTemplateFolder(sources.templates().toFile());
        config.setAssetFolder(sources.assets().toFile());
        config.setDataFolder(sources.work().resolve("no-data").toFile());
        config.setDatabaseStore("memory");
        config.setDefaultStatus("published");
        config.setDefaultType("page");
        config.setProperty("asciidoctor.attributes.export", false);
        for (String off : List.of("render.index", "render.feed", "render.archive", "render.tags",
                "render.tagsindex", "render.sitemap", "render.error404")) {
            config.setProperty(off, false);
        }
        // One document type per template: templates/<type>.peb renders pages of that type.
        for (String type : templateTypes(sources.templates())) {
            config.setProperty("template." + type + ".file", type + ".peb");
        }
        config.setProperty(Site.CONFIG_KEY, site);

        AsciidocEngine engine = new AsciidocEngine(asciidoctor, sources, site.manuscripts(), problems);
        for (String ext : List.of("adoc", "asciidoc", "ad")) Engines.register(ext, engine);
        // Data files are read by SiteData, HTML and Markdown are not pages of this guide: JBake skips them.
        MarkupEngine ignore = new Ignored();
        for (String ext : List.of("yml", "yaml", "md", "html")) Engines.register(ext, ignore);

        Oven oven = new Oven(config);
        oven.bake();
        // Template errors were already reported with their file and line by PebbleTemplates.
        if (!problems.hasErrors()) for (Throwable t : oven.getErrors()) {
            problems.add(Problem.error("templates", 0, "A page could not be rendered: " + t.getMessage(),
                    "Check the template named in the message; Pebble reports the line."));
        }
        checkTypes(site);
        removeDrafts(output);
        return site;
    }

    private static List<String> templateTypes(Path templates) {
        try (Stream<Path> s = Files.list(templates)) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".peb") && !n.startsWith("_"))
                    .map(n -> n.substring(0, n.length() - 4))
                    .sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static void checkTypes(Site site) {
        List<String> types = templateTypes(site.sources().templates());
        for (Manuscript m : site.manuscripts().all()) {
            if (!types.contains(m.type())) {
                site.problems().add(Problem.error(m.origin(), m.attributeLine("jbake-type"),
                        "The page asks for the page type '" + m.type() + "', which has no template.",
                        "Use one of: " + String.join(", ", types) + ", or add templates/" + m.type() + ".peb."));
            }
        }
    }

    private static void removeDrafts(Path output) {
        try (Stream<Path> s = Files.walk(output)) {
            for (Path p : s.filter(f -> f.getFileName().toString().endsWith("-draft.html")).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tells JBake a file is not a page (it then skips it and does not copy it as an asset). */
    static final class Ignored extends MarkupEngine {
        @Override
        public org.jbake.model.DocumentModel parse(org.jbake.app.configuration.JBakeConfiguration config, File file) {
            return null;
        }
    }
}
