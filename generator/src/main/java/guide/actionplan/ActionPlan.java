package guide.actionplan;

import guide.site.Site;
import guide.problem.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The action-plan tool's one model, read once per build from {@code content/action-plan/questions.yml}:
 * the areas of the framework with their questions, the two assessment answers and the action table's
 * columns. The web form ({@link FormView}), the blank workbook and the fillable PDF are all made from it.
 * This is the one place that names answers ({@link #completedField}, {@link #answerField},
 * {@link #cellField}) and decides how many blank action rows there are ({@link #BLANK_ROWS}) and how much a
 * reader may write ({@link Limits}), so a saved plan fits each of them.
 */
public record ActionPlan(String title, String introduction, List<Answer> assessment, List<Column> columns,
                         List<Priority> priorities) {

    /** The key of the data file in {@link Site#data()}. */
    public static final String DATA_KEY = "action-plan/questions";
    /** The data file, under content/. */
    public static final String FILE = DATA_KEY + ".yml";

    /** Blank action rows in the form, the PDF and the workbook alike; the form can add more. */
    public static final int BLANK_ROWS = 3;

    /**
     * What the page's script accepts, when the reader types and when it loads a file or restores what was
     * kept on the device: far more than a plan needs, and little enough that a phone loads it at once.
     *
     * @param fileBytes  the largest file of answers it loads
     * @param rows       action rows per area
     * @param characters characters in one answer
     */
    public record Limits(int fileBytes, int rows, int characters) {}

    public static final Limits LIMITS = new Limits(4 * 1024 * 1024, 30, 5000);

    public record Answer(String id, String label) {}

    public record Column(String id, String label, boolean date) {}

    /**
     * An area of the framework; {@code opening} is the source's opening statement for it, or "";
     * {@code pageLine} is the line of its page setting in the data file, for a check that finds no such page.
     */
    public record Priority(String id, String title, String page, int pageLine, String opening, List<Question> questions) {}

    public record Question(String id, String text, List<String> prompts) {}

    /** What reading the data gave: the plan (null when it has errors) and every problem found. */
    public record Reading(ActionPlan plan, List<Problem> problems) {}

    /** Ids become parts of field names and HTML ids: keep them plain. */
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** Field names the form uses for itself inside a priority; an assessment answer cannot take them. */
    private static final Set<String> RESERVED = Set.of("completed", "actions");

    public static String completedField(Priority p) {
        return p.id() + ".completed";
    }

    public static String answerField(Priority p, Answer a) {
        return p.id() + "." + a.id();
    }

    /**
     * How an action cell's field is named. The page's scripts get this pattern too (they name the rows a
     * reader adds, and find rows in a file), so nothing else spells it out.
     */
    public static final String ROW_FIELD = "{area}.actions.{n}.{column}";

    /** The cell of action row {@code row} (1-based) in column {@code c}. */
    public static String cellField(Priority p, int row, Column c) {
        return ROW_FIELD.replace("{area}", p.id()).replace("{n}", Integer.toString(row)).replace("{column}", c.id());
    }

    /** The path an author edits, e.g. content/action-plan/questions.yml (or the local edition's copy). */
    static String origin(Site site) {
        return site.sources().origin(site.sources().content().resolve(FILE));
    }

    static String source(Site site) {
        Path file = site.sources().content().resolve(FILE);
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the parsed data file. {@code text} is the file's text, used only to say which line a problem
     * is on; {@code origin} is the path the problems name.
     */
    public static Reading read(Object data, String origin, String text) {
        return new Reader(origin, YamlLines.of(text)).read(data);
    }

    /** Walks the parsed YAML, collecting every problem rather than stopping at the first. */
    private static final class Reader {
        private final String origin;
        private final YamlLines lines;
        private final List<Problem> problems = new ArrayList<>();

        Reader(String origin, YamlLines lines) {
            this.origin = origin;
            this.lines = lines;
        }

        Reading read(Object data) {
            if (!(data instanceof Map<?, ?> top)) {
                error("", "The action-plan data file is empty or is not a list of 'name: value' settings.",
                        "Start from the upstream file: it has title, introduction, assessment, columns and priorities.");
                return new Reading(null, problems);
            }
            known(top, "", "title", "introduction", "assessment", "columns", "priorities");
            String title = text(top, "", "title", true);
            String introduction = text(top, "", "introduction", false);
            List<Answer> assessment = new ArrayList<>();
            Set<String> ids = new LinkedHashSet<>();
            for (Item item : items(top, "", "assessment", "assessment answer")) {
                known(item.map, item.path, "id", "label");
                String id = id(item, ids, "assessment answer");
                if (id != null && RESERVED.contains(id)) {
                    error(item.path + "/id", "The assessment answer id '" + id + "' is used by the form itself.",
                            "Choose another id, for example '" + id + "-notes'.");
                }
                assessment.add(new Answer(id, text(item.map, item.path, "label", true)));
            }
            List<Column> columns = new ArrayList<>();
            ids.clear();
            for (Item item : items(top, "", "columns", "column")) {
                known(item.map, item.path, "id", "label", "type");
                String id = id(item, ids, "column");
                String type = text(item.map, item.path, "type", false);
                if (type != null && !type.equals("date") && !type.equals("text")) {
                    error(item.path + "/type", "The column type '" + type + "' is not one the tool knows.",
                            "Use 'type: date' for a date column, or leave the line out for text.");
                }
                columns.add(new Column(id, text(item.map, item.path, "label", true), "date".equals(type)));
            }
            List<Priority> priorities = new ArrayList<>();
            Set<String> priorityIds = new LinkedHashSet<>();
            Set<String> questionIds = new LinkedHashSet<>();
            for (Item item : items(top, "", "priorities", "priority area")) {
                known(item.map, item.path, "id", "title", "page", "opening", "questions");
                String id = id(item, priorityIds, "priority area");
                String ptitle = text(item.map, item.path, "title", true);
                String page = text(item.map, item.path, "page", false);
                String opening = text(item.map, item.path, "opening", false);
                List<Question> questions = new ArrayList<>();
                for (Item q : items(item.map, item.path, "questions", "question")) {
                    known(q.map, q.path, "id", "text", "prompts");
                    String qid = id(q, questionIds, "question");
                    String qtext = text(q.map, q.path, "text", true);
                    questions.add(new Question(qid, qtext, prompts(q)));
                }
                priorities.add(new Priority(id, ptitle, page, lines.line(item.path + "/page"), opening == null ? "" : opening,
                        List.copyOf(questions)));
            }
            // Priority and question ids are both ids on the form's page, so they must differ too.
            for (int i = 0; i < priorities.size(); i++) {
                List<Question> qs = priorities.get(i).questions();
                for (int j = 0; j < qs.size(); j++) {
                    if (qs.get(j).id() != null && priorityIds.contains(qs.get(j).id())) {
                        error("priorities/" + i + "/questions/" + j + "/id", "The question id '" + qs.get(j).id()
                                        + "' is also the id of a priority area.",
                                "Give the question its own id, for example '" + qs.get(j).id() + "-1'.");
                    }
                }
            }
            boolean ok = problems.stream().noneMatch(Problem::isError);
            ActionPlan plan = ok ? new ActionPlan(title, introduction == null ? "" : introduction,
                    List.copyOf(assessment), List.copyOf(columns), List.copyOf(priorities)) : null;
            return new Reading(plan, List.copyOf(problems));
        }

        private record Item(Map<?, ?> map, String path) {}

        /** The entries of the list {@code key}; an error if it is missing, empty or not a list of settings. */
        private List<Item> items(Map<?, ?> parent, String path, String key, String what) {
            String here = join(path, key);
            Object value = parent.get(key);
            List<Item> out = new ArrayList<>();
            if (!(value instanceof List<?> list) || list.isEmpty()) {
                error(value == null ? path : here, value == null
                                ? "The " + where(path) + " has no '" + key + "' list."
                                : "The '" + key + "' list of the " + where(path) + " is empty or is not a list.",
                        "Add '" + key + ":' with at least one " + what + " below it, each starting with '  - id: '.");
                return out;
            }
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof Map<?, ?> m) {
                    out.add(new Item(m, here + "/" + i));
                } else {
                    error(here + "/" + i, "Entry " + (i + 1) + " of '" + key + "' is not a " + what + " with an id.",
                            "Write each " + what + " as '- id: ...' with its other lines indented under it.");
                }
            }
            return out;
        }

        private String id(Item item, Set<String> seen, String what) {
            String id = text(item.map, item.path, "id", true);
            if (id == null) return null;
            if (!ID.matcher(id).matches()) {
                error(item.path + "/id", "The " + what + " id '" + id + "' has characters an id cannot have.",
                        "Use lower-case letters, digits and single hyphens only, for example 'wider-conditions-2'.");
            } else if (!seen.add(id)) {
                error(item.path + "/id", "Two " + what + "s have the id '" + id + "'.",
                        "Give each " + what + " its own id: answers are saved under it.");
            }
            return id;
        }

        private List<String> prompts(Item q) {
            Object value = q.map.get("prompts");
            if (value == null) return List.of();
            List<String> out = new ArrayList<>();
            if (!(value instanceof List<?> list)) {
                error(q.path + "/prompts", "The prompts of this question are not a list.",
                        "Write each prompt on its own line starting with '  - '.");
                return out;
            }
            for (int i = 0; i < list.size(); i++) {
                Object p = list.get(i);
                if (p == null || p instanceof Map || p instanceof List || p.toString().isBlank()) {
                    error(q.path + "/prompts/" + i, "Prompt " + (i + 1) + " of this question has no text.",
                            "Write the prompt after '- ', or delete the line. Text with ': ' in it needs quotes.");
                } else {
                    out.add(p.toString().strip());
                }
            }
            return List.copyOf(out);
        }

        private String text(Map<?, ?> map, String path, String key, boolean required) {
            Object value = map.get(key);
            if (value instanceof Map || value instanceof List) {
                error(join(path, key), "The '" + key + "' of the " + where(path) + " should be text.",
                        "Write the text after '" + key + ": ' on the same line (or folded below it with '>-').");
                return null;
            }
            if (value == null || value.toString().isBlank()) {
                if (required) {
                    error(value == null ? path : join(path, key), "The " + where(path) + " has no " + key + ".",
                            "Add a line '" + key + ": ...' to it.");
                }
                return null;
            }
            return value.toString().strip();
        }

        /** A misspelt key would otherwise be silently ignored. */
        private void known(Map<?, ?> map, String path, String... keys) {
            List<String> allowed = List.of(keys);
            for (Object k : map.keySet()) {
                if (!allowed.contains(String.valueOf(k))) {
                    problems.add(Problem.warning(origin, lines.line(join(path, String.valueOf(k))),
                            "The " + where(path) + " has a setting '" + k + "' the tool does not use.",
                            "Check its spelling. The settings here are: " + String.join(", ", allowed) + "."));
                }
            }
        }

        /** Plain words for a place in the file: "priority area 2", "question 3 of priority area 1". */
        private static String where(String path) {
            if (path.isEmpty()) return "data file";
            String[] parts = path.split("/");
            Map<String, String> names = new HashMap<>(Map.of("assessment", "assessment answer", "columns", "column",
                    "priorities", "priority area", "questions", "question", "prompts", "prompt"));
            List<String> words = new ArrayList<>();
            for (int i = 0; i + 1 < parts.length; i += 2) {
                String name = names.getOrDefault(parts[i], parts[i]);
                words.add(0, name + " " + (Integer.parseInt(parts[i + 1]) + 1));
            }
            return String.join(" of ", words);
        }

        private static String join(String path, String key) {
            return path.isEmpty() ? key : path + "/" + key;
        }

        private void error(String path, String message, String fix) {
            problems.add(Problem.error(origin, lines.line(path), message, fix));
        }
    }
}
