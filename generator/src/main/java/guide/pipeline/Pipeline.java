package guide.pipeline;

import guide.actionplan.ActionPlanCheck;
import guide.actionplan.ActionPlanDownloads;
import guide.actionplan.ActionPlanModel;
import guide.allowlist.AllowListCheck;
import guide.brand.BrandCheck;
import guide.brand.BrandStylesheet;
import guide.bundle.ComponentBundle;
import guide.catalogue.Catalogue;
import guide.check.Check;
import guide.check.ImageCheck;
import guide.check.LanguageCheck;
import guide.check.LinkCheck;
import guide.check.MetadataCheck;
import guide.check.PageCheck;
import guide.check.PriorityTags;
import guide.check.SourceTextCheck;
import guide.check.SourcesCheck;
import guide.config.SiteConfig;
import guide.convert.Converter;
import guide.convert.Manuscripts;
import guide.edition.Overlay;
import guide.edition.RemovedLinks;
import guide.emit.Emitter;
import guide.index.SearchIndex;
import guide.pages.Page;
import guide.pages.Pages;
import guide.problem.Problem;
import guide.problem.Problems;
import guide.problem.Tally;
import guide.publish.Publisher;
import guide.refine.Abbreviations;
import guide.refine.InlineStyles;
import guide.refine.NotFoundAddresses;
import guide.refine.Refinement;
import guide.render.Renderer;
import guide.site.Site;
import guide.sources.PublishedFiles;
import guide.sources.SourceTree;
import org.asciidoctor.Asciidoctor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

/**
 * The guide's build, one phase after another:
 * <pre>
 * settings ─► gather ─► convert ─► models ─► render (JBake) ─► refine ─► check ─► emit ─► publish
 * </pre>
 * Every model, refinement, check and emitter the guide uses is registered here, in {@link #Pipeline()}
 * and {@link #standard()}, and nowhere else. One instance can build many times (the preview server keeps
 * it, and with it a warm Asciidoctor); {@link #close()} shuts Asciidoctor down.
 */
public final class Pipeline implements AutoCloseable {
    private final Future<Asciidoctor> asciidoctor;
    private Converter converter;
    private final List<Model> models = new ArrayList<>();
    private final List<Refinement> refinements = new ArrayList<>();
    private final List<Check> checks = new ArrayList<>();
    private final List<Emitter> emitters = new ArrayList<>();
    /** Emitters the preview may run after publishing, off the path from a save to the reload. */
    private final java.util.Set<Emitter> deferrable = new java.util.HashSet<>();
    /** What each deferrable emitter added last, which the preview publishes until the new run is done. */
    private final java.util.Map<Emitter, Catalogue> lastDeferred = new java.util.concurrent.ConcurrentHashMap<>();
    private java.util.concurrent.ScheduledExecutorService background;
    /** The deferred runs not yet started: a newer build replaces them (its pages are newer). */
    private final List<java.util.concurrent.ScheduledFuture<?>> pending = new ArrayList<>();
    /**
     * How long after a build its deferred runs start: an author saving again within it spares the
     * machine a run whose result would be replaced at once, and the rebuild does not share the cores.
     */
    static final long BACKGROUND_DELAY_MS = 700;
    /** Held while the output folder is swapped or written into. */
    private final Object outputLock = new Object();
    /** Held for a whole build, and while a background run changes the last build's pages (the next build reuses them). */
    private final Object buildLock = new Object();
    /** Renders every page, or (the preview) only the pages that changed, with the templates it parsed last time. */
    private final Renderer renderer = new Renderer();
    /** The preview's last good build: the pages a rebuild may take as they are. Null before one, and outside the preview. */
    private LastBuild last;
    /** The context (see {@link LastBuild#contextOf}) of the renderer's last whole render. */
    private String renderedContext;
    /** Counts the preview's published builds: a background run whose build is no longer the latest changes nothing. */
    private long generation;
    /** Whether a build keeps its pages parsed to the end, for those who read them after it (tests). */
    private boolean keepParsed;
    /** Told when a background run has changed published pages (the preview reloads the open page). */
    private volatile Runnable republished = () -> {};

