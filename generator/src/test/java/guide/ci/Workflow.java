package guide.ci;

import guide.testing.BuiltGuide;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The repository's GitHub Actions workflow, .github/workflows/guide.yml, as data. */
final class Workflow {
    static final Path FILE = BuiltGuide.repositoryRoot().resolve(".github/workflows/guide.yml");

    private Workflow() {}

    @SuppressWarnings("unchecked")
    static Map<String, Object> load() {
        try {
            return (Map<String, Object>) new Yaml().load(Files.readString(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The triggers: YAML 1.1 (SnakeYAML) reads the key {@code on} as the boolean true. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> triggers(Map<String, Object> workflow) {
        Object on = workflow.containsKey("on") ? workflow.get("on") : ((Map<Object, Object>) (Map<?, ?>) workflow).get(Boolean.TRUE);
        return (Map<String, Object>) on;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> jobs(Map<String, Object> workflow) {
        return (Map<String, Map<String, Object>>) workflow.get("jobs");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> steps(Map<String, Object> job) {
        return (List<Map<String, Object>>) job.get("steps");
    }
}
