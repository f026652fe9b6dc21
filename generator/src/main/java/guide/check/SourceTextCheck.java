package guide.check;

import guide.convert.Manuscript;
import guide.site.Site;
import guide.pages.Pages;
import guide.problem.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Typing mistakes that AsciiDoc publishes without a word, found in the source text at their line: a
 * bullet with no space after its '*', a bold or italic marker that is never closed, tabs and invisible
 * spaces (often pasted from a word processor), a line that looks blank but is not, and a heading written
 * straight under a paragraph, which becomes part of the paragraph.
 */
public final class SourceTextCheck implements Check {
    /** Spaces a word processor pastes that AsciiDoc does not treat as a space, and their names. */
    private static final String INVISIBLE = "\u00a0\u2007\u202f\u200b\u200c\u200d\u2060\ufeff";
    private static final Pattern DELIMITER = Pattern.compile("^(-{4,}|\\.{4,}|\\+{4,}|/{4,}|={4,}|\\*{4,}|_{4,}|--|\\|===|,===|:===)\\s*$");
    private static final Pattern HEADING = Pattern.compile("^={1,6} \\S");
    private static final Pattern BULLET_WITHOUT_SPACE = Pattern.compile("^(\\*{1,5})[^\\s*]");
    private static final Pattern BULLET = Pattern.compile("^\\s*(\\*{1,5}|-|\\.{1,5}|\\d+\\.)\\s+");
    /** Text in which '*' and '_' are not formatting: addresses, link and image targets, code, attributes, cross-references. */
    private static final Pattern NOT_FORMATTING = Pattern.compile(
            "[a-z][a-z0-9+.-]*://\\S*?(?=\\[|\\s|$)|(xref|link|image|mailto|include|footnote|kbd|pass):+[^\\s\\[]*|`[^`]*`|\\+[^+]*\\+|\\{[^}\\s]*}|<<[^>]*>>|\\[[^\\]]*]");

    private static final Pattern DIRECTIVE = Pattern.compile("^(ifdef|ifndef|ifeval|endif|include|image|toc)::.*");
    /** The end of a bold word: what tells "*word ... word*" (bold) from "*word" (a bullet without its space). */
    private static final Pattern BOLD_END = Pattern.compile("[^\\s*]\\*(?![\\p{L}\\p{N}_*])");

    /** The preview checks again only the pages whose lines changed. */
    private final PerSource found = new PerSource();

    @Override
    public List<Problem> check(Pages pages, Site site) {
        List<Problem> problems = new ArrayList<>();
        found.begin("");
        for (Manuscript m : site.manuscripts().all()) {
            if (!m.draft()) problems.addAll(found.of(m.origin(), m.lines(), () -> check(m.origin(), m.lines())));
        }
        return problems;
    }

