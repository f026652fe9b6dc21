package guide.render;

import com.orientechnologies.orient.core.config.OGlobalConfiguration;
import guide.convert.Manuscript;
import guide.pages.Page;
import guide.pages.Pages;
import guide.problem.Problem;
import guide.site.Site;
import guide.sources.SourceTree;
import guide.sources.Templates;
import org.jbake.app.Asset;
import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.Oven;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The render stage: JBake's {@link Oven} puts each converted page through its template, and the HTML
 * comes back as one Jsoup document per page, added to the site's catalogue. See the package comment for
 * the seam.
 */
public final class Renderer {
    /** JBake's folders: its tickets in, its (empty) output files out. Nothing here is published or read back. */
    public static final String SCRATCH = "render";

    /** This renderer's scratch folder on a RAM disk, made at its first render (empty where there is none); null before. */
    private java.util.Optional<Path> memoryScratch;

    static {
        // JBake's store is an OrientDB database in memory, opened once with OrientDB's fixed admin/admin by this
        // process alone: hashing those passwords with 65,536 PBKDF2 rounds (OrientDB's default, meant for a
        // server's users) took a quarter of a second of every render and protects nothing here.
        OGlobalConfiguration.SECURITY_USER_PASSWORD_SALT_ITERATIONS.setValue(1);
    }

    /**
     * JBake's renderer from the last whole render, with its template engine and the templates it has
     * parsed: {@link #rerender} puts single pages through it, without crawling or JBake's content store.
     */
    private org.jbake.app.Renderer warm;
    private DefaultJBakeConfiguration warmConfig;

    public Pages render(Site site) {
        SourceTree sources = site.sources();
        Templates templates = site.templates();
        List<Manuscript> published = site.manuscripts().published();
        checkTypes(site, templates, site.manuscripts().all());

        Path scratch = scratch(sources);
        Path tickets = scratch.resolve("content");
        writeTickets(scratch, tickets, published);

        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(scratch.toFile(), scratch.resolve("out").toFile(), true);
        config.setContentFolder(tickets.toFile());
        config.setTemplateFolder(sources.templates().toFile());
        config.setAssetFolder(scratch.resolve("assets").toFile());
        config.setDataFolder(scratch.resolve("data").toFile());
        config.setDatabaseStore("memory");
        config.setDefaultStatus("published");
        config.setDefaultType("page");
        for (String off : List.of("render.index", "render.feed", "render.archive", "render.tags",
                "render.tagsindex", "render.sitemap", "render.error404")) {
            config.setProperty(off, false);
        }
        // One document type per template: templates/<type>.peb renders pages of that type.
        for (String type : templates.types()) config.setProperty("template." + type + ".file", type + ".peb");
        Handoff handoff = new Handoff(site, templates);
        config.setProperty(Handoff.CONFIG_KEY, handoff);

        // JBake's own utensils (as UtensilsFactory makes them), around a store that answers its per-page query once.
        Utensils utensils = new Utensils();
        utensils.setConfiguration(config);
        ContentStore store = new PageStore(config);
        utensils.setContentStore(store);
        utensils.setCrawler(new Crawler(store, config));
        utensils.setRenderer(new org.jbake.app.Renderer(store, config));
        utensils.setAsset(new Asset(config));
        Oven oven = new Oven(utensils);
        oven.bake();
        warm = oven.getUtensils().getRenderer();
        warmConfig = config;
        // Template errors were already reported with their file and line by PebbleTemplates.
        if (!site.problems().hasErrors()) for (Throwable t : oven.getErrors()) {
            site.problems().add(Problem.error("templates", 0, "A page could not be rendered: "
                            + String.valueOf(t.getMessage()).replace(scratch + "/", ""),
                    "Check the template named in the message; Pebble reports the line."));
        }

        return collect(site, handoff, published, m -> null);
    }

