package guide.pipeline;

import guide.bake.Bakery;
import guide.bake.Site;
import guide.check.Check;
import guide.check.ImageCheck;
import guide.check.LanguageCheck;
import guide.check.LinkCheck;
import guide.check.MetadataCheck;
import guide.check.PageCheck;
import guide.config.SiteConfig;
import guide.pages.Pages;
import guide.problem.BuildFailed;
import guide.refine.Abbreviations;
import guide.refine.Refinement;
import guide.problem.Problem;
import guide.problem.Problems;
import guide.publish.Publisher;
import guide.sources.SourceTree;
import org.asciidoctor.Asciidoctor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

/**
 * sources → bake → pages → refine → check → index → publish. One instance can build many times (the
 * preview server keeps it, and with it a warm Asciidoctor).
 */
public final class Pipeline {
    private final Future<Asciidoctor> asciidoctor;
    private final List<Check> checks = new ArrayList<>(List.of(new PageCheck(), new LinkCheck(), new ImageCheck(), new LanguageCheck(), new MetadataCheck(),
            new guide.allowlist.AllowListCheck(), new guide.check.SourceTextCheck()));
    private final List<Stage> lateStages = new ArrayList<>();
    private final List<Model> models = new ArrayList<>();
    private final List<Refinement> refinements = new ArrayList<>(List.of(new guide.edition.RemovedLinks(), new Abbreviations(),
            new guide.refine.NotFoundAddresses()));

    /** A stage that runs after the checks, over the checked pages (search index, action-plan downloads). */
    public interface Stage {
        String name();

        void run(Pages pages, Site site, Path staging);

        /** Writes a text file the stage adds to the site, creating its folder. */
        default void writeText(Path file, String text) {
            try {
                java.nio.file.Files.createDirectories(file.getParent());
                java.nio.file.Files.writeString(file, text, java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /**
     * Reads a data file into a typed model once, before the pages are rendered, and hands it to the
     * templates through {@link Site#addView}; its problems go to {@link Site#problems()} (the action plan).
     */
    public interface Model {
        String name();

        void read(Site site);
    }

    public Pipeline addModel(Model model) {
        models.add(model);
        return this;
    }

    public Pipeline() {
        Logging.quiet();
        // JRuby takes seconds to start: start it now, while the sources are gathered.
        this.asciidoctor = CompletableFuture.supplyAsync(Asciidoctor.Factory::create);
    }

    public Pipeline addCheck(Check check) {
        checks.add(check);
        return this;
    }

    public Pipeline addStage(Stage stage) {
        lateStages.add(stage);
        return this;
    }

    /** What a build produced: the problems (all of them) and the pages, if it got that far. */
    public record Result(List<Problem> problems, Pages pages, Site site) {
        public boolean failed() {
            return problems.stream().anyMatch(Problem::isError);
        }
    }

    /**
     * Builds the site under {@code root} into {@code output}. With {@code publish} false (the check command),
     * nothing is written to {@code output}. On errors {@code output} is left exactly as it was.
     */
    public Result build(Path sourceRoot, Path outputFolder, boolean publish, Progress progress) {
        Path root = sourceRoot.toAbsolutePath().normalize();
        Path output = outputFolder.toAbsolutePath().normalize();
        Path staging = Publisher.stagingFor(output);
        Problems problems = new Problems();
        SiteConfig config = progress.stage("config", () -> SiteConfig.load(
                root.resolve(SiteConfig.FILE), root.resolve(SourceTree.OVERLAY).resolve(SiteConfig.FILE)));
        SourceTree sources = progress.stage("sources", () -> SourceTree.gather(root, Publisher.workFor(output)));
        problems.addAll(sources.problems());
        for (String replaced : sources.replaced()) progress.say(guide.edition.Overlay.describe(replaced));
        for (String removed : sources.removed()) progress.say("  local/" + SourceTree.REMOVALS + " removes " + removed);
        Site site = new Site(config, sources, problems);
        Publisher.discard(staging);
        for (Model model : models) progress.stage(model.name(), () -> model.read(site));
        Asciidoctor engine = progress.stage("start", this::asciidoctor);
        progress.stage("bake", () -> new Bakery(engine).bake(site, staging));
        Pages pages = progress.stage("pages", () -> Pages.read(site, staging));
        progress.stage("refine", () -> refinements.forEach(r -> r.refine(pages, site)));
        progress.stage("check", () -> checks.forEach(c -> problems.addAll(c.check(pages, site))));
        if (!problems.hasErrors()) {
            for (Stage stage : lateStages) {
                progress.stage(stage.name(), () -> stage.run(pages, site, staging));
            }
        }
        List<Problem> sorted = problems.sorted();
        if (problems.hasErrors() || !publish) {
            Publisher.discard(staging);
            return new Result(sorted, pages, site);
        }
        progress.stage("publish", () -> {
            pages.write();
            Publisher.swap(staging, output);
        });
        return new Result(sorted, pages, site);
    }

    /** As {@link #build} but throws {@link BuildFailed} with every problem when there are errors. */
    public Result buildOrThrow(Path root, Path output, boolean publish, Progress progress) {
        Result r = build(root, output, publish, progress);
        if (r.failed()) throw new BuildFailed(r.problems());
        return r;
    }

    private Asciidoctor asciidoctor() {
        try {
            return asciidoctor.get();
        } catch (Exception e) {
            throw new IllegalStateException("Asciidoctor did not start: " + e.getMessage(), e);
        }
    }
}