    /** Every problem in one page's source lines. */
    public static List<Problem> check(String origin, List<String> lines) {
        List<Problem> problems = new ArrayList<>();
        String verbatim = null; // the delimiter of the listing, literal, passthrough or comment block we are in
        int headerEnd = headerEnd(lines);
        List<Integer> paragraph = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int n = i + 1;
            String trimmed = line.strip();
            if (verbatim != null) {
                if (trimmed.equals(verbatim)) verbatim = null;
                continue;
            }
            if (DELIMITER.matcher(line).matches() && "-./+".indexOf(trimmed.charAt(0)) >= 0 && !trimmed.equals("--")) {
                verbatim = trimmed;
                formatting(origin, lines, paragraph, problems);
                continue;
            }
            if (line.startsWith("//")) continue;
            if (!line.isEmpty() && isInvisible(line)) {
                problems.add(Problem.error(origin, n,
                        "This line looks blank but holds " + describe(line) + ", so AsciiDoc does not see a blank line here: "
                                + "the text above and below join up" + (nextIsHeading(lines, i) ? ", and the heading below becomes ordinary text." : "."),
                        "Delete everything on this line, so that it is truly empty."));
                continue;
            }
            if (line.isBlank()) {
                formatting(origin, lines, paragraph, problems);
                continue;
            }
            spaces(origin, n, line, problems);
            if (n <= headerEnd) continue;
            if (DELIMITER.matcher(line).matches()) {
                formatting(origin, lines, paragraph, problems);
                continue;
            }
            if (HEADING.matcher(line).find() && !paragraph.isEmpty() && isText(lines.get(i - 1)) && !isInvisible(lines.get(i - 1))) {
                problems.add(Problem.error(origin, n,
                        "The heading '" + line.strip() + "' comes straight after a line of text, so AsciiDoc makes it part of that paragraph: "
                                + "it will not show as a heading or in the page's contents list.",
                        "Leave one blank line above the heading."));
            }
            Matcher bullet = BULLET_WITHOUT_SPACE.matcher(line);
            if (bullet.find() && !isBold(line, bullet.group(1))) {
                String marker = bullet.group(1);
                problems.add(Problem.error(origin, n,
                        "This line starts with '" + marker + "' but has no space after it, so it is not a bullet point: "
                                + "AsciiDoc shows the '" + marker + "' and joins the line to the text above.",
                        "Put one space after the '" + marker + "', so that the line starts '" + marker + " " + start(line.substring(marker.length())) + "'."));
                paragraph.add(-n); // counted for the paragraph, but its marker is already explained
                continue;
            }
            if (isText(line)) paragraph.add(n);
        }
        formatting(origin, lines, paragraph, problems);
        return problems;
    }

    /** The first few words of a line, to show where a change goes. */
    private static String start(String text) {
        String t = text.strip();
        if (t.length() <= 30) return t;
        int cut = t.indexOf(' ', 12);
        return (cut < 0 || cut > 60 ? t.substring(0, 30) : t.substring(0, cut)) + "...";
    }

    /** The last line of the page header (title, attribute lines and comments up to the first blank line), 0 if none. */
    private static int headerEnd(List<String> lines) {
        int i = 0;
        while (i < lines.size() && lines.get(i).startsWith("//")) i++;
        if (i >= lines.size() || !lines.get(i).startsWith("= ")) return 0;
        while (i < lines.size() && !lines.get(i).isBlank()) i++;
        return i;
    }

    /** A line of running text (not an attribute entry, block attribute list, anchor, block title or directive). */
    private static boolean isText(String line) {
        if (line.isBlank() || line.startsWith("//") || line.startsWith(":") || line.startsWith("[")
                || (line.startsWith(".") && !line.startsWith(". ") && !line.startsWith(".."))
                || DIRECTIVE.matcher(line).matches() || line.strip().equals("+")) return false;
        return !DELIMITER.matcher(line).matches() && !HEADING.matcher(line).find();
    }

    private static boolean nextIsHeading(List<String> lines, int i) {
        return i + 1 < lines.size() && HEADING.matcher(lines.get(i + 1)).find();
    }

    private static boolean isInvisible(String line) {
        for (char c : line.toCharArray()) {
            if (!Character.isWhitespace(c) && INVISIBLE.indexOf(c) < 0) return false;
        }
        return line.chars().anyMatch(c -> INVISIBLE.indexOf(c) >= 0);
    }

    private static String describe(String line) {
        if (line.indexOf('\u00a0') >= 0 || line.indexOf('\u2007') >= 0 || line.indexOf('\u202f') >= 0) return "a non-breaking space";
        return "an invisible character (a zero-width space)";
    }

    /** Tabs and invisible spaces inside a line of text. */
    private static void spaces(String origin, int n, String line, List<Problem> problems) {
        int tab = line.indexOf('\t');
        if (tab >= 0) {
            problems.add(Problem.warning(origin, n,
                    "This line has a tab character" + after(line, tab) + ". AsciiDoc does not treat tabs like spaces: "
                            + "at the start of a line a tab turns the paragraph into fixed-width text."
                            , "Replace the tab with one space (text pasted from a word processor or spreadsheet often brings tabs)."));
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (INVISIBLE.indexOf(c) < 0) continue;
            boolean nbsp = c == '\u00a0' || c == '\u2007' || c == '\u202f';
            problems.add(Problem.warning(origin, n,
                    "This line has " + (nbsp ? "a non-breaking space" : "an invisible zero-width character") + after(line, i)
                            + ". It looks like an ordinary space (or like nothing) but search and AsciiDoc treat it differently.",
                    nbsp ? "Delete it and type an ordinary space." : "Delete it: put the cursor just after the word before it and press backspace until the word changes, then retype."));
            return; // one per line is enough to find them all
        }
    }

    private static String after(String line, int at) {
        String before = line.substring(0, at).strip();
        if (before.isEmpty()) return " at its start";
        String[] words = before.split("\\s+");
        return " after '" + words[words.length - 1] + "'";
    }

    /** A line starting {@code *word ... word*} (or with two stars, **...**) is bold text, not a bullet. */
    private static boolean isBold(String line, String marker) {
        String rest = line.substring(marker.length());
        if (marker.length() == 2) return rest.contains("**");
        if (marker.length() > 2) return false;
        return BOLD_END.matcher(rest).find();
    }

    /** Bold ('*') and italic ('_') markers left open in one paragraph; reported once, at the marker's line. */
    private static void formatting(String origin, List<String> lines, List<Integer> paragraph, List<Problem> problems) {
        if (paragraph.isEmpty()) return;
        StringBuilder text = new StringBuilder();
        List<int[]> starts = new ArrayList<>(); // {offset, line}
        for (int n : paragraph) {
            String line = lines.get(Math.abs(n) - 1);
            if (n < 0) line = line.replaceFirst("^\\*+", " ");
            line = BULLET.matcher(line).replaceFirst(m -> " ".repeat(m.group().length()));
            line = blank(NOT_FORMATTING, line);
            starts.add(new int[] {text.length(), Math.abs(n)});
            text.append(line).append('\n');
        }
        paragraph.clear();
        for (char mark : new char[] {'*', '_'}) {
            int at = unmatched(text.toString(), mark);
            if (at < 0) continue;
            int line = starts.get(0)[1];
            for (int[] s : starts) if (s[0] <= at) line = s[1];
            String what = mark == '*' ? "bold" : "italic";
            problems.add(Problem.warning(origin, line,
                    "A '" + mark + "' here starts or ends " + what + " text, but its partner is missing, so AsciiDoc shows the '" + mark + "' itself.",
                    "Put " + what + " text between two markers in the same paragraph, " + (mark == '*' ? "*like this*" : "_like this_")
                            + ". To show the '" + mark + "' itself, write it as +" + mark + "+ (between two plus signs)."));
        }
    }

    /** The four patterns {@link #unmatched} uses for one marker, made once: paired unconstrained, paired constrained, an opening, a closing. */
    private record Markers(Pattern pairs, Pattern constrainedPairs, Pattern open, Pattern close) {
        static Markers of(char mark) {
            String m = Pattern.quote(String.valueOf(mark));
            String mm = Pattern.quote(mark + "" + mark);
            return new Markers(
                    Pattern.compile(mm + "(?=\\S).*?(?<=\\S)" + mm, Pattern.DOTALL),
                    Pattern.compile("(?<![\\p{L}\\p{N}" + m + "])" + m + "(?=[^\\s" + m + "]).*?(?<=[^\\s" + m + "])" + m
                            + "(?![\\p{L}\\p{N}" + m + "])", Pattern.DOTALL),
                    Pattern.compile("(?<![\\p{L}\\p{N}" + m + "])" + m + "(?=[\\p{L}\\p{N}])"),
                    Pattern.compile("(?<=[\\p{L}\\p{N}.,;:!?)'\"])" + m + "(?![\\p{L}\\p{N}" + m + "])"));
        }
    }

    private static final Markers BOLD = Markers.of('*'), ITALIC = Markers.of('_');

    /** The offset of the first constrained or unconstrained marker without a partner, or -1. */
    private static int unmatched(String text, char mark) {
        Markers p = mark == '*' ? BOLD : ITALIC;
        // Unconstrained pairs (**bold**) anywhere, then constrained pairs (*bold*) at word boundaries.
        String rest = blank(p.pairs(), text);
        rest = blank(p.constrainedPairs(), rest);
        Matcher open = p.open().matcher(rest);
        Matcher close = p.close().matcher(rest);
        int a = open.find() ? open.start() : -1;
        int b = close.find() ? close.start() : -1;
        if (a < 0) return b;
        if (b < 0) return a;
        return Math.min(a, b);
    }

    /** The text with every match replaced by spaces, so offsets stay where they were. */
    private static String blank(Pattern p, String text) {
        return p.matcher(text).replaceAll(r -> " ".repeat(r.group().length()));
    }
}
