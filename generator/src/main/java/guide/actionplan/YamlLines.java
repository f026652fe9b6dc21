package guide.actionplan;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The line each value of a YAML file starts on, by its path ({@code priorities/2/questions/0/id}), so a
 * problem in the data can name the line an author edits. SiteData keeps only the values; this reads the
 * same text again for its positions.
 */
final class YamlLines {
    private final Map<String, Integer> lines = new HashMap<>();

    private YamlLines() {}

    static YamlLines of(String text) {
        YamlLines out = new YamlLines();
        try {
            Node root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
            if (root != null) out.walk("", root);
        } catch (RuntimeException e) {
            // Not valid YAML: SiteData has already reported it with its line.
        }
        return out;
    }

    private void walk(String path, Node node) {
        lines.putIfAbsent(path, node.getStartMark().getLine() + 1);
        if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode key)) continue;
                String child = path.isEmpty() ? key.getValue() : path + "/" + key.getValue();
                // A key's problem is best shown on the key's own line, not where a folded value starts.
                lines.put(child, t.getKeyNode().getStartMark().getLine() + 1);
                walk(child, t.getValueNode());
            }
        } else if (node instanceof SequenceNode seq) {
            List<Node> items = seq.getValue();
            for (int i = 0; i < items.size(); i++) walk(path + "/" + i, items.get(i));
        }
    }

    /** The line of {@code path}, else of the nearest enclosing value that has one, else 1. */
    int line(String path) {
        String p = path;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) return line;
            if (p.isEmpty()) return 1;
            int slash = p.lastIndexOf('/');
            p = slash < 0 ? "" : p.substring(0, slash);
        }
    }
}
