package guide.sources;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The source files published as they are, by their path in the site: everything under {@code assets/}
 * (assets/css/x.css becomes css/x.css), and what {@code content/} holds besides pages, data files and
 * hidden files (content/part/photo.png becomes part/photo.png).
 */
public final class PublishedFiles {
    /** Endings under content/ that are read by the build, not published: pages, data files, and text JBake never published. */
    static final List<String> NOT_PUBLISHED = List.of("adoc", "asciidoc", "ad", "yml", "yaml", "md", "html");

    private PublishedFiles() {}

    public static Map<String, Path> of(SourceTree sources) {
        Map<String, Path> out = new TreeMap<>();
        for (Path file : files(sources.assets())) {
            out.put(SourceTree.slashes(sources.assets().relativize(file)), file);
        }
        for (Path file : files(sources.content())) {
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String ending = dot < 0 ? "" : name.substring(dot + 1);
            if (name.startsWith(".") || NOT_PUBLISHED.contains(ending)) continue;
            out.put(SourceTree.slashes(sources.content().relativize(file)), file);
        }
        return out;
    }

    private static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