    /**
     * Renders only the pages in {@code changed} again, through JBake's renderer of the last whole render,
     * and takes every other page from {@code unchanged}. For the preview, when the caller knows that
     * nothing a template reads besides those pages' bodies has changed since (templates, data, settings,
     * every page's title, header and headings): then each other page would render exactly as before.
     */
    public Pages rerender(Site site, java.util.Set<String> changed, java.util.function.Function<String, Page> unchanged) {
        if (warm == null) throw new IllegalStateException("rerender needs a whole render first");
        List<Manuscript> published = site.manuscripts().published();
        Handoff handoff = new Handoff(site, site.templates());
        warmConfig.setProperty(Handoff.CONFIG_KEY, handoff);
        int n = 0;
        for (Manuscript m : published) {
            if (!changed.contains(m.uri())) continue;
            org.jbake.model.DocumentModel model = ConvertedPages.model(m);
            // The address JBake writes its own (empty, unread) output file at; ours travels in the model.
            model.setUri("rerendered-" + n++ + ".html");
            try {
                warm.render(model);
            } catch (Exception e) {
                // PebbleTemplates has reported a template's failure at its line; anything else is said here.
                if (!handoff.hasFailed(m.uri())) site.problems().add(Problem.error(m.origin(), 1, "The page could not be rendered: " + e.getMessage(),
                        "Check the page's type (:jbake-type:) and its template."));
            }
        }
        return collect(site, handoff, published, uri -> changed.contains(uri) ? null : unchanged.apply(uri));
    }

    /** The rendered pages in reading order (then any others), parsed once each and added to the catalogue. */
    private static Pages collect(Site site, Handoff handoff, List<Manuscript> published, java.util.function.Function<String, Page> reuse) {
        Templates templates = site.templates();
        handoff.awaitAll();
        List<Page> pages = new ArrayList<>();
        List<Manuscript> ordered = new ArrayList<>(site.readingOrder().sequence());
        published.stream().filter(m -> !ordered.contains(m)).forEach(ordered::add);
        for (Manuscript m : ordered) {
            Page kept = reuse.apply(m.uri());
            if (kept != null) {
                pages.add(kept);
                site.catalogue().addPage(m.uri(), m.origin(), kept);
                continue;
            }
            Document doc = handoff.document(m.uri()).orElse(null);
            if (doc == null) {
                // A failed template or a missing one is already a problem at its cause: say nothing more.
                if (!handoff.hasFailed(m.uri()) && templates.types().contains(m.type())) {
                    site.problems().add(Problem.error(m.origin(), 1, "The page came out empty.",
                            "Check that the page type (:jbake-type:) names a template in templates/ and that the template writes the page."));
                }
                continue;
            }
            Page page = new Page(m, doc);
            pages.add(page);
            site.catalogue().addPage(m.uri(), m.origin(), page);
        }
        return new Pages(pages);
    }

    /**
     * Where JBake's scratch goes. Making a file takes about a millisecond on the disks builds here and in CI
     * run on, and JBake's bake makes two per page (its ticket in, its empty output out): 2.5 s of a 1,000-page
     * render. Where the machine has a RAM disk (/dev/shm, on Linux) they go there, in a folder of this
     * renderer's own that goes when the process ends; elsewhere, in the build's work folder.
     */
    private synchronized Path scratch(SourceTree sources) {
        if (memoryScratch == null) memoryScratch = MemoryScratch.folder();
        return memoryScratch.orElse(sources.work().resolve(SCRATCH));
    }

    /** One ticket per page to render, holding its address: JBake crawls these, and {@link ConvertedPages} answers. */
    private static void writeTickets(Path scratch, Path tickets, List<Manuscript> pages) {
        try {
            SourceTree.deleteTree(scratch);
            Files.createDirectories(tickets);
            Files.createDirectories(scratch.resolve("assets"));
            Files.createDirectories(scratch.resolve("data"));
            for (int i = 0; i < pages.size(); i++) {
                // Numbered, so that no file name (spaces, accents) reaches JBake's own address-making.
                Files.writeString(tickets.resolve(i + "." + ConvertedPages.EXTENSION), pages.get(i).uri(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void checkTypes(Site site, Templates templates, List<Manuscript> pages) {
        List<String> types = templates.types();
        for (Manuscript m : pages) {
            if (!types.contains(m.type())) {
                site.problems().add(Problem.error(m.origin(), m.attributeLine("jbake-type"),
                        "The page asks for the page type '" + m.type() + "', which has no template.",
                        "Use one of: " + String.join(", ", types) + ", or add templates/" + m.type() + ".peb."));
            }
        }
    }
}
