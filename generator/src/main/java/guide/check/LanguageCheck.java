package guide.check;

import guide.convert.Manuscript;
import guide.site.Site;
import guide.pages.Pages;
import guide.problem.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flags the words the language guide rules out ({@code content/language/terms.yml}), on every page and
 * data file, at the line they are written on, with the words to use instead. A page about language itself
 * sets {@code :language-check: off}; a single line can be let through by a comment line {@code // language-ok} just above it.
 */
public final class LanguageCheck implements Check {
    public static final String TERMS = "language/terms";
    private static final String LINE_OK = "language-ok";
    /** The preview scans again only the files whose lines changed (while the terms stay the same). */
    private final PerSource found = new PerSource();

    record Term(List<String> avoid, String use, String why, List<Pattern> patterns) {}

    @Override
    public List<Problem> check(Pages pages, Site site) {
        List<Term> terms = terms(site.data().get(TERMS));
        List<Problem> problems = new ArrayList<>();
        if (terms.isEmpty()) return problems;
        found.begin(site.data().get(TERMS));
        for (Manuscript m : site.manuscripts().all()) {
            if (m.draft() || "off".equals(m.attribute("language-check"))) continue;
            problems.addAll(found.of(m.origin(), m.lines(), () -> {
                List<Problem> in = new ArrayList<>();
                scan(m.origin(), m.lines(), terms, in);
                scanLineBreaks(m.origin(), m.lines(), terms, in);
                return in;
            }));
        }
        for (String key : site.data().all().keySet()) {
            if (key.equals(TERMS)) continue;
            java.nio.file.Path file = site.sources().content().resolve(key + ".yml");
            if (!java.nio.file.Files.isRegularFile(file)) file = site.sources().content().resolve(key + ".yaml");
            try {
                List<String> lines = java.nio.file.Files.readAllLines(file);
                String origin = site.sources().origin(file);
                problems.addAll(found.of(origin, lines, () -> {
                    List<Problem> in = new ArrayList<>();
                    scan(origin, lines, terms, in);
                    return in;
                }));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return problems;
    }

    private static void scan(String origin, List<String> lines, List<Term> terms, List<Problem> problems) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean allowed = i > 0 && lines.get(i - 1).startsWith("//") && lines.get(i - 1).contains(LINE_OK);
            if (line.startsWith("//") || allowed) continue;
            for (Term t : terms) {
                for (Pattern p : t.patterns()) {
                    Matcher matcher = p.matcher(line);
                    if (matcher.find()) {
                        problems.add(Problem.error(origin, i + 1,
                                "The guide's language guidance asks us not to write '" + matcher.group() + "'. " + t.why(),
                                "Use instead: " + t.use() + ". (If this is the title of a published work or the name of a "
                                        + "service, keep it and put a line // language-ok just above it.)"));
                        break;
                    }
                }
            }
        }
    }

    /** A term split over a line break ("vulnerable" at the end of one line, "women" at the start of the next). */
    static void scanLineBreaks(String origin, List<String> lines, List<Term> terms, List<Problem> problems) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            String line = lines.get(i), next = lines.get(i + 1);
            boolean allowed = i > 0 && lines.get(i - 1).startsWith("//") && lines.get(i - 1).contains(LINE_OK);
            if (allowed || line.isBlank() || next.isBlank() || line.startsWith("//") || next.startsWith("//")) continue;
            String end = line.stripTrailing(), start = next.stripLeading();
            String joined = end + " " + start;
            for (Term t : terms) {
                for (Pattern p : t.patterns()) {
                    Matcher matcher = p.matcher(joined);
                    boolean found = false;
                    while (matcher.find()) {
                        if (matcher.start() < end.length() && matcher.end() > end.length() + 1) {
                            problems.add(Problem.error(origin, i + 1,
                                    "The guide's language guidance asks us not to write '" + matcher.group().replaceAll("\\s+", " ")
                                            + "', here split over lines " + (i + 1) + " and " + (i + 2) + ". " + t.why(),
                                    "Use instead: " + t.use() + ". (If this is the title of a published work or the name of a "
                                            + "service, keep it and put a line // language-ok just above it.)"));
                            found = true;
                            break;
                        }
                    }
                    if (found) break;
                }
            }
        }
    }

    static List<Term> terms(Object data) {
        List<Term> out = new ArrayList<>();
        if (!(data instanceof Map<?, ?> map) || !(map.get("terms") instanceof List<?> list)) return out;
        for (Object o : list) {
            if (!(o instanceof Map<?, ?> t)) continue;
            List<String> avoid = new ArrayList<>();
            if (t.get("avoid") instanceof List<?> l) l.forEach(x -> avoid.add(String.valueOf(x)));
            else if (t.get("avoid") != null) avoid.add(String.valueOf(t.get("avoid")));
            List<Pattern> patterns = avoid.stream().map(LanguageCheck::pattern).toList();
            out.add(new Term(avoid, String.valueOf(t.get("use")), String.valueOf(t.get("why")).strip(), patterns));
        }
        return out;
    }

    /** Whole words, any case; a space in the term also matches a hyphen or a line's worth of spaces. */
    static Pattern pattern(String term) {
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}-])");
        String[] words = term.strip().split("[\\s-]+");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) regex.append("[\\s-]+");
            regex.append(Pattern.quote(words[i]));
        }
        regex.append("(?![\\p{L}\\p{N}-])");
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
