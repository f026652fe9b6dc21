package guide.index;

import guide.problem.Problem;
import guide.problem.Problems;
import guide.sources.SourceTree;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words readers type that the guide words differently ({@code content/search-words.yml}): groups of words
 * that a search treats as one, so "dentist" also finds "dental". Applied when a reader searches (the groups
 * travel in search-index.js), so editing the file never needs the index rebuilt. Co-authors edit it: each
 * mistake is a problem on its line.
 */
public final class RelatedWords {
    /** Where the file lives, under content/. */
    public static final String FILE = "search-words.yml";
    /** One word: letters, digits, and apostrophes or hyphens inside it. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(['’-][\\p{L}\\p{N}]+)*");

    private final List<List<String>> groups;

    private RelatedWords(List<List<String>> groups) {
        this.groups = List.copyOf(groups);
    }

    public List<List<String>> groups() {
        return groups;
    }

    /** Reads content/search-words.yml if there is one; problems go to {@code problems}, with their lines. */
    public static RelatedWords of(SourceTree sources, Problems problems, List<Section> sections) {
        Path file = sources.content().resolve(FILE);
        if (!Files.isRegularFile(file)) return new RelatedWords(List.of());
        try {
            return parse(sources.origin(file), Files.readString(file, StandardCharsets.UTF_8), problems, guideWords(sections));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every word of the indexed text, lower case. */
    static Set<String> guideWords(List<Section> sections) {
        Set<String> out = new HashSet<>();
        for (Section s : sections) {
            for (String field : List.of(s.title(), s.heading(), s.summary(), s.body())) {
                for (String w : field.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'’-]+")) {
                    if (!w.isEmpty()) out.add(w);
                }
            }
        }
        return out;
    }

    static RelatedWords parse(String origin, String text, Problems problems, Set<String> guideWords) {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            // SiteData reports the YAML mistake itself, with its line.
            return new RelatedWords(List.of());
        }
        if (root == null) return new RelatedWords(List.of());
        if (!(root instanceof SequenceNode list)) {
            problems.add(Problem.error(origin, line(root), "This file should be a list of groups of related words.",
                    "Write one group per line, starting with a dash: - [dentist, dental]"));
            return new RelatedWords(List.of());
        }
        List<List<String>> groups = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (Node item : list.getValue()) {
            int line = line(item);
            if (!(item instanceof SequenceNode group)) {
                problems.add(Problem.error(origin, line, "This line is not a group of words in square brackets.",
                        "Write the related words in square brackets, separated by commas: - [dentist, dental]"));
                continue;
            }
            Set<String> words = new LinkedHashSet<>();
            List<String> written = new ArrayList<>();
            boolean ok = true;
            for (Node w : group.getValue()) {
                String word = w instanceof ScalarNode s ? s.getValue().strip() : "";
                if (!WORD.matcher(word).matches()) {
                    problems.add(Problem.error(origin, line(w), (word.isEmpty() ? "An entry here" : "“" + word + "”") + " is not a single word.",
                            "Search matches single words: write each word on its own, without spaces or punctuation (for example dentist, dental)."));
                    ok = false;
                    continue;
                }
                String lower = word.toLowerCase(Locale.ROOT);
                Integer other = firstLine.get(lower);
                if (other != null && !words.contains(lower)) {
                    problems.add(Problem.error(origin, line(w), "“" + word + "” is already in the group on line " + other + ".",
                            "Put each word in one group only: merge the two groups, or remove one of them."));
                    ok = false;
                    continue;
                }
                if (!words.add(lower)) {
                    problems.add(Problem.error(origin, line(w), "“" + word + "” is in this group twice.", "Remove one of them."));
                    ok = false;
                } else {
                    written.add(word);
                }
            }
            if (ok && words.size() < 2) {
                problems.add(Problem.error(origin, line, "A group needs at least two words: the one readers type and the one the guide uses.",
                        "Add the related word, or remove the line."));
                continue;
            }
            if (!ok) continue;
            for (String w : words) firstLine.put(w, line);
            if (words.stream().noneMatch(guideWords::contains)) {
                problems.add(Problem.warning(origin, line, "None of these words is in the guide, so searching for them still finds nothing.",
                        "Add a word the guide uses for the same thing (search the guide for it first)."));
            }
            groups.add(List.copyOf(written)); // as written: the search page names them
        }
        return new RelatedWords(groups);
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    /** The groups as a JSON array of arrays of words (which {@link #WORD} keeps free of anything to escape). */
    String json() {
        StringBuilder out = new StringBuilder("[");
        for (List<String> g : groups) {
            if (out.length() > 1) out.append(',');
            out.append('[');
            for (int i = 0; i < g.size(); i++) out.append(i > 0 ? "," : "").append('"').append(g.get(i)).append('"');
            out.append(']');
        }
        return out.append(']').toString();
    }
}