    /**
     * Reads a data file into a typed model once, after the pages are converted and before they are
     * rendered, and hands it to the templates through {@link Site#addView}; its problems go to
     * {@link Site#problems()} (the action plan).
     */
    public interface Model {
        String name();

        void read(Site site);
    }

    /** Every model, refinement and check, in the order they run; no emitters (tests of small sites add the ones they need). */
    public Pipeline() {
        Logging.quiet();
        // JRuby takes seconds to start: start it now, while the sources are gathered.
        this.asciidoctor = CompletableFuture.supplyAsync(Asciidoctor.Factory::create);
        addModel(new ActionPlanModel());
        addRefinement(new RemovedLinks());
        addRefinement(new Abbreviations());
        addRefinement(new NotFoundAddresses());
        addRefinement(new InlineStyles());
        addRefinement(new guide.refine.LogoSize());
        addRefinement(new ActionPlanDownloads());
        addCheck(new PageCheck());
        addCheck(new LinkCheck());
        addCheck(new ImageCheck());
        addCheck(new LanguageCheck());
        addCheck(new MetadataCheck());
        addCheck(new AllowListCheck());
        addCheck(new SourceTextCheck());
        addCheck(new BrandCheck());
        addCheck(new PriorityTags());
        addCheck(new SourcesCheck());
        addCheck(new ActionPlanCheck());
    }

    /** The whole guide: every refinement and check, then every emitter, in the order they run. */
    public static Pipeline standard() {
        return new Pipeline()
                .addEmitter(new BrandStylesheet())
                .addDeferrableEmitter(new SearchIndex())
                .addEmitter(new ComponentBundle())
                // Not deferrable: it writes the PDF's figures into every page's download link, and checks them.
                .addEmitter(new guide.pdf.GuideDownload());
    }

    public Pipeline addModel(Model model) {
        models.add(model);
        return this;
    }

    public Pipeline addRefinement(Refinement refinement) {
        refinements.add(refinement);
        return this;
    }

    public Pipeline addCheck(Check check) {
        checks.add(check);
        return this;
    }

    public Pipeline addEmitter(Emitter emitter) {
        emitters.add(emitter);
        return this;
    }

    /**
     * An emitter slow enough that the preview runs it after publishing (see {@link #deferInBackground}),
     * showing its previous files meanwhile. A build ({@code build}, {@code check}) runs it in order as any other.
     */
    public Pipeline addDeferrableEmitter(Emitter emitter) {
        // It may only add files (it runs on a copy of the catalogue): no withdraw(), no change to the pages.
        deferrable.add(emitter);
        return addEmitter(emitter);
    }

