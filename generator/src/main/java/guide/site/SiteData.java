package guide.site;

import guide.problem.Problem;
import guide.problem.Problems;
import guide.sources.SourceTree;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The guide's data files: every {@code .yml} under content/, keyed by its path without the extension
 * (e.g. {@code glossary/abbreviations}). Templates and later stages (checks, action plan) read them here.
 */
public final class SiteData {
    private final Map<String, Object> files;

    private SiteData(Map<String, Object> files) {
        this.files = Collections.unmodifiableMap(files);
    }

    public static SiteData load(SourceTree sources, Problems problems) {
        Map<String, Object> files = new TreeMap<>();
        Path content = sources.content();
        if (!Files.isDirectory(content)) return new SiteData(files);
        List<Path> yamls;
        try (Stream<Path> s = Files.walk(content)) {
            yamls = s.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path file : yamls) {
            String rel = SourceTree.slashes(content.relativize(file));
            String key = rel.substring(0, rel.lastIndexOf('.'));
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                Object value = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
                files.put(key, value == null ? Map.of() : value);
            } catch (MarkedYAMLException e) {
                int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
                problems.add(Problem.error(sources.origin(file), line,
                        "This data file is not valid YAML: " + e.getProblem() + ".",
                        "Check indentation (spaces, not tabs) and that every 'name: value' line has a space after the colon. "
                                + "Text containing ': ' or starting with a quote needs quotes around it."));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new SiteData(files);
    }

    public Map<String, Object> all() {
        return files;
    }

    public Object get(String key) {
        return files.get(key);
    }
}
