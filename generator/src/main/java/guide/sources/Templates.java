package guide.sources;


import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The site's Pebble templates as the author knows them ({@code templates/page.peb},
 * {@code templates/_header.peb}, {@code local/templates/base.peb}...): which page kinds they render, and
 * which file and line wrote something the checks found on a page outside its AsciiDoc text.
 */
public final class Templates {
    /** A template file: the path the author edits and its lines. */
    public record Template(String name, String origin, List<String> lines) {}

    /** Where in the templates something was written. */
    public record Place(String file, int line) {}

    private final Path folder;
    private final List<Template> all;

    private Templates(Path folder, List<Template> all) {
        this.folder = folder;
        this.all = List.copyOf(all);
    }

    public static Templates of(SourceTree sources) {
        Path folder = sources.templates();
        List<Template> out = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> s = Files.walk(folder)) {
                for (Path p : s.filter(f -> f.toString().endsWith(".peb")).sorted().toList()) {
                    out.add(new Template(SourceTree.slashes(folder.relativize(p)), sources.origin(p),
                            Files.readAllLines(p, StandardCharsets.UTF_8)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Templates(folder, out);
    }

    /** The page kinds: one per top-level template whose name does not start with '_' (page.peb renders :jbake-type: page). */
    public List<String> types() {
        return all.stream().map(Template::name).filter(n -> !n.contains("/") && !n.startsWith("_"))
                .map(n -> n.substring(0, n.length() - ".peb".length())).toList();
    }

    /** The author's path of a template named as Pebble names it (e.g. {@code _header.peb}, or its full path). */
    public String origin(String pebbleName) {
        String name = SourceTree.slashes(folder.relativize(folder.resolve(pebbleName).normalize()));
        return all.stream().filter(t -> t.name().equals(name)).map(Template::origin).findFirst()
                .orElse("templates/" + name);
    }

    /**
     * The template and line that wrote one of the needles (tried in order): the page kind's own template
     * first, then the others (partials, the layout). The page kind's template, line 0, when none holds it.
     */
    public Place find(String type, String... needles) {
        String own = type + ".peb";
        List<Template> order = new ArrayList<>(all.stream().filter(t -> t.name().equals(own)).toList());
        all.stream().filter(t -> !t.name().equals(own)).forEach(order::add);
        for (String needle : needles) {
            if (needle == null || needle.isBlank()) continue;
            for (Template t : order) {
                for (int i = 0; i < t.lines().size(); i++) {
                    if (t.lines().get(i).contains(needle)) return new Place(t.origin(), i + 1);
                }
            }
        }
        return new Place(origin(own), 0);
    }
}
