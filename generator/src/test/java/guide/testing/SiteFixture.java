package guide.testing;

import guide.pipeline.Pipeline;
import guide.pipeline.Progress;
import guide.problem.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A copy of a small test site (src/test/resources/sites/NAME), or of the real guide's sources, in a
 * temporary folder, to edit and build. Every test that writes a site's files writes them through here.
 */
public final class SiteFixture {
    private final Path root;

    private SiteFixture(Path root) {
        this.root = root;
    }

    public static SiteFixture copy(String name, Path into) {
        Path from = Path.of("src/test/resources/sites", name).toAbsolutePath();
        copyTree(from, into);
        return new SiteFixture(into);
    }

    /**
     * A copy of the real guide's sources (content/, templates/, assets/ and site.properties from the
     * repository root, without its local/), for a test to lay an edition over or to change.
     */
    public static SiteFixture ofTheGuide(Path into) {
        Path repo = BuiltGuide.repositoryRoot();
        for (String part : List.of("content", "templates", "assets")) copyTree(repo.resolve(part), into.resolve(part));
        try {
            Files.copy(repo.resolve("site.properties"), into.resolve("site.properties"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SiteFixture(into);
    }

    /** A copy of another site's folder, its build's output and working folders included. */
    public SiteFixture copyTo(Path into) {
        copyTree(root, into);
        return new SiteFixture(into);
    }

    public static void copyTree(Path from, Path into) {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.sorted().toList()) {
                Path target = into.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A site that is already on disk (a git clone, say). */
    public static SiteFixture at(Path root) {
        return new SiteFixture(root);
    }

    public Path root() { return root; }
    public Path output() { return root.resolve("target/site"); }

    public SiteFixture write(String path, String text) {
        write(root, path, text);
        return this;
    }

    /** Writes {@code text} (UTF-8) to the file {@code path} under {@code root}, making its folders. */
    public static void write(Path root, String path, String text) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds the site into {@link #output()} ({@code publish}) or only checks it, with every check and no emitter. */
    public Pipeline.Result build(boolean publish) {
        return WarmPipelines.checks().build(root, output(), publish, Progress.quiet());
    }

    /** The errors of a build that publishes, in the order of their places. */
    public List<Problem> errors() {
        return build(true).problems().stream().filter(Problem::isError).toList();
    }

    /** Problems one per line, as the build prints them: an assertion's message says what was found. */
    public static String places(List<Problem> problems) {
        return String.join("\n", problems.stream().map(Problem::toString).toList());
    }

    public String read(String path) {
        try {
            return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under {@code dir} with the SHA-256 of its bytes: equal maps mean identical trees. */
    public static Map<String, String> fingerprint(Path dir) {
        Map<String, String> out = new TreeMap<>();
        if (!Files.exists(dir)) return out;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
                out.put(dir.relativize(p).toString().replace('\\', '/'), HexFormat.of().formatHex(hash));
            }
            return out;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
