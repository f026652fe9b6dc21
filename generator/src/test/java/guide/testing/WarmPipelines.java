package guide.testing;

import guide.pipeline.Pipeline;

/**
 * The two pipelines most tests build with, made once per test JVM and kept warm, as the preview keeps its
 * own: Asciidoctor (JRuby) and GraalJS start once, not once per test class. A pipeline builds any number
 * of sites one after another; its converter's cache only ever gives what a cold conversion of the same
 * sources would (guide.convert.ConvertedCacheIT), so sharing it changes no result. Tests that measure
 * a cold or a first build, or add emitters of their own, make their own pipeline.
 */
public final class WarmPipelines {
    private static Pipeline checks;
    private static Pipeline standard;

    private WarmPipelines() {}

    /** Every model, refinement and check, no emitter ({@code new Pipeline()}): small sites' builds. */
    public static synchronized Pipeline checks() {
        if (checks == null) checks = new Pipeline();
        return checks;
    }

    /**
     * The whole guide's pipeline ({@link Pipeline#standard()}): the real guide and its editions. It keeps the
     * pages parsed after a build, as tests read them (the PDF is made again from them); other builds write them
     * out, which changes no byte (guide.guide.TheGuideIT compares the two builds of the real guide).
     */
    public static synchronized Pipeline standard() {
        if (standard == null) standard = Pipeline.standard().keepPagesParsed();
        return standard;
    }
}
