package guide.check;

import guide.convert.Manuscript;
import guide.site.Site;
import guide.pages.Pages;
import guide.problem.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every page says which source documents it is based on: a {@code :sources:} header line of ids,
 * each optionally followed by where in the document ({@code :sources: yorkshire-humber, pages 10 to 17; newham}).
 * The documents it may name are listed once, in {@code content/sources.yml} (and, for a local edition's own
 * documents, {@code content/sources-local.yml}). A page written for the website itself, drawing on no
 * document (the accessibility statement, the search page), says so with {@code :sources: none}; that file's
 * {@code required-in} folders (the framework, the introduction, the practice examples) must name at least one
 * document. A site with no sources list (a test site, a synthetic benchmark) tracks no sources.
 * A steering group only publishes what can be traced to what partners said, so this is an error, not a warning.
 */
public final class SourcesCheck implements Check {
    public static final String DATA = "sources";
    public static final String LOCAL_DATA = "sources-local";
    private static final String ID = "[a-z0-9]+(-[a-z0-9]+)*";
    /** The value of a page that draws on no source document; never a document's id. */
    public static final String NONE = "none";

    /** A data file of sources as read: its YAML value, where the author edits it, and its lines. */
    public record SourceList(Object data, String origin, List<String> lines) {}

    @Override
    public List<Problem> check(Pages pages, Site site) {
        List<SourceList> lists = new ArrayList<>();
        for (String key : List.of(DATA, LOCAL_DATA)) {
            Object data = site.data().get(key);
            if (data == null) continue;
            Path file = site.sources().content().resolve(key + ".yml");
            lists.add(new SourceList(data, site.sources().origin(file), lines(file)));
        }
        return check(site.manuscripts().all(), lists);
    }

    /** The check itself, on plain values, so it can be tried without building a site. */
    public static List<Problem> check(Collection<Manuscript> manuscripts, List<SourceList> lists) {
        List<Problem> problems = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        Set<String> required = new LinkedHashSet<>();
        for (SourceList list : lists) read(list, ids, required, problems);
        String known = ids.isEmpty() ? "(none yet)" : String.join(", ", ids);
        for (Manuscript m : manuscripts) {
            if (m.draft() || lists.isEmpty() && m.attribute("sources") == null) continue;
            String value = m.attribute("sources");
            String folder = m.uri().contains("/") ? m.uri().substring(0, m.uri().indexOf('/')) : "";
            boolean needsDocument = required.contains(folder);
            if (value == null || value.isBlank()) {
                problems.add(Problem.error(m.origin(), Math.max(1, m.lineOf("= ", 1)),
                        "The page does not say which source documents it is based on.",
                        "Add a line ':sources: ID' under the title, with the other header lines, naming each document "
                                + "the page draws on by its id in content/sources.yml"
                                + (m.origin().startsWith("local/") ? " or, for your edition's own documents, local/content/sources-local.yml" : "")
                                + " (" + known + "). Separate documents with ';' "
                                + "and say where in a document after a comma, for example ':sources: yorkshire-humber, the framework "
                                + "(pages 10 to 17); newham'."
                                + (needsDocument ? "" : " If the page is about this website itself and draws on no document "
                                + "(like the accessibility statement), write ':sources: none'.")));
                continue;
            }
            int line = m.attributeLine("sources");
            if (lists.isEmpty()) {
                problems.add(Problem.error(m.origin(), line, "The page names its sources, but the guide has no content/sources.yml listing them.",
                        "Add content/sources.yml with a 'sources:' list of the documents (id, title, publisher, date), as the upstream guide has."));
                continue;
            }
            String[] entries = value.split(";", -1);
            if (value.strip().equals(NONE)) {
                if (needsDocument) {
                    problems.add(Problem.error(m.origin(), line,
                            "The page says ':sources: none', but every page in content/" + folder + "/ must be based on at least one source document.",
                            "Name the documents the page draws on by their ids in content/sources.yml (" + known + "). If the sources "
                                    + "say nothing about what the page says, say less: see docs/editorial-note.md."));
                }
                continue;
            }
            for (String entry : entries) {
                String id = entry.split(",", 2)[0].strip();
                if (id.isEmpty()) {
                    problems.add(Problem.error(m.origin(), line, "The :sources: line has an empty entry.",
                            "Write one document id between each ';' (" + known + "), or remove the extra ';'."));
                } else if (id.equals(NONE)) {
                    problems.add(Problem.error(m.origin(), line,
                            "The :sources: line says 'none' and also names documents.",
                            "Write 'none' only when the page draws on no document at all; otherwise take 'none' out and keep the documents."));
                } else if (!ids.contains(id)) {
                    problems.add(Problem.error(m.origin(), line,
                            "The source '" + id + "' in :sources: is not one of the documents listed in content/sources.yml.",
                            "Use one of: " + known + ". If the page draws on another document, add it to content/sources.yml "
                                    + "(a local edition: content/sources-local.yml) with its id, title, publisher and date."));
                }
            }
        }
        return problems;
    }

    private static void read(SourceList list, Set<String> ids, Set<String> required, List<Problem> problems) {
        if (!(list.data() instanceof Map<?, ?> top) || !(top.get("sources") instanceof List<?> entries)) {
            problems.add(Problem.error(list.origin(), 1, "This file has no 'sources:' list.",
                    "Start the file with 'sources:' and list each document under it as '  - id: ...' with its title, publisher and date."));
            return;
        }
        List<Integer> starts = entryLines(list.lines());
        for (int i = 0; i < entries.size(); i++) {
            Map<?, ?> entry = entries.get(i) instanceof Map<?, ?> map ? map : Map.of();
            String id = text(entry.get("id"));
            int line = i < starts.size() ? starts.get(i) : 1;
            if (id.isEmpty()) {
                problems.add(Problem.error(list.origin(), line, "A document in the sources list has no id.",
                        "Give it a line 'id: short-name' (lower case letters, digits and hyphens) that pages can name in :sources:."));
                continue;
            }
            if (id.equals(NONE)) {
                problems.add(Problem.error(list.origin(), line, "The id 'none' is kept for pages that draw on no document.",
                        "Give this document another id, for example its publisher's or its place's name."));
            } else if (!id.matches(ID)) {
                problems.add(Problem.error(list.origin(), line, "The id '" + id + "' has characters an id cannot have.",
                        "Use lower case letters, digits and single hyphens only, for example 'camden-islington-haringey'."));
            }
            if (!ids.add(id)) {
                problems.add(Problem.error(list.origin(), line, "The id '" + id + "' is listed twice.",
                        "Give each document its own id, or remove the second entry."));
            }
            if (text(entry.get("title")).isEmpty()) {
                problems.add(Problem.error(list.origin(), line, "The document '" + id + "' has no title.",
                        "Add a line 'title: ...' with the document's title as the document gives it."));
            }
        }
        if (top.get("required-in") instanceof List<?> folders) {
            for (Object f : folders) required.add(text(f));
        }
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString().strip();
    }

    /** 1-based lines where each entry of the top-level 'sources:' list starts. */
    private static List<Integer> entryLines(List<String> lines) {
        List<Integer> out = new ArrayList<>();
        boolean inList = false;
        int indent = -1; // the entries' own indentation, so a list inside an entry does not count
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("-") && !line.startsWith("#")) {
                inList = line.startsWith("sources:");
            } else if (inList && line.strip().startsWith("- ")) {
                int at = line.indexOf('-');
                if (indent < 0) indent = at;
                if (at == indent) out.add(i + 1);
            }
        }
        return out;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
