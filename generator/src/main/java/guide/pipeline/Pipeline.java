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
import guide.pages.Pages;
import guide.problem.Problem;
import guide.problem.Problems;
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
                .addEmitter(new SearchIndex())
                .addEmitter(new ComponentBundle())
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
        Pages pages = progress.stage("render", () -> new Renderer().render(site));

        progress.stage("refine", () -> refinements.forEach(r -> r.refine(pages, site)));
        progress.stage("check", () -> checks.forEach(c -> problems.addAll(c.check(pages, site))));
        if (!problems.hasErrors()) {
            for (Emitter emitter : emitters) progress.stage(emitter.name(), () -> emitter.emit(pages, site, catalogue));
        }
        if (publish && !problems.hasErrors()) progress.stage("publish", () -> Publisher.publish(catalogue, output));
        return new Result(problems.sorted(), pages, site);
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
        if (converter != null) converter.close();
        try {
            asciidoctor.get().shutdown();
        } catch (Exception e) {
            // never started: nothing to shut down
        }
    }
}
