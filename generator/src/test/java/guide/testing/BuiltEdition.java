package guide.testing;

import guide.pipeline.Pipeline;
import guide.pipeline.Progress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The example local edition (a fictional council, src/test/resources/editions/anytown/local) laid over a
 * copy of the real guide and built once per test JVM with the standard pipeline, for every test that only
 * reads it (guide.edition.LocalEditionIT, guide.pdf.EditionPdfIT). Besides its local/ folder it has what a
 * council's edition meets in practice: an upstream page linking to the example the edition hides, and a
 * question of the council's own in the action plan.
 */
public final class BuiltEdition {
    private static BuiltEdition anytown;

    private final Path root;
    private final Pipeline.Result result;

    private BuiltEdition(Path root) {
        this.root = root;
        this.result = WarmPipelines.standard().build(root, site(), true, Progress.quiet());
        if (result.failed()) throw new IllegalStateException("The Anytown edition does not build:\n" + result.problems());
    }

    public static synchronized BuiltEdition anytown() {
        if (anytown == null) anytown = new BuiltEdition(assemble(BuiltGuide.scratch("anytown")));
        return anytown;
    }

    private static Path assemble(Path root) {
        try {
            guide.sources.SourceTree.deleteTree(root);
            SiteFixture.ofTheGuide(root);
            SiteFixture.copyTree(Path.of("src/test/resources/editions/anytown").toAbsolutePath(), root);
            // Upstream text that links to the example the edition hides (the guide's own pages link to examples
            // only through generated lists today, but a co-author may write such a link at any time).
            Path resources = root.resolve("content/resources/index.adoc");
            Files.writeString(resources, Files.readString(resources)
                    + "\nThe Hackney report is described in xref:../practice-examples/hackney.adoc[its practice example].\n");
            // The council also adds a question of its own to the action plan.
            String questions = Files.readString(root.resolve("content/action-plan/questions.yml"));
            SiteFixture.write(root, "local/content/action-plan/questions.yml", questions.replaceFirst(
                    "(?m)^(    questions:\\n)", "$1      - id: anytown-local-question\n        text: How does the Zephyrine Room drop-in link with Anytown's housing team?\n"));
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The edition's folder: the guide's sources with the edition's local/. */
    public Path root() { return root; }
    public Path site() { return root.resolve("target/site"); }
    public Pipeline.Result result() { return result; }
}
