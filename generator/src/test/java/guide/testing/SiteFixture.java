package guide.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A copy of a small test site (src/test/resources/sites/NAME) in a temporary folder, to edit and build. */
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
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
