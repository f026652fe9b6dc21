package guide.cli;

import guide.pipeline.Pipeline;

/** The pipeline with every stage the guide uses. */
public final class Pipelines {
    private Pipelines() {}

    public static Pipeline standard() {
        return new Pipeline()
                .addCheck(new guide.brand.BrandCheck())
                .addCheck(new guide.check.PriorityTags())
                .addCheck(new guide.check.SourcesCheck())
                .addStage(new guide.brand.BrandStylesheet())
                .addStage(new guide.index.SearchIndex())
                .addStage(new guide.bundle.ComponentBundle())
                .addStage(new guide.policy.InlineStyles())
                .addModel(new guide.actionplan.ActionPlanModel())
                .addCheck(new guide.actionplan.ActionPlanCheck()).addStage(new guide.actionplan.ActionPlanDownloads())
                .addStage(new guide.pdf.GuideDownload());
    }
}