    /**
     * For the preview: from the second build on, deferrable emitters run on a background thread after the
     * site is published, and write their files into it when they finish; until then the site has the files
     * of their previous run (the search finds the text as it was a moment ago). The first build runs them
     * in order, so the site is never without their files.
     */
    public synchronized Pipeline deferInBackground() {
        if (background == null) {
            background = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "pipeline-background");
                t.setDaemon(true);
                return t;
            });
        }
        return this;
    }

    /**
     * Keeps every build's pages parsed to the end, as {@link Result#pages()} gives them, for a caller that reads
     * them after the build (the tests make the PDF again from them); a build otherwise writes them out once
     * nothing reads them (see {@link Page#writeOut}).
     */
    public Pipeline keepPagesParsed() {
        this.keepParsed = true;
        return this;
    }

    /** Called after a background run changed the pages of the published site (not only its own files). */
    public Pipeline onRepublished(Runnable action) {
        this.republished = action;
        return this;
    }

    /** What a build produced: the problems (all of them) and the pages, if it got that far. */
    public record Result(List<Problem> problems, Pages pages, Site site) {
        public boolean failed() {
            return problems.stream().anyMatch(Problem::isError);
        }
    }

    /**
     * Builds the site under {@code sourceRoot} into {@code outputFolder}. With {@code publish} false (the
     * check command), nothing is written to the output. On errors the output is left exactly as it was.
     */
    public Result build(Path sourceRoot, Path outputFolder, boolean publish, Progress progress) {
        synchronized (buildLock) {
            return buildLocked(sourceRoot, outputFolder, publish, progress);
        }
    }

    private Result buildLocked(Path sourceRoot, Path outputFolder, boolean publish, Progress progress) {
        Path root = sourceRoot.toAbsolutePath().normalize();
        Path output = outputFolder.toAbsolutePath().normalize();
        Problems problems = new Problems();
        if (publish) Publisher.recover(output);

        SiteConfig config = progress.stage("settings", () -> SiteConfig.load(root, problems));
        SourceTree sources = progress.stage("gather", () -> SourceTree.gather(root, Publisher.workFor(output)));
        problems.addAll(sources.problems());
        for (String replaced : sources.replaced()) progress.say(Overlay.describe(replaced));
        for (String removed : sources.removed()) progress.say("  local/" + SourceTree.REMOVALS + " removes " + removed);

        Converter converter = progress.stage("start", this::converter);
        Manuscripts manuscripts = progress.stage("convert", () -> converter.convert(sources, problems));

        Catalogue catalogue = new Catalogue(problems);
        PublishedFiles.of(sources).forEach((path, file) -> catalogue.addFile(path, sources.origin(file), file));
        Site site = new Site(config, sources, problems, manuscripts, catalogue);
        for (Model model : models) progress.stage(model.name(), () -> model.read(site));
        // What a refinement can do without the pages (the action plan's downloads) runs beside the render.
        if (!problems.hasErrors()) refinements.forEach(r -> r.begin(site));

        // The preview (warm) renders again only the pages that can have changed since its last good build,
        // and takes a copy of every other page as it came from its template then. Everything after the render
        // (refinements, checks, emitters) works on every page as in a cold build: some look across pages (the
        // glossary keeps only the abbreviations the other pages use).
        boolean warm = background != null && publish;
        String context = warm ? LastBuild.contextOf(sources) : null;
        // Only with the templates the renderer parsed in its last whole render, which a failed build may have changed.
        java.util.Set<String> changed = warm && last != null && context.equals(renderedContext) ? last.changed(context, manuscripts) : null;
        LastBuild before = last;
        Pages pages = changed == null
                ? progress.stage("render", () -> renderer.render(site))
                : progress.stage("render", () -> renderer.rerender(site, changed, before::rendered));
        if (changed == null) renderedContext = context;
        if (changed != null) progress.say("  (" + Tally.of(changed.size(), "page") + " changed: the others are as last time)");
        // Each page as its template made it, for the next build to copy (before any refinement changes it).
        Map<String, org.jsoup.nodes.Document> rendered = new java.util.HashMap<>();
        if (warm) {
            for (Page page : pages.all()) {
                org.jsoup.nodes.Document kept = changed != null && !changed.contains(page.uri()) ? before.rendered().get(page.uri()) : null;
                rendered.put(page.uri(), kept != null ? kept : page.document().clone());
            }
        }

        progress.stage("refine", () -> refinements.forEach(r -> r.refine(pages, site)));
        // The slowest emitter (the guide PDF) starts now and works beside the checks, unless the build has errors
        // already; the preview makes it in the background instead. The checks only read the pages.
        record Early(long begun, Emitter.Started started) {}
        Map<Emitter, Early> early = new java.util.HashMap<>();
        if (!warm && !problems.hasErrors()) {
            for (Emitter emitter : emitters) {
                if (emitter.startsBesideTheChecks()) early.put(emitter, new Early(System.nanoTime(), start(emitter, pages, site, catalogue)));
            }
        }
        progress.stage("check", () -> checks.forEach(c -> problems.addAll(c.check(pages, site))));
        List<Emitter> later = new ArrayList<>();
        guide.pdf.GuideDownload remade = null;
        if (!problems.hasErrors()) {
            // Each emitter starts in order; a slow one works on beside the next (see Emitter#start), and all
            // are finished in order once the last has started.
            List<Runnable> meanwhile = new ArrayList<>();
            List<Runnable> finishing = new ArrayList<>();
            for (Emitter emitter : emitters) {
                Catalogue previous = lastDeferred.get(emitter);
                if (warm && deferrable.contains(emitter) && previous != null) {
                    later.add(emitter);
                    previous.entries().forEach(catalogue::add);
                    progress.say("  " + emitter.name() + " runs in the background (its files are updated in a moment; `build` always runs it)");
                } else if (warm && emitter instanceof guide.pdf.GuideDownload pdf
                        && pdf.offerLast(pages, site, catalogue)) {
                    // The links offer the last PDF's figures until the new one is made, in the background.
                    remade = pdf;
                    progress.say("  " + emitter.name() + " is made again in the background (the links show the last one's size until then)");
                } else {
                    Early begunEarly = early.get(emitter);
                    long begun = begunEarly != null ? begunEarly.begun() : System.nanoTime();
                    Emitter.Started started = begunEarly != null ? begunEarly.started() : start(emitter, pages, site, catalogue);
                    CompletableFuture<Long> done = started.work().handle((v, e) -> System.nanoTime());
                    meanwhile.add(started.meanwhile());
                    finishing.add(() -> {
                        long end = done.join();
                        started.finish().run();
                        progress.took(emitter.name(), (end - begun) / 1_000_000);
                    });
                }
            }
            meanwhile.forEach(Runnable::run);
            // Nothing reads the pages from here on: a build keeps each as its HTML, a tenth of its parsed size,
            // while the slow emitters finish (1,000 pages: about 170 MB less held through the PDF's last seconds).
            // The preview keeps them parsed: it makes the PDF again from them, in the background.
            if (!warm && !keepParsed) pages.all().forEach(Page::writeOut);
            finishing.forEach(Runnable::run);
        }
        if (publish && !problems.hasErrors()) {
            progress.stage("publish", () -> {
                synchronized (outputLock) {
                    // The preview writes only what changed into its own folder; a build writes it all and swaps.
                    if (warm) Publisher.update(catalogue, output);
                    else Publisher.publish(catalogue, output);
                }
            });
            if (warm) {
                last = new LastBuild(context, LastBuild.headersOf(manuscripts), LastBuild.byUri(manuscripts), Map.copyOf(rendered));
                generation++;
            }
            long built = generation;
            guide.pdf.GuideDownload pdf = remade;
            synchronized (pending) {
                pending.forEach(f -> f.cancel(false));
                pending.clear();
                for (Emitter emitter : later) {
                    pending.add(background.schedule(() -> emitLater(emitter, pages, site, catalogue, output, progress),
                            BACKGROUND_DELAY_MS, java.util.concurrent.TimeUnit.MILLISECONDS));
                }
                if (pdf != null) {
                    pending.add(background.schedule(() -> remakeLater(pdf, built, pages, site, catalogue, output, progress),
                            BACKGROUND_DELAY_MS, java.util.concurrent.TimeUnit.MILLISECONDS));
                }
            }
        }
        return new Result(problems.sorted(), pages, site);
    }

    /**
     * The preview's background PDF: made from this build's pages; if this build is still the latest, the
     * file is published and, when its figures differ from the last PDF's, every page's links are changed
     * to them and the pages published again (and the open page reloaded).
     */
    private void remakeLater(guide.pdf.GuideDownload pdf, long built, Pages pages, Site site, Catalogue catalogue, Path output,
                             Progress progress) {
        try {
            long start = System.nanoTime();
            guide.pdf.GuidePdf.Rendered made = pdf.remake(pages, site, catalogue);
            boolean relinked;
            synchronized (buildLock) {
                if (built != generation) return; // a newer build has its own run
                relinked = pdf.adopt(pages, made, site.messages());
                synchronized (outputLock) {
                    writeAtomically(output, guide.pdf.GuideDownload.FILE, made.bytes());
                    if (relinked) {
                        for (Page page : pages.all()) {
                            writeAtomically(output, page.uri(), page.html());
                        }
                    }
                }
            }
            progress.say("  " + pdf.name() + " (background) " + (System.nanoTime() - start) / 1_000_000 + " ms"
                    + (relinked ? ", its new size written on every page" : ""));
            if (relinked) republished.run();
        } catch (RuntimeException | java.io.IOException e) {
            progress.say("  " + pdf.name() + " (background) stopped: " + e.getMessage() + "; `build` shows the problem.");
        }
    }

    /** Replaces one published file in one step, so the preview never serves half of it. */
    private static void writeAtomically(Path output, String path, byte[] bytes) throws java.io.IOException {
        Path file = output.resolve(path);
        Path temp = file.resolveSibling("." + file.getFileName() + ".new");
        java.nio.file.Files.write(temp, bytes);
        java.nio.file.Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** Waits until the deferred runs scheduled so far are done (tests; a preview never waits). */
    public void awaitBackground() throws InterruptedException {
        List<java.util.concurrent.ScheduledFuture<?>> now;
        synchronized (pending) {
            now = List.copyOf(pending);
        }
        for (var f : now) {
            try {
                f.get();
            } catch (java.util.concurrent.CancellationException | java.util.concurrent.ExecutionException e) {
                // replaced by a newer run, or failed: emitLater has said why
            }
        }
    }

    /** Starts an emitter, or runs it (remembering its files) when the preview may defer it next time. */
    private Emitter.Started start(Emitter emitter, Pages pages, Site site, Catalogue catalogue) {
        if (background == null || !deferrable.contains(emitter)) return emitter.start(pages, site, catalogue);
        Catalogue own = made(emitter, pages, site, catalogue, site.problems());
        own.entries().forEach(catalogue::add);
        lastDeferred.put(emitter, own);
        return Emitter.Started.DONE;
    }

    /**
     * Runs an emitter on a copy of {@code catalogue} (it may read the site's files, as the PDF reads its
     * images) and returns only the files it added.
     */
    private static Catalogue made(Emitter emitter, Pages pages, Site site, Catalogue catalogue, Problems problems) {
        Catalogue copy = new Catalogue(problems);
        List<Catalogue.Entry> before = catalogue.entries();
        before.forEach(copy::add);
        emitter.emit(pages, site, copy);
        java.util.Set<Catalogue.Entry> had = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        had.addAll(before);
        Catalogue own = new Catalogue(problems);
        for (Catalogue.Entry e : copy.entries()) if (!had.contains(e)) own.add(e);
        return own;
    }

    /** The preview's deferred run: its files go straight into the published site. */
    private void emitLater(Emitter emitter, Pages pages, Site site, Catalogue published, Path output, Progress progress) {
        try {
            long start = System.nanoTime();
            Problems problems = new Problems();
            Catalogue own = made(emitter, pages, site, published, problems);
            // The build got this far without errors, so any error now is this run's (e.g. a broken data file).
            if (problems.hasErrors() || site.problems().hasErrors()) {
                problems.sorted().forEach(p -> progress.say(p.toString()));
                site.problems().sorted().stream().filter(Problem::isError).forEach(p -> progress.say(p.toString()));
                progress.say("  " + emitter.name() + " (background) found problems: the next save runs it in order and shows them.");
                lastDeferred.remove(emitter);
                return;
            }
            synchronized (outputLock) {
                own.writeTo(output);
                // The search index is cut into a number of parts: a part the new run no longer makes goes.
                Catalogue previous = lastDeferred.get(emitter);
                if (previous != null) {
                    for (String path : previous.paths()) {
                        if (!own.contains(path)) java.nio.file.Files.deleteIfExists(output.resolve(path));
                    }
                }
            }
            lastDeferred.put(emitter, own);
            progress.say("  " + emitter.name() + " (background) " + (System.nanoTime() - start) / 1_000_000 + " ms");
        } catch (RuntimeException | java.io.IOException e) {
            progress.say("  " + emitter.name() + " (background) stopped: " + e.getMessage() + "; `build` shows the problem.");
        }
    }

    private synchronized Converter converter() {
        if (converter == null) {
            try {
                converter = new Converter(asciidoctor.get());
            } catch (Exception e) {
                throw new IllegalStateException("Asciidoctor did not start: " + e.getMessage(), e);
            }
        }
        return converter;
    }

    /** Shuts Asciidoctor (and its JRuby) down. */
    @Override
    public synchronized void close() {
        if (background != null) {
            synchronized (pending) {
                pending.forEach(f -> f.cancel(false));
            }
            background.shutdown();
            try {
                // A run under way finishes what it writes (uninterrupted): nothing touches the output once this returns.
                background.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (converter != null) converter.close();
        try {
            asciidoctor.get().shutdown();
        } catch (Exception e) {
            // never started: nothing to shut down
        }
    }
}
